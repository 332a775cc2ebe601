package model

// Caps are the bloc-wide limits on bonus and deduction points; zero means no
// cap. They apply on top of any cap the table puts on its bonus and
// deduction parts.
type Caps struct {
	Bonus     Points
	Deduction Points
}

// Totals is a unit's score sheet added up (DESIGN §3):
//
//	Total = Standard + min(BonusRaw, cap) − min(DeductionRaw, cap)
//
// where every group's subtotal is the sum of its children capped at the
// group's maximum. The total is never clamped to the table's nominal
// maximum: bonus points may take a unit above 100.
type Totals struct {
	Standard     Points
	BonusRaw     Points // bonus after the table's group caps, before the bloc cap
	Bonus        Points // counted bonus
	DeductionRaw Points
	Deduction    Points // counted deduction, a positive number subtracted
	Total        Points
	// Value holds every row's counted value: a leaf's points, a group's
	// capped subtotal.
	Value     map[string]Points
	Scorable  int      // number of scorable criteria
	Missing   []string // ids of scorable criteria without a score, in table order
	FullMarks int      // standard criteria at their maximum (a tie-break)
}

// Complete reports whether every scorable criterion has a score. 0 is a
// score; blank is not.
func (t Totals) Complete() bool { return len(t.Missing) == 0 }

// Totals adds up sheet against the table. Missing scores count as 0 in the
// sums and are listed in Missing.
func (t *Tree) Totals(sheet Sheet, caps Caps) Totals {
	out := Totals{Value: make(map[string]Points, len(t.nodes))}
	for i := len(t.nodes) - 1; i >= 0; i-- { // children before parents
		c := t.nodes[i]
		if c.Scorable() {
			out.Scorable++
			p, ok := sheet[c.ID]
			if ok && c.Kind == Standard && p == c.Max {
				out.FullMarks++
			}
			out.Value[c.ID] = p
			continue
		}
		var sum Points
		for _, k := range t.children[c.ID] {
			sum += out.Value[t.nodes[k].ID]
		}
		if sum > c.Max {
			sum = c.Max
		}
		out.Value[c.ID] = sum
	}
	for _, c := range t.nodes { // table order
		if _, ok := sheet[c.ID]; c.Scorable() && !ok {
			out.Missing = append(out.Missing, c.ID)
		}
	}
	for _, i := range t.children[""] {
		v := out.Value[t.nodes[i].ID]
		switch t.section[i] {
		case Standard:
			out.Standard += v
		case Bonus:
			out.BonusRaw += v
		case Deduction:
			out.DeductionRaw += v
		}
	}
	out.Bonus = capAt(out.BonusRaw, caps.Bonus)
	out.Deduction = capAt(out.DeductionRaw, caps.Deduction)
	out.Total = out.Standard + out.Bonus - out.Deduction
	return out
}

func capAt(v, cap Points) Points {
	if cap > 0 && v > cap {
		return cap
	}
	return v
}
