package model

// Pack takes tot apart into what Restore needs to rebuild it, for storage
// to keep beside the scores: every row's counted value in table order and
// the table positions of the blank scorable rows, in order.
func (t *Tree) Pack(tot Totals) (values []Points, missing []int) {
	values = make([]Points, len(t.nodes))
	for i, c := range t.nodes {
		values[i] = tot.Value[c.ID]
	}
	for _, id := range tot.Missing {
		missing = append(missing, t.index[id])
	}
	return values, missing
}

// Restore rebuilds the Totals that Pack took apart, under caps: the same
// value Totals computes from the sheet. ok is false when the parts do not
// fit this table (another table's, or damaged), and the caller computes
// the totals from the scores instead.
func (t *Tree) Restore(values []Points, missing []int, caps Caps) (tot Totals, ok bool) {
	return t.restore(values, missing, caps, true)
}

// RestoreSums is Restore without Value, the row by row values: the sums,
// the blank rows and the full marks, for totals only added up (a unit's
// self-assessment beside the stage that ranks it).
func (t *Tree) RestoreSums(values []Points, missing []int, caps Caps) (tot Totals, ok bool) {
	return t.restore(values, missing, caps, false)
}

func (t *Tree) restore(values []Points, missing []int, caps Caps, rows bool) (tot Totals, ok bool) {
	if len(values) != len(t.nodes) {
		return Totals{}, false
	}
	blank := make([]bool, len(t.nodes))
	prev := -1
	for _, i := range missing {
		if i <= prev || i >= len(t.nodes) || !t.nodes[i].Scorable() {
			return Totals{}, false
		}
		prev, blank[i] = i, true
	}
	out := Totals{}
	if rows {
		out.Value = make(map[string]Points, len(t.nodes))
	}
	for _, i := range missing {
		out.Missing = append(out.Missing, t.nodes[i].ID)
	}
	for i, c := range t.nodes {
		if rows {
			out.Value[c.ID] = values[i]
		}
		if c.Scorable() {
			out.Scorable++
			if c.Kind == Standard && !blank[i] && values[i] == c.Max {
				out.FullMarks++
			}
		}
	}
	for _, i := range t.children[""] {
		switch v := values[i]; t.section[i] {
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
	return out, true
}
