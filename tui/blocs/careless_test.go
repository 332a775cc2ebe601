package blocs

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// At 80 columns the board and the table across blocs fit: their hint
// lines lost their last keys mid-word ("c xếp hạng chung ·").
func TestBoardFitsAt80(t *testing.T) {
	m := loaded(t, province(), 80, 20)
	views := map[string]string{"board": m.View()}
	m, _ = press(m, "c")
	views["cross"] = m.View()
	for name, v := range views {
		for _, line := range strings.Split(ansi.Strip(v), "\n") {
			if w := ansi.StringWidth(line); w > 80 {
				t.Errorf("%s: a line %d wide at 80 columns: %q", name, w, line)
			}
		}
	}
}

// ? on the province's board shows its keys, as on every screen (it did
// nothing), and the footer offers it first, with q.
func TestBoardHelp(t *testing.T) {
	m := loaded(t, province(), 80, 20)
	if h := m.ShortHelp(); len(h) < 2 || h[0].Help().Key != "?" || h[1].Help().Key != "q" {
		t.Errorf("the footer does not start with ? and q: %v", h)
	}
	m, _ = press(m, "?")
	v := ansi.Strip(m.View())
	for _, want := range []string{"Mọi phím", "enter", "mở khối", "x", "khối trưởng mới", "c", "q", "thoát"} {
		if !strings.Contains(v, want) {
			t.Errorf("the help lacks %q:\n%s", want, v)
		}
	}
	m, _ = press(m, "?")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Các khối thi đua") {
		t.Errorf("? again does not close the help:\n%s", v)
	}
}
