package results

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/appstore"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/theme"
)

// demoStore is the real demo database in a temporary file.
func demoStore(t *testing.T) (*storage.DB, map[string]model.Period) {
	t.Helper()
	db := demotest.Open(t)
	ps, _ := db.Periods(context.Background())
	byCode := map[string]model.Period{}
	for _, p := range ps {
		byCode[p.Code] = p
	}
	return db, byCode
}

func loaded(t *testing.T, lang i18n.Lang, w, h int, period string) Model {
	db, ps := demoStore(t)
	hr := &harness{t: t, db: db, m: New(appstore.Store{DB: db}, theme.New(true), lang, true)}
	hr.m.SetSize(w, h)
	hr.run(hr.m.SetPeriod(ps[period].ID))
	return hr.m
}

func TestRankingRows(t *testing.T) {
	m := loaded(t, i18n.VI, 120, 36, demo.Year)
	p, ok := m.Selected()
	if !ok || p.Code != demo.TuyHoa || p.Rank != 1 {
		t.Fatalf("first row = %+v", p)
	}
	m, _ = m.Update(tuitest.Key("down"))
	m, _ = m.Update(tuitest.Key("down"))
	m, _ = m.Update(tuitest.Key("down"))
	if p, _ := m.Selected(); p.Code != demo.DongHoa || p.Rank != 4 {
		t.Errorf("fourth row = %s %d", p.Code, p.Rank)
	}
	m, _ = m.Update(tuitest.Key("enter"))
	view := m.View()
	if !strings.Contains(view, "PHUHOA trên DONGHOA: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn") {
		t.Errorf("enter explains the place:\n%s", view)
	}
	tuitest.Golden(t, "results_explain_120x40", view)
}

// A reply for a period no longer on show is dropped.
func TestStaleReplyIgnored(t *testing.T) {
	db, ps := demoStore(t)
	m := New(appstore.Store{DB: db}, theme.New(true), i18n.VI, true)
	m.SetSize(120, 36)
	old := LoadCmd(appstore.Store{DB: db}, ps[demo.HalfYear].ID)
	m.SetPeriod(ps[demo.Year].ID)
	m, _ = m.Update(old())
	if _, ok := m.Selected(); ok {
		t.Error("a stale reply was shown")
	}
}

func TestViews(t *testing.T) {
	tuitest.Golden(t, "results_80x24", loaded(t, i18n.VI, 80, 20, demo.Year).View())
	tuitest.Golden(t, "results_120x40", loaded(t, i18n.VI, 120, 36, demo.Year).View())
	tuitest.Golden(t, "results_half_year_en", loaded(t, i18n.EN, 100, 20, demo.HalfYear).View())
}

type harness struct {
	t      *testing.T
	m      Model
	db     *storage.DB
	status string
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
			h.status = model.Message(i18n.VI, msg.Err)
		case status.InfoMsg:
			h.status = msg.Text
		case nil:
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

// on puts the cursor on a unit.
func (h *harness) on(code string) {
	h.t.Helper()
	for i, p := range h.m.rows {
		if p.Code == code {
			h.m.cursor = i
			return
		}
	}
	h.t.Fatalf("no row %s", code)
}

func (h *harness) position(code string) model.Position {
	for _, p := range h.m.rows {
		if p.Code == code {
			return p
		}
	}
	return model.Position{}
}

func openLeader(t *testing.T) *harness {
	db, ps := demoStore(t)
	ctx := context.Background()
	inst, _ := db.Installation(ctx)
	bloc, _ := db.Bloc(ctx)
	h := &harness{t: t, db: db, m: New(appstore.Store{DB: db}, theme.New(true), i18n.VI, true)}
	h.m.SetSize(120, 36)
	h.run(h.m.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: ps[demo.Year]}))
	return h
}

func TestLeaderActions(t *testing.T) {
	h := openLeader(t)
	// Exclude Tây Hòa, then rank it again.
	h.on(demo.TayHoa)
	h.press("x")
	h.typeText("Không gửi báo cáo tổng kết")
	h.press("enter")
	if p := h.position(demo.TayHoa); p.NotRanked == nil || !strings.Contains(p.Explain(i18n.VI), "Không gửi báo cáo tổng kết") {
		t.Fatalf("excluded: %+v (%s)", p.NotRanked, h.status)
	}
	h.on(demo.TayHoa)
	h.press("x")
	for i := 0; i < 40; i++ {
		h.press("backspace")
	}
	h.press("enter")
	if p := h.position(demo.TayHoa); p.NotRanked != nil || p.Rank != 5 {
		t.Errorf("ranked again: %+v", p)
	}
	// Phú Hòa is barred from the certificate: it passes to Đông Hòa.
	h.on(demo.PhuHoa)
	h.press("i", "right", "right", "tab") // every award → CO → BK
	h.typeText("Chưa có báo cáo thành tích")
	h.press("enter")
	codes := h.m.result.Codes()
	if got := h.m.result.Proposals.Describe(i18n.VI, h.position(demo.DongHoa).UnitID, h.m.result.Rules.Awards, codes); !strings.HasPrefix(got, "Đề nghị Bằng khen") {
		t.Errorf("Đông Hòa = %q", got)
	}
	// The flag's ballot: Tuy Hòa is barred; Sông Cầu needs more than half of 9.
	h.on(demo.SongCau)
	h.press("b", "enter") // choose CO
	for _, f := range []string{"9", "9", "8", "1"} {
		for i := 0; i < 3; i++ {
			h.press("backspace")
		}
		h.typeText(f)
		h.press("tab")
	}
	// Votes for each ranked unit, in rank order: Tuy Hòa, Sông Cầu…
	for i, v := range []string{"", "4"} {
		for j := 0; j < 3; j++ {
			h.press("backspace")
		}
		h.typeText(v)
		if i < 1 {
			h.press("tab")
		}
	}
	h.press("ctrl+s")
	if b := h.m.result.Ballots["CO"]; b.Valid != 8 || h.m.result.Votes["CO"][h.position(demo.SongCau).UnitID] != 4 {
		t.Fatalf("ballot = %+v %v (%s)", b, h.m.result.Votes, h.status)
	}
	if got := h.m.result.Proposals.Describe(i18n.VI, h.position(demo.SongCau).UnitID, h.m.result.Rules.Awards, codes); !strings.Contains(got, "được 4/9 phiếu") {
		t.Errorf("4 of 9 members is not more than half: %q", got)
	}
	// Accept Phú Hòa's sheet: it now ranks on the bloc stage.
	h.on(demo.PhuHoa)
	h.press("a", "enter")
	if p := h.position(demo.PhuHoa); p.Stage != model.StageBloc {
		t.Errorf("accepted: %v (%s)", p.Stage, h.status)
	}
	// The province's decision, transcribed.
	h.on(demo.SongCau)
	h.press("D", "tab", "tab", "tab")
	h.typeText("512/QĐ-UBND")
	h.press("tab")
	h.typeText("21/3/2020")
	h.press("enter")
	if len(h.m.result.Decisions) != 1 || h.m.result.Decisions[0].Number != "512/QĐ-UBND" {
		t.Errorf("decisions = %+v (%s)", h.m.result.Decisions, h.status)
	}
}

// With only "fewer deductions" as tie-break, Phú Hòa and Đông Hòa share a
// rank until the meeting decides.
func TestTieVote(t *testing.T) {
	h := openLeader(t)
	ctx := context.Background()
	r, _ := h.db.Rules(ctx, h.m.periodID)
	r.TieBreaks, _ = model.ParseTieBreaks("deduction", nil)
	inst, _ := h.db.Installation(ctx)
	if err := h.db.SetRules(ctx, inst.Actor(), h.m.periodID, r); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.Reload())
	if p := h.position(demo.DongHoa); !p.Tied || p.Rank != 3 {
		t.Fatalf("tie: %+v", p)
	}
	h.on(demo.DongHoa)
	h.press("t")
	// The form lists the tied units in display order (Đông Hòa, Phú Hòa).
	h.press("backspace")
	h.typeText("1")
	h.press("tab", "backspace")
	h.typeText("2")
	h.press("ctrl+s")
	if p := h.position(demo.DongHoa); p.Tied || p.Rank != 3 || p.Below == nil || p.Below.Kind != model.ByVote {
		t.Errorf("after the vote: %+v (%s)", p, h.status)
	}
	h.on(demo.TuyHoa)
	h.press("t")
	if !strings.Contains(h.status, "không đồng hạng") {
		t.Errorf("untied: %q", h.status)
	}
}

func TestRegistrations(t *testing.T) {
	h := openLeader(t)
	h.on(demo.TuyAn)
	h.press("r")
	if !strings.Contains(h.m.View(), "Giải quyết việc làm mới") || len(h.m.regs.lines) != 5 {
		t.Fatalf("registrations:\n%s", h.m.View())
	}
	h.press("a")
	h.typeText("06-nha-o")
	h.press("tab")
	h.typeText("Hỗ trợ nhà ở cho người có công")
	h.press("tab")
	h.typeText("15 căn")
	h.press("enter")
	if len(h.m.regs.lines) != 6 || !strings.Contains(h.status, "06-nha-o") {
		t.Fatalf("added: %d lines (%s)", len(h.m.regs.lines), h.status)
	}
	h.press("d")
	if len(h.m.regs.lines) != 5 {
		t.Errorf("deleted: %d lines", len(h.m.regs.lines))
	}
	h.press("esc")
	if h.m.regs != nil {
		t.Error("esc leaves the registrations")
	}
}

// The report goes to the folder chosen (remembered for next time) under an
// ASCII name, and the screen says where.
func TestReportExport(t *testing.T) {
	h := openLeader(t)
	dir := filepath.Join(t.TempDir(), "USB Khối thi đua")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	h.press("o")
	for i := 0; i < 200; i++ {
		h.press("backspace")
	}
	h.typeText(dir)
	h.press("enter", "enter")
	want := filepath.Join(dir, "thidua-bao-cao-PY-LDTBXH-2019.xlsx")
	if _, err := os.Stat(want); err != nil || !strings.Contains(h.status, want) {
		t.Fatalf("report: %v, status %q", err, h.status)
	}
	if got := h.m.store.ExportDir(context.Background()); got != dir {
		t.Errorf("remembered folder = %q", got)
	}
}
