package results

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	hr := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(app.App{DB: db}, theme.New(true), lang, true)}}
	hr.M.SetSize(w, h)
	hr.Run(hr.M.SetPeriod(ps[period].ID))
	return hr.M
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
	// Phú Hòa is proposed for a certificate on self-scores the bloc has not
	// reviewed: the proposal says so.
	m, _ = m.Update(tuitest.Key("up"))
	flat := strings.Join(strings.Fields(m.View()), " ")
	if !strings.Contains(flat, "BK ?") || !strings.Contains(flat, "? Đề nghị này cần xem lại trước khi gửi: khối chưa chấm") {
		t.Errorf("the proposal on an unreviewed sheet has no remark:\n%s", m.View())
	}
}

// A reply for a period no longer on show is dropped.
func TestStaleReplyIgnored(t *testing.T) {
	db, ps := demoStore(t)
	m := New(app.App{DB: db}, theme.New(true), i18n.VI, true)
	m.SetSize(120, 36)
	old := LoadCmd(app.App{DB: db}, ps[demo.HalfYear].ID)
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

// harness drives the screen (tuitest.Driver) over a real database.
type harness struct {
	*tuitest.Driver[Model]
	t  *testing.T
	db *storage.DB
}

// on puts the cursor on a unit.
func (h *harness) on(code string) {
	h.t.Helper()
	for i, p := range h.M.rows {
		if p.Code == code {
			h.M.cursor = i
			return
		}
	}
	h.t.Fatalf("no row %s", code)
}

func (h *harness) position(code string) model.Position {
	for _, p := range h.M.rows {
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
	h := &harness{t: t, db: db, Driver: &tuitest.Driver[Model]{M: New(app.App{DB: db}, theme.New(true), i18n.VI, true)}}
	h.M.SetSize(120, 36)
	h.Run(h.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: ps[demo.Year]}))
	return h
}

func TestLeaderActions(t *testing.T) {
	h := openLeader(t)
	// Exclude Tây Hòa, then rank it again.
	h.on(demo.TayHoa)
	h.Press("x")
	h.Type("Không gửi báo cáo tổng kết")
	h.Press("enter")
	if p := h.position(demo.TayHoa); p.NotRanked == nil || !strings.Contains(p.Explain(i18n.VI), "Không gửi báo cáo tổng kết") {
		t.Fatalf("excluded: %+v (%s)", p.NotRanked, h.Status)
	}
	h.on(demo.TayHoa)
	h.Press("x")
	for i := 0; i < 40; i++ {
		h.Press("backspace")
	}
	h.Press("enter")
	if p := h.position(demo.TayHoa); p.NotRanked != nil || p.Rank != 5 {
		t.Errorf("ranked again: %+v", p)
	}
	// Phú Hòa is barred from the certificate: it passes to Đông Hòa.
	h.on(demo.PhuHoa)
	h.Press("i", "right", "right", "tab") // every award → CO → BK
	h.Type("Chưa có báo cáo thành tích")
	h.Press("enter")
	codes := h.M.result.Codes()
	if got := h.M.result.Proposals.Describe(i18n.VI, h.position(demo.DongHoa).UnitID, h.M.result.Rules.Awards, codes); !strings.HasPrefix(got, "Đề nghị Bằng khen") {
		t.Errorf("Đông Hòa = %q", got)
	}
	// The flag's ballot: Tuy Hòa is barred; Sông Cầu needs more than half of 9.
	h.on(demo.SongCau)
	h.Press("b", "enter") // choose CO
	for _, f := range []string{"9", "9", "8", "1"} {
		for i := 0; i < 3; i++ {
			h.Press("backspace")
		}
		h.Type(f)
		h.Press("tab")
	}
	// Votes for each ranked unit, in rank order: Tuy Hòa, Sông Cầu…
	for i, v := range []string{"", "4"} {
		for j := 0; j < 3; j++ {
			h.Press("backspace")
		}
		h.Type(v)
		if i < 1 {
			h.Press("tab")
		}
	}
	h.Press("ctrl+s")
	if b := h.M.result.Ballots["CO"]; b.Valid != 8 || h.M.result.Votes["CO"][h.position(demo.SongCau).UnitID] != 4 {
		t.Fatalf("ballot = %+v %v (%s)", b, h.M.result.Votes, h.Status)
	}
	if got := h.M.result.Proposals.Describe(i18n.VI, h.position(demo.SongCau).UnitID, h.M.result.Rules.Awards, codes); !strings.Contains(got, "được 4/9 phiếu") {
		t.Errorf("4 of 9 members is not more than half: %q", got)
	}
	// Accept Phú Hòa's sheet: it now ranks on the bloc stage.
	h.on(demo.PhuHoa)
	h.Press("a", "enter")
	if p := h.position(demo.PhuHoa); p.Stage != model.StageBloc {
		t.Errorf("accepted: %v (%s)", p.Stage, h.Status)
	}
	// The province's decision, transcribed.
	h.on(demo.SongCau)
	h.Press("D", "tab", "tab", "tab")
	h.Type("512/QĐ-UBND")
	h.Press("tab")
	h.Type("21/3/2020")
	h.Press("enter")
	if len(h.M.result.Decisions) != 1 || h.M.result.Decisions[0].Number != "512/QĐ-UBND" {
		t.Errorf("decisions = %+v (%s)", h.M.result.Decisions, h.Status)
	}
}

// With only "fewer deductions" as tie-break, Phú Hòa and Đông Hòa share a
// rank until the meeting decides.
func TestTieVote(t *testing.T) {
	h := openLeader(t)
	ctx := context.Background()
	r, _ := h.db.Rules(ctx, h.M.periodID)
	r.TieBreaks, _ = model.ParseTieBreaks("deduction", nil)
	inst, _ := h.db.Installation(ctx)
	if err := h.db.SetRules(ctx, inst.Actor(), h.M.periodID, r); err != nil {
		t.Fatal(err)
	}
	h.Run(h.M.Reload())
	if p := h.position(demo.DongHoa); !p.Tied || p.Rank != 3 {
		t.Fatalf("tie: %+v", p)
	}
	h.on(demo.DongHoa)
	h.Press("t")
	// The form lists the tied units in display order (Đông Hòa, Phú Hòa).
	h.Press("backspace")
	h.Type("1")
	h.Press("tab", "backspace")
	h.Type("2")
	h.Press("ctrl+s")
	if p := h.position(demo.DongHoa); p.Tied || p.Rank != 3 || p.Below == nil || p.Below.Kind != model.ByVote {
		t.Errorf("after the vote: %+v (%s)", p, h.Status)
	}
	h.on(demo.TuyHoa)
	h.Press("t")
	if !strings.Contains(h.Status, "không đồng hạng") {
		t.Errorf("untied: %q", h.Status)
	}
}

func TestRegistrations(t *testing.T) {
	h := openLeader(t)
	h.on(demo.TuyAn)
	h.Press("r")
	if !strings.Contains(h.M.View(), "Giải quyết việc làm mới") || len(h.M.regs.lines) != 5 {
		t.Fatalf("registrations:\n%s", h.M.View())
	}
	h.Press("a")
	h.Type("06-nha-o")
	h.Press("tab")
	h.Type("Hỗ trợ nhà ở cho người có công")
	h.Press("tab")
	h.Type("15 căn")
	h.Press("enter")
	if len(h.M.regs.lines) != 6 || !strings.Contains(h.Status, "06-nha-o") {
		t.Fatalf("added: %d lines (%s)", len(h.M.regs.lines), h.Status)
	}
	h.Press("d")
	if len(h.M.regs.lines) != 5 {
		t.Errorf("deleted: %d lines", len(h.M.regs.lines))
	}
	h.Press("esc")
	if h.M.regs != nil {
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
	h.Press("o")
	for i := 0; i < 200; i++ {
		h.Press("backspace")
	}
	h.Type(dir)
	h.Press("enter", "enter")
	want := filepath.Join(dir, "thidua-bao-cao-PY-LDTBXH-2019.xlsx")
	if _, err := os.Stat(want); err != nil || !strings.Contains(h.Status, want) {
		t.Fatalf("report: %v, status %q", err, h.Status)
	}
	if got, err := h.M.store.ExportDir(context.Background()); err != nil || got != dir {
		t.Errorf("remembered folder = %q", got)
	}
}
