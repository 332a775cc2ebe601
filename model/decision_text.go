package model

import (
	"time"

	"thidua/model/facts"
	"thidua/model/i18n"
)

// DecisionOfRow reads a row of the shared decision table (a file's or a
// database's); an outcome or date it cannot read is left at its zero.
func DecisionOfRow(r facts.Row) Decision {
	t := facts.MustTable(facts.TDecision)
	d := Decision{UnitID: t.Str(r, "unit_id"), Award: t.Str(r, "award_code"), DowngradedTo: t.Str(r, "downgraded_to"),
		Number: t.Str(r, "number")}
	d.Outcome, _ = ParseOutcome(t.Str(r, "outcome"))
	d.Date, _ = time.Parse("2006-01-02", t.Str(r, "decided_on"))
	return d
}

// Describe says a decision as people read it: "Quyết định của tỉnh — Cờ
// thi đua của UBND tỉnh: được khen thưởng (Quyết định số 512/QĐ-UBND ngày
// 20/01/2026)".
func (d Decision) Describe(l i18n.Lang, rules []AwardRule) string {
	name := func(code string) string {
		for _, a := range rules {
			if a.Code == code {
				return a.Name
			}
		}
		return code
	}
	what := i18n.T(l, "outcome."+d.Outcome.String())
	if d.Outcome == Downgraded {
		what += " → " + name(d.DowngradedTo)
	}
	ref := ""
	switch {
	case d.Number != "" && !d.Date.IsZero():
		ref = i18n.T(l, "decision.ref_dated", d.Number, d.Date.Format("02/01/2006"))
	case d.Number != "":
		ref = i18n.T(l, "decision.ref", d.Number)
	}
	return i18n.T(l, "decision.describe", name(d.Award), what, ref)
}
