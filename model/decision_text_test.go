package model

import (
	"testing"
	"time"

	"thidua/model/i18n"
)

func TestDecisionDescribe(t *testing.T) {
	rules := []AwardRule{{Code: "CO", Name: "Cờ thi đua của UBND tỉnh"}, {Code: "BK", Name: "Bằng khen"}}
	date := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		d      Decision
		l      i18n.Lang
		want   string
		marked string
	}{
		{Decision{Award: "CO", Outcome: Awarded, Number: "512/QĐ-UBND", Date: date}, i18n.VI,
			"Quyết định của tỉnh — Cờ thi đua của UBND tỉnh: được khen thưởng (Quyết định số 512/QĐ-UBND ngày 20/01/2026)", "✓"},
		{Decision{Award: "CO", Outcome: Downgraded, DowngradedTo: "BK", Number: "7/QĐ-UBND"}, i18n.EN,
			"The province's decision — Cờ thi đua của UBND tỉnh: downgraded → Bằng khen (Decision No. 7/QĐ-UBND)", "↓"},
		{Decision{Award: "XX", Outcome: NotAwarded}, i18n.VI, "Quyết định của tỉnh — XX: không được khen thưởng", "✗"},
		{Decision{Award: "CO", Outcome: Outcome(9)}, i18n.EN, "", "?"},
	}
	for _, c := range cases {
		if c.want != "" {
			if got := c.d.Describe(c.l, rules); got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		}
		if got := c.d.Mark(); got != c.marked {
			t.Errorf("mark %q, want %q", got, c.marked)
		}
	}
	r := PeriodResult{Decisions: []Decision{{UnitID: "a", Award: "CO"}, {UnitID: "b", Award: "BK"}, {UnitID: "a", Award: "BK"}}}
	if got := r.DecisionsFor("a"); len(got) != 2 || got[1].Award != "BK" {
		t.Errorf("DecisionsFor: %+v", got)
	}
}
