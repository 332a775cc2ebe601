package scoring

import (
	"strings"
	"testing"

	"thidua/model"
	"thidua/storage/demo"
)

// A hurried officer's keys on an empty cell: a letter that looks like a
// digit (l or I for 1, O for 0) or a letter of another layout is refused
// by name, never dropped (dropped, "l0" would save 0 for 10); the
// full-width digits and signs some input methods type are the digits they
// stand for.
func TestCellNeverDropsAKey(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.Press(":")
	h.Type("II.2")
	h.Press("enter")
	before, _ := h.stored("II.2", model.StageSelf)
	for _, c := range []struct{ typed, want string }{
		{"l0", "«l» không có trong điểm"},
		{"I0", "«I» không có trong điểm"},
		{"O5", "«O» không có trong điểm"},
		{"đ", "«đ» không có trong điểm"},
	} {
		h.Type(c.typed)
		if h.M.Typed() != c.typed || !strings.Contains(h.M.Error(), c.want) {
			t.Errorf("%q: typed %q, message %q", c.typed, h.M.Typed(), h.M.Error())
		}
		h.Press("enter")
		if r, _ := h.stored("II.2", model.StageSelf); r.Points != before.Points || h.focused() != "II.2" {
			t.Errorf("%q was saved as %v", c.typed, r.Points)
		}
		h.Press("esc")
	}
	// The sheet's commands still work on an empty cell.
	h.Press("n")
	if !h.M.dialog.Open() {
		t.Fatal("n no longer opens the note")
	}
	h.Press("esc")
	// Full-width: "３，５" is 3,5.
	h.Type("３，５")
	if h.M.Typed() != "3,5" || h.M.Error() != "" {
		t.Fatalf("typed %q, message %q", h.M.Typed(), h.M.Error())
	}
	h.Press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 350 {
		t.Errorf("II.2 = %v, want 3,5", r.Points)
	}
}
