package tui

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/cmd/thidua/app"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo/demotest"
	"thidua/tui/chrome"
	"thidua/tui/internal/tuitest"
	"thidua/tui/status"
)

// run feeds the messages produced by cmd back into the model, as the
// Bubble Tea runtime would, until no command is left. It reports whether a
// command asked to quit.
func run(m Model, cmd tea.Cmd) (Model, bool) {
	queue := []tea.Cmd{cmd}
	quit := false
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			quit = true
		default:
			next, more := m.Update(msg)
			m = next.(Model)
			queue = append(queue, more)
		}
	}
	return m, quit
}

func start(t *testing.T, lang i18n.Lang, w, h int) Model {
	m := New(app.App{DB: demotest.Open(t)}, lang)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = run(next.(Model), m.Init())
	return m
}

func press(m Model, keys ...string) (Model, bool) {
	quit := false
	for _, k := range keys {
		next, cmd := m.Update(tuitest.Key(k))
		var q bool
		m, q = run(next.(Model), cmd)
		quit = quit || q
	}
	return m, quit
}

func TestScreensAndPeriods(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	if m.Screen() != "units" || !strings.Contains(header(m), "Tổng kết năm 2019") || !strings.Contains(header(m), "Khối trưởng: Sông Cầu") {
		t.Fatalf("start: %s / %s", m.Screen(), header(m))
	}
	m, _ = press(m, "4")
	if m.Screen() != "results" {
		t.Errorf("4 → %s", m.Screen())
	}
	if p, ok := m.screens.Results.Selected(); !ok || p.Code != "TUYHOA" {
		t.Errorf("results of 2019 not loaded")
	}
	m, _ = press(m, "p")
	if !strings.Contains(header(m), "Sơ kết 6 tháng đầu năm 2019") {
		t.Errorf("p switches the period: %s", header(m))
	}
	if !strings.Contains(m.View().Content, "Không xếp hạng") && !strings.Contains(m.View().Content, "—") {
		t.Errorf("half-year view lacks the unit without a sheet")
	}
	for _, step := range []struct{ key, want string }{
		{"tab", "exchange"}, {"tab", "settings"}, {"tab", "units"}, {"ctrl+left", "settings"}, {"2", "criteria"},
		{"3", "scoring"},
		// On the scoring screen digits are scores: ctrl+→ leaves it.
		{"ctrl+right", "results"}, {"5", "exchange"}, {"6", "settings"}, {"4", "results"},
	} {
		if m, _ = press(m, step.key); m.Screen() != step.want {
			t.Errorf("%s → %s, want %s", step.key, m.Screen(), step.want)
		}
	}
	m, _ = press(m, "1")
	if m.Screen() != "units" {
		t.Errorf("1 → %s", m.Screen())
	}
}

func TestQuitButNotWhileTyping(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, quit := press(m, "/", "q")
	if quit || m.screens.Units.Query() != "q" {
		t.Errorf("q typed into the filter quit the program (query %q)", m.screens.Units.Query())
	}
	_, quit = press(m, "esc", "q")
	if !quit {
		t.Error("q did not quit")
	}
	_, quit = press(start(t, i18n.VI, 80, 24), "/", "ctrl+c")
	if !quit {
		t.Error("ctrl+c always quits")
	}
}

func TestStatusLineAndHelp(t *testing.T) {
	m := start(t, i18n.EN, 120, 40)
	next, _ := m.Update(status.ErrorMsg{Err: errors.New("disk full")})
	m = next.(Model)
	// An error nobody foresaw is named by a code, its English never shown.
	if text, isErr := m.Status(); !isErr || !strings.Contains(text, "Internal error (code ") || strings.Contains(text, "disk full") {
		t.Errorf("status = %q %v", text, isErr)
	}
	m, _ = press(m, "down")
	if text, _ := m.Status(); text != "" {
		t.Errorf("the next key clears the status: %q", text)
	}
	m, _ = press(m, "?")
	if !strings.Contains(m.View().Content, "next screen") {
		t.Errorf("? shows full help:\n%s", m.View().Content)
	}
}

func TestViews(t *testing.T) {
	tuitest.Golden(t, "app_units_80x24", start(t, i18n.VI, 80, 24).View().Content)
	m, _ := press(start(t, i18n.VI, 120, 40), "4")
	tuitest.Golden(t, "app_results_120x40", m.View().Content)
	m, _ = press(start(t, i18n.EN, 80, 24), "4", "?")
	tuitest.Golden(t, "app_help_en_80x24", m.View().Content)
}

// The view fills the window exactly, whatever the screen: no line is wider
// and there are no more lines than the terminal has.
func TestViewFitsWindow(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 15}} {
		m := start(t, i18n.VI, size[0], size[1])
		for _, keys := range [][]string{nil, {"4"}, {"4", "enter"}, {"?"}} {
			mm, _ := press(m, keys...)
			lines := strings.Split(mm.View().Content, "\n")
			if len(lines) > size[1] {
				t.Errorf("%v %v: %d lines", size, keys, len(lines))
			}
			for _, l := range lines {
				if w := ansiWidth(l); w > size[0] {
					t.Errorf("%v %v: a line is %d wide: %q", size, keys, w, l)
				}
			}
		}
	}
}

func ansiWidth(s string) int { return lipgloss.Width(s) }

// The language chosen in settings applies at once, everywhere.
func TestLanguageSwitch(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "6", "enter", "right", "enter")
	if m.Screen() != "settings" || !strings.Contains(header(m), "Bloc leader") || !strings.Contains(m.View().Content, "Language") {
		t.Errorf("after switching to English:\n%s", m.View().Content)
	}
}

// Digits on the scoring screen are scores, never screen switches.
func TestDigitsScoreOnTheScoringScreen(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "3", "1")
	if m.Screen() != "scoring" || m.screens.Scoring.Typed() != "1" {
		t.Errorf("screen %s, typed %q", m.Screen(), m.screens.Scoring.Typed())
	}
	// A value typed but not saved: ctrl+c warns first.
	m, quit := press(m, "ctrl+c")
	if quit {
		t.Fatal("ctrl+c lost a typed value without warning")
	}
	if text, _ := m.Status(); !strings.Contains(text, "chưa lưu") {
		t.Errorf("status = %q", text)
	}
	if _, quit = press(m, "ctrl+c"); !quit {
		t.Error("a second ctrl+c quits")
	}
}

// Keys for the interface typed while a score is being saved act once the
// save is done, in the order typed: q quits, and is not lost.
func TestQuitTypedDuringASave(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "3", ":", "I", ".", "3", ".", "1", "enter")
	var cmds []tea.Cmd
	for _, k := range []string{"2", "enter", "q"} {
		next, cmd := m.Update(tuitest.Key(k))
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	quit := false
	for _, c := range cmds {
		var q bool
		m, q = run(m, c)
		quit = quit || q
	}
	if !quit {
		t.Fatal("q typed during a save was lost")
	}
	if m.screens.Scoring.Unsaved() {
		t.Error("the save did not finish before quitting")
	}
}

// A province's database (no bloc of its own) opens on its board of blocs,
// which says how to merge the first bloc file; no welcome.
func TestProvinceDatabase(t *testing.T) {
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "tinh.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.BecomeProvince(ctx); err != nil {
		t.Fatal(err)
	}
	m := New(app.App{DB: db}, i18n.VI)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m, _ = run(next.(Model), m.Init())
	if v := m.View().Content; !strings.Contains(v, "Các khối thi đua — 0 khối") || !strings.Contains(v, "thidua merge --province") ||
		strings.Contains(v, "Chào mừng") {
		t.Fatalf("province view:\n%s", v)
	}
	if _, quit := press(m, "q"); !quit {
		t.Error("q does not quit")
	}
}

// A jump to a criterion typed during a save lands on that criterion: the
// keys are handed back in order, none taken by the scoring screen first.
func TestGoToTypedDuringASave(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "3", ":", "I", ".", "3", ".", "1", "enter")
	var cmds []tea.Cmd
	for _, k := range []string{"2", "enter", ":", "I", "I", ".", "5", "enter"} {
		next, cmd := m.Update(tuitest.Key(k))
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		m, _ = run(m, c)
	}
	if c, ok := m.screens.Scoring.Focused(); !ok || c.Code != "II.5" {
		t.Errorf("focused %s after a jump typed during a save, want II.5", c.Code)
	}
}

// After Preload the very first frame shows the bloc and its units, before
// any command runs; Init then loads the other screens, and the model ends
// where the usual start leaves it.
func TestPreloadFirstFrame(t *testing.T) {
	db := demotest.Open(t)
	m := New(app.App{DB: db}, i18n.VI).Preload(120, 40)
	first := m.View().Content
	for _, want := range []string{"Đơn vị thành viên (9)", "huyện Tây Hòa", "Tổng kết năm 2019"} {
		if !strings.Contains(first, want) {
			t.Fatalf("first frame lacks %q:\n%s", want, first)
		}
	}
	loaded, _ := run(m, m.Init())
	usual := New(app.App{DB: db}, i18n.VI)
	next, _ := usual.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	usual, _ = run(next.(Model), usual.Init())
	for _, key := range []string{"1", "3", "4"} {
		a, _ := press(loaded, key)
		b, _ := press(usual, key)
		if a.View().Content != b.View().Content {
			t.Errorf("screen %s differs after Preload:\n%s\n---\n%s", key, a.View().Content, b.View().Content)
		}
	}
	// Without a size (the terminal did not say) there is still a frame.
	if empty := New(app.App{DB: db}, i18n.VI).Preload(0, 0); empty.View().Content == "" {
		t.Error("no frame without a size")
	}
}

// header is the window's top line: role, own unit, period, bloc.
func header(m Model) string { return chrome.Header(m.styles, m.lang, m.scope(), m.width) }

// A key typed during a save that is the interface's is handled once, not
// again at every later reply: ? typed then opens help and leaves it open.
func TestKeyTypedDuringASaveHandledOnce(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "3", ":", "I", ".", "3", ".", "1", "enter")
	var cmds []tea.Cmd
	for _, k := range []string{"2", "enter", "?"} {
		next, cmd := m.Update(tuitest.Key(k))
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		m, _ = run(m, c)
	}
	// Later replies (a reload) must not hand the ? back again.
	next, _ := m.Update(m.screens.Results.Reload()())
	m = next.(Model)
	m, _ = run(m, m.screens.Scoring.Reload())
	if !m.fullHelp {
		t.Error("? typed during a save was handled twice (or not at all)")
	}
}
