package tui

import (
	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/chrome"
	"thidua/tui/screens"
)

// View renders the window: the cover, or the screen on show in its frame.
// Whatever text from a file or a database found its way into it is shown
// as data (i18n.PrintableFrame): it cannot move the cursor, clear the
// screen or retitle the window.
func (m Model) View() tea.View {
	v := m.cover.View(m.line.Text)
	if !m.cover.Covers() {
		v = chrome.Frame{Styles: m.styles, Lang: m.lang, Keys: m.keys, Scope: m.scope(), Page: m.screens.Page(m.screen),
			On: int(m.screen), Digits: m.screen == screens.Scoring && m.screens.Scoring.TypesDigits(), Status: m.line.Text, IsErr: m.line.IsErr,
			Replaced: m.line.Replaced, FullHelp: m.fullHelp, Width: m.width, Height: m.height}.View()
	}
	v.Content = i18n.PrintableFrame(v.Content)
	return v
}
