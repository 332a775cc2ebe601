package model

import (
	"testing"
	"time"

	"thidua/model/facts"
	"thidua/model/i18n"
)

func TestDecisionDescribe(t *testing.T) {
	rules := []AwardRule{{Code: "CO", Name: "Cờ thi đua của UBND tỉnh"}, {Code: "BK", Name: "Bằng khen"}}
	date := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		d    Decision
		l    i18n.Lang
		want string
	}{
		{Decision{Award: "CO", Outcome: Awarded, Number: "512/QĐ-UBND", Date: date}, i18n.VI,
			"Quyết định của tỉnh — Cờ thi đua của UBND tỉnh: được khen thưởng (Quyết định số 512/QĐ-UBND ngày 20/01/2026)"},
		{Decision{Award: "CO", Outcome: Downgraded, DowngradedTo: "BK", Number: "7/QĐ-UBND"}, i18n.EN,
			"The province's decision — Cờ thi đua của UBND tỉnh: downgraded → Bằng khen (Decision No. 7/QĐ-UBND)"},
		{Decision{Award: "XX", Outcome: NotAwarded}, i18n.VI, "Quyết định của tỉnh — XX: không được khen thưởng"},
	}
	for _, c := range cases {
		if c.want != "" {
			if got := c.d.Describe(c.l, rules); got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		}
	}
}

func TestDecisionOfRow(t *testing.T) {
	d := DecisionOfRow(facts.Row{"p", "u", "CO", "downgraded", "BK", "7/QĐ-UBND", "2026-01-20"})
	if d.UnitID != "u" || d.Award != "CO" || d.Outcome != Downgraded || d.DowngradedTo != "BK" || d.Number != "7/QĐ-UBND" ||
		d.Date.Format("02/01/2006") != "20/01/2026" {
		t.Errorf("%+v", d)
	}
	if d := DecisionOfRow(facts.Row{"p", "u", "CO", "awarded", "", "1", "hôm qua"}); !d.Date.IsZero() || d.Outcome != Awarded {
		t.Errorf("an unreadable date: %+v", d)
	}
}
