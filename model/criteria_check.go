package model

import "strings"

// Problem is one thing wrong with a criteria table, tied to the row it is
// about ("" for the table as a whole).
type Problem struct {
	ID  string
	Err *Error
}

// Problems checks that the table is one a bloc can score against. A draft
// may have problems; a version can only be issued without any.
//
// What is enforced, and why:
//   - every row has a code and a title, and sibling codes differ, so a
//     person can always name a row (codes may repeat under different parents,
//     as real tables do);
//   - at most MaxDepth levels;
//   - a group has children and a leaf has none; a group holds one section
//     only (standard, bonus or deduction), because the three are totalled
//     and capped separately;
//   - every maximum is positive;
//   - a standard group's children add up to exactly its maximum, as in real
//     tables (700 = 200 + 200 + 120 + 100 + 40 + 40). If they add up to less,
//     the group's maximum can never be reached: a typing error. If they add
//     up to more, the table must say the group is capped ("tối đa không
//     quá"), and then the subtotal is capped at the group's maximum;
//   - a bonus or deduction group's maximum is a cap: children may add up to
//     less (the cap does not bite), and to more only if it is marked capped;
//   - a scoring rule fits its criterion (it cannot give more than the max).
func (t *Tree) Problems() []Problem {
	var out []Problem
	add := func(id, code string, params ...any) {
		out = append(out, Problem{ID: id, Err: Errorf(code, params...)})
	}
	hasStandard := false
	for i, c := range t.nodes {
		label := t.PathString(c.ID)
		if strings.TrimSpace(c.Code) == "" {
			add(c.ID, ETreeNoCode, strings.TrimSpace(c.Title))
		}
		if strings.TrimSpace(c.Title) == "" {
			add(c.ID, ETreeNoTitle, label)
		}
		if t.depth[i] > MaxDepth {
			add(c.ID, ETreeTooDeep, label, MaxDepth)
		}
		if c.Kind < Group || c.Kind > Deduction {
			add(c.ID, ETreeKindUnknown, label)
			continue
		}
		if c.Max <= 0 {
			add(c.ID, ETreeMaxNotPositive, label)
		}
		kids := t.children[c.ID]
		if c.Kind != Group {
			if t.section[i] == Standard {
				hasStandard = true
			}
			if len(kids) > 0 {
				add(c.ID, ETreeLeafChildren, label)
			}
			if err := c.Rule.Check(c.Max); err != nil {
				add(c.ID, ETreeRuleInvalid, label, err)
			}
			continue
		}
		if !c.Rule.IsDirect() {
			add(c.ID, ETreeRuleOnGroup, label)
		}
		if len(kids) == 0 {
			add(c.ID, ETreeEmptyGroup, label)
			continue
		}
		if t.mixed(i) {
			add(c.ID, ETreeMixedSections, label)
			continue // the sums mean nothing until the sections are split
		}
		var sum Points
		for _, k := range kids {
			sum += t.nodes[k].Max
		}
		switch {
		case sum > c.Max && !c.Capped:
			add(c.ID, ETreeChildrenAbove, label, sum, c.Max)
		case sum < c.Max && t.section[i] == Standard:
			add(c.ID, ETreeChildrenBelow, label, sum, c.Max)
		}
	}
	seen := map[string]map[string]bool{}
	for _, c := range t.nodes {
		code := strings.ToUpper(strings.TrimSpace(c.Code))
		if code == "" || isBullet(code) {
			continue // bullets repeat by nature
		}
		if seen[c.ParentID] == nil {
			seen[c.ParentID] = map[string]bool{}
		}
		if seen[c.ParentID][code] {
			add(c.ID, ETreeDuplicateCode, strings.TrimSpace(c.Code), t.parentLabel(c))
		}
		seen[c.ParentID][code] = true
	}
	if !hasStandard {
		add("", ETreeNoStandard)
	}
	return out
}

func (t *Tree) parentLabel(c Criterion) string {
	if c.ParentID == "" {
		return "—"
	}
	return t.PathString(c.ParentID)
}

// mixed reports whether group i has children of different sections.
func (t *Tree) mixed(i int) bool {
	for _, k := range t.children[t.nodes[i].ID] {
		if s := t.section[k]; s != Group && s != t.section[i] {
			return true
		}
	}
	return false
}

// isBullet reports whether a code is a bullet ("-", "+", "*", "•", "–"),
// which repeats under a parent by nature.
func isBullet(code string) bool {
	r := []rune(code)
	return len(r) == 1 && strings.ContainsRune("-+*•–—·", r[0])
}
