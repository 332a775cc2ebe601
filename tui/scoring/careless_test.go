package scoring

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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

// A score pasted into the cell (copied from a spreadsheet cell, with its
// line break) is typed, checked and saved with enter like a typed one; a
// paste of several cells is refused with a word. Both were ignored.
func TestPasteIntoTheCell(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.Press(":")
	h.Type("II.2")
	h.Press("enter")
	before, _ := h.stored("II.2", model.StageSelf)
	h.Run(h.update(tea.PasteMsg{Content: "1\r\n2\r\n3\r\n"}))
	if h.M.Typed() != "" || !strings.Contains(h.M.Error(), "dán nhiều giá trị") {
		t.Errorf("several values: typed %q, message %q", h.M.Typed(), h.M.Error())
	}
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != before.Points {
		t.Errorf("a paste of several values saved %v", r.Points)
	}
	h.Run(h.update(tea.PasteMsg{Content: "3,5\r\n"}))
	if h.M.Typed() != "3,5" {
		t.Fatalf("typed %q, message %q", h.M.Typed(), h.M.Error())
	}
	h.Press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 350 {
		t.Errorf("II.2 = %v, want 3,5", r.Points)
	}
	h.Run(h.update(tea.PasteMsg{Content: "1o"}))
	if h.M.Typed() != "1o" || !strings.Contains(h.M.Error(), "«o» không có trong điểm") {
		t.Errorf("typed %q, message %q", h.M.Typed(), h.M.Error())
	}
}

// update gives msg to the screen and returns its command.
func (h *harness) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	h.M, cmd = h.M.Update(msg)
	return cmd
}

// A unit's name pasted into the unit picker filters it (it was ignored).
func TestPasteIntoTheUnitPicker(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.Press("u")
	h.Run(h.update(tea.PasteMsg{Content: "Sông Hinh"}))
	h.Press("enter")
	if h.M.Sheet().Unit.Code != demo.SongHinh {
		t.Errorf("picked %s", h.M.Sheet().Unit.Code)
	}
}
