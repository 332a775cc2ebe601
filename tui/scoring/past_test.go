package scoring

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/storage/demo"
)

// A unit's own sheet shows how it did before: its half-year total and
// rank, and where it lost the most then; the half-year itself has no
// earlier period, and no such line.
func TestUnitPast(t *testing.T) {
	h := open(t, demo.Year, demo.DongHoa, model.RoleUnit)
	view := ansi.Strip(h.M.View())
	if !strings.Contains(view, "Các kỳ trước ▆▆ 2019-H1: 99,25 (hạng 3), mất nhiều nhất I.1.2 −0,88") {
		t.Errorf("the year lacks the unit's past:\n%s", view)
	}
	h = open(t, demo.HalfYear, demo.DongHoa, model.RoleUnit)
	if view := ansi.Strip(h.M.View()); strings.Contains(view, "Các kỳ trước") {
		t.Errorf("the half-year has a past:\n%s", view)
	}
	h = open(t, demo.Year, demo.SonHoa, model.RoleUnit) // no half-year sheet: nothing before
	if view := ansi.Strip(h.M.View()); strings.Contains(view, "Các kỳ trước") {
		t.Errorf("Sơn Hòa has a past:\n%s", view)
	}
}
