package people

import (
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// Each case names the text its rule comes from (see rules.go for what of
// it was read in the stored copies).
var checkCases = []struct {
	name  string
	setup func(f *fixture)
	want  string
}{
	// Luật 06/2022/QH15 Điều 24 khoản 1 điểm a: "Hoàn thành tốt nhiệm vụ trở lên".
	{"Law 24.1.a: LĐTT rated good is accepted", func(f *fixture) { f.propose("p1", LDTT) }, "p1 LDTT accepted"},
	{"Law 24.1.a: LĐTT rated excellent is accepted", func(f *fixture) { f.rate("p1", thisYear, Excellent).propose("p1", LDTT) }, "p1 LDTT accepted"},
	{"Law 24.1.a: LĐTT rated only done is refused", func(f *fixture) { f.rate("p1", thisYear, Done).propose("p1", LDTT) },
		"p1 LDTT refused ldtt_rating"},
	{"Law 24.1.a: LĐTT without a rating is refused", func(f *fixture) { f.rate("p1", thisYear, RatingUnknown).propose("p1", LDTT) },
		"p1 LDTT refused ldtt_rating"},
	{"Law 24.1.a: a bloc asking excellent refuses good", func(f *fixture) {
		f.in.Settings.MinLDTTRating = Excellent
		f.propose("p1", LDTT)
	}, "p1 LDTT refused ldtt_rating"},

	// Thông tư 01/2024/TT-BNV: no LĐTT under 6 months of service.
	{"Circular 01/2024: 5 months of service is refused", func(f *fixture) {
		f.in.History.Reviews = append(f.in.History.Reviews, Review{Person: "p2", Year: thisYear, Rating: Good, MonthsServed: 5})
		f.propose("p2", LDTT)
	}, "p2 LDTT refused ldtt_service"},
	{"Circular 01/2024: 6 months of service is accepted", func(f *fixture) {
		f.in.History.Reviews = append(f.in.History.Reviews, Review{Person: "p2", Year: thisYear, Rating: Good, MonthsServed: 6})
		f.propose("p2", LDTT)
	}, "p2 LDTT accepted"},
	{"Circular 01/2024: a bloc may turn the months off", func(f *fixture) {
		f.in.History.Reviews = append(f.in.History.Reviews, Review{Person: "p2", Year: thisYear, Rating: Good, MonthsServed: 2})
		f.in.Settings.MinServiceMonths = 0
		f.propose("p2", LDTT)
	}, "p2 LDTT accepted"},

	// Luật 06/2022/QH15 Điều 23 khoản 1: CSTĐCS needs the LĐTT standard.
	{"Law 23.1: CSTĐCS without LĐTT this year is refused", func(f *fixture) { f.rate("p1", thisYear, Excellent).propose("p1", CSTDCS) },
		"p1 CSTDCS refused base_ldtt"},
	{"Law 23.1: CSTĐCS whose LĐTT is refused is refused", func(f *fixture) {
		f.rate("p1", thisYear, Done).propose("p1", CSTDCS, Initiative).propose("p1", LDTT)
	}, "p1 CSTDCS refused base_ldtt; p1 LDTT refused ldtt_rating"},
	{"Law 23.1: an LĐTT already decided counts", func(f *fixture) {
		f.uncap().award("p1", LDTT, thisYear).rate("p1", thisYear, Excellent).propose("p1", CSTDCS)
	}, "p1 CSTDCS accepted"},

	// Luật 06/2022/QH15 Điều 23 khoản 2: excellent, or an initiative, or research.
	{"Law 23.2: rated excellent without an initiative is accepted", func(f *fixture) {
		f.uncap().rate("p1", thisYear, Excellent).propose("p1", LDTT).propose("p1", CSTDCS)
	}, "p1 LDTT accepted; p1 CSTDCS accepted"},
	{"Law 23.2: rated good with an initiative is accepted", func(f *fixture) {
		f.uncap().propose("p1", LDTT).propose("p1", CSTDCS, Initiative)
	}, "p1 LDTT accepted; p1 CSTDCS accepted"},
	{"Law 23.2: rated good with research is accepted", func(f *fixture) {
		f.uncap().propose("p1", LDTT).propose("p1", CSTDCS, Research)
	}, "p1 LDTT accepted; p1 CSTDCS accepted"},
	{"Law 23.2: rated good with nothing is refused", func(f *fixture) { f.propose("p1", LDTT).propose("p1", CSTDCS) },
		"p1 LDTT accepted; p1 CSTDCS refused base_merit"},
	{"Law 23.2 (amended by a sector): excellent without an initiative is refused", func(f *fixture) {
		f.in.Settings.BaseNeedsEvidence = true
		f.rate("p1", thisYear, Excellent).propose("p1", LDTT).propose("p1", CSTDCS)
	}, "p1 LDTT accepted; p1 CSTDCS refused base_merit"},

	// The decree's ratio: at most 15% of the unit's LĐTT, the first kept.
	{"Decree ratio: 7 LĐTT allow 1 CSTĐCS, the second is refused", func(f *fixture) {
		for _, id := range []string{"p1", "p2", "p3", "p4", "p5", "p6", "p7"} {
			f.rate(id, thisYear, Excellent).propose(id, LDTT)
		}
		f.propose("p3", CSTDCS).propose("p1", CSTDCS)
	}, "p1 LDTT accepted; p2 LDTT accepted; p3 LDTT accepted; p4 LDTT accepted; p5 LDTT accepted; p6 LDTT accepted; " +
		"p7 LDTT accepted; p3 CSTDCS accepted; p1 CSTDCS refused base_ratio"},
	{"Decree ratio: 6 LĐTT allow none (0.9 rounds down)", func(f *fixture) {
		for _, id := range []string{"p1", "p2", "p3", "p4", "p5", "p6"} {
			f.rate(id, thisYear, Excellent).propose(id, LDTT)
		}
		f.in.Proposals = f.in.Proposals[:0]
		f.award("p1", LDTT, thisYear).award("p2", LDTT, thisYear).award("p3", LDTT, thisYear)
		f.award("p4", LDTT, thisYear).award("p5", LDTT, thisYear).award("p6", LDTT, thisYear)
		f.propose("p1", CSTDCS)
	}, "p1 CSTDCS refused base_ratio"},
	{"Decree ratio: rounding half up, 4 LĐTT give 1 (0.6)", func(f *fixture) {
		f.in.Settings.BaseRatioRoundHalfUp = true
		for _, id := range []string{"p1", "p2", "p3", "p4"} {
			f.award(id, LDTT, thisYear)
		}
		f.rate("p1", thisYear, Excellent).propose("p1", CSTDCS).rate("p2", thisYear, Excellent).propose("p2", CSTDCS)
	}, "p1 CSTDCS accepted; p2 CSTDCS refused base_ratio"},
	{"Decree ratio: each unit has its own cap", func(f *fixture) {
		f.in.Settings.BaseRatioPercent = 50
		f.award("p1", LDTT, thisYear).award("p2", LDTT, thisYear).award("q1", LDTT, thisYear).award("q2", LDTT, thisYear)
		f.rate("p1", thisYear, Excellent).rate("q1", thisYear, Excellent).rate("q2", thisYear, Excellent)
		f.propose("p1", CSTDCS).propose("q1", CSTDCS).propose("q2", CSTDCS)
	}, "p1 CSTDCS accepted; q1 CSTDCS accepted; q2 CSTDCS refused base_ratio"},
	{"Decree ratio: a refused CSTĐCS takes no place", func(f *fixture) {
		f.in.Settings.BaseRatioPercent = 50
		f.award("p1", LDTT, thisYear).award("p2", LDTT, thisYear)
		f.propose("p1", CSTDCS).rate("p2", thisYear, Excellent).propose("p2", CSTDCS)
	}, "p1 CSTDCS refused base_merit; p2 CSTDCS accepted"},
	{"Decree ratio: 0 does not cap", func(f *fixture) {
		f.in.Settings.BaseRatioPercent = 0
		f.uncap().award("p1", LDTT, thisYear).rate("p1", thisYear, Excellent).propose("p1", CSTDCS)
	}, "p1 CSTDCS accepted"},

	// Luật 06/2022/QH15 Điều 22 khoản 1 (number inferred): 03 consecutive CSTĐCS, and an initiative.
	{"Law 22.1: three consecutive CSTĐCS ending last year, with an initiative", func(f *fixture) {
		f.register("p1", CSTDTinh).award("p1", CSTDCS, 2023, 2024, 2025).propose("p1", CSTDTinh, Initiative)
	}, "p1 CSTDT accepted"},
	{"Law 22.1: the third CSTĐCS proposed this year counts", func(f *fixture) {
		f.register("p1", CSTDTinh).uncap().award("p1", CSTDCS, 2024, 2025).award("p1", LDTT, thisYear).rate("p1", thisYear, Excellent)
		f.propose("p1", CSTDCS).propose("p1", CSTDTinh, Initiative)
	}, "p1 CSTDCS accepted; p1 CSTDT accepted"},
	{"Law 22.1.a: a broken run is refused", func(f *fixture) {
		f.register("p1", CSTDTinh).award("p1", CSTDCS, 2022, 2023, 2025).propose("p1", CSTDTinh, Initiative)
	}, "p1 CSTDT refused province_streak"},
	{"Law 22.1.b: no initiative is refused", func(f *fixture) {
		f.register("p1", CSTDTinh).award("p1", CSTDCS, 2023, 2024, 2025).propose("p1", CSTDTinh)
	}, "p1 CSTDT refused province_evidence"},

	// Luật 06/2022/QH15 Điều 21 khoản 1 (number inferred): 02 consecutive provincial titles.
	{"Law 21.1: two consecutive provincial titles, with an initiative", func(f *fixture) {
		f.register("p1", CSTDTQ).award("p1", CSTDTinh, 2024, 2025).propose("p1", CSTDTQ, Research)
	}, "p1 CSTDTQ accepted"},
	{"Law 21.1.b: no initiative of nationwide reach is refused", func(f *fixture) {
		f.register("p1", CSTDTQ).award("p1", CSTDTinh, 2024, 2025).propose("p1", CSTDTQ)
	}, "p1 CSTDTQ refused national_evidence"},
	{"Law 21.1.a: one provincial title is refused", func(f *fixture) {
		f.register("p1", CSTDTQ).award("p1", CSTDTinh, 2023, 2025).propose("p1", CSTDTQ, Research)
	}, "p1 CSTDTQ refused national_streak"},

	// Luật 06/2022/QH15, the Prime Minister's certificate (article not read).
	{"Law (PM certificate): provincial certificate, 5 good years, 3 CSTĐCS", func(f *fixture) {
		f.award("p1", BKTinh, 2021).award("p1", CSTDCS, 2022, 2024, 2025).rateYears("p1", 2022, 2026, Good)
		f.propose("p1", BKTTg)
	}, "p1 BKTTG accepted"},
	{"Law (PM certificate): a certificate inside the window does not count", func(f *fixture) {
		f.award("p1", BKTinh, 2022).award("p1", CSTDCS, 2022, 2024, 2025).rateYears("p1", 2022, 2026, Good)
		f.propose("p1", BKTTg)
	}, "p1 BKTTG refused pm_certificate"},
	{"Law (PM certificate): a year rated done breaks it", func(f *fixture) {
		f.award("p1", BKTinh, 2021).award("p1", CSTDCS, 2022, 2024, 2025).rateYears("p1", 2022, 2026, Good).rate("p1", 2023, Done)
		f.propose("p1", BKTTg)
	}, "p1 BKTTG refused pm_certificate"},
	{"Law (PM certificate): another standard of the law, with its reason, is accepted", func(f *fixture) {
		f.propose("p1", BKTTg).reason("Thành tích xuất sắc tiêu biểu trong phong trào thi đua chuyên đề của Thủ tướng")
	}, "p1 BKTTG excepted pm_certificate"},

	// The law's principle: one achievement, one form.
	{"Law principle: two certificates, the lower refused", func(f *fixture) { f.propose("p1", GiayKhen).propose("p1", BKTinh) },
		"p1 GK refused one_achievement; p1 BKT accepted"},
	{"Law principle: two certificates for two achievements, with the reason", func(f *fixture) {
		f.propose("p1", GiayKhen).reason("Giấy khen cho thành tích phòng chống thiên tai, khác thành tích cả năm").propose("p1", BKTinh)
	}, "p1 GK excepted one_achievement; p1 BKT accepted"},
	{"Law principle: a title and a certificate are not one form twice", func(f *fixture) {
		f.propose("p1", LDTT).propose("p1", GiayKhen)
	}, "p1 LDTT accepted; p1 GK accepted"},
	{"Law principle: an exception does not lift a rule without one", func(f *fixture) {
		f.rate("p1", thisYear, Done).propose("p1", LDTT).reason("Nghỉ ốm dài ngày")
	}, "p1 LDTT refused ldtt_rating"},

	// The bloc's rules.
	{"Bloc: a form the bloc does not use", func(f *fixture) {
		f.in.Settings.Forms = []Form{LDTT, CSTDCS, GiayKhen}
		f.propose("p1", BKTTg)
	}, "p1 BKTTG refused form_off pm_certificate"},
	{"Bloc: titles wait for the year's review", func(f *fixture) {
		f.in.Period.YearEnd = false
		f.propose("p1", LDTT).propose("p2", GiayKhen)
	}, "p1 LDTT refused year_end; p2 GK accepted"},
	{"Bloc: a title nobody registered for", func(f *fixture) {
		f.in.Registrations = f.in.Registrations[1:]
		f.propose("p1", LDTT)
	}, "p1 LDTT refused registered"},
	{"Bloc: registering for LĐTT does not cover CSTĐCS", func(f *fixture) {
		f.uncap().register("p1", LDTT).award("p1", LDTT, thisYear).rate("p1", thisYear, Excellent).propose("p1", CSTDCS)
	}, "p1 CSTDCS refused registered"},
	{"Bloc: last year's registration does not count", func(f *fixture) {
		f.in.Registrations[0].Year = 2025
		f.propose("p1", LDTT)
	}, "p1 LDTT refused registered"},
	{"Bloc: registration may be off", func(f *fixture) {
		f.in.Registrations, f.in.Settings.RequireRegistration = nil, false
		f.propose("p1", LDTT)
	}, "p1 LDTT accepted"},
	{"Bloc: provincial certificate needs 2 excellent years when the bloc asks", func(f *fixture) {
		f.in.Settings.ProvinceCertYears = 2
		f.rate("p1", 2025, Excellent).rate("p1", thisYear, Excellent).propose("p1", BKTinh).propose("p2", BKTinh)
	}, "p1 BKT accepted; p2 BKT refused province_certificate"},
	{"Bloc: commendation needs 1 good year when the bloc asks", func(f *fixture) {
		f.in.Settings.CommendationYears = 1
		f.rate("p2", thisYear, Done).propose("p1", GiayKhen).propose("p2", GiayKhen)
	}, "p1 GK accepted; p2 GK refused commendation"},

	// Data, not law.
	{"Data: an unknown person", func(f *fixture) { f.propose("zz", LDTT) }, "zz LDTT refused nominee_check.unknown_person"},
	{"Data: the same form twice", func(f *fixture) { f.propose("p1", LDTT).propose("p1", LDTT) },
		"p1 LDTT accepted; p1 LDTT refused nominee_check.duplicate"},
	{"Data: a proposal without an achievement", func(f *fixture) {
		f.propose("p1", LDTT)
		f.in.Proposals[0].Achievement = ""
	}, "p1 LDTT refused nominee_check.invalid"},
}

func TestCheckRules(t *testing.T) {
	for _, c := range checkCases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture()
			c.setup(f)
			if got := f.check(t); got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

// Every rule has a case above, so no rule goes untested.
func TestEveryRuleIsTested(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range checkCases {
		for _, w := range strings.FieldsFunc(c.want, func(r rune) bool { return r == ' ' || r == ';' }) {
			seen[w] = true
		}
	}
	for _, r := range Rules() {
		if !seen[r.ID] {
			t.Errorf("rule %s has no case", r.ID)
		}
	}
}

func TestCheckInput(t *testing.T) {
	f := newFixture()
	f.in.Settings.ProvinceStreak = 0
	if _, err := Check(f.in); model.ErrorCode(err) != ESettingRange {
		t.Errorf("bad settings: %v", err)
	}
	f = newFixture()
	f.in.Period.Year = 0
	if _, err := Check(f.in); model.ErrorCode(err) != EBadYear {
		t.Errorf("bad period: %v", err)
	}
}

// A refusal reads as the rule's source, then what is wrong and what to do.
func TestRefusalNamesTheRule(t *testing.T) {
	f := newFixture()
	f.rate("p1", thisYear, Excellent).propose("p1", CSTDCS)
	vs, err := Check(f.in)
	if err != nil {
		t.Fatal(err)
	}
	vi := vs[0].Message().Localize(i18n.VI)
	if want := "Điều 23 khoản 1 Luật Thi đua, khen thưởng số 06/2022/QH15: Nguyễn Văn An chưa đạt «Lao động tiên tiến» năm 2026."; !strings.HasPrefix(vi, want) {
		t.Errorf("vi:\n %s\nwant prefix\n %s", vi, want)
	}
	en := vs[0].Message().Localize(i18n.EN)
	if want := "Article 23(1) of the Law on Emulation and Commendation No. 06/2022/QH15: Nguyễn Văn An is not"; !strings.HasPrefix(en, want) {
		t.Errorf("en:\n %s", en)
	}

	f = newFixture()
	f.register("p1", CSTDTinh).award("p1", CSTDCS, 2025).propose("p1", CSTDTinh, Initiative)
	vs, _ = Check(f.in)
	vi = vs[0].Message().Localize(i18n.VI)
	want := "Điều 22 khoản 1 điểm a Luật Thi đua, khen thưởng số 06/2022/QH15 (chưa đối chiếu bản gốc): " +
		"Nguyễn Văn An: «Chiến sĩ thi đua cấp tỉnh» cần 3 lần liên tục đạt «Chiến sĩ thi đua cơ sở»"
	if !strings.HasPrefix(vi, want) {
		t.Errorf("unverified citation:\n %s\nwant prefix\n %s", vi, want)
	}

	f = newFixture()
	f.propose("p1", BKTTg).reason("Thành tích đột xuất")
	vs, _ = Check(f.in)
	if vs[0].Outcome != Excepted || !strings.Contains(vs[0].Message().Localize(i18n.VI), "lý do: «Thành tích đột xuất»") {
		t.Errorf("exception: %s", vs[0].Message().Localize(i18n.VI))
	}
}
