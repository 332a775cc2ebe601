package model

import "sort"

// Draft editing: pure operations on the rows of a draft criteria version.
// Each returns new rows (the input is not changed) with positions
// renumbered 1, 2, 3… among siblings, so the draft can be saved whole.

// copyRows returns a copy of rows ordered parent by parent, position by
// position.
func copyRows(rows []Criterion) []Criterion {
	out := make([]Criterion, len(rows))
	copy(out, rows)
	return out
}

// renumber gives siblings the positions 1, 2, 3… in their current order.
func renumber(rows []Criterion) []Criterion {
	groups := map[string][]int{}
	for i, c := range rows {
		groups[c.ParentID] = append(groups[c.ParentID], i)
	}
	for _, idx := range groups {
		sort.SliceStable(idx, func(a, b int) bool { return rows[idx[a]].Position < rows[idx[b]].Position })
		for n, i := range idx {
			rows[i].Position = n + 1
		}
	}
	return rows
}

// InsertAfter adds c as the next sibling of the row with id after ("" adds
// it as the last top-level part). c keeps its own ParentID when after is "".
func InsertAfter(rows []Criterion, after string, c Criterion) []Criterion {
	out := renumber(copyRows(rows))
	pos := len(out) + 1
	for _, r := range out {
		if r.ID == after {
			c.ParentID, pos = r.ParentID, r.Position+1
		}
	}
	if after == "" {
		pos = 1 << 30
	}
	for i := range out {
		if out[i].ParentID == c.ParentID && out[i].Position >= pos {
			out[i].Position++
		}
	}
	c.Position = pos
	return renumber(append(out, c))
}

// AddChild adds c as the last child of parent; a leaf that gets a child
// becomes a group.
func AddChild(rows []Criterion, parent string, c Criterion) []Criterion {
	out := copyRows(rows)
	last := 0
	for i := range out {
		if out[i].ID == parent && out[i].Kind != Group {
			out[i].Kind, out[i].Rule = Group, Rule{}
		}
		if out[i].ParentID == parent && out[i].Position > last {
			last = out[i].Position
		}
	}
	c.ParentID, c.Position = parent, last+1
	return renumber(append(out, c))
}

// Replace swaps the row that has c's id for c, keeping its place.
func Replace(rows []Criterion, c Criterion) []Criterion {
	out := copyRows(rows)
	for i := range out {
		if out[i].ID == c.ID {
			c.ParentID, c.Position = out[i].ParentID, out[i].Position
			out[i] = c
		}
	}
	return out
}

// Delete removes a row and everything under it.
func Delete(rows []Criterion, id string) []Criterion {
	gone := map[string]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, r := range rows {
			if gone[r.ParentID] && !gone[r.ID] {
				gone[r.ID], changed = true, true
			}
		}
	}
	var out []Criterion
	for _, r := range rows {
		if !gone[r.ID] {
			out = append(out, r)
		}
	}
	return renumber(out)
}

// Move swaps a row with its previous (delta −1) or next (+1) sibling.
func Move(rows []Criterion, id string, delta int) []Criterion {
	out := renumber(copyRows(rows))
	var me *Criterion
	for i := range out {
		if out[i].ID == id {
			me = &out[i]
		}
	}
	if me == nil {
		return out
	}
	for i := range out {
		if out[i].ParentID == me.ParentID && out[i].Position == me.Position+delta {
			out[i].Position, me.Position = me.Position, out[i].Position
			break
		}
	}
	return out
}

// Indent makes a row the last child of its previous sibling (which becomes
// a group); Outdent makes it the next sibling of its parent. Either returns
// the rows unchanged when there is nowhere to go.
func Indent(rows []Criterion, id string) []Criterion {
	out := renumber(copyRows(rows))
	var me Criterion
	for _, r := range out {
		if r.ID == id {
			me = r
		}
	}
	prev := ""
	for _, r := range out {
		if r.ParentID == me.ParentID && r.Position == me.Position-1 {
			prev = r.ID
		}
	}
	if me.ID == "" || prev == "" {
		return out
	}
	out = Delete(out, id)
	// Put back the subtree under its new parent.
	sub := subtree(rows, id)
	out = AddChild(out, prev, sub[0])
	return renumber(append(out, sub[1:]...))
}

// Outdent makes a row the next sibling of its parent.
func Outdent(rows []Criterion, id string) []Criterion {
	var me Criterion
	for _, r := range rows {
		if r.ID == id {
			me = r
		}
	}
	if me.ID == "" || me.ParentID == "" {
		return renumber(copyRows(rows))
	}
	sub := subtree(rows, id)
	out := Delete(rows, id)
	out = InsertAfter(out, me.ParentID, sub[0])
	return renumber(append(out, sub[1:]...))
}

// subtree returns the row id followed by every row under it.
func subtree(rows []Criterion, id string) []Criterion {
	var out []Criterion
	in := map[string]bool{id: true}
	for _, r := range rows {
		if r.ID == id {
			out = append([]Criterion{r}, out...)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, r := range rows {
			if in[r.ParentID] && !in[r.ID] {
				in[r.ID], changed = true, true
				out = append(out, r)
			}
		}
	}
	return out
}
