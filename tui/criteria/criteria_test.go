package criteria

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/theme"
)

type harness struct {
	t      *testing.T
	m      Model
	db     *storage.DB
	status string
	isErr  bool
}

func (h *harness) run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case status.ErrorMsg:
			h.status, h.isErr = model.Message(i18n.VI, msg.Err), true
		case status.InfoMsg:
			h.status, h.isErr = msg.Text, false
		case ChangedMsg, nil:
		default:
			var next tea.Cmd
			h.m, next = h.m.Update(msg)
			queue = append(queue, next)
		}
	}
}

func (h *harness) press(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(tuitest.Key(k))
		h.run(cmd)
	}
}

func (h *harness) typeText(s string) {
	for _, k := range tuitest.Keys(s) {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(k)
		h.run(cmd)
	}
}

// goTo moves the cursor to the row with code.
func (h *harness) goTo(code string) {
	h.t.Helper()
	h.press("g")
	for i := 0; i < 80; i++ {
		if c, _ := h.m.Focused(); c.Code == code {
			return
		}
		h.press("down")
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
	h := &harness{t: t, db: db, m: New(db, theme.New(true), i18n.VI, true)}
	h.m.SetSize(120, 36)
	h.run(h.m.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	return h
}

// An issued table is read-only; a draft made from it is edited, checked
// inline, refused while it has problems, then issued.
func TestDraftEditAndIssue(t *testing.T) {
	h := open(t, demo.Year)
	v, _ := h.m.Version()
	if !v.Issued() || !strings.Contains(h.m.View(), "dùng cho kỳ 2019, 2019-H1") {
		t.Fatalf("start:\n%s", h.m.View())
	}
	h.press("e")
	if h.m.Capturing() {
		t.Fatal("an issued table opened an editor")
	}
	h.press("c")
	h.typeText("Bảng tiêu chí năm 2020")
	h.press("enter")
	v, _ = h.m.Version()
	if v.Issued() || v.Label != "Bảng tiêu chí năm 2020" || len(h.m.rows) != 62 {
		t.Fatalf("draft = %+v (%d rows) %s", v, len(h.m.rows), h.status)
	}
	// Lower I.1.1's maximum: I.1 no longer adds up, and the screen says so.
	h.goTo("I.1.1")
	h.press("e", "tab", "tab", "tab")
	for i := 0; i < 3; i++ {
		h.press("backspace")
	}
	h.typeText("2,5")
	h.press("ctrl+s")
	if h.m.Capturing() {
		t.Fatalf("the row form stayed open: %s", h.m.form.View())
	}
	view := h.m.View()
	if !strings.Contains(view, "1 lỗi cần sửa") {
		t.Errorf("problem count:\n%s", view)
	}
	h.goTo("I.1")
	if !strings.Contains(h.m.View(), "chỉ 9,5 điểm") {
		t.Errorf("the problem is shown at its row:\n%s", h.m.View())
	}
	h.press("i")
	if !h.isErr || !strings.Contains(h.status, "Còn 1 lỗi") {
		t.Errorf("issue with problems: %q", h.status)
	}
	// Add a criterion of 0,5 after I.1.1: the group adds up again.
	h.goTo("I.1.1")
	h.press("a")
	h.typeText("I.1.5")
	h.press("tab")
	h.typeText("Tập huấn nghiệp vụ lao động")
	h.press("tab", "tab")
	h.typeText("0,5")
	h.press("ctrl+s")
	if c, _ := h.m.Focused(); c.Code != "I.1.5" || h.m.tree.Depth(c.ID) != 3 {
		t.Errorf("new row: %+v", c)
	}
	if n := len(h.m.allProblems()); n != 0 {
		t.Fatalf("problems left: %v", h.m.allProblems())
	}
	// Move it up, then issue.
	h.press("K")
	if i := h.m.cursor; h.m.rows[i-1].Code != "I.1" {
		t.Errorf("after K the row above is %s", h.m.rows[i-1].Code)
	}
	h.press("i", "enter")
	v, _ = h.m.Version()
	if !v.Issued() || !strings.Contains(h.status, "Đã ban hành") {
		t.Errorf("issued: %+v %q", v, h.status)
	}
	// A period that has scores keeps its table.
	h.press("u", "enter")
	if !strings.Contains(h.m.form.View(), "đã có") && !strings.Contains(h.status, "đã có") {
		t.Errorf("use for a scored period: %q\n%s", h.status, h.m.form.View())
	}
}

func TestDeleteIndentOutdent(t *testing.T) {
	h := open(t, demo.Year)
	h.press("c")
	h.typeText("Nháp")
	h.press("enter")
	h.goTo("I.7.3")
	h.press("<")
	if c, _ := h.m.Focused(); h.m.tree.Depth(c.ID) != 2 || h.m.tree.PathString(c.ID) != "I / I.7.3" {
		t.Errorf("outdent: %s", h.m.tree.PathString(c.ID))
	}
	h.press(">")
	if c, _ := h.m.Focused(); h.m.tree.PathString(c.ID) != "I / I.7 / I.7.3" {
		t.Errorf("indent: %s", h.m.tree.PathString(c.ID))
	}
	h.goTo("V")
	h.press("d", "enter")
	if _, err := h.m.tree.Resolve("V.1"); err == nil {
		t.Error("deleting V left its children")
	}
}

func TestViews(t *testing.T) {
	h := open(t, demo.Year)
	tuitest.Golden(t, "criteria_120x40", h.m.View())
	h.m.SetSize(80, 20)
	tuitest.Golden(t, "criteria_80x24", h.m.View())
}
