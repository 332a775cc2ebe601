package scoring

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

// harness drives the screen like the Bubble Tea runtime: it runs every
// command and feeds its message back, and remembers the status line.
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
		case SavedMsg, nil:
		default:
			var next tea.Cmd
			h.m, next = h.m.Update(msg)
			queue = append(queue, next)
		}
	}
}

// press sends keys and runs what they start.
func (h *harness) press(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(tuitest.Key(k))
		h.run(cmd)
	}
}

// typeText types characters one key at a time.
func (h *harness) typeText(s string) {
	for _, k := range tuitest.Keys(s) {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(k)
		h.run(cmd)
	}
}

// open shows a unit's sheet for a period, as the leader of the demo bloc
// (or as role with that role's own unit).
func open(t *testing.T, periodCode, unitCode string, role model.Role) *harness {
	t.Helper()
	db := demotest.Open(t)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	bloc, _ := db.Bloc(ctx)
	p, _ := db.PeriodByCode(ctx, periodCode)
	u, _ := db.UnitByCode(ctx, unitCode)
	own, _ := db.UnitByCode(ctx, demo.SongCau)
	if role == model.RoleUnit {
		own = u
		inst.Role, inst.UnitID = model.RoleUnit, u.ID
	}
	h := &harness{t: t, db: db, m: New(db, theme.New(true), i18n.VI, true)}
	h.m.SetSize(120, 36)
	h.run(h.m.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Own: own, Period: p}))
	h.run(h.m.SetUnit(u.ID))
	if h.m.Sheet() == nil {
		t.Fatalf("sheet not loaded: %s", h.status)
	}
	return h
}

// stored reads a criterion's stored score at a stage from the database.
func (h *harness) stored(code string, s model.Stage) (model.ScoreRecord, bool) {
	h.t.Helper()
	sheet, err := h.db.LoadSheet(context.Background(), h.m.scope.Period.ID, h.m.unitID)
	if err != nil {
		h.t.Fatal(err)
	}
	c, err := sheet.Tree.Resolve(code)
	if err != nil {
		h.t.Fatal(err)
	}
	r, ok := sheet.Rows[c.ID][s]
	return r, ok
}

func (h *harness) focused() string {
	c, _ := h.m.Focused()
	return c.Code
}

func TestTypeAndEnterSavesAndMoves(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.press(":")
	h.typeText("II.1")
	h.press("enter")
	if h.focused() != "II.1" {
		t.Fatalf("jump: on %s (%s)", h.focused(), h.status)
	}
	h.typeText("1,5")
	h.press("enter")
	if r, ok := h.stored("II.1", model.StageSelf); !ok || r.Points != 150 {
		t.Errorf("II.1 = %+v", r)
	}
	if h.focused() != "II.2" {
		t.Errorf("enter moves to the next criterion: on %s", h.focused())
	}
	// "9.5" and "9,5" mean the same.
	h.typeText("3.5")
	h.press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 350 {
		t.Errorf("II.2 = %v", r.Points)
	}
	// The totals follow at once: Tuy An had 94, II.1 2 → 1.5 and II.2 4 → 3.5.
	if got := h.m.shown.Total; got != 9300 {
		t.Errorf("live total = %v, want 93", got)
	}
	// A computed rule takes its measure: I.1.1 is 96% of the target.
	h.press(":")
	h.typeText("I.1.1")
	h.press("enter")
	h.typeText("96")
	h.press("enter")
	if r, _ := h.stored("I.1.1", model.StageSelf); r.Points != 260 || r.Input != "96%" {
		t.Errorf("I.1.1 = %+v", r)
	}
}

// Out-of-range input is refused with a message naming the limit; the field
// keeps the value and the focus; nothing is saved.
func TestOutOfRangeRefused(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.press(":")
	h.typeText("II.2")
	h.press("enter")
	before, _ := h.stored("II.2", model.StageSelf)
	h.typeText("4,5")
	if !strings.Contains(h.m.Error(), "vượt điểm tối đa 4") {
		t.Errorf("message while typing = %q", h.m.Error())
	}
	h.press("enter")
	if h.focused() != "II.2" || h.m.Typed() != "4,5" {
		t.Errorf("after refusal: on %s with %q", h.focused(), h.m.Typed())
	}
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != before.Points {
		t.Error("a refused value was saved")
	}
	if !strings.Contains(h.m.View(), "Điểm 4,5 vượt điểm tối đa 4 của tiêu chí II.2") {
		t.Error("the refusal is on screen")
	}
	// Backspace (or ctrl+h from an IME) fixes it.
	h.press("backspace", "ctrl+h", "backspace")
	h.typeText("3")
	h.press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 300 {
		t.Errorf("corrected value = %v", r.Points)
	}
	// Letters are commands, never values: q does not reach the cell.
	h.typeText("2q")
	if h.m.Typed() != "2" || !h.m.Capturing() {
		t.Errorf("typed %q", h.m.Typed())
	}
	h.press("esc")
	if h.m.Typed() != "" {
		t.Error("esc drops the typed value")
	}
}

// Keys typed while a save is under way are kept and replayed in order.
func TestTypeaheadDuringSave(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.press(":")
	h.typeText("II.5")
	h.press("enter")
	var cmds []tea.Cmd
	for _, k := range append(tuitest.Keys("2"), tuitest.Key("enter")) {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(k)
		cmds = append(cmds, cmd)
	}
	// The save of II.5 has not returned yet; the person keeps typing.
	for _, k := range append(tuitest.Keys("1"), tuitest.Key("enter")) {
		var cmd tea.Cmd
		h.m, cmd = h.m.Update(k)
		if cmd != nil {
			t.Fatal("a key typed during a save started something")
		}
	}
	for _, c := range cmds {
		h.run(c)
	}
	if r, _ := h.stored("II.5", model.StageSelf); r.Points != 200 {
		t.Errorf("II.5 = %v", r.Points)
	}
	if r, _ := h.stored("II.6", model.StageSelf); r.Points != 100 {
		t.Errorf("the value typed ahead went to II.6: %v", r.Points)
	}
	if h.focused() != "II.7" {
		t.Errorf("cursor on %s", h.focused())
	}
}

func TestBlocReviewAsksForAReason(t *testing.T) {
	h := open(t, demo.Year, demo.TayHoa, model.RoleLeader)
	h.press("s")
	if h.m.stage != model.StageBloc {
		t.Fatal("s switches to the bloc stage")
	}
	h.press(":")
	h.typeText("II.5")
	h.press("enter")
	// Enter on an empty cell keeps the self-score and moves on.
	h.press("enter")
	if h.focused() != "II.6" {
		t.Errorf("on %s", h.focused())
	}
	h.press("up")
	h.typeText("1")
	h.press("enter")
	if h.m.dialog != reasonDialog {
		t.Fatal("a differing bloc score asks for a reason")
	}
	h.press("enter") // an empty reason is refused
	if h.m.dialog != reasonDialog {
		t.Fatal("an empty reason was accepted")
	}
	h.typeText("Chưa có biên bản thanh tra")
	h.press("enter")
	r, ok := h.stored("II.5", model.StageBloc)
	if !ok || r.Points != 100 {
		t.Fatalf("bloc II.5 = %+v", r)
	}
	changes, _ := h.db.History(context.Background(), h.m.scope.Period.ID, h.m.unitID, r.CriterionID)
	if len(changes) == 0 || changes[0].Reason != "Chưa có biên bản thanh tra" {
		t.Errorf("history = %+v", changes)
	}
	// The same value as the self-score needs no reason.
	h.press("up")
	h.typeText("2")
	h.press("enter")
	if h.m.dialog != noDialog {
		t.Error("an equal bloc score asked for a reason")
	}
}

func TestUndoNoteAndClear(t *testing.T) {
	h := open(t, demo.Year, demo.DongXuan, model.RoleLeader)
	h.press(":")
	h.typeText("II.4")
	h.press("enter")
	h.typeText("1")
	h.press("enter")
	h.press("ctrl+z")
	if r, _ := h.stored("II.4", model.StageSelf); r.Points != 200 {
		t.Errorf("undo: II.4 = %v", r.Points)
	}
	if h.focused() != "II.4" || !strings.Contains(h.status, "hoàn tác") {
		t.Errorf("undo lands on %s: %q", h.focused(), h.status)
	}
	h.press("n")
	h.typeText("Đủ hồ sơ, có biên bản")
	h.press("enter")
	if r, _ := h.stored("II.4", model.StageSelf); r.Note != "Đủ hồ sơ, có biên bản" || r.Points != 200 {
		t.Errorf("note = %+v", r)
	}
	h.press("delete")
	if _, ok := h.stored("II.4", model.StageSelf); ok {
		t.Error("delete clears the score")
	}
	h.press("m")
	if h.focused() != "II.4" || !strings.Contains(h.status, "Còn thiếu 1") {
		t.Errorf("missing: on %s, %q", h.focused(), h.status)
	}
	h.press("h")
	if !strings.Contains(h.m.View(), "Lịch sử thay đổi") || !strings.Contains(h.m.View(), "(trống)") {
		t.Errorf("history pane:\n%s", h.m.View())
	}
}

// Locks and ownership say why, before anything is typed.
func TestLocksAndOwnership(t *testing.T) {
	h := open(t, demo.HalfYear, demo.TuyAn, model.RoleLeader)
	h.typeText("1")
	if h.m.Typed() != "" || !strings.Contains(h.status, "kỳ thi đua đã khóa sổ") {
		t.Errorf("closed period: typed %q, status %q", h.m.Typed(), h.status)
	}
	if !strings.Contains(h.m.View(), "Đã sơ kết 6 tháng") {
		t.Error("the lock's reason is on screen")
	}
	// A unit's installation scores only its own self stage.
	u := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	if len(u.m.scope.Stages()) != 1 {
		t.Error("a unit has one stage")
	}
	u.typeText("1")
	if u.m.Typed() != "1" {
		t.Errorf("own sheet: typed %q (%s)", u.m.Typed(), u.status)
	}
	u.press("esc")
	other, _ := u.db.UnitByCode(context.Background(), demo.DongHoa)
	u.run(u.m.SetUnit(other.ID))
	u.typeText("1")
	if u.m.Typed() != "" || !strings.Contains(u.status, "chỉ chấm điểm tự chấm của chính đơn vị mình") {
		t.Errorf("another unit: typed %q, %q", u.m.Typed(), u.status)
	}
}

func TestPickUnit(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.press("u")
	h.typeText("song hinh")
	h.press("enter")
	if h.m.Sheet().Unit.Code != demo.SongHinh {
		t.Errorf("picked %s", h.m.Sheet().Unit.Code)
	}
}

func TestViews(t *testing.T) {
	h := open(t, demo.Year, demo.DongHoa, model.RoleLeader)
	tuitest.Golden(t, "scoring_120x40", h.m.View())
	h.m.SetSize(80, 20)
	tuitest.Golden(t, "scoring_80x24", h.m.View())
	h.press("s", "h")
	h.m.SetSize(120, 36)
	tuitest.Golden(t, "scoring_bloc_history_120x40", h.m.View())
}
