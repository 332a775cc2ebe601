// Package preview shows what was understood of a criteria table before it
// is imported: the lines of model/table's Preview, the same the command
// line prints, in a window that scrolls. Enter accepts (only when the
// table has no problem), esc goes back. The welcome wizard and the
// criteria screen both use it.
package preview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model/i18n"
	"thidua/model/table"
	"thidua/tui/keys"
	"thidua/tui/theme"
)

// Decision is what the person chose.
type Decision int

const (
	// Open: still reading.
	Open Decision = iota
	// Accepted: import the table.
	Accepted
	// Back: go back to choose another file.
	Back
)

// KeyMap are the preview's keys.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Accept, Back key.Binding
}

// DefaultKeyMap returns the keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up: keys.Up(l), Down: keys.Down(l),
		PageUp:   keys.Bind(l, "key.page_up", "pgup"),
		PageDown: keys.Bind(l, "key.page_down", "pgdown", " "),
		Accept:   keys.Bind(l, "preview.accept", "enter"),
		Back:     keys.Bind(l, "preview.back", "esc"),
	}
}

// Model is the preview of one table.
type Model struct {
	styles   theme.Styles
	lang     i18n.Lang
	keys     KeyMap
	result   *table.Result
	lines    []string // as model/table wrote them
	shown    []shown  // lines wrapped to the window's width
	offset   int
	decision Decision
	width    int
	height   int
}

// New shows the preview of r.
func New(r *table.Result, styles theme.Styles, lang i18n.Lang) Model {
	m := Model{styles: styles, lang: lang, keys: DefaultKeyMap(lang), result: r, lines: r.Preview(lang)}
	m.shown = wrap(m.lines, 1<<20)
	return m
}

// SetSize sets the window's size in cells and wraps the lines to it: a
// problem's row and reason must be read whole, never cut at the edge.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.shown = wrap(m.lines, max(20, w))
	m.offset = min(m.offset, max(0, len(m.shown)-m.rows()))
}

// shown is one line on screen: a preview line or a piece of a wrapped one,
// with the style of the line it comes from.
type shown struct {
	text  string
	style int // 0 plain, 1 problem ("  ! "), 2 note ("  · ")
}

// wrap breaks each line at spaces to width cells; a continuation is
// indented under the text after the line's marker and keeps its style.
func wrap(lines []string, width int) []shown {
	var out []shown
	for _, l := range lines {
		style := 0
		switch {
		case strings.HasPrefix(l, "  ! "):
			style = 1
		case strings.HasPrefix(l, "  · "):
			style = 2
		}
		if ansi.StringWidth(l) <= width {
			out = append(out, shown{l, style})
			continue
		}
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if style != 0 {
			indent = len("  ! ") // the marker's bytes: both are 4 cells, "·" is 2 bytes
			if style == 2 {
				indent = len("  · ")
			}
		}
		pad := strings.Repeat(" ", ansi.StringWidth(l[:indent]))
		for i, p := range strings.Split(ansi.Wrap(l[indent:], width-len(pad), " "), "\n") {
			if i == 0 {
				p = l[:indent] + p
			} else {
				p = pad + p
			}
			out = append(out, shown{p, style})
		}
	}
	return out
}

// Decision reports what the person chose.
func (m Model) Decision() Decision { return m.decision }

// Result is the table on show.
func (m Model) Result() *table.Result { return m.result }

// Lines are the preview's lines (for tests).
func (m Model) Lines() []string { return m.lines }

func (m Model) rows() int { return max(3, m.height-3) }

// Update handles keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	last := max(0, len(m.shown)-m.rows())
	switch {
	case key.Matches(k, m.keys.Up):
		m.offset = max(0, m.offset-1)
	case key.Matches(k, m.keys.Down):
		m.offset = min(last, m.offset+1)
	case key.Matches(k, m.keys.PageUp):
		m.offset = max(0, m.offset-m.rows())
	case key.Matches(k, m.keys.PageDown):
		m.offset = min(last, m.offset+m.rows())
	case key.Matches(k, m.keys.Accept):
		if m.result.OK() {
			m.decision = Accepted
		}
	case key.Matches(k, m.keys.Back):
		m.decision = Back
	}
	return m, nil
}

// View renders the lines on show, problems in the error style, with a
// last line saying how to go on.
func (m Model) View() string {
	width := max(20, m.width)
	clip := lipgloss.NewStyle().MaxWidth(width)
	var out []string
	end := min(len(m.shown), m.offset+m.rows())
	for _, l := range m.shown[m.offset:end] {
		text := l.text
		switch l.style {
		case 1:
			text = m.styles.Error.Render(text)
		case 2:
			text = m.styles.Dim.Render(text)
		}
		out = append(out, clip.Render(text))
	}
	more := ""
	if end < len(m.shown) {
		more = i18n.T(m.lang, "preview.more", len(m.shown)-end) + " · "
	}
	hint := i18n.T(m.lang, "preview.hint_ok")
	if !m.result.OK() {
		hint = i18n.T(m.lang, "preview.hint_problems")
	}
	out = append(out, "", clip.Render(m.styles.Dim.Render(more+hint)))
	return strings.Join(out, "\n")
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	accept := m.keys.Accept
	accept.SetEnabled(m.result.OK())
	return []key.Binding{m.keys.Down, accept, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
