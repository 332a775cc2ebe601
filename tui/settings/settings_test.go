package settings

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/cmd/thidua/app"
	"thidua/model"
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
	t    *testing.T
	db   *storage.DB
	lang i18n.Lang
}

func (h *harness) row(r int) {
	for h.M.cursor > r {
		h.Press("up")
	}
	for h.M.cursor < r {
		h.Press("down")
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
	h := &harness{t: t, db: db}
	h.Driver = &tuitest.Driver[Model]{M: New(app.App{DB: db}, theme.New(true), i18n.VI, true), Catch: func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case LangMsg:
			h.lang = msg.Lang
			return true
		case ChangedMsg:
			return true
		}
		return false
	}}
	h.M.SetSize(120, 36)
	h.Run(h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	return h
}

func TestRulesAreEditedAndStored(t *testing.T) {
	h := open(t, model.RoleLeader)
	view := h.M.View()
	for _, want := range []string{"Bước chấm điểm", "0,25", "điểm chuẩn cao hơn, ít điểm trừ hơn, nhiều điểm thưởng hơn",
		"CO — Cờ thi đua của UBND tỉnh", "tối đa 1 đơn vị, tổng điểm từ 90, biểu quyết >1/2 tổng số thành viên", "15/12/2019"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	// The step: a bad value is refused in the form, a good one stored.
	h.row(int(rowStep))
	h.Press("enter", "backspace", "backspace", "backspace", "backspace")
	h.Type("abc")
	h.Press("enter")
	if !h.M.Capturing() || !strings.Contains(h.M.dialog.Form().View(), "không phải là số") {
		t.Fatalf("bad step accepted:\n%s", h.M.dialog.Form().View())
	}
	for i := 0; i < 3; i++ {
		h.Press("backspace")
	}
	h.Type("0,5")
	h.Press("enter")
	if r, _ := h.db.Rules(context.Background(), h.M.scope.Period.ID); r.Step != 50 {
		t.Errorf("step = %v (%s)", r.Step, h.Status)
	}
	// Tie-breaks: part I first, then fewer deductions.
	h.row(int(rowTieBreaks))
	h.Press("enter")
	// The choices: none, standard, deduction, bonus, full marks, part I…
	h.Press("right", "right", "right", "right", "tab") // step 1: standard → part I
	h.Press("tab")                                     // step 2 stays: fewer deductions
	h.Press("left", "left", "left", "tab")             // step 3: bonus → none
	h.Press("ctrl+s")
	r, _ := h.db.Rules(context.Background(), h.M.scope.Period.ID)
	if got := tieBreakText(i18n.VI, r.TieBreaks); got != "điểm phần I cao hơn, ít điểm trừ hơn" {
		t.Errorf("tie-breaks = %q (%s)", got, h.Status)
	}
	// A deadline as a Vietnamese date.
	h.row(int(rowSelfScore))
	h.Press("enter")
	for i := 0; i < 10; i++ {
		h.Press("backspace")
	}
	h.Type("20/12/2019")
	h.Press("enter")
	p, _ := h.db.PeriodByCode(context.Background(), demo.Year)
	if p.SelfScoreCloses.Format("02/01/2006") != "20/12/2019" {
		t.Errorf("deadline = %v (%s)", p.SelfScoreCloses, h.Status)
	}
}

func TestAwardsAndClosing(t *testing.T) {
	h := open(t, model.RoleLeader)
	h.row(int(rowAwards) + 2) // "+ add an award"
	h.Press("enter")
	h.Type("GK")
	h.Press("tab")
	h.Type("Giấy khen của Giám đốc Sở")
	h.Press("tab", "backspace")
	h.Type("3")
	h.Press("ctrl+s")
	r, _ := h.db.Rules(context.Background(), h.M.scope.Period.ID)
	if len(r.Awards) != 3 || r.Awards[2].Name != "Giấy khen của Giám đốc Sở" || r.Awards[2].Quota != 3 {
		t.Fatalf("awards = %+v (%s)", r.Awards, h.Status)
	}
	h.Press("d")
	if r, _ := h.db.Rules(context.Background(), h.M.scope.Period.ID); len(r.Awards) != 2 {
		t.Errorf("delete: %d awards", len(r.Awards))
	}
	// Closing the period needs a reason, and is undone by reopening.
	h.row(int(rowClosed))
	h.Press("enter", "enter")
	if !h.M.Capturing() {
		t.Fatal("closing without a reason was accepted")
	}
	h.Type("Đã họp tổng kết")
	h.Press("enter")
	locks, _ := h.db.Locks(context.Background(), h.M.scope.Period.ID)
	closed := false
	for _, l := range locks {
		closed = closed || l.Kind == model.LockClosed
	}
	if !closed || !strings.Contains(h.M.View(), "đã khóa — Đã họp tổng kết") {
		t.Errorf("closed %v:\n%s", closed, h.M.View())
	}
	h.Press("enter", "enter")
	if strings.Contains(h.M.View(), "đã khóa") {
		t.Error("reopen failed")
	}
}

func TestLanguageAndReadOnly(t *testing.T) {
	h := open(t, model.RoleUnit)
	if !strings.Contains(h.M.View(), "Chỉ khối trưởng sửa được quy chế") {
		t.Error("a unit sees that rules are read-only")
	}
	h.row(int(rowStep))
	h.Press("enter")
	if h.M.Capturing() {
		t.Error("a unit opened a rule editor")
	}
	h.row(int(rowLang))
	h.Press("enter", "right", "enter")
	if h.lang != i18n.EN {
		t.Errorf("language switch: %q", h.lang)
	}
	if v, _ := h.db.Setting(context.Background(), "lang"); v != "en" {
		t.Errorf("stored language = %q", v)
	}
}

func TestViews(t *testing.T) {
	h := open(t, model.RoleLeader)
	tuitest.Golden(t, "settings_120x40", h.M.View())
	h.M.SetSize(80, 20)
	tuitest.Golden(t, "settings_80x24", h.M.View())
}

func TestAddPeriod(t *testing.T) {
	h := open(t, model.RoleLeader)
	h.row(int(rowNewPeriod))
	h.Press("enter")
	h.Type("2020")
	h.Press("tab")
	h.Type("Tổng kết năm 2020")
	h.Press("tab", "tab")
	h.Type("1/1/2020")
	h.Press("tab")
	h.Type("31/12/2020")
	h.Press("ctrl+s")
	p, err := h.db.PeriodByCode(context.Background(), "2020")
	if err != nil || p.Label != "Tổng kết năm 2020" || p.Ends.Year() != 2020 || p.CriteriaVersionID != h.M.scope.Period.CriteriaVersionID {
		t.Fatalf("period = %+v, %v (%s)", p, err, h.Status)
	}
	r, _ := h.db.Rules(context.Background(), p.ID)
	if r.Step != 25 || len(r.Awards) != 2 {
		t.Errorf("the new period's rules = %+v", r)
	}
}
