package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model/i18n"
)

// ctrl+c with text typed in a dialog of any screen (a unit half added, a
// reason half written) warns first instead of quitting with it; a second
// ctrl+c quits. A dialog with nothing typed in it does not hold ctrl+c up.
func TestQuitAsksWhileADialogHoldsTypedText(t *testing.T) {
	m := start(t, i18n.VI, 80, 24)
	m, _ = press(m, "1", "a")
	m, quit := press(m, "ctrl+c")
	if !quit {
		t.Fatal("ctrl+c over an empty dialog should quit at once")
	}
	if _, quit = press(m, "esc", "e", "ctrl+c"); !quit {
		t.Fatal("ctrl+c over an edit dialog with nothing changed should quit at once")
	}
	m, _ = press(m, "esc", "a")
	m = typeText(m, "TEST1")
	m, _ = press(m, "tab")
	m = typeText(m, "Phòng Nội vụ huyện Tuy An")
	m, quit = press(m, "ctrl+c")
	if quit {
		t.Fatal("ctrl+c quit and lost a unit typed in the dialog, without a word")
	}
	if text, _ := m.Status(); !strings.Contains(text, "đang gõ chưa lưu") {
		t.Errorf("status = %q", text)
	}
	if v := m.View().Content; !strings.Contains(v, i18n.T(i18n.VI, "app.unsaved_dialog")) {
		t.Errorf("the warning is cut at 80 columns:\n%s", v)
	}
	if v := m.View().Content; !strings.Contains(v, "Phòng Nội vụ huyện Tuy An") {
		t.Errorf("the typed text is gone from the dialog:\n%s", v)
	}
	if _, quit = press(m, "ctrl+c"); !quit {
		t.Error("a second ctrl+c quits")
	}
}

// The same in the welcome wizard: nothing is saved before its last step,
// so ctrl+c after the bloc's name was typed asks first.
func TestQuitAsksInTheWizard(t *testing.T) {
	m := emptyStart(t, 80, 24)
	m, _ = press(m, "enter")
	m = typeText(m, "Cụm thi đua số 3")
	m, quit := press(m, "ctrl+c")
	if quit {
		t.Fatal("ctrl+c quit the wizard and lost the bloc's name, without a word")
	}
	if text, _ := m.Status(); !strings.Contains(text, "chưa lưu") {
		t.Errorf("status = %q", text)
	}
	if _, quit = press(m, "ctrl+c"); !quit {
		t.Error("a second ctrl+c quits")
	}
}

// The warning of a typed score is whole at 80 columns: its end (what the
// second ctrl+c does) was cut off.
func TestQuitWarningFitsAt80(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		m := start(t, lang, 80, 24)
		m, _ = press(m, "3", "1", "ctrl+c")
		if v := m.View().Content; !strings.Contains(v, i18n.T(lang, "app.unsaved")) {
			t.Errorf("the warning is cut at 80 columns:\n%s", v)
		}
	}
}

// Text pasted into the welcome wizard (the bloc's name copied from its
// founding decision) reaches the field: it was handed to the hidden
// screens and lost.
func TestPasteIntoTheWizard(t *testing.T) {
	m := emptyStart(t, 100, 30)
	m, _ = press(m, "enter")
	next, cmd := m.Update(tea.PasteMsg{Content: "Cụm thi đua số 3 các xã, phường"})
	m, _ = run(next.(Model), cmd)
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "› Tên khối  Cụm thi đua số 3 các xã, phường") {
		t.Errorf("the pasted name is not in the field:\n%s", v)
	}
}
