package units

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/tui/internal/tuitest"
)

// A window made smaller while the unit dialog is open (a laptop's screen
// split, a terminal dragged narrower): the dialog follows it whole, its
// right border on screen, and keeps what was typed.
func TestDialogFollowsAResize(t *testing.T) {
	m := loaded(t, 80, 20)
	m = press(m, tuitest.Key("a"))
	m = press(m, tuitest.Keys("ABC")...)
	m = press(m, tuitest.Key("tab"))
	m = press(m, tuitest.Keys("Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa")...)
	m.SetSize(60, 15)
	v := ansi.Strip(m.View())
	top := ""
	for _, line := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(line); w > 60 {
			t.Errorf("a line %d wide at 60 columns: %q", w, line)
		}
		if strings.HasPrefix(line, "╭") {
			top = line
		}
	}
	if !strings.HasSuffix(strings.TrimRight(top, " "), "╮") {
		t.Errorf("the dialog's box is cut at 60 columns:\n%s", v)
	}
	if !strings.Contains(v, "ABC") || m.dialog.Form().Value("name") != "Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa" {
		t.Errorf("what was typed is gone:\n%s", v)
	}
}

// A year of birth typed wrong (2030 for 2003, or anything less than 15
// years ago) is refused in place with the year named; it was saved, a
// member of staff not yet born. Full-width digits are digits.
func TestPersonBornInTheFutureIsRefused(t *testing.T) {
	h := openDemo(t, 120, 36)
	h.Press("c", "a")
	h.Type("Trần Văn Bảy")
	h.Press("tab", "tab", "tab")
	h.Type("2030")
	h.Press("enter")
	if !h.M.dialog.Open() || !strings.Contains(h.view(), "Năm sinh 2030: người sinh năm này chưa đủ 15 tuổi") {
		t.Fatalf("a year of birth in the future was not refused (%s):\n%s", h.Status, h.M.View())
	}
	h.Press("ctrl+u")
	h.Type("１９９０")
	h.Press("enter")
	if h.M.dialog.Open() {
		t.Fatalf("１９９０ refused:\n%s", h.M.View())
	}
	if p, _ := h.M.selectedPerson(); p.Name != "Trần Văn Bảy" || p.BirthYear != 1990 {
		t.Errorf("saved %+v", p)
	}
}
