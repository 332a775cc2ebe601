package people

import (
	"strings"
	"testing"

	"thidua/model"
)

func TestRegistrationValidate(t *testing.T) {
	cases := []struct {
		name string
		r    Registration
		code string
	}{
		{"titles", Registration{Person: "p", Year: 2026, Forms: []Form{LDTT, CSTDCS}}, ""},
		{"no person", Registration{Year: 2026, Forms: []Form{LDTT}}, EUnknownPerson},
		{"bad year", Registration{Person: "p", Year: 26, Forms: []Form{LDTT}}, EBadYear},
		{"nothing", Registration{Person: "p", Year: 2026}, ENoForms},
		{"a certificate", Registration{Person: "p", Year: 2026, Forms: []Form{GiayKhen}}, ENotATitle},
		{"twice", Registration{Person: "p", Year: 2026, Forms: []Form{LDTT, LDTT}}, EDupForm},
		{"unknown form", Registration{Person: "p", Year: 2026, Forms: []Form{42}}, EFormUnknown},
	}
	for _, c := range cases {
		if err := c.r.Validate(); c.code == "" && err != nil || c.code != "" && model.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %q", c.name, err, c.code)
		}
	}
}

func TestProposalValidate(t *testing.T) {
	ok := Proposal{Person: "p", Form: CSTDCS, Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2026",
		Evidence: []Evidence{{Kind: Initiative, Title: "Số hóa hồ sơ trợ cấp", Ref: "QĐ 12/QĐ-UBND"}}}
	cases := []struct {
		name string
		edit func(p *Proposal)
		code string
	}{
		{"valid", func(p *Proposal) {}, ""},
		{"no person", func(p *Proposal) { p.Person = "" }, EUnknownPerson},
		{"no form", func(p *Proposal) { p.Form = NoForm }, EFormUnknown},
		{"no achievement", func(p *Proposal) { p.Achievement = " " }, ENoAchievement},
		{"two lines", func(p *Proposal) { p.Achievement = "a\nb" }, EBadText},
		{"long achievement", func(p *Proposal) { p.Achievement = strings.Repeat("x", MaxAchievement+1) }, EAchievementLong},
		{"evidence kind", func(p *Proposal) { p.Evidence[0].Kind = 0 }, EEvidenceKind},
		{"evidence title", func(p *Proposal) { p.Evidence[0].Title = "" }, EEvidenceNoTitle},
		{"evidence ref", func(p *Proposal) { p.Evidence[0].Ref = "QĐ\x1b" }, EBadText},
		{"much evidence", func(p *Proposal) { p.Evidence = make([]Evidence, MaxEvidence+1) }, ETooManyEvidences},
		{"long reason", func(p *Proposal) { p.Reason = strings.Repeat("x", MaxReason+1) }, EReasonLong},
	}
	for _, c := range cases {
		p := ok
		p.Evidence = append([]Evidence(nil), ok.Evidence...)
		c.edit(&p)
		if err := p.Validate(); c.code == "" && err != nil || c.code != "" && model.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %q", c.name, err, c.code)
		}
	}
}

func TestHistoryValidate(t *testing.T) {
	for _, c := range []struct {
		err  error
		code string
	}{
		{(&Award{Person: "p", Year: 2025, Form: LDTT, Decision: "QĐ 5/QĐ-UBND"}).Validate(), ""},
		{(&Award{Person: "p", Year: 1999, Form: LDTT}).Validate(), EBadYear},
		{(&Award{Person: "p", Year: 2025}).Validate(), EFormUnknown},
		{(&Review{Person: "p", Year: 2026, Rating: Excellent}).Validate(), ""},
		{(&Review{Person: "p", Year: 2026, Rating: 9}).Validate(), EBadRating},
		{(&Review{Person: "p", Year: 2026, MonthsServed: 12}).Validate(), EBadMonths},
		{(&Review{Year: 2026}).Validate(), EUnknownPerson},
	} {
		if c.code == "" && c.err != nil || c.code != "" && model.ErrorCode(c.err) != c.code {
			t.Errorf("%v, want %q", c.err, c.code)
		}
	}
}

func TestSettingsValidate(t *testing.T) {
	d := DefaultSettings()
	if err := d.Validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	cases := []struct {
		name string
		edit func(s *Settings)
		code string
	}{
		{"no forms", func(s *Settings) { s.Forms = nil }, ESettingNoForms},
		{"bad form", func(s *Settings) { s.Forms = []Form{0} }, EFormUnknown},
		{"ratio over 100", func(s *Settings) { s.BaseRatioPercent = 150 }, ESettingRange},
		{"negative months", func(s *Settings) { s.MinServiceMonths = -1 }, ESettingRange},
		{"streak 0", func(s *Settings) { s.ProvinceStreak = 0 }, ESettingRange},
		{"rating not set", func(s *Settings) { s.MinLDTTRating = RatingUnknown }, ESettingRange},
		{"more titles than years", func(s *Settings) { s.PMBaseTitles = 6 }, ESettingRange},
		{"label with a newline", func(s *Settings) { s.Labels = map[Form]string{BKTinh: "Bằng khen\ncủa Bộ trưởng"} }, ELabelLong},
	}
	for _, c := range cases {
		s := DefaultSettings()
		c.edit(&s)
		if err := s.Validate(); model.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %q", c.name, err, c.code)
		}
	}
}
