package scoring

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
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
	// A computed rule takes its measure: I.1.1 is 96% of the target, 3 −
	// 0,4 = 2,6, rounded down to the bloc's step of 0,25 — and says so
	// while it is typed and once saved.
	h.Press(":")
	h.Type("I.1.1")
	h.Press("enter")
	h.Type("96")
	if !strings.Contains(h.M.View(), "› 96_ → 2,5") {
		t.Errorf("the points a measure gives are not shown while typing:\n%s", h.M.View())
	}
	h.Press("enter")
	if r, _ := h.stored("I.1.1", model.StageSelf); r.Points != 250 || r.Input != "96%" {
		t.Errorf("I.1.1 = %+v", r)
	}
	h.Press("up")
	if v := h.M.View(); !strings.Contains(v, "96% → 2,5 (tính ra 2,6, làm") || !strings.Contains(v, "làm tròn xuống theo bước điểm") {
		t.Errorf("the pane does not explain the rounding:\n%s", v)
	}
}

// The cell takes only what a score or a measure can be: a letter typed by
// mistake (o for 0, x between digits) is refused at once with a message,
// kept on screen, and the value is never saved until it is fixed.
func TestCellRefusesWhatIsNotAScore(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.Press(":")
	h.Type("II.2")
	h.Press("enter")
	before, _ := h.stored("II.2", model.StageSelf)
	for _, c := range []struct{ typed, want string }{
		{"1o", "«o» không có trong điểm"},
		{"1x2", "«x» không có trong điểm"},
		{"1,5,", "có hai dấu thập phân"},
		{"1.000,5", "có hai dấu thập phân"},
		{"-1", "điểm không âm"},
		{"2 ", "« » không có trong điểm"},
		{"95%/2", "«%» không có trong điểm"},
		{"1/2/3", "«/» không có trong điểm"},
	} {
		h.Type(c.typed)
		if !strings.Contains(h.M.Error(), c.want) || h.M.Typed() != c.typed {
			t.Errorf("%q: typed %q, message %q", c.typed, h.M.Typed(), h.M.Error())
		}
		h.Press("enter")
		if r, _ := h.stored("II.2", model.StageSelf); r.Points != before.Points || h.focused() != "II.2" {
			t.Errorf("%q was saved as %v", c.typed, r.Points)
		}
		if !strings.Contains(h.M.View(), c.want) {
			t.Errorf("%q: the refusal is not on screen", c.typed)
		}
		h.Press("esc")
	}
	// Fixed with backspace, the value saves.
	h.Type("1o")
	h.Press("backspace")
	h.Type("0")
	if h.M.Error() == "" {
		t.Error("10 is above II.2's maximum of 4")
	}
	h.Press("backspace", "backspace")
	h.Type("3,5")
	h.Press("enter")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != 350 {
		t.Errorf("II.2 = %v", r.Points)
	}
}

// Out-of-range input is refused with a message naming the limit; the field
// keeps the value and the focus; nothing is saved.
func TestOutOfRangeRefused(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
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
	// While a value is typed every key is the cell's: q is refused, not
	// dropped, and does not quit.
	h.Type("2q")
	if h.M.Typed() != "2q" || !h.M.Capturing() || !strings.Contains(h.M.Error(), "«q»") {
		t.Errorf("typed %q: %q", h.M.Typed(), h.M.Error())
	}
	h.Press("esc")
	if h.M.Typed() != "" {
		t.Error("esc drops the typed value")
	}
}

// Keys typed while a save is under way are kept and replayed in order.
func TestTypeaheadDuringSave(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
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
	if !h.M.dialog.Is("reason") {
		t.Fatal("a differing bloc score asks for a reason")
	}
	h.Press("enter") // an empty reason is refused
	if !h.M.dialog.Is("reason") {
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
	if h.M.dialog.Open() {
		t.Error("an equal bloc score asked for a reason")
	}
}

func TestUndoNoteAndClear(t *testing.T) {
	h := open(t, demo.Year, demo.DongXuan, model.RoleUnit)
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

// ctrl+z walks back only this session's own changes, newest first, says
// what it undid, and stops before anything it did not make (here the
// demo's 2019 scores): the third press changes nothing.
func TestUndoOnlyOwnChanges(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.Press(":")
	h.Type("II.1")
	h.Press("enter")
	before1, _ := h.stored("II.1", model.StageSelf)
	before2, _ := h.stored("II.2", model.StageSelf)
	h.Type("1")
	h.Press("enter")
	h.Type("3")
	h.Press("enter")
	h.Press("ctrl+z")
	if r, _ := h.stored("II.2", model.StageSelf); r.Points != before2.Points ||
		!strings.Contains(h.Status, "Đã hoàn tác II.2: 3 → 4") {
		t.Errorf("first undo: %v, %q", r.Points, h.Status)
	}
	h.Press("ctrl+z")
	if r, _ := h.stored("II.1", model.StageSelf); r.Points != before1.Points ||
		!strings.Contains(h.Status, "Đã hoàn tác II.1: 1 → 2") {
		t.Errorf("second undo: %v, %q", r.Points, h.Status)
	}
	sheet := h.M.Sheet()
	h.Press("ctrl+z")
	if !strings.Contains(h.Status, "Không còn thay đổi nào của bạn") || !h.IsErr {
		t.Errorf("third undo: %q", h.Status)
	}
	after, _ := h.db.LoadSheet(context.Background(), h.M.scope.Period.ID, h.M.unitID)
	for id, stages := range sheet.Rows {
		if after.Rows[id][model.StageSelf].Points != stages[model.StageSelf].Points {
			t.Errorf("the third undo changed %s", sheet.Tree.Label(id))
		}
	}
}

// The leader changing a unit's signed self-score on its sheet is asked
// why, the score is marked as no longer the unit's, and the change can be
// undone, which gives the unit its value back.
func TestLeaderOverridesSignedScore(t *testing.T) {
	h := open(t, demo.Year, demo.TayHoa, model.RoleLeader)
	h.Press(":")
	h.Type("II.5")
	h.Press("enter")
	h.Type("1")
	h.Press("enter")
	if !h.M.dialog.Is("reason") || !strings.Contains(h.M.View(), "Sửa điểm đơn vị đã ký") ||
		!strings.Contains(h.M.View(), "Tây Hòa tự chấm và đã ký gửi (2)") {
		t.Fatalf("no reason asked:\n%s", h.M.View())
	}
	h.Press("enter") // an empty reason is refused
	if !h.M.dialog.Is("reason") {
		t.Fatal("an override without a reason")
	}
	h.Type("Đơn vị gõ nhầm, đã gọi xác nhận")
	h.Press("enter")
	r, _ := h.stored("II.5", model.StageSelf)
	if r.Points != 100 || r.Flag != model.FlagOverridden {
		t.Fatalf("II.5 = %+v", r)
	}
	c, _ := h.M.Sheet().Tree.Resolve("II.5")
	if h.M.mark(c) != markOverridden {
		t.Errorf("mark %q", h.M.mark(c))
	}
	// II.6 is still the unit's: its note asks for a reason too.
	h.Press("n")
	h.Type("ghi chú mới")
	h.Press("enter")
	if !h.M.dialog.Is("note") {
		t.Error("a signed note changed without a reason")
	}
	h.Press("esc")
	h.Press("up")
	if !strings.Contains(h.M.View(), "! khối trưởng đã sửa điểm đơn vị tự") {
		t.Errorf("the pane does not say so:\n%s", h.M.View())
	}
	h.Press("ctrl+z")
	if r, _ := h.stored("II.5", model.StageSelf); r.Points != 200 || r.Flag != "" || r.SetBy.Role != model.RoleUnit {
		t.Errorf("undone: %+v (%s)", r, h.Status)
	}
}

// Digits, letters and every key typed with a value in the cell belong to
// the cell: the help names what works here.
func TestScoringHelpIsTrue(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.Type("5")
	if h.M.Typed() != "5" {
		t.Fatalf("typed %q", h.M.Typed())
	}
	for _, b := range h.M.ShortHelp() {
		if b.Enabled() && strings.ContainsAny(b.Help().Key, "123456") {
			t.Errorf("the footer offers %q on the scoring screen", b.Help().Key)
		}
	}
}

// Moving down past the window scrolls; moving back up moves the cursor in
// the window, which stays where it was.
func TestScrollKeepsItsPlace(t *testing.T) {
	h := open(t, demo.Year, demo.TuyAn, model.RoleUnit)
	h.M.SetSize(80, 20)
	h.Press("g")
	for range 30 {
		h.Press("down")
	}
	first := func() string { return strings.Split(h.M.View(), "\n")[3] }
	top := first()
	h.Press("up")
	if first() != top {
		t.Errorf("moving up scrolled the window: %q → %q", top, first())
	}
	for range 3 {
		h.Press("up")
	}
	if first() != top {
		t.Errorf("the window moved while the cursor was in it: %q", first())
	}
	lines := strings.Split(h.M.View(), "\n")
	cursorRow := -1
	for i, l := range lines {
		if strings.Contains(l, h.focused()+" ") && i > 2 {
			cursorRow = i
			break
		}
	}
	if cursorRow < 0 || cursorRow > len(lines)-5 {
		t.Errorf("the cursor is pinned to the bottom (row %d of %d)", cursorRow, len(lines))
	}
}

// A province opens screen 3 before choosing a unit: it has no unit of its
// own, so no sheet is on its way. The screen says how to choose one
// (instead of "opening…" for ever), a digit switches screens instead of
// being swallowed, and u opens the unit picker, whose field shows its
// whole hint; picking a unit opens its sheet.
func TestProvinceWithoutAUnitIsToldHowToPickOne(t *testing.T) {
	db := demotest.Open(t)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	inst.Role, inst.UnitID = model.RoleProvince, ""
	bloc, _ := db.Bloc(ctx)
	p, _ := db.PeriodByCode(ctx, demo.Year)
	h := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(db, theme.New(true), i18n.VI, true)}}
	h.M.SetSize(80, 24)
	h.Run(h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	if v := h.M.View(); !strings.Contains(v, "Chưa chọn đơn vị") || strings.Contains(v, "Đang mở") {
		t.Fatalf("no unit chosen:\n%s", v)
	}
	if h.M.TakesKey(tea.KeyPressMsg{Code: '4', Text: "4"}) || h.M.TypesDigits() {
		t.Error("a digit is kept by a screen with no sheet to type into")
	}
	h.Press("u")
	if v := ansi.Strip(h.M.View()); !strings.Contains(v, "gõ tên, có dấu hoặc không dấu") || !strings.Contains(v, "DONGXUAN") {
		t.Fatalf("the picker:\n%s", v)
	}
	h.Type("dong xuan")
	h.Press("enter")
	if h.M.Sheet() == nil || !strings.Contains(h.M.View(), "Đồng Xuân") {
		t.Fatalf("the chosen unit's sheet:\n%s", h.M.View())
	}
	if !h.M.TakesKey(tea.KeyPressMsg{Code: '4', Text: "4"}) {
		t.Error("with a sheet on show, a digit is a value")
	}
}
