package model

import "strings"

// ChangeKind is what changed in a criterion between two versions of a
// criteria table.
type ChangeKind int

const (
	// CriterionAdded is a criterion the new version has and the old lacks.
	CriterionAdded ChangeKind = iota
	// CriterionRemoved is a criterion the old version had and the new lacks.
	CriterionRemoved
	// CriterionMax is a maximum (or a deduction's most) that changed.
	CriterionMax
	// CriterionRule is a scoring rule that changed.
	CriterionRule
	// CriterionKind is a criterion that became another kind (standard,
	// bonus, deduction, group).
	CriterionKind
	// CriterionTitle is a criterion reworded, or given another code.
	CriterionTitle
)

var changeNames = [...]string{"added", "removed", "max", "rule", "kind", "title"}

// String returns "added", "removed", "max", "rule", "kind" or "title".
func (k ChangeKind) String() string { return changeNames[k] }

// CriteriaChange is one difference between two versions of a table: Old is
// the criterion as it was (zero when added), New as it is (zero when
// removed).
type CriteriaChange struct {
	Kind     ChangeKind
	Old, New Criterion
}

// DiffCriteria lists what changed from the old version of a table to the
// new one, in the new table's order, the removed criteria last in the old
// table's order. A criterion is the same across versions when it keeps its
// id (a draft copied from a version keeps them); a criterion that lost its
// id (a table imported again) is matched by its chain of codes, when that
// chain names one criterion in each version. A criterion can have several
// changes (a new maximum and a new rule): one entry each, in the order of
// the kinds.
func DiffCriteria(old, new *Tree) []CriteriaChange {
	var oldNodes, newNodes []Criterion
	if old != nil {
		oldNodes = old.Nodes()
	}
	if new != nil {
		newNodes = new.Nodes()
	}
	match := matchCriteria(old, new)
	matched := map[string]bool{}
	var out []CriteriaChange
	for _, n := range newNodes {
		oldID, ok := match[n.ID]
		if !ok {
			out = append(out, CriteriaChange{Kind: CriterionAdded, New: n})
			continue
		}
		matched[oldID] = true
		o, _ := old.Get(oldID)
		out = append(out, changed(o, n)...)
	}
	for _, o := range oldNodes {
		if !matched[o.ID] {
			out = append(out, CriteriaChange{Kind: CriterionRemoved, Old: o})
		}
	}
	return out
}

// changed lists the differences of one criterion present in both versions.
func changed(o, n Criterion) []CriteriaChange {
	var out []CriteriaChange
	add := func(k ChangeKind, differs bool) {
		if differs {
			out = append(out, CriteriaChange{Kind: k, Old: o, New: n})
		}
	}
	add(CriterionMax, o.Max != n.Max || o.Capped != n.Capped)
	add(CriterionRule, o.Rule.String() != n.Rule.String())
	add(CriterionKind, o.Kind != n.Kind)
	add(CriterionTitle, o.Title != n.Title || codeKey(o.Code) != codeKey(n.Code))
	return out
}

// matchCriteria maps the new version's criteria to the old one's: by id,
// then by a chain of codes that is unique on both sides.
func matchCriteria(old, new *Tree) map[string]string {
	out := map[string]string{}
	if old == nil || new == nil {
		return out
	}
	taken := map[string]bool{}
	for _, n := range new.Nodes() {
		if _, ok := old.Get(n.ID); ok {
			out[n.ID], taken[n.ID] = n.ID, true
		}
	}
	oldChains := codeChains(old, taken)
	newTaken := map[string]bool{}
	for id := range out {
		newTaken[id] = true
	}
	for chain, nid := range codeChains(new, newTaken) {
		if oid, ok := oldChains[chain]; ok && nid != "" && oid != "" {
			out[nid] = oid
		}
	}
	return out
}

// codeChains maps each criterion not yet matched to its chain of codes
// from the top ("II/2/2.1"), accents, case and dots folded; a chain that
// names two criteria maps to "" (it cannot match).
func codeChains(t *Tree, skip map[string]bool) map[string]string {
	out := map[string]string{}
	for _, c := range t.Nodes() {
		if skip[c.ID] || strings.TrimSpace(c.Code) == "" {
			continue
		}
		var parts []string
		for id := c.ID; id != ""; {
			p, ok := t.Get(id)
			if !ok {
				break
			}
			parts = append([]string{codeKey(p.Code)}, parts...)
			id = p.ParentID
		}
		chain := strings.Join(parts, "/")
		if _, dup := out[chain]; dup {
			out[chain] = ""
			continue
		}
		out[chain] = c.ID
	}
	return out
}

// ChangeCounts sums a diff: criteria added, removed, and changed (a
// criterion with several changes counts once).
func ChangeCounts(changes []CriteriaChange) (added, removed, changedN int) {
	seen := map[string]bool{}
	for _, c := range changes {
		switch c.Kind {
		case CriterionAdded:
			added++
		case CriterionRemoved:
			removed++
		default:
			if !seen[c.New.ID] {
				seen[c.New.ID] = true
				changedN++
			}
		}
	}
	return added, removed, changedN
}

// codeKey is a code as compared: "1.", "1)" and "1" are the same code.
func codeKey(code string) string { return strings.Trim(Fold(code), ".) ") }
