package people

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"thidua/model/i18n"
)

// The catalogue's own test checks the ids written whole in calls; this
// one checks the ids this package builds or passes around as values.
func TestMessagesExist(t *testing.T) {
	var ids []string
	for _, r := range Rules() {
		ids = append(ids, "people_rule."+r.ID)
	}
	for _, f := range AllForms() {
		ids = append(ids, "nominee_form."+strings.ToLower(f.Code()))
	}
	for r := RatingUnknown; r < ratingEnd; r++ {
		ids = append(ids, "rating."+map[bool]string{true: "unknown", false: r.String()}[r == RatingUnknown])
	}
	for _, o := range []Outcome{Accepted, Excepted, Refused} {
		ids = append(ids, "outcome_people."+o.String())
	}
	for _, d := range []string{"bloc", "law", "decree", "circular"} {
		ids = append(ids, "doc."+d)
	}
	for _, k := range []string{"initiative", "research"} {
		ids = append(ids, "nominee_list.evidence_"+k, "nominee_list.evidence_"+k+"_ref")
	}
	for _, n := range []string{"min_ldtt_rating", "min_service_months", "base_ratio_percent", "province_streak", "national_streak",
		"pm_years", "pm_base_titles", "province_cert_years", "commendation_years"} {
		ids = append(ids, "people_setting."+n)
	}
	ids = append(ids, "sex.male", "sex.female")
	files, _ := filepath.Glob("*.go")
	literal := regexp.MustCompile(`"((?:people_refuse|people_setting|nominee_check|nominee_list|nominee_form|sex)\.[a-z_]*)"`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if !strings.HasSuffix(m[1], ".") {
				ids = append(ids, m[1])
			}
		}
	}
	if len(ids) < 60 {
		t.Fatalf("only %d ids found", len(ids))
	}
	for _, id := range ids {
		if !i18n.Has(id) {
			t.Errorf("message %q is not in the catalogue", id)
		}
	}
}

func TestCitation(t *testing.T) {
	cases := []struct {
		c      Citation
		vi, en string
	}{
		{Citation{Doc: DocLaw, Article: 23, Clause: 2, Verified: true},
			"Điều 23 khoản 2 Luật Thi đua, khen thưởng số 06/2022/QH15",
			"Article 23(2) of the Law on Emulation and Commendation No. 06/2022/QH15"},
		{Citation{Doc: DocLaw, Article: 24, Clause: 1, Point: "a", Verified: true},
			"Điều 24 khoản 1 điểm a Luật Thi đua, khen thưởng số 06/2022/QH15",
			"Article 24(1)(a) of the Law on Emulation and Commendation No. 06/2022/QH15"},
		{Citation{Doc: DocDecree},
			"Nghị định quy định chi tiết Luật Thi đua, khen thưởng (98/2023/NĐ-CP, nay 152/2025/NĐ-CP) (chưa đối chiếu bản gốc)",
			"the decree detailing the Law on Emulation and Commendation (98/2023/NĐ-CP, now 152/2025/NĐ-CP) (not checked against the original)"},
		{Citation{Doc: DocBloc}, "Quy định của khối", "The bloc's rules"},
	}
	for _, c := range cases {
		if got := c.c.Localize(i18n.VI); got != c.vi {
			t.Errorf("vi %v: %s", c.c, got)
		}
		if got := c.c.Localize(i18n.EN); got != c.en {
			t.Errorf("en %v: %s", c.c, got)
		}
	}
	// Every rule's statement and source print in both languages.
	for _, r := range Rules() {
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			s := r.Statement(l) + r.Source.Localize(l)
			if strings.Contains(s, "%!") || strings.Contains(s, "people_rule.") {
				t.Errorf("%s (%s): %s", r.ID, l, s)
			}
		}
	}
}
