package stress

import (
	"bytes"
	"fmt"

	"github.com/google/uuid"

	"thidua/model"
	"thidua/storage/demo"
	"thidua/storage/sheet"
)

// Caps of the generated table's bonus and deduction parts, as the demo's
// table has them.
var (
	bonusCap     = model.Whole(5)
	deductionCap = model.Whole(10)
)

// idSpace is the UUID namespace of generated criteria ids.
var idSpace = uuid.MustParse("2f6c1d0e-7b8a-4c3e-9d5f-1a2b3c4d5e6f")

// template is the demo's table taken apart: the groups of its first part,
// the criteria straight under its second and third parts, its bonus and
// its deduction items, each with its rule and guidance as offices write
// them.
type template struct {
	parts     []model.Criterion   // the five parts
	groups    [][]model.Criterion // part I: each group, then its criteria
	second    []model.Criterion
	third     []model.Criterion
	bonus     []model.Criterion
	deduction []model.Criterion
}

func loadTemplate() (template, error) {
	rows, err := sheet.ParseCriteriaCSV(bytes.NewReader(demo.CriteriaCSV()))
	if err != nil {
		return template{}, fmt.Errorf("demo table: %w", err)
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		return template{}, fmt.Errorf("demo table: %w", err)
	}
	var t template
	t.parts = tree.Children("")
	if len(t.parts) != 5 {
		return t, fmt.Errorf("demo table: %d parts, want 5", len(t.parts))
	}
	for _, g := range tree.Children(t.parts[0].ID) {
		t.groups = append(t.groups, append([]model.Criterion{g}, tree.Children(g.ID)...))
	}
	t.second, t.third = tree.Children(t.parts[1].ID), tree.Children(t.parts[2].ID)
	t.bonus, t.deduction = tree.Children(t.parts[3].ID), tree.Children(t.parts[4].ID)
	return t, nil
}

// Table returns a bloc's criteria table of n scorable criteria in the
// demo's shape and words: a part of professional work in groups, two parts
// of criteria straight under them, capped bonus and deduction parts (a
// thirtieth of n each). The demo's groups and items are used again, in
// order, as many times as n needs. Ids are name-based UUIDs of the bloc,
// the seed and the code, so a table is the same in every run.
func Table(blocCode string, seed int64, n int) ([]model.Criterion, error) {
	if n < 3 {
		return nil, fmt.Errorf("a table needs at least 3 criteria, not %d", n)
	}
	t, err := loadTemplate()
	if err != nil {
		return nil, err
	}
	nb, nd := max(1, n/30), max(1, n/30)
	ns := n - nb - nd
	n2, n3 := min(len(t.second), ns/4), min(len(t.third), ns/4)
	n1 := ns - n2 - n3
	b := tableBuilder{bloc: blocCode, seed: seed}
	first := b.part(t.parts[0], 0)
	for g := 0; n1 > 0; g++ {
		src := t.groups[g%len(t.groups)]
		title := src[0].Title
		if round := g / len(t.groups); round > 0 {
			title = fmt.Sprintf("%s (nhóm %d)", title, round+1)
		}
		group := b.add(first, g, fmt.Sprintf("I.%d", g+1), title, src[0])
		leaves := src[1:]
		for j := range min(len(leaves), n1) {
			b.add(group, j, fmt.Sprintf("I.%d.%d", g+1, j+1), leaves[j].Title, leaves[j])
		}
		n1 -= min(len(leaves), n1)
	}
	for k, list := range []struct {
		items []model.Criterion
		n     int
	}{{t.second, n2}, {t.third, n3}, {t.bonus, nb}, {t.deduction, nd}} {
		if list.n == 0 {
			continue
		}
		part := b.part(t.parts[k+1], len(b.parts))
		for j := range list.n {
			src := list.items[j%len(list.items)]
			b.add(part, j, fmt.Sprintf("%s.%d", t.parts[k+1].Code, j+1), src.Title, src)
		}
	}
	return b.finish(), nil
}

// tableBuilder adds rows with generated ids and sums the groups' maxima.
type tableBuilder struct {
	bloc  string
	seed  int64
	rows  []model.Criterion
	parts []int
}

// part adds a top-level group after src.
func (b *tableBuilder) part(src model.Criterion, pos int) int {
	b.parts = append(b.parts, len(b.rows))
	return b.add(-1, pos, src.Code, src.Title, src)
}

// add adds a row under the row at index parent (-1: top level) and
// returns its index. A group's maximum is set when the table is finished.
func (b *tableBuilder) add(parent, pos int, code, title string, src model.Criterion) int {
	c := model.Criterion{ID: uuid.NewSHA1(idSpace, fmt.Appendf(nil, "%s/%d/%s", b.bloc, b.seed, code)).String(),
		Position: pos, Code: code, Title: title, Kind: src.Kind, Max: src.Max, Guidance: src.Guidance, Rule: src.Rule}
	if parent >= 0 {
		c.ParentID = b.rows[parent].ID
	}
	if c.Kind == model.Group {
		c.Max = 0
	}
	b.rows = append(b.rows, c)
	return len(b.rows) - 1
}

// finish sets every group's maximum to its children's sum, the bonus and
// deduction parts capped as in the demo, and returns the rows.
func (b *tableBuilder) finish() []model.Criterion {
	index := map[string]int{}
	for i, c := range b.rows {
		index[c.ID] = i
	}
	// Children come after their parent: adding up backwards sums every
	// subtree before its parent is reached.
	for i := len(b.rows) - 1; i >= 0; i-- {
		if p := b.rows[i].ParentID; p != "" {
			b.rows[index[p]].Max += b.rows[i].Max
		}
	}
	for _, i := range b.parts {
		c := &b.rows[i]
		caps := map[string]model.Points{"IV": bonusCap, "V": deductionCap}
		if limit, ok := caps[c.Code]; ok && c.Max > limit {
			c.Max, c.Capped = limit, true
		}
	}
	return b.rows
}
