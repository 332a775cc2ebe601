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
