package tui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/tui/cover"
	"thidua/tui/internal/tuitest"
	"thidua/tui/status"
)

// emptyStart is the interface on a database without a bloc: the welcome.
func emptyStart(t *testing.T, w, h int) Model {
	t.Helper()
	db, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "moi.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	m := New(app.App{DB: db}, i18n.VI)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = run(next.(Model), m.Init())
	return m
}

func typeText(m Model, s string) Model {
	for _, k := range tuitest.Keys(s) {
		next, cmd := m.Update(k)
		m, _ = run(next.(Model), cmd)
	}
	return m
}

// A terminal that reports a light background (or a language switch)
// restyles the interface without losing anything: the welcome's answers,
// the damage notice, the status line, what is typed in a score.
func TestStateSurvivesThemeAndLanguage(t *testing.T) {
	light := tea.BackgroundColorMsg{Color: color.White}
	m := emptyStart(t, 100, 30)
	m, _ = press(m, "enter")
	m = typeText(m, "Cụm thi đua số 3")
	next, _ := m.Update(light)
	m = next.(Model)
	if w, on := m.cover.Welcoming(); !on || w.Step() != "bloc" || !strings.Contains(m.View().Content, "Cụm thi đua số 3") {
		t.Fatalf("the welcome was lost:\n%s", m.View().Content)
	}

	m = start(t, i18n.VI, 100, 30)
	next, _ = m.Update(status.ErrorMsg{Err: errors.New("ổ đĩa đầy")})
	m = next.(Model)
	said, _ := m.Status()
	next, _ = m.Update(cover.DamagedMsg{Err: model.Errorf(model.EDBCorrupt, "x")})
	m = next.(Model)
	next, _ = m.Update(light)
	m = next.(Model)
	if m.cover.Damage() == nil || !strings.Contains(m.View().Content, "r") {
		t.Fatalf("the damage notice was lost:\n%s", m.View().Content)
	}
	if text, _ := m.Status(); said == "" || text != said {
		t.Errorf("the status line was lost: %q", text)
	}

	// A score being typed survives a language switch (settings → English).
	m = start(t, i18n.VI, 100, 30)
	m, _ = press(m, "3", "2")
	next, _ = m.Update(light)
	m = next.(Model)
	next, cmd := m.relang(i18n.EN)
	m, _ = run(next.(Model), cmd)
	if m.Screen() != "scoring" || m.screens.Scoring.Typed() != "2" || !strings.Contains(m.View().Content, "Scoring") {
		t.Errorf("after switching the language: screen %s, typed %q\n%s", m.Screen(), m.screens.Scoring.Typed(), m.View().Content)
	}
}

// On the scoring screen digits are scores: the tabs, the footer and the
// full help name the keys that switch screens there.
func TestScoringScreenHelpIsTrue(t *testing.T) {
	m := start(t, i18n.VI, 120, 40)
	m, _ = press(m, "3")
	v := m.View().Content
	lines := strings.Split(v, "\n")
	if strings.Contains(lines[1], " 5 ") || !strings.Contains(lines[1], "ctrl+←→") {
		t.Errorf("the tabs offer digits on the scoring screen: %q", lines[1])
	}
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "ctrl+←→") {
		t.Errorf("footer = %q", footer)
	}
	m, _ = press(m, "?")
	if strings.Contains(m.View().Content, "5 Trao đổi tệp") {
		t.Errorf("full help lists digits as screen keys on the scoring screen:\n%s", m.View().Content)
	}
	m, _ = press(m, "?", "5")
	if m.Screen() != "scoring" || m.screens.Scoring.Typed() != "5" {
		t.Errorf("5 on the scoring screen: %s %q", m.Screen(), m.screens.Scoring.Typed())
	}
}

// Every screen and dialog at 80×24 (and 120×40): the window is filled
// exactly, no line is wider, the footer and the header never cut a key or
// a word, and what does not fit is left out whole.
func TestEveryScreenFits(t *testing.T) {
	views := []struct {
		name string
		keys []string
	}{
		{"units", nil}, {"units_add", []string{"a"}}, {"criteria", []string{"2"}},
		{"scoring", []string{"3"}}, {"scoring_typed_bad", []string{"3", "1", "o"}},
		{"scoring_reason", []string{"3", "s", ":", "I", "I", ".", "2", "enter", "1", "enter"}},
		{"scoring_return", []string{"3", "u", "t", "a", "y", " ", "h", "o", "a", "enter", ":", "I", "I", ".", "5", "enter", "t"}},
		{"results", []string{"4"}}, {"results_explain", []string{"4", "down", "down", "enter"}},
		{"results_report", []string{"4", "o"}}, {"exchange", []string{"5"}},
		{"exchange_return", []string{"5", "t"}}, {"exchange_holds", []string{"5", "g"}},
		{"settings", []string{"6"}}, {"help_scoring", []string{"3", "?"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, v := range views {
			m := start(t, i18n.VI, size[0], size[1])
			// Folders offered are the person's own: a fixed one here.
			m.store.SetSetting(context.Background(), "export_dir", "/khoi/Tài liệu")
			m, _ = press(m, v.keys...)
			content := m.View().Content
			checkFits(t, fmt.Sprintf("%s %dx%d", v.name, size[0], size[1]), content, size[0], size[1])
			if size[0] == 80 {
				// The installation's key is made at random: a fixed one is shown.
				content = fingerprintRE.ReplaceAllString(content, "1234-5678-9012-3456-7890")
				tuitest.Golden(t, "app_"+v.name+"_80x24", content)
			}
		}
	}
	// The welcome and the wizard's list of units, twelve of them.
	m := emptyStart(t, 80, 24)
	checkFits(t, "welcome", m.View().Content, 80, 24)
	m, _ = press(m, "enter")
	m = typeText(m, "Cụm thi đua số 3 các xã")
	m, _ = press(m, "enter", "enter")
	m = typeText(m, "XA00")
	m, _ = press(m, "enter")
	m = typeText(m, "Ủy ban nhân dân xã Hòa Hiệp Bắc")
	m, _ = press(m, "enter")
	for i := 1; i < 12; i++ {
		m = typeText(m, fmt.Sprintf("XA%02d", i))
		m, _ = press(m, "enter")
		m = typeText(m, fmt.Sprintf("Ủy ban nhân dân xã Số %d", i))
		m, _ = press(m, "enter")
	}
	if w, _ := m.cover.Welcoming(); len(w.Units()) != 12 {
		t.Fatalf("units: %d", len(w.Units()))
	}
	content := m.View().Content
	checkFits(t, "wizard with 12 units", content, 80, 24)
	if !strings.Contains(content, "╰") {
		t.Errorf("the wizard's box lost its bottom border:\n%s", content)
	}
	tuitest.Golden(t, "app_welcome_units_80x24", content)
}

const demoBloc = "Khối thi đua các Phòng Lao động - Thương binh và Xã hội tỉnh Phú Yên"

var fingerprintRE = regexp.MustCompile(`\d{4}-\d{4}-\d{4}-\d{4}-\d{4}`)

// checkFits checks a frame against its window.
func checkFits(t *testing.T, name, content string, w, h int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines for %d", name, len(lines), h)
	}
	for _, l := range lines {
		if ansiWidth(l) > w {
			t.Errorf("%s: a line is %d wide: %q", name, ansiWidth(l), l)
		}
	}
	plain := tuitest.Plain(content)
	first, last := strings.Split(plain, "\n")[0], strings.Split(strings.TrimRight(plain, "\n"), "\n")
	if strings.Contains(last[len(last)-1], "…") {
		t.Errorf("%s: the footer is cut:\n%s", name, plain)
	}
	// The header may shorten the bloc's long name, after a whole word.
	if cut, ok := strings.CutSuffix(first, "…"); ok {
		parts := strings.Split(cut, " │ ")
		if !strings.HasPrefix(demoBloc, parts[len(parts)-1]+" ") {
			t.Errorf("%s: the header cuts a word: %q", name, first)
		}
	} else if strings.Contains(first, "…") {
		t.Errorf("%s: the header is cut: %q", name, first)
	}
}
