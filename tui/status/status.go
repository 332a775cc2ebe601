// Package status carries the messages every screen may send to the status
// line (a refusal or failure, or a confirmation) and the line itself. The
// root model shows it and clears it on the next key press.
package status

import (
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
)

// ErrorMsg reports an error to show in the person's language.
type ErrorMsg struct{ Err error }

// InfoMsg reports a confirmation, already translated.
type InfoMsg struct{ Text string }

// ErrorCmd returns a command that reports err.
func ErrorCmd(err error) tea.Cmd {
	return func() tea.Msg { return ErrorMsg{Err: err} }
}

// InfoCmd returns a command that reports a confirmation.
func InfoCmd(text string) tea.Cmd {
	return func() tea.Msg { return InfoMsg{Text: text} }
}

// ReplacedMsg says the database file was replaced, renamed or deleted by
// another program: the store refuses every write from then on, and the
// status line says so on every frame, while what was typed stays on the
// screen to be noted down.
type ReplacedMsg struct{ Err error }

// Line is the status line: what it says (cleared by the next key), whether
// that is an error, and the database file replaced under the interface,
// which it says instead on every frame.
type Line struct {
	Text     string
	IsErr    bool
	Replaced error
}

// Take takes what msg (an InfoMsg, ErrorMsg or ReplacedMsg) says, in
// language l.
func (s Line) Take(msg tea.Msg, l i18n.Lang) Line {
	switch msg := msg.(type) {
	case InfoMsg:
		s.Text, s.IsErr = msg.Text, false
	case ReplacedMsg:
		s.Replaced = msg.Err
	case ErrorMsg:
		if model.ErrorCode(msg.Err) == model.EDBReplaced {
			s.Replaced = msg.Err
		}
		s.Text, s.IsErr = model.Message(l, msg.Err), true
	}
	return s
}
