package criteria

import (
	"context"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model/i18n"
	"thidua/model/table/tabletest"
	"thidua/storage/demo"
	"thidua/storage/sheet/sheettest"
)

// The criteria screen imports a file after the same preview as the
// command line and the wizard; the table becomes a new draft in one
// transaction, its rules read from the guidance and shown in words with
// the sentence they came from; a rule can be typed as a sentence.
func TestImportFromFile(t *testing.T) {
	h := open(t, demo.Year)
	f := tabletest.Fixtures()[3] // MTTQ Đồng Nai: rules of every kind
	path := sheettest.Fixture(t, f, t.TempDir())
	before := len(h.M.versions)
	h.Press("o")
	h.Type(path)
	h.Press("tab")
	h.Type("Bảng MTTQ 2026")
	h.Press("enter")
	res, _ := app.ReadCriteriaFile(context.Background(), path, nil)
	if !h.M.previewing || strings.Join(h.M.preview.Lines(), "\n") != strings.Join(res.Preview(i18n.VI), "\n") {
		t.Fatalf("no preview:\n%s", h.M.View())
	}
	h.Press("enter")
	v, _ := h.M.Version()
	if len(h.M.versions) != before+1 || v.Issued() || v.Label != "Bảng MTTQ 2026" || len(h.M.rows) != len(res.Rows) {
		t.Fatalf("draft = %+v, %d rows; %s", v, len(h.M.rows), h.Status)
	}
	h.goTo("3")
	if view := h.M.View(); !strings.Contains(view, "cứ thiếu 5% trừ 1 điểm ← «Thu") {
		t.Errorf("the rule and its sentence are not shown:\n%s", view)
	}
	// Typed as a sentence, a rule is read as the import reads it.
	h.goTo("2")
	h.Press("e", "tab", "tab", "tab", "tab", "tab")
	for i := 0; i < 120; i++ {
		h.Press("backspace")
	}
	h.Type("cứ giảm 1% trừ 0,5 điểm")
	h.Press("ctrl+s")
	if c, _ := h.M.Focused(); c.Rule.String() != "target full=100 step=1 loss=0.5" {
		t.Errorf("rule typed as a sentence: %v (%s)", c.Rule, h.M.dialog.Form().View())
	}
	// r puts back the rule its guidance states.
	h.Press("r")
	if c, _ := h.M.Focused(); c.Rule.String() != "count each=0.5 down" {
		t.Errorf("rule from the guidance: %v (%s)", c.Rule, h.Status)
	}
}

// The criteria screen shows, for every fixture, the preview the command
// line and the wizard show, and imports a table only when it has no
// problem: as a draft with the rows read.
func TestImportFixturesPreview(t *testing.T) {
	dir := t.TempDir()
	h := open(t, demo.Year)
	for _, f := range tabletest.All() {
		path := sheettest.Fixture(t, f, dir)
		before := len(h.M.versions)
		h.Press("o")
		h.Type(path)
		h.Press("tab", "enter") // the draft is named after the file
		res, err := app.ReadCriteriaFile(context.Background(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !h.M.previewing || strings.Join(h.M.preview.Lines(), "\n") != strings.Join(res.Preview(i18n.VI), "\n") {
			t.Errorf("%s: the preview differs:\n%s", f.Name, h.M.View())
			continue
		}
		h.Press("enter")
		switch {
		case len(f.Problems) > 0 && len(h.M.versions) != before:
			t.Errorf("%s: a table with problems was imported", f.Name)
		case len(f.Problems) > 0:
			h.Press("esc", "esc") // back to the file, then out of the form
		case len(h.M.versions) != before+1 || len(h.M.rows) != len(res.Rows):
			t.Errorf("%s: %d versions (was %d), %d rows, want %d: %s", f.Name, len(h.M.versions), before, len(h.M.rows), len(res.Rows), h.Status)
		}
		if h.M.dialog.Open() {
			t.Fatalf("%s: a dialog is still open:\n%s", f.Name, h.M.View())
		}
	}
}

// Guidance typed over several lines (an index table's levels, joined by
// the import; a wrapped cell) shows on the criterion's pane line by line,
// never as "␊".
func TestGuidanceOnLines(t *testing.T) {
	h := open(t, demo.Year)
	var f tabletest.Fixture
	for _, x := range tabletest.All() {
		if x.Name == "cchc-quang-ninh-2022" {
			f = x
		}
	}
	h.Press("o")
	h.Type(sheettest.Fixture(t, f, t.TempDir()))
	h.Press("tab", "enter", "enter")
	h.Press("down", "down")
	view := h.M.View()
	if strings.Contains(view, "␊") || !strings.Contains(view, "Ban hành đúng thời hạn: 0,5 điểm") {
		t.Errorf("guidance on lines:\n%s", view)
	}
}
