package settings

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
	lang   i18n.Lang
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
		case LangMsg:
			h.lang = msg.Lang
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

func (h *harness) row(r int) {
	for h.m.cursor > r {
		h.press("up")
	}
	for h.m.cursor < r {
		h.press("down")
	}
}

func open(t *testing.T, role model.Role) *harness {
	t.Helper()
	db := demotest.Open(t)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	inst.Role = role
	bloc, _ := db.Bloc(ctx)
	p, _ := db.PeriodByCode(ctx, demo.Year)
	h := &harness{t: t, db: db, m: New(db, theme.New(true), i18n.VI, true)}
	h.m.SetSize(120, 36)
	h.run(h.m.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	return h
}

func TestRulesAreEditedAndStored(t *testing.T) {
	h := open(t, model.RoleLeader)
	view := h.m.View()
	for _, want := range []string{"Bước chấm điểm", "0,25", "điểm chuẩn cao hơn, ít điểm trừ hơn, nhiều điểm thưởng hơn",
		"CO — Cờ thi đua của UBND tỉnh", "tối đa 1 đơn vị, tổng điểm từ 90, biểu quyết >1/2 tổng số thành viên", "15/12/2019"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	// The step: a bad value is refused in the form, a good one stored.
	h.row(int(rowStep))
	h.press("enter", "backspace", "backspace", "backspace", "backspace")
	h.typeText("abc")
	h.press("enter")
	if !h.m.Capturing() || !strings.Contains(h.m.form.View(), "không phải là số") {
		t.Fatalf("bad step accepted:\n%s", h.m.form.View())
	}
	for i := 0; i < 3; i++ {
		h.press("backspace")
	}
	h.typeText("0,5")
	h.press("enter")
	if r, _ := h.db.Rules(context.Background(), h.m.scope.Period.ID); r.Step != 50 {
		t.Errorf("step = %v (%s)", r.Step, h.status)
	}
	// Tie-breaks: part I first, then fewer deductions.
	h.row(int(rowTieBreaks))
	h.press("enter")
	// The choices: none, standard, deduction, bonus, full marks, part I…
	h.press("right", "right", "right", "right", "tab") // step 1: standard → part I
	h.press("tab")                                     // step 2 stays: fewer deductions
	h.press("left", "left", "left", "tab")             // step 3: bonus → none
	h.press("ctrl+s")
	r, _ := h.db.Rules(context.Background(), h.m.scope.Period.ID)
	if got := tieBreakText(i18n.VI, r.TieBreaks); got != "điểm phần I cao hơn, ít điểm trừ hơn" {
		t.Errorf("tie-breaks = %q (%s)", got, h.status)
	}
	// A deadline as a Vietnamese date.
	h.row(int(rowSelfScore))
	h.press("enter")
	for i := 0; i < 10; i++ {
		h.press("backspace")
	}
	h.typeText("20/12/2019")
	h.press("enter")
	p, _ := h.db.PeriodByCode(context.Background(), demo.Year)
	if p.SelfScoreCloses.Format("02/01/2006") != "20/12/2019" {
		t.Errorf("deadline = %v (%s)", p.SelfScoreCloses, h.status)
	}
}

func TestAwardsAndClosing(t *testing.T) {
	h := open(t, model.RoleLeader)
	h.row(int(rowAwards) + 2) // "+ add an award"
	h.press("enter")
	h.typeText("GK")
	h.press("tab")
	h.typeText("Giấy khen của Giám đốc Sở")
	h.press("tab", "backspace")
	h.typeText("3")
	h.press("ctrl+s")
	r, _ := h.db.Rules(context.Background(), h.m.scope.Period.ID)
	if len(r.Awards) != 3 || r.Awards[2].Name != "Giấy khen của Giám đốc Sở" || r.Awards[2].Quota != 3 {
		t.Fatalf("awards = %+v (%s)", r.Awards, h.status)
	}
	h.press("d")
	if r, _ := h.db.Rules(context.Background(), h.m.scope.Period.ID); len(r.Awards) != 2 {
		t.Errorf("delete: %d awards", len(r.Awards))
	}
	// Closing the period needs a reason, and is undone by reopening.
	h.row(int(rowClosed))
	h.press("enter", "enter")
	if !h.m.Capturing() {
		t.Fatal("closing without a reason was accepted")
	}
	h.typeText("Đã họp tổng kết")
	h.press("enter")
	locks, _ := h.db.Locks(context.Background(), h.m.scope.Period.ID)
	closed := false
	for _, l := range locks {
		closed = closed || l.Kind == model.LockClosed
	}
	if !closed || !strings.Contains(h.m.View(), "đã khóa — Đã họp tổng kết") {
		t.Errorf("closed %v:\n%s", closed, h.m.View())
	}
	h.press("enter", "enter")
	if strings.Contains(h.m.View(), "đã khóa") {
		t.Error("reopen failed")
	}
}

func TestLanguageAndReadOnly(t *testing.T) {
	h := open(t, model.RoleUnit)
	if !strings.Contains(h.m.View(), "Chỉ khối trưởng sửa được quy chế") {
		t.Error("a unit sees that rules are read-only")
	}
	h.row(int(rowStep))
	h.press("enter")
	if h.m.Capturing() {
		t.Error("a unit opened a rule editor")
	}
	h.row(int(rowLang))
	h.press("enter", "right", "enter")
	if h.lang != i18n.EN {
		t.Errorf("language switch: %q", h.lang)
	}
	if v, _ := h.db.Setting(context.Background(), "lang"); v != "en" {
		t.Errorf("stored language = %q", v)
	}
}

func TestViews(t *testing.T) {
	h := open(t, model.RoleLeader)
	tuitest.Golden(t, "settings_120x40", h.m.View())
	h.m.SetSize(80, 20)
	tuitest.Golden(t, "settings_80x24", h.m.View())
}

func TestAddPeriod(t *testing.T) {
	h := open(t, model.RoleLeader)
	h.row(int(rowNewPeriod))
	h.press("enter")
	h.typeText("2020")
	h.press("tab")
	h.typeText("Tổng kết năm 2020")
	h.press("tab", "tab")
	h.typeText("1/1/2020")
	h.press("tab")
	h.typeText("31/12/2020")
	h.press("ctrl+s")
	p, err := h.db.PeriodByCode(context.Background(), "2020")
	if err != nil || p.Label != "Tổng kết năm 2020" || p.Ends.Year() != 2020 || p.CriteriaVersionID != h.m.scope.Period.CriteriaVersionID {
		t.Fatalf("period = %+v, %v (%s)", p, err, h.status)
	}
	r, _ := h.db.Rules(context.Background(), p.ID)
	if r.Step != 25 || len(r.Awards) != 2 {
		t.Errorf("the new period's rules = %+v", r)
	}
}
