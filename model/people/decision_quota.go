package people

import "thidua/model"

// CheckDecision refuses a decision of the province that would give more
// than the bloc's rules allow: today the cap on "Chiến sĩ thi đua cơ sở"
// relative to the unit's "Lao động tiên tiến" (RuleBaseRatio), counted
// over what the province gives — its decisions so far in the book, with d
// in place of any earlier decision on the same proposal. The unit's
// "Lao động tiên tiến" of the year are those it holds, and those
// proposed that the province has not refused. A refusal is never
// refused; a decision that gives something else is not counted.
func CheckDecision(b Book, d Decision) error {
	given, ok := d.Given()
	s := b.Settings
	if !ok || given != CSTDCS || s.BaseRatioPercent == 0 {
		return nil
	}
	unitOf := map[string]string{}
	name := d.Person
	for _, p := range b.People {
		unitOf[p.ID] = p.Unit
		if p.ID == d.Person {
			name = p.Name
		}
	}
	unit, year := unitOf[d.Person], b.Period.Year
	ldtt, base := map[string]bool{}, 1 // d's own
	for _, a := range b.History.Awards {
		if a.Year == year && a.Form == LDTT && unitOf[a.Person] == unit {
			ldtt[a.Person] = true
		}
	}
	for _, n := range b.Nominees {
		if unitOf[n.Person] != unit {
			continue
		}
		dec := n.Decision
		if n.Person == d.Person && n.Form == d.Form {
			dec = &d
		}
		if n.Form == LDTT && (dec == nil || dec.Ruling != RulingRefused) {
			ldtt[n.Person] = true
		}
		if dec != nil && dec != &d {
			if f, ok := dec.Given(); ok && f == CSTDCS {
				base++
			}
		}
	}
	if limit := s.baseLimit(len(ldtt)); base > limit {
		return model.Errorf(EDecisionRatio, name, s.BaseRatioPercent, len(ldtt), year, limit, RuleBaseRatio.Source)
	}
	return nil
}
