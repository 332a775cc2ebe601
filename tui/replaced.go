package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
)

// ReplacedMsg tells the interface that its database file was replaced,
// renamed or deleted by another program (a restore in another window, a
// copy over it in the file manager): the store refuses every write from
// then on, and the interface says so on every frame, while what was typed
// stays on the screen to be noted down.
type ReplacedMsg struct{ Err error }

// Replaced returns the error of a database file replaced under the
// interface, or nil.
func (m Model) Replaced() error { return m.replaced }

// View renders the window. Whatever text from a file or a database found
// its way into the frame is shown as data (i18n.PrintableFrame): it cannot
// move the cursor, clear the screen or retitle the window.
func (m Model) View() tea.View {
	v := m.frame()
	v.Content = i18n.PrintableFrame(v.Content)
	return v
}

// noticeWidth is the width the replaced notice is wrapped to.
func (m Model) noticeWidth() int { return max(20, m.width) }

// replacedNotice is the status line while the file is replaced: the
// message, wrapped over as many lines as noticeLines gives it.
func (m Model) replacedNotice() string {
	text := model.Message(m.lang, m.replaced)
	return m.styles.Error.Width(m.noticeWidth()).MaxHeight(1 + m.noticeLines()).Render(text)
}

// noticeLines is how many lines the status line takes beyond its one: the
// replaced notice takes up to four.
func (m Model) noticeLines() int {
	if m.replaced == nil {
		return 0
	}
	text := model.Message(m.lang, m.replaced)
	n := lipgloss.Height(lipgloss.NewStyle().Width(m.noticeWidth()).Render(text))
	return min(max(n, 1), 4) - 1
}
