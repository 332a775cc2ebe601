package model

import (
	"fmt"
	"sort"
	"strings"
)

// Kind is the kind of a row of the criteria table.
type Kind int

const (
	// Group has children and no score of its own; its subtotal is the sum of
	// its children, capped at its maximum.
	Group Kind = iota
	// Standard is an ordinary criterion scored from 0 to its maximum.
	Standard
	// Bonus is a bonus item ("điểm thưởng", "điểm cộng").
	Bonus
	// Deduction is a deduction item ("điểm trừ"), typed as the positive
	// number of points lost and shown with a minus sign.
	Deduction
)

var kindNames = [...]string{"group", "standard", "bonus", "deduction"}

// String returns the kind's name as stored in files ("group", "standard",
// "bonus", "deduction").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// ParseKind reads a kind name; it also accepts the Vietnamese words an office
// would type in a spreadsheet ("nhóm", "thưởng", "trừ").
func ParseKind(s string) (Kind, bool) {
	// The stored names first: folding is costly and files hold thousands.
	for i, n := range kindNames {
		if s == n {
			return Kind(i), true
		}
	}
	switch Fold(s) {
	case "group", "nhom", "g":
		return Group, true
	case "standard", "chuan", "tieu chi", "s", "":
		return Standard, true
	case "bonus", "thuong", "cong", "diem thuong", "diem cong", "b":
		return Bonus, true
	case "deduction", "tru", "diem tru", "d":
		return Deduction, true
	}
	return Standard, false
}

// MaxDepth is the deepest criteria table thidua accepts. Real tables have
// two to five levels; anything deeper is a mistake in the source table.
const MaxDepth = 5

// Criterion is one row of a criteria table. Its identity is ID; Code is what
// offices type ("I.", "1.", "2.a)", "-") and may repeat under different
// parents. Depth is never stored: it is derived from the parent links.
type Criterion struct {
	ID       string
	ParentID string // "" for a top-level part
	Position int    // order among its siblings
	Code     string
	Title    string
	Kind     Kind
	// Max is the maximum for standard and bonus items, the most a deduction
	// item can take away, and for a group the cap of its subtotal.
	Max Points
	// Capped marks a group whose children's maxima add up to more than its
	// own, as tables say with "tối đa không quá". Without it such a group is
	// an error, because the table's sum does not check out.
	Capped   bool
	Guidance string
	Rule     Rule // how a leaf is scored; zero value is direct points
}

// Scorable reports whether the criterion takes a score (every leaf does).
func (c *Criterion) Scorable() bool { return c.Kind != Group }

// Tree is a validated-in-structure criteria table: every parent exists, no
// cycles, ids unique, rows in table order. Whether the maxima add up is
// checked separately by Problems, so that a draft can be edited while it is
// still inconsistent.
type Tree struct {
	nodes    []Criterion // pre-order: each group followed by its subtree
	index    map[string]int
	children map[string][]int // parent id ("" = root) → indexes in nodes
	depth    []int
	section  []Kind // Standard, Bonus or Deduction for every node
	// Every node's code as Resolve compares it, worked out once: a file of
	// thousands of score lines resolves each against every row.
	norm   []string   // trimmed, NFC, upper case
	tokens [][]string // codeTokens
}

// NewTree builds a tree from rows in any order. It fails with a coded error
// if an id repeats, a parent is missing or the links form a cycle.
func NewTree(rows []Criterion) (*Tree, error) {
	if len(rows) == 0 {
		return nil, Errorf(ETreeEmpty)
	}
	byID := make(map[string]Criterion, len(rows))
	kids := make(map[string][]Criterion)
	for _, c := range rows {
		if _, dup := byID[c.ID]; dup || c.ID == "" {
			return nil, Errorf(ETreeDuplicateID, c.ID)
		}
		byID[c.ID] = c
	}
	for _, c := range rows {
		if c.ParentID != "" {
			if _, ok := byID[c.ParentID]; !ok {
				return nil, Errorf(ETreeUnknownParent, c.Code, c.ParentID)
			}
		}
		kids[c.ParentID] = append(kids[c.ParentID], c)
	}
	for _, list := range kids {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Position < list[j].Position })
	}
	t := &Tree{index: make(map[string]int, len(rows)), children: make(map[string][]int)}
	var walk func(parent string, depth int)
	walk = func(parent string, depth int) {
		for _, c := range kids[parent] {
			i := len(t.nodes)
			t.nodes = append(t.nodes, c)
			t.depth = append(t.depth, depth)
			t.index[c.ID] = i
			t.children[parent] = append(t.children[parent], i)
			walk(c.ID, depth+1)
		}
	}
	walk("", 1)
	if len(t.nodes) != len(rows) {
		// Rows unreachable from the root sit on a cycle.
		for _, c := range rows {
			if _, ok := t.index[c.ID]; !ok {
				return nil, Errorf(ETreeCycle, c.Code)
			}
		}
	}
	t.section = make([]Kind, len(t.nodes))
	for i := len(t.nodes) - 1; i >= 0; i-- {
		t.section[i] = t.deriveSection(i)
	}
	t.norm, t.tokens = make([]string, len(t.nodes)), make([][]string, len(t.nodes))
	for i, c := range t.nodes {
		t.norm[i], t.tokens[i] = normCode(c.Code), codeTokens(c.Code)
	}
	return t, nil
}

// deriveSection gives a leaf its own kind and a group the kind of its first
// scorable descendant (mixed groups are reported by Problems).
func (t *Tree) deriveSection(i int) Kind {
	if t.nodes[i].Kind != Group {
		return t.nodes[i].Kind
	}
	for _, k := range t.children[t.nodes[i].ID] {
		if t.section[k] != Group {
			return t.section[k]
		}
	}
	return Group
}

// Len returns the number of rows.
func (t *Tree) Len() int { return len(t.nodes) }

// Nodes returns the rows in table order (pre-order). The slice is shared;
// callers must not modify it.
func (t *Tree) Nodes() []Criterion { return t.nodes }

// Get returns the criterion with the given id.
func (t *Tree) Get(id string) (Criterion, bool) {
	i, ok := t.index[id]
	if !ok {
		return Criterion{}, false
	}
	return t.nodes[i], true
}

// Depth returns the level of id: 1 for a top-level part.
func (t *Tree) Depth(id string) int {
	if i, ok := t.index[id]; ok {
		return t.depth[i]
	}
	return 0
}

// Section returns Standard, Bonus or Deduction: the part of the total that
// id counts towards (a group takes the section of its descendants).
func (t *Tree) Section(id string) Kind {
	if i, ok := t.index[id]; ok {
		return t.section[i]
	}
	return Group
}

// Children returns the children of id ("" for the top level) in order.
func (t *Tree) Children(id string) []Criterion {
	idx := t.children[id]
	out := make([]Criterion, len(idx))
	for j, i := range idx {
		out[j] = t.nodes[i]
	}
	return out
}

// Leaves returns every scorable criterion in table order.
func (t *Tree) Leaves() []Criterion {
	var out []Criterion
	for _, c := range t.nodes {
		if c.Scorable() {
			out = append(out, c)
		}
	}
	return out
}

// Path returns the codes from the top-level part down to id.
func (t *Tree) Path(id string) []string {
	var out []string
	for i, ok := t.index[id]; ok; i, ok = t.index[t.nodes[i].ParentID] {
		out = append(out, strings.TrimSpace(t.nodes[i].Code))
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// PathString returns the displayed path of id, codes joined by " / "
// ("I. / 1. / 2.a)"). It identifies a criterion for people even where codes
// repeat under different parents.
func (t *Tree) PathString(id string) string { return strings.Join(t.Path(id), " / ") }

// StandardMax returns the nominal maximum of the table: the sum of the
// top-level standard parts (100 or 1,000 points in real tables).
func (t *Tree) StandardMax() Points {
	var sum Points
	for _, i := range t.children[""] {
		if t.section[i] == Standard {
			sum += t.nodes[i].Max
		}
	}
	return sum
}

// Next returns the scorable criterion after id in table order, wrapping to
// the first; it is how the scoring form moves on after a save.
func (t *Tree) Next(id string) (Criterion, bool) {
	start, ok := t.index[id]
	if !ok {
		start = -1
	}
	for k := 1; k <= len(t.nodes); k++ {
		c := t.nodes[(start+k)%len(t.nodes)]
		if c.Scorable() {
			return c, true
		}
	}
	return Criterion{}, false
}

// Part returns the id of the top-level part that id belongs to (id itself
// for a top-level row).
func (t *Tree) Part(id string) string {
	for i, ok := t.index[id]; ok; i, ok = t.index[t.nodes[i].ParentID] {
		if t.nodes[i].ParentID == "" {
			return t.nodes[i].ID
		}
	}
	return ""
}
