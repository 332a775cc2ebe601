package model

import (
	"strings"
	"testing"
)

// order prints a table as "code@depth" in table order.
func order(t *testing.T, rows []Criterion) string {
	t.Helper()
	tr, err := NewTree(rows)
	if err != nil {
		t.Fatalf("NewTree: %v", err)
	}
	var s []string
	for _, c := range tr.Nodes() {
		s = append(s, c.Code+"@"+itoa(tr.Depth(c.ID)))
	}
	return strings.Join(s, " ")
}

func editable() []Criterion {
	rows := []Criterion{
		row("I", "", "I", Group, "10"), row("I1", "I", "1", Standard, "5"), row("I2", "I", "2", Standard, "5"),
		row("II", "", "II", Standard, "10"),
	}
	return renumber(rows)
}

func TestDraftEditing(t *testing.T) {
	rows := editable()
	if got := order(t, rows); got != "I@1 1@2 2@2 II@1" {
		t.Fatalf("start = %s", got)
	}
	cases := []struct {
		name string
		rows []Criterion
		want string
	}{
		{"insert after 1", InsertAfter(rows, "I1", row("x", "", "1a", Standard, "1")), "I@1 1@2 1a@2 2@2 II@1"},
		{"insert a part at the end", InsertAfter(rows, "", row("x", "", "III", Standard, "1")), "I@1 1@2 2@2 II@1 III@1"},
		{"child of a leaf makes a group", AddChild(rows, "II", row("x", "", "II.1", Standard, "10")), "I@1 1@2 2@2 II@1 II.1@2"},
		{"delete a group and its children", Delete(rows, "I"), "II@1"},
		{"move 2 up", Move(rows, "I2", -1), "I@1 2@2 1@2 II@1"},
		{"move the first up: nothing", Move(rows, "I1", -1), "I@1 1@2 2@2 II@1"},
		{"move I down", Move(rows, "I", 1), "II@1 I@1 1@2 2@2"},
		{"indent 2 under 1", Indent(rows, "I2"), "I@1 1@2 2@3 II@1"},
		{"indent II under I", Indent(rows, "II"), "I@1 1@2 2@2 II@2"},
		{"indent the first child: nothing", Indent(rows, "I1"), "I@1 1@2 2@2 II@1"},
		{"outdent 1", Outdent(rows, "I1"), "I@1 2@2 1@1 II@1"},
		{"outdent a part: nothing", Outdent(rows, "II"), "I@1 1@2 2@2 II@1"},
	}
	for _, c := range cases {
		if got := order(t, c.rows); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	// Replace keeps the row's place; the input is never changed.
	edited := row("I1", "", "1.", Standard, "4,5")
	got := Replace(rows, edited)
	if c := got[1]; c.Code != "1." || c.Max != 450 || c.ParentID != "I" {
		t.Errorf("replace = %+v", c)
	}
	if rows[1].Code != "1" {
		t.Error("Replace changed its input")
	}
	if tr, _ := NewTree(AddChild(rows, "II", row("x", "", "II.1", Standard, "10"))); func() Kind { c, _ := tr.Get("II"); return c.Kind }() != Group {
		t.Error("a leaf given a child is a group")
	}
	// Indenting a group moves its children with it.
	p := row("P", "", "P", Group, "5")
	p.Position = 0 // before I
	withP := renumber(append(copyRows(rows), p))
	if got := order(t, withP); got != "P@1 I@1 1@2 2@2 II@1" {
		t.Fatalf("with P = %s", got)
	}
	if got := order(t, Indent(withP, "I")); got != "P@1 I@2 1@3 2@3 II@1" {
		t.Errorf("indent a group = %s", got)
	}
}
