// Package status carries the messages every screen may send to the status
// line: a refusal or failure, or a confirmation. The root model shows them
// and clears them on the next key press.
package status

import tea "charm.land/bubbletea/v2"

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
