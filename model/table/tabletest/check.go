package tabletest

import (
	"fmt"
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/table"
)

// Sheets are the fixture's sheets as model/table reads them.
func (f Fixture) Sheets() []table.Sheet {
	out := []table.Sheet{f.Cells()}
	for _, o := range f.Others {
		out = append(out, table.Sheet{Name: o.Name, Rows: o.Rows})
	}
	return out
}

// Cells are the fixture's first sheet as model/table reads it.
func (f Fixture) Cells() table.Sheet {
	s := table.Sheet{Name: f.Sheet, Rows: f.Rows}
	if f.CSV {
		s.Name = ""
	}
	for _, m := range f.Merges {
		a, b, _ := strings.Cut(m, ":")
		c0, r0 := cellRef(a)
		c1, r1 := cellRef(b)
		s.Merges = append(s.Merges, table.Merge{Row0: r0, Col0: c0, Row1: r1, Col1: c1})
	}
	for _, h := range f.Hidden {
		s.Hidden = append(s.Hidden, h-1)
	}
	return s
}

// cellRef reads "C3" as 0-based column and row.
func cellRef(ref string) (col, row int) {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	row, _ = strconv.Atoi(ref[i:])
	return col - 1, row - 1
}

// Check compares what was read with what the fixture must read to, and
// returns every difference.
func (f Fixture) Check(r *table.Result) []string {
	var out []string
	bad := func(format string, a ...any) { out = append(out, fmt.Sprintf(f.Name+": "+format, a...)) }
	tree, err := r.Tree()
	if err != nil {
		return []string{f.Name + ": " + err.Error()}
	}
	var problems []string
	for _, p := range r.Problems {
		problems = append(problems, p.Message().Localize(i18n.VI))
	}
	joined := strings.Join(problems, "\n")
	if len(f.Problems) == 0 && len(problems) > 0 {
		bad("unexpected problems:\n%s", joined)
	}
	// "dòng 5" is "Dòng 5" in a CSV file, which has no sheet to name.
	for _, want := range f.Problems {
		if !strings.Contains(strings.ToLower(joined), strings.ToLower(want)) {
			bad("no problem %q in:\n%s", want, joined)
		}
	}
	var notes []string
	for _, n := range r.Notes {
		notes = append(notes, n.Message().Localize(i18n.VI))
	}
	for _, want := range f.Notes {
		if all := strings.Join(notes, "\n"); !strings.Contains(strings.ToLower(all), strings.ToLower(want)) {
			bad("no note %q in:\n%s", want, all)
		}
	}
	if len(problems) != len(f.Problems) && len(f.Problems) > 0 {
		bad("%d problems, want %d:\n%s", len(problems), len(f.Problems), joined)
	}
	if n := len(tree.Leaves()); n != f.Leaves {
		bad("%d leaves, want %d", n, f.Leaves)
	}
	if got := tree.StandardMax().String(); got != f.Total {
		bad("total %s, want %s", got, f.Total)
	}
	if read, _, _ := r.RuleCounts(); read != f.Read {
		var lines []string
		for _, c := range tree.Leaves() {
			lines = append(lines, r.RuleLine(i18n.EN, tree.PathString(c.ID), c))
		}
		bad("%d rules read, want %d:\n%s", read, f.Read, strings.Join(lines, "\n"))
	}
	for label, want := range f.Rules {
		c, ok := Find(tree, label)
		if !ok {
			bad("no criterion %s", label)
			continue
		}
		if got := c.Rule.String(); got != want {
			bad("%s: rule %s, want %s (%s)", label, got, want, r.RuleLine(i18n.EN, label, c))
		}
	}
	for label, want := range f.Titles {
		if c, ok := Find(tree, label); !ok || c.Title != want {
			bad("%s: title %q, want %q", label, c.Title, want)
		}
	}
	if got := Outline(tree); got != f.Outline {
		bad("outline:\n got %s\nwant %s", got, f.Outline)
	}
	return out
}

// Outline lists the top two levels as "code:kind:max", a "*" after a
// capped group.
func Outline(t *model.Tree) string {
	var parts []string
	for _, c := range t.Nodes() {
		if t.Depth(c.ID) > 2 {
			continue
		}
		s := strings.TrimSpace(c.Code) + ":" + c.Kind.String() + ":" + c.Max.String()
		if c.Capped {
			s += "*"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// Find finds a criterion by the end of its path of codes ("B. / -"),
// the n-th such with "#n".
func Find(t *model.Tree, label string) (model.Criterion, bool) {
	n := 1
	if p, num, ok := strings.Cut(label, "#"); ok {
		label = p
		n, _ = strconv.Atoi(num)
	}
	want := strings.Split(label, " / ")
	for _, c := range t.Nodes() {
		path := t.Path(c.ID)
		if len(path) < len(want) {
			continue
		}
		tail := path[len(path)-len(want):]
		if strings.Join(tail, " / ") != strings.Join(want, " / ") {
			continue
		}
		if n--; n == 0 {
			return c, true
		}
	}
	return model.Criterion{}, false
}
