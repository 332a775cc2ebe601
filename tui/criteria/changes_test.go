package criteria

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"

	tea "charm.land/bubbletea/v2"
)

// A new year started from the last shows its draft table; the leader
// changes a maximum and adds a criterion, sees both marked and listed
// against last year's table (v), and issues it: the new year is scored on
// it, last year keeps its own.
func TestNewYearTableChanges(t *testing.T) {
	h := open(t, demo.Year)
	ctx := context.Background()
	old := h.M.scope.Period
	p, draft, err := h.db.StartPeriodFrom(ctx, h.M.scope.Actor(), old.ID, model.NextPeriod(old, "2020", "Tổng kết năm 2020"), "Bảng 2020")
	if err != nil {
		t.Fatal(err)
	}
	h.Driver = &tuitest.Driver[Model]{M: New(app.App{DB: h.db}, theme.New(true), i18n.VI, true),
		Catch: func(msg tea.Msg) bool { _, ok := msg.(ChangedMsg); return ok }}
	h.M.SetSize(120, 36)
	sc := h.M.scope
	sc.Inst, _ = h.db.Installation(ctx)
	sc.Bloc, _ = h.db.Bloc(ctx)
	sc.Period = p
	h.Run(h.M.SetScope(sc))
	if v, _ := h.M.Version(); v.ID != draft || !strings.Contains(ansi.Strip(h.M.View()), "giống hệt «Bảng tiêu chí chấm điểm thi đua Khối năm 2019»") {
		t.Fatalf("the new year does not show its draft:\n%s", ansi.Strip(h.M.View()))
	}
	h.goTo("I.1.1")
	h.Press("e", "tab", "tab", "tab")
	for range 3 {
		h.Press("backspace")
	}
	h.Type("2,5")
	h.Press("ctrl+s")
	h.Press("a")
	h.Type("I.1.5")
	h.Press("tab")
	h.Type("Tập huấn nghiệp vụ lao động")
	h.Press("tab", "tab")
	h.Type("0,5")
	h.Press("ctrl+s")
	view := ansi.Strip(h.M.View())
	if !strings.Contains(view, "thêm 1, bỏ 0, đổi 1 (v: xem)") {
		t.Fatalf("the summary:\n%s", view)
	}
	tuitest.Golden(t, "criteria_changes_grid_120x40", h.M.View())
	h.Press("v")
	view = ansi.Strip(h.M.View())
	for _, want := range []string{"Thay đổi so với «Bảng tiêu chí chấm điểm thi đua Khối năm 2019»",
		"+ I.1.5 Tập huấn nghiệp vụ lao động — thêm mới, tối đa 0,5", "~ I.1.1", "— điểm tối đa 3 → 2,5"} {
		if !strings.Contains(view, want) {
			t.Errorf("the list lacks %q:\n%s", want, view)
		}
	}
	tuitest.Golden(t, "criteria_changes_120x40", h.M.View())
	h.M.SetSize(80, 20)
	tuitest.Golden(t, "criteria_changes_80x24", h.M.View())
	h.M.SetSize(120, 36)
	h.Press("e") // the list has the keyboard: no editor opens
	if h.M.dialog.Open() {
		t.Error("e opened the editor under the list")
	}
	h.Press("esc")
	if h.M.diff.showing {
		t.Fatal("esc did not close the list")
	}
	h.Press("i", "enter")
	if !strings.Contains(h.Status, "Đã ban hành") {
		t.Fatalf("issue: %q", h.Status)
	}
	now, _ := h.db.PeriodByCode(ctx, "2020")
	last, _ := h.db.PeriodByCode(ctx, demo.Year)
	if now.CriteriaVersionID != draft || last.CriteriaVersionID != old.CriteriaVersionID {
		t.Errorf("after issue: 2020 on %s (draft %s), 2019 on %s", now.CriteriaVersionID, draft, last.CriteriaVersionID)
	}
}
