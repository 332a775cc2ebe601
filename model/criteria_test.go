package model

import (
	"strings"
	"testing"
)

// row builds a criterion for tests; max is typed the way people type it.
func row(id, parent, code string, kind Kind, max string) Criterion {
	p, err := ParsePoints(max)
	if err != nil {
		panic(err)
	}
	return Criterion{ID: id, ParentID: parent, Code: code, Title: "Tiêu chí " + code, Kind: kind, Max: p}
}

func mustTree(t *testing.T, rows ...Criterion) *Tree {
	t.Helper()
	for i := range rows {
		if rows[i].Position == 0 {
			rows[i].Position = i + 1
		}
	}
	tr, err := NewTree(rows)
	if err != nil {
		t.Fatalf("NewTree: %v", err)
	}
	return tr
}

// policeShape is the real 1,000-point skeleton of domain.md §3.2, cut down:
// codes "1." repeat under parts I and II, and "-" is used as a code.
func policeShape(t *testing.T) *Tree {
	return mustTree(t,
		row("I", "", "I.", Group, "700"),
		row("I1", "I", "1.", Group, "400"),
		row("I1a", "I1", "-", Standard, "200"),
		row("I1b", "I1", "-", Standard, "200"),
		row("I2", "I", "2.", Group, "300"),
		row("I2a", "I2", "2.a)", Group, "300"),
		row("I2a1", "I2a", "a1", Standard, "300"),
		row("II", "", "II.", Group, "200"),
		row("II1", "II", "1.", Standard, "200"),
		row("III", "", "III.", Group, "100"),
		row("III1", "III", "1.", Standard, "100"),
	)
}

func TestTreeStructure(t *testing.T) {
	tr := policeShape(t)
	if got := tr.StandardMax(); got != Whole(1000) {
		t.Errorf("StandardMax = %v, want 1000", got)
	}
	// Depth comes from the links, never from a stored level.
	for id, want := range map[string]int{"I": 1, "I1": 2, "I2a": 3, "I2a1": 4, "II1": 2} {
		if got := tr.Depth(id); got != want {
			t.Errorf("Depth(%s) = %d, want %d", id, got, want)
		}
	}
	if p := tr.Problems(); len(p) != 0 {
		t.Errorf("Problems = %v", p)
	}
	// Rows come out in table order whatever order they went in.
	var codes []string
	for _, c := range tr.Nodes() {
		codes = append(codes, c.Code)
	}
	if got := strings.Join(codes, " "); got != "I. 1. - - 2. 2.a) a1 II. 1. III. 1." {
		t.Errorf("order = %s", got)
	}
}

func TestTreeIdentityIsNotTheCode(t *testing.T) {
	tr := policeShape(t)
	if got := tr.PathString("II1"); got != "II. / 1." {
		t.Errorf("PathString = %q", got)
	}
	if got := tr.Label("II1"); got != "II.1." {
		t.Errorf("Label of a repeated code = %q, want the path", got)
	}
	// Two "-" rows under one parent: even the path repeats.
	if got := tr.Label("I1a"); got != "I. / 1. / -" {
		t.Errorf("Label of a repeated path = %q", got)
	}
	if got := tr.Label("I2a"); got != "2.a)" {
		t.Errorf("Label of a unique code = %q", got)
	}
	c, err := tr.Resolve("2.a)")
	if err != nil || c.ID != "I2a" {
		t.Errorf("Resolve unique = %v, %v", c.ID, err)
	}
	c, err = tr.Resolve("III. / 1.")
	if err != nil || c.ID != "III1" {
		t.Errorf("Resolve path = %v, %v", c.ID, err)
	}
	if _, err := tr.Resolve("1."); ErrorCode(err) != ECriterionAmbiguous {
		t.Errorf("Resolve repeated code: %v", err)
	} else if !strings.Contains(err.Error(), "II.1.") || !strings.Contains(err.Error(), "III.1.") {
		t.Errorf("ambiguity message should list the paths: %v", err)
	}
	if _, err := tr.Resolve("IX"); ErrorCode(err) != ECriterionUnknown {
		t.Errorf("Resolve unknown: %v", err)
	}
}

// A criterion is found by the forms people write it in, and the label the
// interface shows (and proposes as an example) always reads back to it.
func TestResolvePaths(t *testing.T) {
	tr := policeShape(t)
	for ref, want := range map[string]string{
		"II.1.": "II1", "II.1": "II1", "ii.1": "II1", "II / 1.": "II1", "II / 1": "II1", "II › 1.": "II1",
		" III. 1. ": "III1", "III.1.": "III1", "I.1.": "I1", "I.2.": "I2", "II": "II", "II.": "II",
		"2.a)": "I2a", "2.a": "I2a", "a1": "I2a1",
	} {
		c, err := tr.Resolve(ref)
		if err != nil || c.ID != want {
			t.Errorf("Resolve(%q) = %s, %v; want %s", ref, c.ID, err, want)
		}
	}
	for _, ref := range []string{"", "  ", "IV.1.", "1.1", "II.2"} {
		if _, err := tr.Resolve(ref); ErrorCode(err) != ECriterionUnknown {
			t.Errorf("Resolve(%q): %v", ref, err)
		}
	}
	for _, c := range tr.Nodes() {
		label := tr.Label(c.ID)
		if got, err := tr.Resolve(label); c.ID != "I1a" && c.ID != "I1b" && (err != nil || got.ID != c.ID) {
			t.Errorf("Label %q of %s resolves to %s, %v", label, c.ID, got.ID, err)
		}
	}
	// A dotted path that is another row's own code is not taken for the
	// path: the label falls back to slashes.
	tr = mustTree(t,
		row("A", "", "I.", Group, "2"),
		row("A1", "A", "1.", Standard, "1"),
		row("B", "", "II.", Group, "2"),
		row("B1", "B", "1.", Standard, "1"),
		row("C", "", "III.", Group, "1"),
		row("C1", "C", "I.1.", Standard, "1"),
	)
	if got := tr.Label("A1"); got != "I. / 1." {
		t.Errorf("Label = %q", got)
	}
	if c, _ := tr.Resolve("I.1."); c.ID != "C1" {
		t.Errorf("a code is read before a path: %s", c.ID)
	}
}

func TestNewTreeRefusesBrokenLinks(t *testing.T) {
	cases := []struct {
		name string
		rows []Criterion
		code string
	}{
		{"empty", nil, ETreeEmpty},
		{"duplicate id", []Criterion{row("a", "", "I", Standard, "1"), row("a", "", "II", Standard, "1")}, ETreeDuplicateID},
		{"missing parent", []Criterion{row("a", "zz", "I", Standard, "1")}, ETreeUnknownParent},
		{"cycle", []Criterion{row("a", "", "I", Group, "1"), row("b", "c", "x", Group, "1"), row("c", "b", "y", Group, "1")}, ETreeCycle},
	}
	for _, c := range cases {
		if _, err := NewTree(c.rows); ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
}

func TestTreeProblems(t *testing.T) {
	cases := []struct {
		name string
		rows []Criterion
		want []string // codes of the problems found, in order
	}{
		{"consistent 100-point table", []Criterion{
			row("I", "", "I", Group, "60"), row("I1", "I", "1", Standard, "40"), row("I2", "I", "2", Standard, "20"),
			row("II", "", "II", Standard, "40"),
		}, nil},
		{"children above the group without a cap", []Criterion{
			row("I", "", "I", Group, "50"), row("I1", "I", "1", Standard, "40"), row("I2", "I", "2", Standard, "20"),
		}, []string{ETreeChildrenAbove}},
		{"children above the group, capped by the table (tối đa không quá)", []Criterion{
			func() Criterion { c := row("I", "", "I", Group, "50"); c.Capped = true; return c }(),
			row("I1", "I", "1", Standard, "40"), row("I2", "I", "2", Standard, "20"),
		}, nil},
		{"children below the group's maximum", []Criterion{
			row("I", "", "I", Group, "70"), row("I1", "I", "1", Standard, "40"), row("I2", "I", "2", Standard, "20"),
		}, []string{ETreeChildrenBelow}},
		{"bonus part below its cap is fine", []Criterion{
			row("S", "", "I", Standard, "100"),
			row("B", "", "IV", Group, "5"), row("B1", "B", "1", Bonus, "2"),
		}, nil},
		{"bonus part above its cap needs the cap stated", []Criterion{
			row("S", "", "I", Standard, "100"),
			row("B", "", "IV", Group, "5"), row("B1", "B", "1", Bonus, "4"), row("B2", "B", "2", Bonus, "4"),
		}, []string{ETreeChildrenAbove}},
		{"mixed sections", []Criterion{
			row("I", "", "I", Group, "10"), row("I1", "I", "1", Standard, "10"), row("I2", "I", "2", Deduction, "5"),
		}, []string{ETreeMixedSections}},
		{"empty group and no standard criteria", []Criterion{row("I", "", "I", Group, "10")}, []string{ETreeEmptyGroup, ETreeNoStandard}},
		{"leaf with children", []Criterion{row("I", "", "I", Standard, "10"), row("I1", "I", "1", Standard, "10")}, []string{ETreeLeafChildren}},
		{"same code twice under one parent", []Criterion{
			row("I", "", "I", Group, "10"), row("a", "I", "1.", Standard, "5"), row("b", "I", "1.", Standard, "5"),
		}, []string{ETreeDuplicateCode}},
		{"bullets may repeat", []Criterion{
			row("I", "", "I", Group, "10"), row("a", "I", "-", Standard, "5"), row("b", "I", "-", Standard, "5"),
		}, nil},
		{"zero maximum", []Criterion{row("I", "", "I", Standard, "0")}, []string{ETreeMaxNotPositive}},
		{"missing code and title", []Criterion{{ID: "x", Kind: Standard, Max: 100}}, []string{ETreeNoCode, ETreeNoTitle}},
		{"six levels", []Criterion{
			row("1", "", "1", Group, "1"), row("2", "1", "2", Group, "1"), row("3", "2", "3", Group, "1"),
			row("4", "3", "4", Group, "1"), row("5", "4", "5", Group, "1"), row("6", "5", "6", Standard, "1"),
		}, []string{ETreeTooDeep}},
		{"rule on a group", []Criterion{
			func() Criterion { c := row("I", "", "I", Group, "10"); c.Rule = Rule{Kind: RuleBinary}; return c }(),
			row("I1", "I", "1", Standard, "10"),
		}, []string{ETreeRuleOnGroup}},
		{"bands above the maximum", []Criterion{
			func() Criterion {
				c := row("I", "", "I", Standard, "3")
				c.Rule = Rule{Kind: RuleBands, Bands: []Band{{Min: Whole(100), Points: Whole(4)}}}
				return c
			}(),
		}, []string{ETreeRuleInvalid}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tr := mustTree(t, c.rows...)
			var got []string
			for _, p := range tr.Problems() {
				got = append(got, p.Err.Code)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("problems = %v, want %v", got, c.want)
			}
		})
	}
}

func TestTreeNext(t *testing.T) {
	tr := policeShape(t)
	var walk []string
	id := ""
	for i := 0; i < 6; i++ {
		c, _ := tr.Next(id)
		walk = append(walk, c.ID)
		id = c.ID
	}
	if got := strings.Join(walk, " "); got != "I1a I1b I2a1 II1 III1 I1a" {
		t.Errorf("Next walk = %s (groups are skipped, the end wraps)", got)
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"group": Group, "Nhóm": Group, "bonus": Bonus, "Điểm thưởng": Bonus, "trừ": Deduction, "standard": Standard} {
		if got, ok := ParseKind(in); !ok || got != want {
			t.Errorf("ParseKind(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := ParseKind("lạ"); ok {
		t.Error("unknown kind accepted")
	}
}
