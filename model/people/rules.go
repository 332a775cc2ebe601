package people

import (
	"strconv"
	"strings"

	"thidua/model/i18n"
)

// Doc is a legal text (or the bloc's own rules) a rule comes from.
type Doc int

// The texts. What was read of each, and what was not, is in the comments
// of the rules below and in Rule.Source.Verified.
const (
	// DocBloc is the bloc's own rules: settings its leader sets, printed as
	// "Quy định của khối".
	DocBloc Doc = iota
	// DocLaw is Luật Thi đua, khen thưởng số 06/2022/QH15 (15/06/2022, in
	// force 01/01/2024).
	DocLaw
	// DocDecree is the decree detailing the law: Nghị định 98/2023/NĐ-CP
	// (31/12/2023), replaced from 01/07/2025 by Nghị định 152/2025/NĐ-CP.
	DocDecree
	// DocCircular is the Interior Ministry's circular: Thông tư
	// 01/2024/TT-BNV, reported replaced from 05/08/2025 by Thông tư
	// 15/2025/TT-BNV.
	DocCircular
	docEnd
)

// Citation names where a rule is written: a text and, when known, its
// article ("Điều"), clause ("khoản") and point ("điểm").
type Citation struct {
	Doc     Doc
	Article int    // 0: the stored copies did not show the number
	Clause  int    // 0: the whole article
	Point   string // "a", "b"; "" for the whole clause
	// Verified says the stored copies read for this rule showed both the
	// wording and the article's number. A citation that is not verified
	// prints so, and the rule's comment says what is missing.
	Verified bool
}

// Localize implements i18n.Localizer: "Điều 23 khoản 2 Luật Thi đua, khen
// thưởng số 06/2022/QH15", "Article 23(2) of the Law on …".
func (c Citation) Localize(l i18n.Lang) string {
	if c.Doc <= DocBloc || c.Doc >= docEnd {
		return i18n.T(l, "doc.bloc")
	}
	doc := i18n.T(l, "doc."+[...]string{"", "law", "decree", "circular"}[c.Doc])
	var where string
	if c.Article > 0 {
		var parts []string
		parts = append(parts, i18n.T(l, "cite.article", c.Article))
		if c.Clause > 0 {
			parts = append(parts, i18n.T(l, "cite.clause", c.Clause))
		}
		if c.Point != "" {
			parts = append(parts, i18n.T(l, "cite.point", c.Point))
		}
		if l == i18n.EN {
			where = strings.Join(parts, "")
		} else {
			where = strings.Join(parts, " ")
		}
	}
	out := doc
	if where != "" {
		out = i18n.T(l, "cite.where", where, doc)
	}
	if !c.Verified {
		out += " " + i18n.T(l, "cite.unverified")
	}
	return out
}

// String returns a short form for logs and test names: "law 23.2".
func (c Citation) String() string {
	s := [...]string{"bloc", "law", "decree", "circular"}[min(max(int(c.Doc), 0), int(docEnd)-1)]
	if c.Article > 0 {
		s += " " + strconv.Itoa(c.Article)
		if c.Clause > 0 {
			s += "." + strconv.Itoa(c.Clause)
		}
		if c.Point != "" {
			s += "." + c.Point
		}
	}
	return s
}

// Rule is one rule the checker applies: what it is called, the form it
// governs and the text it comes from. What it says is the catalogue's
// message "people_rule.<ID>"; its refusals are "people_refuse.…".
type Rule struct {
	ID     string
	Form   Form // NoForm: every form
	Source Citation
	// Exception says the text itself allows a way round the check: a
	// proposal that fails it is accepted with its recorded reason.
	Exception bool
}

// The rules, by the order the checker applies them.
var (
	// RuleFormOff: the bloc does not propose this form (Settings.Forms).
	RuleFormOff = Rule{ID: "form_off", Source: Citation{Doc: DocBloc}}
	// RuleYearEnd: titles are proposed at the year's review, not at the
	// half year (Settings.TitlesAtYearEnd). A bloc rule: the texts read
	// did not say it in a form that could be cited.
	RuleYearEnd = Rule{ID: "year_end", Source: Citation{Doc: DocBloc}}
	// RuleRegistered: a title needs its registration at the start of the
	// year (Settings.RequireRegistration). The law counts registration
	// among the grounds for a title, but the article was not in the
	// stored copies; the rule is held as the bloc's.
	RuleRegistered = Rule{ID: "registered", Source: Citation{Doc: DocBloc}}

	// RuleLDTTRating: "Lao động tiên tiến" needs the year's rating at
	// "Hoàn thành tốt nhiệm vụ" or above. Luật 06/2022/QH15 Điều 24 khoản
	// 1 điểm a: "Hoàn thành tốt nhiệm vụ trở lên" (read in the Lào Cai
	// education office's answer quoting the article).
	RuleLDTTRating = Rule{ID: "ldtt_rating", Form: LDTT, Source: Citation{Doc: DocLaw, Article: 24, Clause: 1, Point: "a", Verified: true}}
	// RuleLDTTService: no "Lao động tiên tiến" for someone recruited less
	// than 6 months before (Settings.MinServiceMonths). Thông tư
	// 01/2024/TT-BNV, as reported by two news pages (laodongthudo.vn,
	// phapluatvacuocsong.vn); the article's number was not shown, and the
	// circular is reported replaced by Thông tư 15/2025/TT-BNV, not read.
	RuleLDTTService = Rule{ID: "ldtt_service", Form: LDTT, Source: Citation{Doc: DocCircular}}

	// RuleBaseLDTT: "Chiến sĩ thi đua cơ sở" needs the standard of "Lao
	// động tiên tiến" the same year. Luật 06/2022/QH15 Điều 23 khoản 1
	// (quoted with its number by laodong.vn, giaoduc.net.vn and the Quảng
	// Ninh commune portal).
	RuleBaseLDTT = Rule{ID: "base_ldtt", Form: CSTDCS, Source: Citation{Doc: DocLaw, Article: 23, Clause: 1, Verified: true}}
	// RuleBaseMerit: and "Hoàn thành xuất sắc nhiệm vụ", or an initiative
	// recognised by the unit, or accepted research. Luật 06/2022/QH15
	// Điều 23 khoản 2 (same sources). A draft amendment (reported 2025)
	// would make the initiative required: Settings.BaseNeedsEvidence.
	RuleBaseMerit = Rule{ID: "base_merit", Form: CSTDCS, Source: Citation{Doc: DocLaw, Article: 23, Clause: 2, Verified: true}}
	// RuleBaseRatio: at most 15% of the unit's "Lao động tiên tiến"
	// (Settings.BaseRatioPercent). The 15% was read in Nghị định
	// 91/2017/NĐ-CP Điều 9 khoản 3 and Thông tư 07/2014/TT-BNV Điều 5 (both
	// replaced), in Thông tư 08/2019/TT-BLĐTBXH Điều 10 for the labour
	// sector, and reported (giaoduc.net.vn, 22/05/2023) as the draft of the
	// decree under the 2022 law; the article of Nghị định 98/2023 or
	// 152/2025 that carries it was not in the stored copies.
	RuleBaseRatio = Rule{ID: "base_ratio", Form: CSTDCS, Source: Citation{Doc: DocDecree}}

	// RuleProvinceStreak: "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh" is
	// chosen among people with 03 consecutive "Chiến sĩ thi đua cơ sở"
	// (Settings.ProvinceStreak). The wording of the 2022 law was read
	// (baoyenbai.com.vn, baohatinh.vn); its number, Điều 22, is inferred
	// from the order of the articles around Điều 23 and 24.
	RuleProvinceStreak = Rule{ID: "province_streak", Form: CSTDTinh, Source: Citation{Doc: DocLaw, Article: 22, Clause: 1, Point: "a"}}
	// RuleProvinceEvidence: and an initiative applied and replicable in
	// the ministry, sector or province, or accepted research (same
	// article, point b, same reading).
	RuleProvinceEvidence = Rule{ID: "province_evidence", Form: CSTDTinh, Source: Citation{Doc: DocLaw, Article: 22, Clause: 1, Point: "b"}}
	// RuleNationalStreak: "Chiến sĩ thi đua toàn quốc" is chosen among
	// people with 02 consecutive provincial titles (Settings.NationalStreak);
	// wording read (baohatinh.vn, lawnet.vn), Điều 21 inferred as above.
	RuleNationalStreak = Rule{ID: "national_streak", Form: CSTDTQ, Source: Citation{Doc: DocLaw, Article: 21, Clause: 1, Point: "a"}}
	// RuleNationalEvidence: and an initiative or research of nationwide
	// reach (same article, point b).
	RuleNationalEvidence = Rule{ID: "national_evidence", Form: CSTDTQ, Source: Citation{Doc: DocLaw, Article: 21, Clause: 1, Point: "b"}}

	// RulePMCertificate: "Bằng khen của Thủ tướng Chính phủ" on the
	// standard a unit can check: a provincial certificate already, then
	// 05 consecutive years rated "Hoàn thành tốt nhiệm vụ" or above with
	// 03 "Chiến sĩ thi đua cơ sở" in them (Settings.PMYears,
	// Settings.PMBaseTitles). Read once, in translation (laodong.vn, 2025),
	// without the article; the law gives other standards (outstanding
	// achievements in a movement, achievements of wide reach) that no data
	// shows, so a proposal on those is accepted with its reason.
	RulePMCertificate = Rule{ID: "pm_certificate", Form: BKTTg, Source: Citation{Doc: DocLaw}, Exception: true}
	// RuleProvinceCertificate and RuleCommendation: the years a bloc asks
	// of its provincial certificates and commendations (Settings
	// .ProvinceCertYears, .CommendationYears). The standards of the 2022
	// law for these were not in the stored copies: off unless the bloc
	// sets them from its province's regulation.
	RuleProvinceCertificate = Rule{ID: "province_certificate", Form: BKTinh, Source: Citation{Doc: DocBloc}}
	RuleCommendation        = Rule{ID: "commendation", Form: GiayKhen, Source: Citation{Doc: DocBloc}}

	// RuleOneAchievement: one achievement is not rewarded twice or with
	// two forms ("không khen thưởng nhiều lần, nhiều hình thức cho một
	// thành tích đạt được"), a principle of the 2022 law read in its
	// chapter I summary (vietjack.me) without the article's number. Two
	// certificates for one person in one period are refused unless the
	// reason says they reward different achievements.
	RuleOneAchievement = Rule{ID: "one_achievement", Source: Citation{Doc: DocLaw}, Exception: true}
)

// Rules returns every rule, in the order the checker applies them.
func Rules() []Rule {
	return []Rule{RuleFormOff, RuleYearEnd, RuleRegistered, RuleLDTTRating, RuleLDTTService, RuleBaseLDTT, RuleBaseMerit,
		RuleBaseRatio, RuleProvinceStreak, RuleProvinceEvidence, RuleNationalStreak, RuleNationalEvidence,
		RulePMCertificate, RuleProvinceCertificate, RuleCommendation, RuleOneAchievement}
}

// Statement returns what the rule says, in language l.
func (r Rule) Statement(l i18n.Lang) string { return i18n.T(l, "people_rule."+r.ID) }
