package settings

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/tui/internal/tuitest"
)

// The leader starts next year from the year on show: the code, name and
// dates are proposed a year later, a code already taken is refused in the
// form with what was typed, and the period is made with the year's rules
// and a draft of its table.
func TestNextYear(t *testing.T) {
	h := open(t, model.RoleLeader)
	h.row(int(rowNextYear))
	h.Press("enter")
	view := ansi.Strip(h.M.View())
	for _, want := range []string{"Năm mới từ kỳ «Tổng kết năm 2019»", "2020", "Tổng kết năm 2020", "01/01/2020", "31/12/2020", "31/03/2020"} {
		if !strings.Contains(view, want) {
			t.Fatalf("the form lacks %q:\n%s", want, view)
		}
	}
	tuitest.Golden(t, "settings_next_120x40", h.M.View())
	h.M.SetSize(80, 20)
	tuitest.Golden(t, "settings_next_80x24", h.M.View())
	h.M.SetSize(120, 36)
	for range 6 {
		h.Press("backspace")
	}
	h.Type("2019")
	h.Press("ctrl+s")
	if !h.M.dialog.Open() || !strings.Contains(ansi.Strip(h.M.View()), "Đã có kỳ thi đua mã 2019") {
		t.Fatalf("a code taken was not refused: %q\n%s", h.Status, ansi.Strip(h.M.View()))
	}
	for range 6 {
		h.Press("backspace")
	}
	h.Type("2020")
	h.Press("ctrl+s")
	if h.M.dialog.Open() || !strings.Contains(h.Status, "Nhấn p để chuyển sang kỳ mới") {
		t.Fatalf("not made: %q\n%s", h.Status, ansi.Strip(h.M.View()))
	}
	ctx := context.Background()
	p, err := h.db.PeriodByCode(ctx, "2020")
	if err != nil || p.Label != "Tổng kết năm 2020" || p.RegistrationCloses.Year() != 2020 {
		t.Fatalf("period = %+v, %v", p, err)
	}
	origin, ok, err := h.db.PeriodOrigin(ctx, p.ID)
	if err != nil || !ok || origin.FromPeriodID != h.M.scope.Period.ID {
		t.Fatalf("origin = %+v %v %v", origin, ok, err)
	}
	if r, _ := h.db.Rules(ctx, p.ID); len(r.Awards) != 2 {
		t.Errorf("awards = %+v", r.Awards)
	}
}
