package sheet

import (
	ctable "thidua/model/table"
)

// cells gives the sheet to model/table: every cell's text (a formula
// without a stored result computed), the merged ranges and the rows
// hidden in Excel that hold text. It reads the
// grid through its accessors only, plus its list of merged ranges.
func (g *grid) cells() ctable.Sheet {
	s := ctable.Sheet{Name: g.name, Rows: make([][]string, len(g.rows))}
	for r := range g.rows {
		row := make([]string, g.rowLen(r))
		for c := range row {
			row[c] = g.text(r, c)
			if d, ok := g.shownDate(r, c); ok {
				row[c] = d // a date where points belong is refused as one
			}
			if row[c] == "" {
				row[c] = g.number(r, c) // a formula Excel never computed
			}
		}
		s.Rows[r] = row
		if g.hidden[r] && len(row) > 0 {
			s.Hidden = append(s.Hidden, r)
		}
	}
	for _, m := range g.merges {
		s.Merges = append(s.Merges, ctable.Merge{Row0: m.r0, Col0: m.c0, Row1: m.r1, Col1: m.c1})
	}
	return s
}
