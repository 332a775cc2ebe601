// Package form is a small keyboard dialog: labelled text fields and choice
// fields, enter to go on (and to submit from the last field), tab and the
// arrows to move, esc to cancel. A field with an error keeps the focus. The
// screen that opens a form checks Submitted() after each update, validates,
// and either acts or calls SetError and keeps the form open.
//
// Fields are IME-safe (see package input); their text is normalised to NFC
// when read with Value, never while typed.
package form

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/input"
	"thidua/tui/theme"
)

// State is where a form stands.
type State int

const (
	// Editing: the form is open.
	Editing State = iota
	// Submitted: the person confirmed it.
	Submitted
	// Cancelled: the person left it with esc.
	Cancelled
)

type field struct {
	key     string
	label   string
	input   textinput.Model
	choices []string // a choice field when not empty
	choice  int
	hint    string
	err     string
}

// Model is an open form.
type Model struct {
	title  string
	intro  string
	fields []field
	focus  int
	state  State
	styles theme.Styles
	lang   i18n.Lang
	isDark bool
	width  int
	height int
	keys   keyMap
}

type keyMap struct {
	next, prev, submit, cancel, left, right key.Binding
}

// New returns an empty form; add fields before showing it. A form without
// fields is a confirmation: enter says yes, esc no.
func New(title string, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{title: title, styles: styles, lang: lang, isDark: isDark, keys: keyMap{
		next:   key.NewBinding(key.WithKeys("tab", "down")),
		prev:   key.NewBinding(key.WithKeys("shift+tab", "up")),
		submit: key.NewBinding(key.WithKeys("ctrl+s")),
		cancel: key.NewBinding(key.WithKeys("esc")),
		left:   key.NewBinding(key.WithKeys("left")),
		right:  key.NewBinding(key.WithKeys("right", "space")),
	}}
}

// SetIntro sets a line of text shown under the title.
func (m *Model) SetIntro(s string) { m.intro = s }

// AddText adds a text field holding value.
func (m *Model) AddText(key, label, value, hint string) {
	in := input.New("", "", m.isDark)
	in.SetValue(value)
	in.CursorEnd()
	if len(m.fields) == 0 {
		in.Focus()
	}
	m.fields = append(m.fields, field{key: key, label: label, input: in, hint: hint})
}

// AddChoice adds a field that cycles through choices with ←/→ or space.
func (m *Model) AddChoice(key, label string, choices []string, selected int) {
	m.fields = append(m.fields, field{key: key, label: label, choices: choices, choice: selected})
}

// SetSize sets the space the form may use.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	for i := range m.fields {
		in := &m.fields[i].input
		in.SetWidth(max(8, w-m.labelWidth()-12))
		pos := in.Position()
		showStart(in) // a long value shows its start, and scrolls when focused
		if i == m.focus {
			in.SetCursor(pos)
		}
	}
}

// State returns whether the form is open, submitted or cancelled.
func (m Model) State() State { return m.state }

// Reopen puts a submitted form back into editing (after a refusal).
func (m *Model) Reopen() { m.state = Editing }

// Value returns a text field's value, trimmed and in NFC.
func (m Model) Value(key string) string {
	for _, f := range m.fields {
		if f.key == key {
			return model.NFC(f.input.Value())
		}
	}
	return ""
}

// Choice returns the index selected in a choice field.
func (m Model) Choice(key string) int {
	for _, f := range m.fields {
		if f.key == key {
			return f.choice
		}
	}
	return 0
}

// SetError shows msg under a field, moves the focus to it and reopens the
// form. key "" shows the message under the title.
func (m *Model) SetError(key, msg string) {
	m.state = Editing
	if key == "" {
		m.intro = msg
		return
	}
	for i := range m.fields {
		if m.fields[i].key == key {
			m.fields[i].err = msg
			m.setFocus(i)
		}
	}
}

// ClearErrors removes every field error.
func (m *Model) ClearErrors() {
	for i := range m.fields {
		m.fields[i].err = ""
	}
}

func (m *Model) setFocus(i int) {
	if len(m.fields) == 0 {
		return
	}
	m.fields[m.focus].input.Blur()
	if m.fields[m.focus].choices == nil {
		showStart(&m.fields[m.focus].input) // the field left shows its start
	}
	m.focus = (i + len(m.fields)) % len(m.fields)
	if m.fields[m.focus].choices == nil {
		m.fields[m.focus].input.Focus()
		m.fields[m.focus].input.CursorEnd()
	}
}

// showStart puts the cursor at the start of a field and its view with it
// (the text input scrolls only when the cursor leaves what it shows).
func showStart(in *textinput.Model) {
	in.CursorEnd()
	in.CursorStart()
}

// Update handles a key. Keys not used by the form go to the focused field.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if p, isPaste := msg.(tea.PasteMsg); isPaste && len(m.fields) > 0 && m.fields[m.focus].choices == nil {
			var cmd tea.Cmd
			m.fields[m.focus].input, cmd = m.fields[m.focus].input.Update(p)
			return m, cmd
		}
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.cancel):
		m.state = Cancelled
		return m, nil
	case key.Matches(k, m.keys.submit):
		m.ClearErrors()
		m.state = Submitted
		return m, nil
	case k.Code == tea.KeyEnter:
		if m.focus >= len(m.fields)-1 {
			m.ClearErrors()
			m.state = Submitted
			return m, nil
		}
		m.setFocus(m.focus + 1)
		return m, nil
	case key.Matches(k, m.keys.next):
		m.setFocus(m.focus + 1)
		return m, nil
	case key.Matches(k, m.keys.prev):
		m.setFocus(m.focus - 1)
		return m, nil
	}
	if len(m.fields) == 0 {
		return m, nil
	}
	f := &m.fields[m.focus]
	if f.choices != nil {
		switch {
		case key.Matches(k, m.keys.left):
			f.choice = (f.choice + len(f.choices) - 1) % len(f.choices)
		case key.Matches(k, m.keys.right):
			f.choice = (f.choice + 1) % len(f.choices)
		}
		return m, nil
	}
	f.err = ""
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(k)
	return m, cmd
}

func (m Model) labelWidth() int {
	w := 0
	for _, f := range m.fields {
		w = max(w, lipgloss.Width(f.label))
	}
	return w
}

// View renders the form as a framed box.
func (m Model) View() string {
	lw := m.labelWidth()
	var lines []string
	lines = append(lines, m.styles.Title.Render(m.title))
	if m.intro != "" {
		lines = append(lines, m.styles.Dim.Width(max(20, m.width-6)).Render(m.intro))
	}
	lines = append(lines, "")
	focusLine := 0
	for i, f := range m.fields {
		label := f.label + strings.Repeat(" ", lw-lipgloss.Width(f.label))
		mark := "  "
		if i == m.focus {
			mark = "› "
			focusLine = len(lines)
		}
		var value string
		if f.choices != nil {
			value = "‹ " + f.choices[f.choice] + " ›"
			if i == m.focus {
				value = m.styles.Table.Selected.Render(value)
			}
		} else {
			value = f.input.View()
		}
		lines = append(lines, mark+label+"  "+value)
		if f.err != "" {
			lines = append(lines, strings.Repeat(" ", lw+4)+m.styles.Error.Render(f.err))
		} else if f.hint != "" && i == m.focus {
			lines = append(lines, strings.Repeat(" ", lw+4)+m.styles.Dim.Render(f.hint))
		}
	}
	lines = append(lines, "", m.styles.Dim.Render(m.footer()))
	// Scroll so that the focused field stays visible.
	if room := m.height - 2; room > 4 && len(lines) > room {
		start := min(max(0, focusLine-room/2), len(lines)-room)
		lines = append(lines[:1], lines[start+1:start+room]...)
	}
	return m.styles.Pane.Width(max(30, m.width-2)).Render(strings.Join(lines, "\n"))
}

func (m Model) footer() string {
	if len(m.fields) == 0 {
		return i18n.T(m.lang, "form.confirm_keys")
	}
	return i18n.T(m.lang, "form.keys")
}
