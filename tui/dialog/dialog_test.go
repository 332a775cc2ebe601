package dialog

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"
)

// screen is a screen with one dialog: it counts what its submissions did.
type screen struct {
	dialog Model[screen]
	saved  []string
	next   bool // a submission opens another dialog
}

func at(s *screen) *Model[screen] { return &s.dialog }

func open(awaits bool) screen {
	f := form.New("Tên", theme.New(true), i18n.VI, true)
	f.AddText("name", "Tên", "", "")
	d := New(f, func(s screen, f *form.Model) (screen, tea.Cmd) {
		v := f.Value("name")
		if v == "" {
			f.SetError("name", "Hãy ghi tên")
			return s, nil
		}
		s.saved = append(s.saved, v)
		if s.next {
			s.dialog = New[screen](form.New("Tiếp", theme.New(true), i18n.VI, true), nil).Named("next")
		}
		return s, nil
	}).Named("name")
	if awaits {
		d = d.Awaiting("name")
	}
	return screen{dialog: d}
}

func keys(s screen, names ...string) screen {
	for _, k := range names {
		s, _ = Update(s, at, tea.Msg(tuitest.Key(k)))
	}
	return s
}

func TestRefusalKeepsTheDialog(t *testing.T) {
	s := keys(open(false), "enter")
	if !s.dialog.Is("name") || len(s.saved) != 0 {
		t.Fatalf("an empty name was taken: %+v", s.saved)
	}
	for _, k := range tuitest.Keys("An") {
		s, _ = Update(s, at, tea.Msg(k))
	}
	s = keys(s, "enter")
	if s.dialog.Open() || len(s.saved) != 1 || s.saved[0] != "An" {
		t.Errorf("submitted: open %v, saved %v", s.dialog.Open(), s.saved)
	}
}

func TestCancel(t *testing.T) {
	if s := keys(open(false), "esc"); s.dialog.Open() || len(s.saved) != 0 {
		t.Error("esc did not close the dialog without doing anything")
	}
}

func TestAwaitingTheAnswer(t *testing.T) {
	s := open(true)
	for _, k := range tuitest.Keys("Bình") {
		s, _ = Update(s, at, tea.Msg(k))
	}
	s = keys(s, "enter")
	if !s.dialog.Open() || !s.dialog.Waiting() {
		t.Fatal("the dialog closed before its work answered")
	}
	if !s.dialog.Answer(errors.New("đĩa đầy"), i18n.VI) || !s.dialog.Open() || s.dialog.Waiting() {
		t.Fatal("a refusal closed the dialog")
	}
	if v := s.dialog.Form().Value("name"); v != "Bình" {
		t.Errorf("what was typed is gone: %q", v)
	}
	s = keys(s, "enter")
	if !s.dialog.Answer(nil, i18n.VI) || s.dialog.Open() {
		t.Error("the answer did not close the dialog")
	}
	if s.dialog.Answer(nil, i18n.VI) {
		t.Error("a closed dialog took an answer")
	}
}

func TestSubmissionOpensAnotherDialog(t *testing.T) {
	s := open(false)
	s.next = true
	for _, k := range tuitest.Keys("An") {
		s, _ = Update(s, at, tea.Msg(k))
	}
	if s = keys(s, "enter"); !s.dialog.Is("next") {
		t.Error("the dialog the submission opened was closed")
	}
}
