package units

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/text/unicode/norm"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// fakeStore serves units in the order storage would (Vietnamese) and
// records changes.
type fakeStore struct{ units []model.Unit }

func (f fakeStore) Units(_ context.Context, _ string) ([]model.Unit, error) { return f.units, nil }

func (f fakeStore) AddUnit(_ context.Context, _ model.Actor, u model.Unit) (model.Unit, error) {
	for _, x := range f.units {
		if x.Code == model.NormalizeCode(u.Code) {
			return u, model.Errorf(model.EUnitDuplicate, x.Code)
		}
	}
	return u, nil
}

func (f fakeStore) UpdateUnit(_ context.Context, _ model.Actor, u model.Unit) (model.Unit, error) {
	return u, nil
}

func (f fakeStore) WithdrawUnit(_ context.Context, _ model.Actor, _, _ string, _ bool) error {
	return nil
}

var demoUnits = []model.Unit{
	{Code: "DONGHOA", Name: "Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa", ShortName: "Đông Hòa", Kind: "Huyện"},
	{Code: "DONGXUAN", Name: "Phòng Lao động - Thương binh và Xã hội huyện Đồng Xuân", ShortName: "Đồng Xuân", Kind: "Huyện"},
	{Code: "SONGCAU", Name: "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu", ShortName: "Sông Cầu", Kind: "Thị xã",
		Fingerprint: "8500-9417-3783-1128-9598", KeyVerified: "self"},
	{Code: "SONGHINH", Name: "Phòng Lao động - Thương binh và Xã hội huyện Sông Hinh", ShortName: "Sông Hinh", Kind: "Huyện"},
	{Code: "TUYAN", Name: "Phòng Lao động - Thương binh và Xã hội huyện Tuy An", ShortName: "Tuy An", Kind: "Huyện",
		Status: model.Withdrawn, WithdrawnReason: "sáp nhập"},
	{Code: "TUYHOA", Name: "Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa", ShortName: "Tuy Hòa", Kind: "Thành phố"},
}

func loaded(t *testing.T, w, h int) Model {
	t.Helper()
	m := New(fakeStore{demoUnits}, theme.New(true), i18n.VI, true)
	m.SetSize(w, h)
	msg := m.Init()()
	m, _ = m.Update(msg)
	return m
}

func press(m Model, keys ...tea.KeyPressMsg) Model {
	for _, k := range keys {
		m, _ = m.Update(k)
	}
	return m
}

func codes(m Model) string {
	s := ""
	for _, u := range m.Shown() {
		s += u.Code + " "
	}
	return s
}

func TestFilterIgnoresAccents(t *testing.T) {
	m := loaded(t, 120, 30)
	m = press(m, tuitest.Key("/"))
	if !m.Filtering() {
		t.Fatal("/ opens the filter")
	}
	m = press(m, tuitest.Keys("song cau")...)
	if got := codes(m); got != "SONGCAU " {
		t.Errorf("song cau → %s", got)
	}
	// Letters are text while filtering: q, j, k do not act.
	m = press(m, tuitest.Key("esc"), tuitest.Key("/"))
	m = press(m, tuitest.Keys("hoa")...)
	if got := codes(m); got != "DONGHOA TUYHOA " {
		t.Errorf("hoa → %s", got)
	}
	// Enter keeps the filter and leaves the field.
	m = press(m, tuitest.Key("enter"))
	if m.Filtering() || m.Query() != "hoa" {
		t.Errorf("enter: filtering %v, query %q", m.Filtering(), m.Query())
	}
	m = press(m, tuitest.Key("j"))
	if u, _ := m.Selected(); u.Code != "TUYHOA" {
		t.Errorf("j moves down after the filter: %s", u.Code)
	}
	m = press(m, tuitest.Key("esc"))
	if got := codes(m); len(m.Shown()) != len(demoUnits) {
		t.Errorf("esc clears the filter: %s", got)
	}
}

// Unikey composes by sending Backspace (0x7F, or 0x08 which arrives as
// ctrl+h) then the composed letter; both must delete one character.
func TestFilterIMEBackspace(t *testing.T) {
	for _, bs := range []string{"backspace", "ctrl+h"} {
		m := loaded(t, 120, 30)
		m = press(m, tuitest.Key("/"))
		m = press(m, tuitest.Keys("d")...)
		m = press(m, tuitest.Key(bs))
		m = press(m, tuitest.Keys("đồng xuân")...)
		if m.Query() != "đồng xuân" || codes(m) != "DONGXUAN " {
			t.Errorf("%s: query %q, shown %s", bs, m.Query(), codes(m))
		}
	}
}

// Text typed decomposed (NFD) matches, and is stored NFC when committed.
func TestFilterNFD(t *testing.T) {
	m := loaded(t, 120, 30)
	m = press(m, tuitest.Key("/"))
	m = press(m, tuitest.Keys(norm.NFD.String("Sông Cầu"))...)
	if codes(m) != "SONGCAU " {
		t.Errorf("NFD filter: %s", codes(m))
	}
	m = press(m, tuitest.Key("enter"))
	if m.Query() != "Sông Cầu" || !norm.NFC.IsNormalString(m.Query()) {
		t.Errorf("committed query %q is not NFC", m.Query())
	}
}

// After a filter that matches nothing, a new one selects a row again.
func TestCursorSurvivesEmptyFilter(t *testing.T) {
	m := loaded(t, 120, 30)
	m = press(m, tuitest.Key("/"))
	m = press(m, tuitest.Keys("zzz")...)
	if _, ok := m.Selected(); ok || len(m.Shown()) != 0 {
		t.Fatal("zzz matches nothing")
	}
	m = press(m, tuitest.Key("backspace"), tuitest.Key("backspace"), tuitest.Key("backspace"))
	m = press(m, tuitest.Keys("tuy")...)
	if u, ok := m.Selected(); !ok || u.Code != "TUYAN" {
		t.Errorf("selection after an empty filter: %v %v", u.Code, ok)
	}
}

func TestMoveAndBounds(t *testing.T) {
	m := loaded(t, 120, 30)
	m = press(m, tuitest.Key("up"))
	if u, _ := m.Selected(); u.Code != "DONGHOA" {
		t.Errorf("up at the top stays: %s", u.Code)
	}
	m = press(m, tuitest.Key("G"))
	if u, _ := m.Selected(); u.Code != "TUYHOA" {
		t.Errorf("G goes to the bottom: %s", u.Code)
	}
	m = press(m, tuitest.Key("down"), tuitest.Key("g"))
	if u, _ := m.Selected(); u.Code != "DONGHOA" {
		t.Errorf("g goes to the top: %s", u.Code)
	}
}

func TestViews(t *testing.T) {
	tuitest.Golden(t, "units_80x24", loaded(t, 80, 20).View())
	tuitest.Golden(t, "units_120x40", loaded(t, 120, 36).View())
	m := loaded(t, 80, 20)
	m = press(m, tuitest.Key("/"))
	m = press(m, tuitest.Keys("không có")...)
	tuitest.Golden(t, "units_no_match", m.View())
}

// run runs a command and what it leads to, as the runtime would.
func run(m Model, cmd tea.Cmd) Model {
	for queue := []tea.Cmd{cmd}; len(queue) > 0; queue = queue[1:] {
		if queue[0] == nil {
			continue
		}
		switch msg := queue[0]().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			queue = append(queue, next)
		}
	}
	return m
}

// After a unit is edited (its short name changed, so it sorts elsewhere)
// the cursor is on that unit, not on the row number it had.
func TestCursorFollowsTheEditedUnit(t *testing.T) {
	units := append([]model.Unit(nil), demoUnits...)
	for i := range units {
		units[i].ID = "id-" + units[i].Code
	}
	store := &movingStore{fakeStore: fakeStore{units}}
	m := New(store, theme.New(true), i18n.VI, true)
	m.SetSize(120, 30)
	m.SetScope(leaderScope())
	m = run(m, m.Init())
	m = press(m, tuitest.Key("down")) // Đồng Xuân
	var cmd tea.Cmd
	m, _ = m.Update(tuitest.Key("e"))
	for _, k := range []string{"tab", "tab", "ctrl+u"} {
		m, _ = m.Update(tuitest.Key(k))
	}
	for _, k := range tuitest.Keys("Xuân Đồng") {
		m, _ = m.Update(k)
	}
	m, cmd = m.Update(tuitest.Key("ctrl+s"))
	m = run(m, cmd)
	if u, ok := m.Selected(); !ok || u.Code != "DONGXUAN" {
		t.Errorf("after the edit the cursor is on %s", u.Code)
	}
}

// movingStore sorts a unit by its new short name once edited.
type movingStore struct {
	fakeStore
}

func (s *movingStore) UpdateUnit(_ context.Context, _ model.Actor, u model.Unit) (model.Unit, error) {
	var rest []model.Unit
	for _, x := range s.units {
		if x.ID != u.ID {
			rest = append(rest, x)
		}
	}
	s.units = append(rest, u) // "Xuân Đồng" sorts last
	return u, nil
}

func (s *movingStore) Units(_ context.Context, _ string) ([]model.Unit, error) { return s.units, nil }

// Many units: moving down past the window scrolls; moving back up moves
// the cursor, not the window.
func TestScrollKeepsItsPlace(t *testing.T) {
	var many []model.Unit
	for i := range 40 {
		many = append(many, model.Unit{ID: fmt.Sprint(i), Code: fmt.Sprintf("XA%02d", i), Name: fmt.Sprintf("UBND xã số %02d", i)})
	}
	m := New(fakeStore{many}, theme.New(true), i18n.VI, true)
	m.SetSize(80, 12)
	m = run(m, m.Init())
	for range 20 {
		m = press(m, tuitest.Key("down"))
	}
	top := strings.Split(m.View(), "\n")[3]
	m = press(m, tuitest.Key("up"), tuitest.Key("up"), tuitest.Key("up"))
	if got := strings.Split(m.View(), "\n")[3]; got != top {
		t.Errorf("moving up inside the window scrolled it: %q → %q", top, got)
	}
	if u, _ := m.Selected(); u.Code != "XA17" {
		t.Errorf("cursor on %s", u.Code)
	}
}

func leaderScope() scope.Scope {
	return scope.Scope{Inst: model.Installation{ID: "i", Role: model.RoleLeader}}
}
