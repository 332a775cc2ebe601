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
