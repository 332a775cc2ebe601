package model

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
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

// Label returns the shortest unambiguous name of id, as people cite it and
// as Resolve reads it back: its code if no other row has the same code,
// otherwise its path written the way offices write it ("II.1." for "1."
// under "II.", "I.2.a)"). Where even the path repeats (two "-" rows under
// one parent) it is the path with " / ".
func (t *Tree) Label(id string) string {
	c, ok := t.Get(id)
	if !ok {
		return id
	}
	code := strings.TrimSpace(c.Code)
	if code != "" && t.codeCount(code) == 1 {
		return code
	}
	if dotted := t.dottedPath(id); dotted != "" {
		if r, err := t.Resolve(dotted); err == nil && r.ID == id {
			return dotted
		}
	}
	return t.PathString(id)
}

// cite is Label without the check that the dotted path reads back (which
// Resolve itself uses, for its list of the rows a ref could mean).
func (t *Tree) cite(id string) string {
	c, _ := t.Get(id)
	if code := strings.TrimSpace(c.Code); code != "" && t.codeCount(code) == 1 {
		return code
	}
	if dotted := t.dottedPath(id); dotted != "" {
		return dotted
	}
	return t.PathString(id)
}

// codeCount is the number of rows whose code is code (trimmed).
func (t *Tree) codeCount(code string) int {
	n := 0
	for _, o := range t.nodes {
		if strings.TrimSpace(o.Code) == code {
			n++
		}
	}
	return n
}

// dottedPath joins the codes from the top-level part down to id the way a
// table cites a row: "II." and "1." give "II.1.", "I" and "2" give "I.2".
func (t *Tree) dottedPath(id string) string {
	var b strings.Builder
	for _, code := range t.Path(id) {
		if code == "" {
			return ""
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), ".") && !strings.HasSuffix(b.String(), ")") {
			b.WriteByte('.')
		}
		b.WriteString(code)
	}
	return b.String()
}

// codeTokens splits a code or a path of codes into its numbers, ignoring
// the punctuation and case people vary: "II.1." and "II / 1" and "ii.1"
// are the same tokens, as are "a)" and "a".
func codeTokens(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(NFC(s)), func(r rune) bool {
		return r == '.' || r == ')' || r == '(' || r == '/' || r == '›' || r == '>' || r == ':' || r == ',' || unicode.IsSpace(r)
	})
}

// Resolve finds the criterion a person means by ref: a code that no other
// row shares ("I.1.2"), or a path of codes, written as tables cite it
// ("II.1.", "I.2.a)") or with slashes ("II / 1."). Spaces, case and the
// punctuation after a number ("II" for "II.", "a" for "a)") do not matter.
// A ref that could mean several rows is refused with their labels, never
// guessed.
func (t *Tree) Resolve(ref string) (Criterion, error) {
	ref = strings.TrimSpace(ref)
	norm := func(s string) string { return strings.ToUpper(strings.TrimSpace(NFC(s))) }
	want := codeTokens(ref)
	if len(want) == 0 {
		return Criterion{}, Errorf(ECriterionUnknown, ref)
	}
	// From the most literal reading to the most lenient; the first reading
	// that names exactly one row wins.
	var ambiguous []int
	readings := []func(i int) bool{
		func(i int) bool { return norm(t.nodes[i].Code) == norm(ref) },
		func(i int) bool { return equalTokens(t.pathTokens(i), want) },
		func(i int) bool { return equalTokens(codeTokens(t.nodes[i].Code), want) },
		func(i int) bool { return t.tailMatches(i, want) },
	}
	for _, match := range readings {
		var hits []int
		for i := range t.nodes {
			if match(i) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 1 {
			return t.nodes[hits[0]], nil
		}
		if len(hits) > 1 && ambiguous == nil {
			ambiguous = hits
		}
	}
	if len(ambiguous) > 0 {
		labels := make([]string, len(ambiguous))
		for j, i := range ambiguous {
			labels[j] = t.cite(t.nodes[i].ID)
		}
		return Criterion{}, Errorf(ECriterionAmbiguous, ref, strings.Join(labels, "; "))
	}
	return Criterion{}, Errorf(ECriterionUnknown, ref)
}

// pathTokens are the tokens of every code from the top-level part down to
// the row at index i.
func (t *Tree) pathTokens(i int) []string {
	var out []string
	for _, code := range t.Path(t.nodes[i].ID) {
		out = append(out, codeTokens(code)...)
	}
	return out
}

// tailMatches reports whether want is the end of the row's path, starting
// at one of its codes ("1.a" for "a)" under "1." under "II.").
func (t *Tree) tailMatches(i int, want []string) bool {
	var tail []string
	path := t.Path(t.nodes[i].ID)
	for k := len(path) - 1; k >= 0; k-- {
		tail = append(codeTokens(path[k]), tail...)
		if len(tail) >= len(want) {
			return equalTokens(tail, want)
		}
	}
	return false
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

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
