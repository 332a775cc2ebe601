package model

import (
	"thidua/model/facts"
)

// Errors of a replacement that does not hold together.
const (
	EReplaceSelf       = "award.replace_self"
	EReplaceNotRefused = "award.replace_not_refused"
	EReplaceNotAwarded = "award.replace_not_awarded"
	EReplaceTwoRefs    = "award.replace_two_refs"
	EReplaceTwice      = "award.replace_twice"
)

// Replacement is one decision of the province that gives the award
// proposed for one unit to another unit of the bloc: the proposed unit is
// not awarded and By is awarded, under the same decision number and date.
type Replacement struct {
	Unit  string // the unit proposed (not awarded)
	Award string
	By    string // the unit awarded in its place
}

// ReplacementOfRow reads a row of the shared replacement table.
func ReplacementOfRow(r facts.Row) Replacement {
	t := facts.MustTable(facts.TReplacement)
	return Replacement{Unit: t.Str(r, "unit_id"), Award: t.Str(r, "award_code"), By: t.Str(r, "by_unit_id")}
}

// Replacements are the replacements a list of decisions records (the
// awarded unit's Replaces).
func Replacements(ds []Decision) []Replacement {
	var out []Replacement
	for _, d := range ds {
		if d.Replaces != "" {
			out = append(out, Replacement{Unit: d.Replaces, Award: d.Award, By: d.UnitID})
		}
	}
	return out
}

// CheckReplacements says whether replacements hold together with the
// decisions beside them: for each, the proposed unit's decision on the
// award is "not awarded", the other unit's is "awarded", both under one
// decision number and date, the two units differ, and a unit takes at
// most one proposal's place per award. code names a unit id for the
// message.
func CheckReplacements(ds []Decision, rs []Replacement, code func(id string) string) error {
	find := func(unit, award string) (Decision, bool) {
		for _, d := range ds {
			if d.UnitID == unit && d.Award == award {
				return d, true
			}
		}
		return Decision{}, false
	}
	taken := map[[2]string]bool{}
	for _, r := range rs {
		if r.Unit == r.By {
			return Errorf(EReplaceSelf, code(r.Unit), r.Award)
		}
		refused, ok := find(r.Unit, r.Award)
		if !ok || refused.Outcome != NotAwarded {
			return Errorf(EReplaceNotRefused, code(r.Unit), r.Award, code(r.By))
		}
		given, ok := find(r.By, r.Award)
		if !ok || given.Outcome != Awarded {
			return Errorf(EReplaceNotAwarded, code(r.By), r.Award, code(r.Unit))
		}
		if given.Number != refused.Number || !given.Date.Equal(refused.Date) {
			return Errorf(EReplaceTwoRefs, code(r.Unit), code(r.By), r.Award)
		}
		if k := [2]string{r.By, r.Award}; taken[k] {
			return Errorf(EReplaceTwice, code(r.By), r.Award)
		} else {
			taken[k] = true
		}
	}
	return nil
}

// LinkReplacements fills each decision's Replaces and ReplacedBy from
// the replacements, for the people who read them.
func LinkReplacements(ds []Decision, rs []Replacement) {
	for i := range ds {
		for _, r := range rs {
			switch {
			case ds[i].Award != r.Award:
			case ds[i].UnitID == r.By:
				ds[i].Replaces = r.Unit
			case ds[i].UnitID == r.Unit:
				ds[i].ReplacedBy = r.By
			}
		}
	}
}
