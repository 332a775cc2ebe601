package chrome

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// Page is the screen on show, as the frame asks it.
type Page interface {
	View() string
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	TakesKey(tea.KeyPressMsg) bool
}

// Frame is the window around the screen on show, as the root model knows
// it.
type Frame struct {
	Styles   theme.Styles
	Lang     i18n.Lang
	Keys     KeyMap
	Scope    scope.Scope
	Page     Page
	On       int  // the screen on show, in key order
	Digits   bool // the screen takes digits (scores): screens switch with ctrl+←/→
	Status   string
	IsErr    bool
	Replaced error // the database file was replaced: said instead of the status
	FullHelp bool
	Width    int
	Height   int
}

// View draws the header, the tabs, the screen (or full help), the status
// line and the footer.
func (f Frame) View() tea.View {
	body := f.Page.View()
	if f.FullHelp {
		body = FullHelp(f.Styles, i18n.T(f.Lang, "app.help_title"),
			append([][]key.Binding{f.Keys.Global(f.Digits)}, f.Page.FullHelp()...), f.Width, f.Height)
	}
	keys := f.Keys.ShortHelp(f.Page.ShortHelp(), f.Digits)
	if f.Page.TakesKey(tea.KeyPressMsg{Code: 'q', Text: "q"}) {
		// A field has the keyboard (a dialog, a value being typed): q, p
		// and ? are letters there, so only the screen's own keys show.
		keys = f.Page.ShortHelp()
	}
	lead, status := "", Status(f.Styles, f.Status, f.IsErr, f.Width)
	if f.Digits {
		lead = f.Keys.DigitsScreens().Help().Key
	}
	if f.Replaced != nil {
		status = Replaced(f.Styles, f.Lang, f.Replaced, f.Width)
	}
	return window(Header(f.Styles, f.Lang, f.Scope, f.Width), Tabs(f.Styles, f.Keys.Tabs(f.On), lead, f.Width), body,
		status, Footer(f.Styles, keys, f.Width), f.Width, f.Height-4-ReplacedLines(f.Lang, f.Replaced, f.Width))
}
