package welcome

import (
	"context"
	"errors"
	"strings"
	"testing"
	"thidua/cmd/thidua/app"
	"thidua/model/table"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"
)

// fakeStore records the bloc it is asked to set up.
type fakeStore struct {
	setup *model.NewBloc
	demo  bool
}

func (f *fakeStore) SetupBloc(_ context.Context, n model.NewBloc) (model.Bloc, error) {
	f.setup = &n
	return model.Bloc{Name: n.Bloc.Name}, nil
}
func (f *fakeStore) WriteDemo(context.Context) error { f.demo = true; return nil }
func (f *fakeStore) DemoCriteria() ([]model.Criterion, error) {
	return []model.Criterion{{ID: "a", Code: "I", Title: "Phần I", Kind: model.Standard, Max: model.Whole(100)}}, nil
}
func (f *fakeStore) ReadCriteriaFile(ctx context.Context, path string, progress func(int, int)) (*table.Result, error) {
	return app.ReadCriteriaFile(ctx, path, progress)
}
func (f *fakeStore) ReadUnitsFile(_ context.Context, path string) ([]model.Unit, error) {
	if path != "ds.csv" {
		return nil, errors.New("no such file")
	}
	return []model.Unit{{Code: "A", Name: "Xã An"}, {Code: "B", Name: "Xã Bình"}}, nil
}

func (f *fakeStore) ReadFile(context.Context, string) (model.FileInfo, error) {
	return model.FileInfo{}, errors.New("no such file")
}
func (f *fakeStore) JoinFile(context.Context, string, string) (model.MergeOutcome, error) {
	return model.MergeOutcome{}, errors.New("no such file")
}

type harness struct {
	m    Model
	done bool
}

func (h *harness) run(cmd tea.Cmd) {
	for cmd != nil {
		msg := cmd()
		if _, ok := msg.(DoneMsg); ok {
			h.done = true
			return
		}
		h.m, cmd = h.m.Update(msg)
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
		h.m, _ = h.m.Update(k)
	}
}

func start() (*harness, *fakeStore) {
	s := &fakeStore{}
	m := New(s, theme.New(true), i18n.VI, true)
	m.SetSize(100, 40)
	return &harness{m: m}, s
}

func TestDemoChoice(t *testing.T) {
	h, s := start()
	h.press("down", "down", "enter")
	if !s.demo || !h.done {
		t.Errorf("demo %v, done %v", s.demo, h.done)
	}
}

func TestWizard(t *testing.T) {
	h, s := start()
	h.press("enter")
	h.press("enter", "enter") // no name
	if h.m.Step() != "bloc" || !strings.Contains(h.m.View(), "Hãy ghi tên khối") {
		t.Fatalf("empty name accepted:\n%s", h.m.View())
	}
	h.typeText("Cụm thi đua số 3")
	h.press("enter", "enter")
	if h.m.Step() != "own" {
		t.Fatalf("step %s", h.m.Step())
	}
	// esc goes back without losing what was typed.
	h.press("esc")
	if h.m.Step() != "bloc" || h.m.form.Value("name") != "Cụm thi đua số 3" {
		t.Fatalf("back: %s %q", h.m.Step(), h.m.form.Value("name"))
	}
	h.press("enter") // the form comes back with the focus where it was: on its last field
	// Code, enter, name, enter: the short name and kind come from the name.
	h.typeText("xl")
	h.press("enter")
	h.typeText("Ủy ban nhân dân xã Xuân Lãnh")
	h.press("enter")
	if h.m.Step() != "units" || len(h.m.Units()) != 1 || h.m.Units()[0].ShortName != "Xuân Lãnh" || h.m.Units()[0].Kind != "Xã" {
		t.Fatalf("own unit: %s %+v", h.m.Step(), h.m.Units())
	}
	// Only the leader: not enough to go on (one enter on the empty form).
	h.press("enter")
	if h.m.Step() != "units" || !strings.Contains(h.m.View(), "ít nhất hai đơn vị") {
		t.Fatalf("one unit accepted:\n%s", h.m.View())
	}
	// A list file adds two.
	h.press("tab", "tab", "tab", "tab")
	h.typeText("ds.csv")
	h.press("enter")
	if len(h.m.Units()) != 3 {
		t.Fatalf("from file: %v", h.m.Units())
	}
	// A unit typed: two enters; done: one.
	h.typeText("XP")
	h.press("enter")
	h.typeText("UBND xã Xuân Phước")
	h.press("enter")
	if len(h.m.Units()) != 4 || h.m.Step() != "units" {
		t.Fatalf("typed unit: %v", h.m.Units())
	}
	h.press("enter")
	if h.m.Step() != "criteria" {
		t.Fatalf("step %s", h.m.Step())
	}
	// A file that cannot be read is named, and the step stays.
	h.press("right", "tab")
	h.typeText("bang.csv")
	h.press("enter")
	if h.m.Step() != "criteria" || !strings.Contains(h.m.View(), "Không dùng được bang.csv: không có tệp") {
		t.Fatalf("bad file:\n%s", h.m.View())
	}
	h.press("shift+tab", "left", "ctrl+s")
	if h.m.Step() != "period" {
		t.Fatalf("step %s", h.m.Step())
	}
	h.press("ctrl+s")
	if h.m.Step() != "confirm" {
		t.Fatalf("step %s: %s", h.m.Step(), h.m.View())
	}
	h.press("enter")
	if !h.done || s.setup == nil {
		t.Fatal("the bloc was not set up")
	}
	n := s.setup
	if n.Bloc.Code != "CTDS3" || n.Bloc.LeaderCode != "XL" || len(n.Bloc.Units) != 4 || n.Bloc.Role != model.RoleLeader ||
		len(n.Criteria) != 1 || n.Period.Kind != model.Year {
		t.Errorf("setup = %+v", n)
	}
}

func TestSuggestCode(t *testing.T) {
	for in, want := range map[string]string{"Cụm thi đua số 3": "CTDS3", "Khối các Phòng LĐTBXH": "KCPL", "": "KHOI"} {
		if got := suggestCode(in); got != want {
			t.Errorf("suggestCode(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestViews(t *testing.T) {
	h, _ := start()
	h.m.SetSize(80, 20)
	tuitest.Golden(t, "welcome_80x24", h.m.View())
	h.press("enter")
	tuitest.Golden(t, "welcome_bloc_80x24", h.m.View())
}
