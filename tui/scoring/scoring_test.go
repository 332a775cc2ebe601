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
	"thidua/tui/theme"
)

// harness drives the screen (tuitest.Driver) over a real database.
type harness struct {
	*tuitest.Driver[Model]
	t  *testing.T
	db *storage.DB
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
	h := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(db, theme.New(true), i18n.VI, true),
		Catch: func(msg tea.Msg) bool { _, ok := msg.(SavedMsg); return ok }}}
	h.M.SetSize(120, 36)
	h.Run(h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Own: own, Period: p}))
	h.Run(h.M.SetUnit(u.ID))
	if h.M.Sheet() == nil {
		t.Fatalf("sheet not loaded: %s", h.Status)
	}
	return h
}

// stored reads a criterion's stored score at a stage from the database.
func (h *harness) stored(code string, s model.Stage) (model.ScoreRecord, bool) {
	h.t.Helper()
	sheet, err := h.db.LoadSheet(context.Background(), h.M.scope.Period.ID, h.M.unitID)
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
	c, _ := h.M.Focused()
	return c.Code
}

func TestTypeAndEnterSavesAndMoves(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.Press(":")
	h.Type("II.1")
	h.Press("enter")
	if h.focused() != "II.1" {
		t.Fatalf("jump: on %s (%s)", h.focused(), h.Status)
	}
	h.Type("1,5")
	h.Press("enter")
	if r, ok := h.stored("II.1", model.StageSelf); !ok || r.Points != 150 {
		t.Errorf("II.1 = %+v", r)
	}
	if h.focused() != "II.2" {
		t.Errorf("enter moves to the next criterion: on %s", h.focused())
	}
	// "9.5" and "9,5" mean the same.
	h.Type("3.5")
	h.Press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 350 {
		t.Errorf("II.2 = %v", r.Points)
	}
	// The totals follow at once: Tuy An had 94, II.1 2 → 1.5 and II.2 4 → 3.5.
	if got := h.M.shown.Total; got != 9300 {
		t.Errorf("live total = %v, want 93", got)
	}
	// A computed rule takes its measure: I.1.1 is 96% of the target.
	h.Press(":")
	h.Type("I.1.1")
	h.Press("enter")
	h.Type("96")
	h.Press("enter")
	if r, _ := h.stored("I.1.1", model.StageSelf); r.Points != 250 || r.Input != "96%" {
		t.Errorf("I.1.1 = %+v", r)
	}
}

// Out-of-range input is refused with a message naming the limit; the field
// keeps the value and the focus; nothing is saved.
func TestOutOfRangeRefused(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.Press(":")
	h.Type("II.2")
	h.Press("enter")
	before, _ := h.stored("II.2", model.StageSelf)
	h.Type("4,5")
	if !strings.Contains(h.M.Error(), "vượt điểm tối đa 4") {
		t.Errorf("message while typing = %q", h.M.Error())
	}
	h.Press("enter")
	if h.focused() != "II.2" || h.M.Typed() != "4,5" {
		t.Errorf("after refusal: on %s with %q", h.focused(), h.M.Typed())
	}
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != before.Points {
		t.Error("a refused value was saved")
	}
	if !strings.Contains(h.M.View(), "Điểm 4,5 vượt điểm tối đa 4 của tiêu chí II.2") {
		t.Error("the refusal is on screen")
	}
	// Backspace (or ctrl+h from an IME) fixes it.
	h.Press("backspace", "ctrl+h", "backspace")
	h.Type("3")
	h.Press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 300 {
		t.Errorf("corrected value = %v", r.Points)
	}
	// Letters are commands, never values: q does not reach the cell.
	h.Type("2q")
	if h.M.Typed() != "2" || !h.M.Capturing() {
		t.Errorf("typed %q", h.M.Typed())
	}
	h.Press("esc")
	if h.M.Typed() != "" {
		t.Error("esc drops the typed value")
	}
}

// Keys typed while a save is under way are kept and replayed in order.
func TestTypeaheadDuringSave(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.Press(":")
	h.Type("II.5")
	h.Press("enter")
	var cmds []tea.Cmd
	for _, k := range append(tuitest.Keys("2"), tuitest.Key("enter")) {
		var cmd tea.Cmd
		h.M, cmd = h.M.Update(k)
		cmds = append(cmds, cmd)
	}
	// The save of II.5 has not returned yet; the person keeps typing.
	for _, k := range append(tuitest.Keys("1"), tuitest.Key("enter")) {
		var cmd tea.Cmd
		h.M, cmd = h.M.Update(k)
		if cmd != nil {
			t.Fatal("a key typed during a save started something")
		}
	}
	for _, c := range cmds {
		h.Run(c)
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
	h.Press("s")
	if h.M.stage != model.StageBloc {
		t.Fatal("s switches to the bloc stage")
	}
	h.Press(":")
	h.Type("II.5")
	h.Press("enter")
	// Enter on an empty cell keeps the self-score and moves on.
	h.Press("enter")
	if h.focused() != "II.6" {
		t.Errorf("on %s", h.focused())
	}
	h.Press("up")
	h.Type("1")
	h.Press("enter")
	if h.M.dialog != reasonDialog {
		t.Fatal("a differing bloc score asks for a reason")
	}
	h.Press("enter") // an empty reason is refused
	if h.M.dialog != reasonDialog {
		t.Fatal("an empty reason was accepted")
	}
	h.Type("Chưa có biên bản thanh tra")
	h.Press("enter")
	r, ok := h.stored("II.5", model.StageBloc)
	if !ok || r.Points != 100 {
		t.Fatalf("bloc II.5 = %+v", r)
	}
	changes, _ := h.db.History(context.Background(), h.M.scope.Period.ID, h.M.unitID, r.CriterionID)
	if len(changes) == 0 || changes[0].Reason != "Chưa có biên bản thanh tra" {
		t.Errorf("history = %+v", changes)
	}
	// The same value as the self-score needs no reason.
	h.Press("up")
	h.Type("2")
	h.Press("enter")
	if h.M.dialog != noDialog {
		t.Error("an equal bloc score asked for a reason")
	}
}

func TestUndoNoteAndClear(t *testing.T) {
	h := open(t, demo.Year, demo.DongXuan, model.RoleLeader)
	h.Press(":")
	h.Type("II.4")
	h.Press("enter")
	h.Type("1")
	h.Press("enter")
	h.Press("ctrl+z")
	if r, _ := h.stored("II.4", model.StageSelf); r.Points != 200 {
		t.Errorf("undo: II.4 = %v", r.Points)
	}
	if h.focused() != "II.4" || !strings.Contains(h.Status, "hoàn tác") {
		t.Errorf("undo lands on %s: %q", h.focused(), h.Status)
	}
	h.Press("n")
	h.Type("Đủ hồ sơ, có biên bản")
	h.Press("enter")
	if r, _ := h.stored("II.4", model.StageSelf); r.Note != "Đủ hồ sơ, có biên bản" || r.Points != 200 {
		t.Errorf("note = %+v", r)
	}
	h.Press("delete")
	if _, ok := h.stored("II.4", model.StageSelf); ok {
		t.Error("delete clears the score")
	}
	h.Press("m")
	if h.focused() != "II.4" || !strings.Contains(h.Status, "Còn thiếu 1") {
		t.Errorf("missing: on %s, %q", h.focused(), h.Status)
	}
	h.Press("h")
	if !strings.Contains(h.M.View(), "Lịch sử thay đổi") || !strings.Contains(h.M.View(), "(trống)") {
		t.Errorf("history pane:\n%s", h.M.View())
	}
}

// Locks and ownership say why, before anything is typed.
func TestLocksAndOwnership(t *testing.T) {
	h := open(t, demo.HalfYear, demo.TuyAn, model.RoleLeader)
	h.Type("1")
	if h.M.Typed() != "" || !strings.Contains(h.Status, "kỳ thi đua đã khóa sổ") {
		t.Errorf("closed period: typed %q, status %q", h.M.Typed(), h.Status)
	}
	if !strings.Contains(h.M.View(), "Đã sơ kết 6 tháng") {
		t.Error("the lock's reason is on screen")
	}
	// A unit's installation scores only its own self stage.
	u := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	if len(u.M.scope.Stages()) != 1 {
		t.Error("a unit has one stage")
	}
	u.Type("1")
	if u.M.Typed() != "1" {
		t.Errorf("own sheet: typed %q (%s)", u.M.Typed(), u.Status)
	}
	u.Press("esc")
	other, _ := u.db.UnitByCode(context.Background(), demo.DongHoa)
	u.Run(u.M.SetUnit(other.ID))
	u.Type("1")
	if u.M.Typed() != "" || !strings.Contains(u.Status, "chỉ chấm điểm tự chấm của chính đơn vị mình") {
		t.Errorf("another unit: typed %q, %q", u.M.Typed(), u.Status)
	}
}

func TestPickUnit(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleLeader)
	h.Press("u")
	h.Type("song hinh")
	h.Press("enter")
	if h.M.Sheet().Unit.Code != demo.SongHinh {
		t.Errorf("picked %s", h.M.Sheet().Unit.Code)
	}
}

func TestViews(t *testing.T) {
	h := open(t, demo.Year, demo.DongHoa, model.RoleLeader)
	tuitest.Golden(t, "scoring_120x40", h.M.View())
	h.M.SetSize(80, 20)
	tuitest.Golden(t, "scoring_80x24", h.M.View())
	h.Press("s", "h")
	h.M.SetSize(120, 36)
	tuitest.Golden(t, "scoring_bloc_history_120x40", h.M.View())
}

// A sheet the leader returned shows the reason beside the criterion (↩
// until answered) and says so above the table.
func TestReturnedCriteriaAreMarked(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	ctx := context.Background()
	leader := model.Actor{Role: model.RoleLeader, UnitID: h.M.scope.Bloc.LeaderUnitID}
	if err := h.db.ReturnSubmission(ctx, leader, h.M.scope.Period.ID, h.M.unitID,
		[]model.ReturnReason{{CriterionID: "II.5", Reason: "Chưa có quyết định công nhận"}}); err != nil {
		t.Fatal(err)
	}
	h.Run(h.M.Reload())
	h.Press(":")
	h.Type("II.5")
	h.Press("enter")
	v := h.M.View()
	if !strings.Contains(v, "↩ Khối trưởng trả lại: Chưa có quyết") || !strings.Contains(v, "trả lại 1 mục") {
		t.Errorf("the return is not shown:\n%s", v)
	}
	c, _ := h.M.Sheet().Tree.Resolve("II.5")
	if h.M.mark(c) != markReturn {
		t.Errorf("mark %q, want %q", h.M.mark(c), markReturn)
	}
}
