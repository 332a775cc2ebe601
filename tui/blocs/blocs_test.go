package blocs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/internal/tuitest"
	"thidua/tui/status"
	"thidua/tui/theme"
)

// fake is the province's data as the screen reads it.
type fake struct {
	blocs   []model.ProvinceBloc
	results []model.PeriodResult
	focus   string
	fail    error
	// confirmed is the last confirmation asked: bloc, unit, reason.
	confirmed []string
	refuse    error
}

func (f *fake) ConfirmLeader(_ context.Context, bloc, unit, reason string) (model.WrittenFile, error) {
	f.confirmed = []string{bloc, unit, reason}
	w := model.WrittenFile{Path: "/tmp/TD-xacnhan-K01-TUYPHUOC-L1.sqlite"}
	w.File.AddresseeCode, w.File.Fingerprint = unit, "1500-3505-3222-3225-9673"
	return w, f.refuse
}

func (f *fake) ProvinceBlocs(context.Context) ([]model.ProvinceBloc, error) { return f.blocs, f.fail }
func (f *fake) ProvinceResults(context.Context) ([]model.PeriodResult, error) {
	return f.results, f.fail
}
func (f *fake) SetFocus(_ context.Context, id string) error { f.focus = id; return f.fail }

var now = time.Date(2026, 1, 10, 9, 0, 0, 0, time.Local)

// result is a bloc's result ranking units with the given totals.
func result(b model.Bloc, kind string, units map[string]string) model.PeriodResult {
	r := model.PeriodResult{Bloc: b, Units: map[string]model.Unit{}}
	var cands []model.Candidate
	for code, total := range units {
		u := model.Unit{ID: b.Code + "/" + code, BlocID: b.ID, Code: code, Name: "Phòng Tư pháp " + code, ShortName: code, Kind: kind}
		r.Units[u.ID] = u
		p, _ := model.ParsePoints(total)
		cands = append(cands, model.Candidate{UnitID: u.ID, Code: code, Name: u.Name, ShortName: code, Stage: model.StageBloc,
			Reviewed: true, Totals: model.Totals{Standard: p, Total: p}})
	}
	r.Ranking = model.Rank(cands, model.DefaultTieBreaks(), model.NumberingSkip)
	return r
}

func province() *fake {
	k1 := model.Bloc{ID: "b1", Code: "K01", Name: "Khối thi đua các Phòng Tư pháp số 1", LeaderUnitID: "K01/QUYNHON"}
	k2 := model.Bloc{ID: "b2", Code: "K02", Name: "Khối thi đua các Sở", LeaderUnitID: "K02/SOTP"}
	per := model.Period{ID: "p1", Code: "2025", SelfScoreCloses: time.Date(2026, 1, 15, 0, 0, 0, 0, time.Local)}
	last := &model.ReceivedFile{At: time.Date(2026, 1, 8, 14, 30, 0, 0, time.Local), Seq: 1767800000, ContentHash: "01263c54aa"}
	return &fake{
		blocs: []model.ProvinceBloc{
			{Bloc: k1, Leader: model.Unit{Code: "QUYNHON", ShortName: "Quy Nhơn"}, Period: per, Units: 9, Last: last,
				KeyVerified: "phone", Decisions: 2},
			{Bloc: k2, Leader: model.Unit{Code: "SOTP", ShortName: "Sở Tư pháp"}, Period: model.Period{ID: "p2", Code: "2025",
				Ends: time.Date(2025, 12, 31, 0, 0, 0, 0, time.Local)}, Units: 12},
		},
		results: []model.PeriodResult{
			result(k1, "Huyện", map[string]string{"QUYNHON": "95,5", "TUYPHUOC": "97", "ANNHON": "91"}),
			result(k2, "Sở", map[string]string{"SOTP": "96", "SOYT": "95,5"}),
		},
	}
}

func loaded(t *testing.T, f *fake, w, h int) Model {
	t.Helper()
	m := New(f, theme.New(true), i18n.VI)
	m.SetSize(w, h)
	m, _ = m.Update(LoadedMsg{Blocs: f.blocs, Now: now})
	return m
}

func press(m Model, keys ...string) (Model, []tea.Msg) {
	var msgs []tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(tuitest.Key(k))
		if cmd != nil {
			msg := cmd()
			msgs = append(msgs, msg)
			m, _ = m.Update(msg)
		}
	}
	return m, msgs
}

// The board at both sizes; the table across blocs, every kind and one.
func TestViews(t *testing.T) {
	f := province()
	tuitest.Golden(t, "board_120x40", loaded(t, f, 120, 36).View())
	tuitest.Golden(t, "board_80x24", loaded(t, f, 80, 20).View())
	m, _ := press(loaded(t, f, 120, 36), "c")
	tuitest.Golden(t, "cross_120x40", m.View())
	m, _ = press(m, "t")
	tuitest.Golden(t, "cross_kind_80x24", func() string { m.SetSize(80, 20); return m.View() }())
}

// The table across blocs ranks every unit together by total; t shows one
// kind at a time, then every kind again; enter opens the unit's bloc.
func TestCrossBlocs(t *testing.T) {
	f := province()
	m, _ := press(loaded(t, f, 120, 36), "c")
	v := m.View()
	if !strings.Contains(v, "mọi loại đơn vị — 5 đơn vị") || strings.Index(v, "TUYPHUOC") > strings.Index(v, "SOTP") ||
		strings.Index(v, "SOTP") > strings.Index(v, "QUYNHON") {
		t.Fatalf("every bloc together:\n%s", v)
	}
	m, _ = press(m, "t")
	if v := m.View(); !strings.Contains(v, "Huyện — 3 đơn vị") || strings.Contains(v, "SOTP") {
		t.Errorf("one kind:\n%s", v)
	}
	m, _ = press(m, "t", "t")
	if v := m.View(); !strings.Contains(v, "mọi loại đơn vị") {
		t.Errorf("t comes round to every kind:\n%s", v)
	}
	m, msgs := press(m, "down", "enter")
	if len(msgs) != 1 || msgs[0] != (FocusMsg{BlocID: "b2"}) || f.focus != "b2" {
		t.Errorf("enter on SOTP (second) opens its bloc: %v %q", msgs, f.focus)
	}
	_ = m
}

// enter opens the bloc under the cursor; a failure to remember it says so
// and opens nothing.
func TestOpen(t *testing.T) {
	f := province()
	_, msgs := press(loaded(t, f, 120, 36), "down", "down", "enter")
	if len(msgs) != 1 || msgs[0] != (FocusMsg{BlocID: "b2"}) {
		t.Fatalf("enter: %v", msgs)
	}
	f.fail = errors.New("disk full")
	_, msgs = press(loaded(t, f, 120, 36), "enter")
	if e, ok := msgs[0].(status.ErrorMsg); !ok || e.Err != f.fail {
		t.Errorf("a failure: %v", msgs)
	}
	if _, msgs = press(loaded(t, &fake{}, 120, 36), "enter"); len(msgs) != 0 {
		t.Errorf("enter on an empty board: %v", msgs)
	}
	if v := loaded(t, &fake{}, 120, 36).View(); !strings.Contains(v, "thidua merge --province") {
		t.Errorf("the empty board says how to begin:\n%s", v)
	}
}

// x on a bloc asks which unit takes over and why; a refusal stays in the
// dialog with what was typed, a file written is told with its path and the
// province's key code, and the board is read again.
func TestConfirmLeader(t *testing.T) {
	f := province()
	m, _ := press(loaded(t, f, 120, 36), "x")
	if !m.dialog.Is("confirm") || !strings.Contains(m.View(), "Xác nhận khối trưởng mới cho khối K01") {
		t.Fatalf("x:\n%s", m.View())
	}
	f.refuse = model.Errorf("confirm.key", "TUYPHUOC")
	m, _ = press(m, "T", "u", "y", "p", "h", "u", "o", "c", "ctrl+s")
	if !m.dialog.Open() || !strings.Contains(m.View(), "chưa nhận tệp tự chấm") || f.confirmed[1] != "TUYPHUOC" ||
		f.confirmed[2] != "Máy khối trưởng bị hỏng/mất" || f.confirmed[0] != "K01" {
		t.Fatalf("a refusal: %v\n%s", f.confirmed, m.View())
	}
	f.refuse = nil
	m, msgs := press(m, "ctrl+s")
	if m.dialog.Open() || len(msgs) != 1 {
		t.Fatalf("written: %v\n%s", msgs, m.View())
	}
	m, cmd := m.Update(msgs[0])
	if cmd == nil {
		t.Fatal("no reload, no word")
	}
	var info string
	if batch, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range batch {
			if i, ok := c().(status.InfoMsg); ok {
				info = i.Text
			}
		}
	}
	if !strings.Contains(info, "TD-xacnhan-K01-TUYPHUOC-L1.sqlite") || !strings.Contains(info, "1500-3505") {
		t.Errorf("the word: %q", info)
	}
	// esc leaves the dialog; q then quits the board, never while typing.
	m, _ = press(m, "x", "q")
	if !m.dialog.Open() {
		t.Error("q typed in the dialog closed it")
	}
	m, _ = press(m, "esc")
	if m.dialog.Open() {
		t.Error("esc")
	}
}
