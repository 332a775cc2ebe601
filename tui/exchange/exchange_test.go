package exchange

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/storagetest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// harness drives the screen (tuitest.Driver) over a real database.
type harness struct {
	*tuitest.Driver[Model]
	t       *testing.T
	db      *storage.DB
	changed bool
}

// field replaces the focused field's text.
func (h *harness) field(s string) {
	h.Press("ctrl+u")
	h.Type(s)
}

// open shows the exchange screen of the database at 120×40, for the demo's
// year or the period given.
func open(t *testing.T, db *storage.DB, period ...string) *harness {
	t.Helper()
	h, load := unread(t, db, period...)
	h.Run(load)
	return h
}

// unread is open before the board's data is read: load reads it.
func unread(t *testing.T, db *storage.DB, period ...string) (*harness, tea.Cmd) {
	t.Helper()
	ctx := context.Background()
	inst, err := db.Installation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bloc, _ := db.Bloc(ctx)
	code := demo.Year
	if len(period) > 0 {
		code = period[0]
	}
	p, err := db.PeriodByCode(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	var own model.Unit
	units, _ := db.Units(ctx, "")
	for _, u := range units {
		if u.ID == inst.UnitID {
			own = u
		}
	}
	m := New(app.App{DB: db}, theme.New(true), i18n.VI, true)
	m.SetClock(func() time.Time { return time.Date(2019, 12, 12, 9, 0, 0, 0, time.Local) })
	m.SetSize(120, 36)
	h := &harness{t: t, db: db}
	h.Driver = &tuitest.Driver[Model]{M: m, Catch: func(msg tea.Msg) bool {
		_, ok := msg.(ChangedMsg)
		h.changed = h.changed || ok
		return ok
	}}
	return h, h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Own: own, Period: p})
}

// unitDB makes Tuy An's installation from the leader's setup file, with
// its self-scores, and returns it.
func unitDB(t *testing.T, leader *storage.DB, dir string) *storage.DB {
	t.Helper()
	ctx := context.Background()
	p, _ := leader.PeriodByCode(ctx, demo.Year)
	u, _ := leader.UnitByCode(ctx, demo.TuyAn)
	ws, err := app.App{DB: leader}.ExportSetups(ctx, p.ID, dir)
	if err != nil {
		t.Fatal(err)
	}
	var setup string
	for _, w := range ws {
		if w.File.AddresseeID == u.ID {
			setup = w.Path
		}
	}
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "tuyan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	fp := ws[0].File.Fingerprint
	if o, err := (app.App{DB: db}).JoinFile(ctx, setup, fp); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("join: %v %v", err, o.Reason)
	}
	_, err = db.SaveScores(ctx, model.ScoreBatch{PeriodID: p.ID, UnitID: u.ID, Stage: model.StageSelf,
		Actor: model.Actor{Role: model.RoleUnit, UnitID: u.ID}, Entries: []model.ScoreEntry{
			{Criterion: "I.1.1", Input: "95"}, {Criterion: "II.1", Input: "1"}, {Criterion: "I.3.1", Input: "3,5"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.UnitPeople(ctx, db, model.Actor{Role: model.RoleUnit, UnitID: u.ID}, p, demo.TuyAn, u.ID); err != nil {
		t.Fatal(err)
	}
	return db
}

// The leader's season on the exchange screen: the units' files from a
// folder, previewed (nothing written), drilled into, merged; a damaged
// file refused by name; a sheet returned with a reason; the setup files
// and the bloc file written.
func TestLeaderMergesReturnsAndExports(t *testing.T) {
	ctx := context.Background()
	leader := demotest.Open(t)
	unit := unitDB(t, leader, t.TempDir())
	p, _ := leader.PeriodByCode(ctx, demo.Year)
	usb := filepath.Join(t.TempDir(), "USB của tôi")
	w, err := app.App{DB: unit}.ExportOwn(ctx, p.ID, usb)
	if err != nil {
		t.Fatal(err)
	}
	// A copy cut short in the chat app.
	raw, _ := os.ReadFile(w.Path)
	os.WriteFile(filepath.Join(usb, "TD-tucham-2019-bi-cat.sqlite"), raw[:len(raw)/2], 0o644)

	h := open(t, leader)
	view := h.M.View()
	if !strings.Contains(view, "Trao đổi tệp — Tổng kết năm 2019") || !strings.Contains(view, "TUYAN") {
		t.Fatalf("board:\n%s", view)
	}
	before := storagetest.Content(t, leader.Path(), false)
	h.Press("o")
	h.field(usb)
	h.Press("enter")
	if h.Err != nil {
		t.Fatalf("preview: %v", h.Err)
	}
	out := h.M.Outcomes()
	if len(out) != 2 {
		t.Fatalf("%d outcomes, want 2", len(out))
	}
	statuses := map[string]model.MergeStatus{}
	for _, o := range out {
		statuses[o.Name] = o.Status
	}
	if statuses[filepath.Base(w.Path)] != model.StatusApplied || statuses["TD-tucham-2019-bi-cat.sqlite"] != model.StatusRejected {
		t.Fatalf("preview statuses: %v", statuses)
	}
	if storagetest.Content(t, leader.Path(), false) != before {
		t.Fatal("the preview wrote to the database")
	}
	view = h.M.View()
	if !strings.Contains(view, "Xem trước 2 tệp") || !strings.Contains(view, "Sẽ nhập") || !strings.Contains(view, "Bị từ chối") {
		t.Errorf("preview view:\n%s", view)
	}
	// The unit's nominees travel with its file: the preview counts them.
	for i, o := range out {
		if o.Status == model.StatusApplied {
			h.M.fcursor = i
		}
	}
	if view = h.M.View(); !strings.Contains(view, "Tệp mang 9 đề nghị khen thưởng cá nhân") {
		t.Errorf("the preview does not count the nominees:\n%s", view)
	}
	// Drill into the good file's changes.
	for i, o := range out {
		if o.Status == model.StatusApplied {
			h.M.fcursor = i
		}
	}
	h.Press("enter")
	view = h.M.View()
	if !strings.Contains(view, "I.1.1") || !strings.Contains(view, "tự chấm") {
		t.Errorf("changes view:\n%s", view)
	}
	h.Press("esc", "a")
	if h.Err != nil || !h.changed {
		t.Fatalf("merge: %v, changed %v", h.Err, h.changed)
	}
	if !strings.Contains(h.Status, "1 nhập") || !strings.Contains(h.Status, "1 bị từ chối") {
		t.Errorf("summary %q", h.Status)
	}
	tuyan, _ := leader.UnitByCode(ctx, demo.TuyAn)
	sheet, _ := leader.LoadSheet(ctx, p.ID, tuyan.ID)
	c, _ := sheet.Tree.Resolve("I.3.1")
	if got := sheet.Rows[c.ID][model.StageSelf].Points; got != 350 {
		t.Errorf("merged I.3.1 = %v, want 3.5", got)
	}

	// Back on the board, Tuy An has a receipt; return its sheet.
	h.Press("esc")
	row := -1
	for i, r := range h.M.Rows() {
		if r.Unit.Code == demo.TuyAn {
			row = i
			if r.Last == nil || r.Review != model.ReviewReceived {
				t.Errorf("Tuy An's row after the merge: %+v", r)
			}
		}
	}
	for h.M.cursor < row {
		h.Press("down")
	}
	h.Press("t")
	h.field("I.9.9")
	h.Press("tab")
	h.Type("Thiếu minh chứng")
	h.Press("enter")
	if !strings.Contains(h.M.View(), "I.9.9") {
		t.Fatalf("an unknown criterion was not refused:\n%s", h.M.View())
	}
	h.field("I.1.1") // the refused field has the focus
	h.Press("enter", "enter")
	if h.Err != nil {
		t.Fatalf("return: %v", h.Err)
	}
	rs, _ := leader.Returns(ctx, p.ID, tuyan.ID)
	if len(rs) != 1 || rs[0].Reason != "Thiếu minh chứng" {
		t.Fatalf("returns: %+v", rs)
	}
	if !strings.Contains(h.M.View(), "I.1.1: Thiếu minh chứng") {
		t.Errorf("the return is not shown under the board:\n%s", h.M.View())
	}

	// Setup files for the eight other units, and the bloc file.
	dir := filepath.Join(t.TempDir(), "gửi đi")
	h.Press("s")
	h.field(dir)
	h.Press("enter")
	if files, _ := filepath.Glob(filepath.Join(dir, "TD-thietlap-*.sqlite")); len(files) != 8 || h.Err != nil {
		t.Errorf("setup files: %d, %v", len(files), h.Err)
	}
	// Before the bloc file is written the leader is told which units it
	// goes without, and confirms.
	h.Press("x")
	v := h.M.View()
	for _, want := range []string{"5 đơn vị khối chưa chấm (xếp theo điểm tự chấm): Đông Hòa", "đang bị trả lại bảng điểm, chưa kết thúc: Tuy An",
		"Enter: vẫn làm tệp"} {
		if !strings.Contains(strings.Join(strings.Fields(v), " "), want) {
			t.Errorf("the warning lacks %q:\n%s", want, v)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-*.sqlite")); len(files) != 0 {
		t.Fatal("the bloc file was written before the leader confirmed")
	}
	h.Press("enter")
	h.field(dir)
	h.Press("enter")
	if files, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-*.sqlite")); len(files) != 1 || h.Err != nil {
		t.Errorf("bloc file: %v, %v", files, h.Err)
	}
	if !strings.Contains(h.M.View(), "Biên nhận") {
		t.Errorf("the export does not show its receipt:\n%s", h.M.View())
	}
}

// The unit's side: the leader's return arrives in a new setup file taken
// on the exchange screen; the unit answers and sends its file again.
func TestUnitAnswersAReturn(t *testing.T) {
	ctx := context.Background()
	leader := demotest.Open(t)
	unit := unitDB(t, leader, t.TempDir())
	p, _ := leader.PeriodByCode(ctx, demo.Year)
	usb := t.TempDir()
	w, err := app.App{DB: unit}.ExportOwn(ctx, p.ID, usb)
	if err != nil {
		t.Fatal(err)
	}
	lstore := app.App{DB: leader}
	if _, err := lstore.ApplyFiles(ctx, []string{w.Path}, nil); err != nil {
		t.Fatal(err)
	}
	tuyan, _ := leader.UnitByCode(ctx, demo.TuyAn)
	inst, _ := leader.Installation(ctx)
	if err := leader.ReturnSubmission(ctx, inst.Actor(), p.ID, tuyan.ID,
		[]model.ReturnReason{{CriterionID: "I.3.1", Reason: "Số liệu hộ nghèo chưa khớp báo cáo"}}); err != nil {
		t.Fatal(err)
	}
	back := t.TempDir()
	if _, err := lstore.ExportSetups(ctx, p.ID, back); err != nil {
		t.Fatal(err)
	}
	setup, _ := filepath.Glob(filepath.Join(back, "TD-thietlap-*-TUYAN-*.sqlite"))
	if len(setup) != 1 {
		t.Fatalf("setup for Tuy An: %v", setup)
	}

	h := open(t, unit)
	if v := h.M.View(); !strings.Contains(v, "Tệp tự chấm gửi gần nhất") || !strings.Contains(v, "Mã khóa của khối trưởng") {
		t.Errorf("unit view:\n%s", v)
	}
	h.Press("o")
	h.field(setup[0])
	h.Press("enter")
	if h.Err != nil {
		t.Fatalf("join: %v", h.Err)
	}
	v := h.M.View()
	if !strings.Contains(v, "Số liệu hộ nghèo chưa khớp báo cáo") || !strings.Contains(v, "I.3.1") {
		t.Fatalf("the return's reason is not shown:\n%s", v)
	}
	// The scoring screen marks the criterion from the same sheet.
	sheet, _ := unit.LoadSheet(ctx, p.ID, tuyan.ID)
	if c, _ := sheet.Tree.Resolve("I.3.1"); sheet.Returns[c.ID] != "Số liệu hộ nghèo chưa khớp báo cáo" {
		t.Errorf("the unit's sheet does not carry the return: %v", sheet.Returns)
	}
	h.Press("enter")
	h.Type("Đã bổ sung biên bản rà soát")
	h.Press("enter")
	if h.Err != nil {
		t.Fatalf("answer: %v", h.Err)
	}
	es, _ := unit.Explanations(ctx, p.ID, tuyan.ID)
	if len(es) != 1 || es[0].Answer != "Đã bổ sung biên bản rà soát" {
		t.Fatalf("answers: %+v", es)
	}
	h.Press("x")
	h.field(usb)
	h.Press("enter")
	files, _ := filepath.Glob(filepath.Join(usb, "TD-tucham-*.sqlite"))
	if len(files) != 2 || h.Err != nil {
		t.Fatalf("resubmission: %v %v", files, h.Err)
	}
	// The leader takes it in (later that day): the answer arrives and the
	// sheet is answered.
	leader.Now = func() time.Time { return time.Now().Add(time.Hour) }
	for _, f := range files {
		if f != w.Path {
			out, err := lstore.ApplyFiles(ctx, []string{f}, nil)
			if err != nil || out[0].Status != model.StatusApplied {
				t.Fatalf("leader merge of the answer: %v %+v", err, out)
			}
		}
	}
	rows, _ := leader.Inbox(ctx, p.ID)
	for _, r := range rows {
		if r.Unit.ID == tuyan.ID && r.Review != model.ReviewAnswered {
			t.Errorf("review state %v, want answered", r.Review)
		}
	}
}

// A file signed by another installation of the same unit is held; the
// leader sees why and accepts it with a reason.
func TestHeldFileDecided(t *testing.T) {
	ctx := context.Background()
	leader := demotest.Open(t)
	first := unitDB(t, leader, t.TempDir())
	second := unitDB(t, leader, t.TempDir()) // a reinstalled PC: a new key
	p, _ := leader.PeriodByCode(ctx, demo.Year)
	lstore := app.App{DB: leader}
	w1, _ := app.App{DB: first}.ExportOwn(ctx, p.ID, t.TempDir())
	if _, err := lstore.ApplyFiles(ctx, []string{w1.Path}, nil); err != nil {
		t.Fatal(err)
	}
	w2, err := app.App{DB: second}.ExportOwn(ctx, p.ID, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	out, err := lstore.ApplyFiles(ctx, []string{w2.Path}, nil)
	if err != nil || out[0].Status != model.StatusHeld {
		t.Fatalf("the second key's file: %v %+v", err, out)
	}

	h := open(t, leader)
	if !strings.Contains(h.M.View(), "1 tệp đang chờ quyết định") {
		t.Errorf("the board does not say a file is held:\n%s", h.M.View())
	}
	h.Press("g")
	v := h.M.View()
	if !strings.Contains(v, "Tệp chờ quyết định (1)") || !strings.Contains(v, filepath.Base(w2.Path)) {
		t.Fatalf("holds view:\n%s", v)
	}
	// The next step is said with this screen's keys, not the command line.
	if flat := strings.Join(strings.Fields(v), " "); strings.Contains(flat, "thidua hold") || !strings.Contains(flat, "phím a") {
		t.Errorf("the held file's message names the command line:\n%s", v)
	}
	h.Press("d", "enter")
	if !strings.Contains(h.M.View(), "Hãy ghi lý do") {
		t.Errorf("declining without a reason was not refused:\n%s", h.M.View())
	}
	h.Press("esc", "a")
	h.Type("Đã gọi điện đối chiếu mã khóa")
	h.Press("enter")
	if h.Err != nil || !h.changed {
		t.Fatalf("accept: %v", h.Err)
	}
	holds, _ := leader.Holds(ctx, true)
	if len(holds) != 0 {
		t.Errorf("%d holds left open", len(holds))
	}
}

// The board at both window sizes (the key is made at random: a fixed one
// is shown for the golden file).
func TestViews(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		h := open(t, demotest.Open(t))
		h.M.SetSize(size.w, size.h-4)
		h.M.fingerprint = "1234-5678-9012-3456-7890"
		tuitest.Golden(t, fmt.Sprintf("exchange_board_%dx%d", size.w, size.h), h.M.View())
		for _, line := range strings.Split(h.M.View(), "\n") {
			if w := lipgloss.Width(line); w > size.w {
				t.Errorf("%dx%d: a line is %d cells wide: %q", size.w, size.h, w, line)
			}
		}
	}
}
