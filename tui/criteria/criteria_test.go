package criteria

import (
	"context"
	"strings"
	"testing"
	"thidua/cmd/thidua/app"

	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// harness drives the screen (tuitest.Driver) over a real database.
type harness struct {
	*tuitest.Driver[Model]
	t  *testing.T
	db *storage.DB
}

// goTo moves the cursor to the row with code.
func (h *harness) goTo(code string) {
	h.t.Helper()
	h.Press("g")
	for i := 0; i < 80; i++ {
		if c, _ := h.M.Focused(); c.Code == code {
			return
		}
		h.Press("down")
	}
	h.t.Fatalf("no row %s", code)
}

func open(t *testing.T, periodCode string) *harness {
	t.Helper()
	db := demotest.Open(t)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	bloc, _ := db.Bloc(ctx)
	p, _ := db.PeriodByCode(ctx, periodCode)
	h := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(app.App{DB: db}, theme.New(true), i18n.VI, true),
		Catch: func(msg tea.Msg) bool { _, ok := msg.(ChangedMsg); return ok }}}
	h.M.SetSize(120, 36)
	h.Run(h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	return h
}

// An issued table is read-only; a draft made from it is edited, checked
// inline, refused while it has problems, then issued.
func TestDraftEditAndIssue(t *testing.T) {
	h := open(t, demo.Year)
	v, _ := h.M.Version()
	if !v.Issued() || !strings.Contains(h.M.View(), "dùng cho kỳ 2019, 2019-H1") {
		t.Fatalf("start:\n%s", h.M.View())
	}
	h.Press("e")
	if h.M.Capturing() {
		t.Fatal("an issued table opened an editor")
	}
	h.Press("c")
	h.Type("Bảng tiêu chí năm 2020")
	h.Press("enter")
	v, _ = h.M.Version()
	if v.Issued() || v.Label != "Bảng tiêu chí năm 2020" || len(h.M.rows) != 62 {
		t.Fatalf("draft = %+v (%d rows) %s", v, len(h.M.rows), h.Status)
	}
	// Lower I.1.1's maximum: I.1 no longer adds up, and the screen says so.
	h.goTo("I.1.1")
	h.Press("e", "tab", "tab", "tab")
	for i := 0; i < 3; i++ {
		h.Press("backspace")
	}
	h.Type("2,5")
	h.Press("ctrl+s")
	if h.M.Capturing() {
		t.Fatalf("the row form stayed open: %s", h.M.dialog.Form().View())
	}
	view := h.M.View()
	if !strings.Contains(view, "1 lỗi cần sửa") {
		t.Errorf("problem count:\n%s", view)
	}
	h.goTo("I.1")
	if !strings.Contains(h.M.View(), "chỉ 9,5 điểm") {
		t.Errorf("the problem is shown at its row:\n%s", h.M.View())
	}
	h.Press("i")
	if !h.IsErr || !strings.Contains(h.Status, "Còn 1 lỗi") {
		t.Errorf("issue with problems: %q", h.Status)
	}
	// Add a criterion of 0,5 after I.1.1: the group adds up again.
	h.goTo("I.1.1")
	h.Press("a")
	h.Type("I.1.5")
	h.Press("tab")
	h.Type("Tập huấn nghiệp vụ lao động")
	h.Press("tab", "tab")
	h.Type("0,5")
	h.Press("ctrl+s")
	if c, _ := h.M.Focused(); c.Code != "I.1.5" || h.M.tree.Depth(c.ID) != 3 {
		t.Errorf("new row: %+v", c)
	}
	if n := len(h.M.allProblems()); n != 0 {
		t.Fatalf("problems left: %v", h.M.allProblems())
	}
	// Move it up, then issue.
	h.Press("K")
	if i := h.M.cursor; h.M.rows[i-1].Code != "I.1" {
		t.Errorf("after K the row above is %s", h.M.rows[i-1].Code)
	}
	h.Press("i", "enter")
	v, _ = h.M.Version()
	if !v.Issued() || !strings.Contains(h.Status, "Đã ban hành") {
		t.Errorf("issued: %+v %q", v, h.Status)
	}
	// A period that has scores keeps its table.
	h.Press("u", "enter")
	if !strings.Contains(h.M.dialog.Form().View(), "đã có") && !strings.Contains(h.Status, "đã có") {
		t.Errorf("use for a scored period: %q\n%s", h.Status, h.M.dialog.Form().View())
	}
}

func TestDeleteIndentOutdent(t *testing.T) {
	h := open(t, demo.Year)
	h.Press("c")
	h.Type("Nháp")
	h.Press("enter")
	h.goTo("I.7.3")
	h.Press("<")
	if c, _ := h.M.Focused(); h.M.tree.Depth(c.ID) != 2 || h.M.tree.PathString(c.ID) != "I / I.7.3" {
		t.Errorf("outdent: %s", h.M.tree.PathString(c.ID))
	}
	h.Press(">")
	if c, _ := h.M.Focused(); h.M.tree.PathString(c.ID) != "I / I.7 / I.7.3" {
		t.Errorf("indent: %s", h.M.tree.PathString(c.ID))
	}
	h.goTo("V")
	h.Press("d", "enter")
	if _, err := h.M.tree.Resolve("V.1"); err == nil {
		t.Error("deleting V left its children")
	}
}

func TestViews(t *testing.T) {
	h := open(t, demo.Year)
	tuitest.Golden(t, "criteria_120x40", h.M.View())
	h.M.SetSize(80, 20)
	tuitest.Golden(t, "criteria_80x24", h.M.View())
}
