// Package form is a small keyboard dialog: labelled text fields and choice
// fields, enter to go on (and to submit from the last field), tab and the
// arrows to move, esc to cancel. A field with an error keeps the focus. The
// screen that opens a form checks Submitted() after each update, validates,
// and either acts or calls SetError and keeps the form open.
//
// Fields are IME-safe (see package input); their text is normalised to NFC
// when read with Value, never while typed. A path field offers the file
// picker (package pick) on ctrl+o, and reads what was typed or pasted with
// or without quotes.
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
	"thidua/tui/pick"
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
	path    *pick.Options // a path field: the picker it offers
	// initial and initChoice are what the field held when the form was
	// built (or last set by the screen): Typed compares against them.
	initial    string
	initChoice int
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
	// submitFrom: enter on this field or a later one submits the form (the
	// fields after it are optional).
	submitFrom int
	// picker is open over the form for the field pickFor; direct: the form
	// is only the picker (a pick submits it, esc cancels it).
	picker  *pick.Model
	pickFor int
	direct  bool
	// submitOnPick: choosing submits the form, esc only closes the picker.
	submitOnPick bool
}

type keyMap struct {
	next, prev, submit, cancel, left, right, pick key.Binding
	enter                                         key.Binding // on to the next field, or submit from the last
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
		pick:   key.NewBinding(key.WithKeys("ctrl+o")),
		enter:  key.NewBinding(key.WithKeys("enter")),
	}, submitFrom: -1}
}

// SetStyles restyles the form (the terminal's background changed).
func (m *Model) SetStyles(styles theme.Styles) { m.styles = styles }

// SubmitFrom makes enter on field key, or on any field after it, submit
// the form: the fields after it are optional.
func (m *Model) SubmitFrom(key string) {
	for i, f := range m.fields {
		if f.key == key {
			m.submitFrom = i
		}
	}
}

// AddPath adds a field for a file or folder path holding value: ctrl+o
// opens the picker (opt says what it takes); Value reads the field as a
// path, without the quotes a pasted path may bring.
func (m *Model) AddPath(key, label, value, hint string, opt pick.Options) {
	m.AddText(key, label, value, hint)
	m.fields[len(m.fields)-1].path = &opt
}

// OpenPicker opens the picker of path field key over the form and returns
// the command that reads its first folder. direct makes the form only the
// picker: choosing submits it, esc cancels it.
func (m *Model) OpenPicker(key string, direct bool) tea.Cmd {
	for i, f := range m.fields {
		if f.key != key || f.path == nil {
			continue
		}
		opt := *f.path
		if opt.Title == "" {
			opt.Title = m.title
		}
		if opt.Intro == "" && direct {
			opt.Intro = m.intro
		}
		p := pick.New(opt, m.styles, m.lang, m.isDark)
		p.SetSize(m.width, m.height)
		m.picker, m.pickFor, m.direct, m.submitOnPick = &p, i, direct, direct
		return p.Init()
	}
	return nil
}

// PickThenSubmit opens the picker of path field key: choosing submits the
// form; esc closes the picker and leaves the form as it was.
func (m *Model) PickThenSubmit(key string) tea.Cmd {
	cmd := m.OpenPicker(key, false)
	m.submitOnPick = m.picker != nil
	return cmd
}

// Picking reports whether the picker is open.
func (m Model) Picking() bool { return m.picker != nil }

// SetIntro sets a line of text shown under the title.
func (m *Model) SetIntro(s string) { m.intro = s }

// AddText adds a text field holding value.
func (m *Model) AddText(key, label, value, hint string) {
	in := input.New("", "", m.isDark)
	in.SetValue(value)
	in.CursorEnd()
	if m.width > 0 {
		// Set now: a long value (a path) must scroll in its field, not
		// wrap the box.
		in.SetWidth(max(8, m.width-max(m.labelWidth(), lipgloss.Width(label))-8))
	}
	if len(m.fields) == 0 {
		in.Focus()
	}
	m.fields = append(m.fields, field{key: key, label: label, input: in, hint: hint, initial: value})
}

// AddChoice adds a field that cycles through choices with ←/→ or space.
func (m *Model) AddChoice(key, label string, choices []string, selected int) {
	m.fields = append(m.fields, field{key: key, label: label, choices: choices, choice: selected, initChoice: selected})
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
	if m.picker != nil {
		m.picker.SetSize(w, h)
	}
}

// State returns whether the form is open, submitted or cancelled.
func (m Model) State() State { return m.state }

// Reopen puts a submitted form back into editing (after a refusal).
func (m *Model) Reopen() { m.state = Editing }

// Value returns a text field's value, trimmed and in NFC; a path field's
// value without the quotes a pasted path brings (several paths joined by
// "; ").
func (m Model) Value(key string) string {
	for _, f := range m.fields {
		if f.key == key {
			v := model.NFC(f.input.Value())
			if f.path != nil {
				v = strings.Join(pick.Paths(v), "; ")
			}
			return v
		}
	}
	return ""
}

// SetValue replaces a text field's value.
func (m *Model) SetValue(key, value string) {
	for i := range m.fields {
		if m.fields[i].key == key {
			m.fields[i].input.SetValue(value)
			m.fields[i].input.CursorEnd()
			m.fields[i].initial = value // set by the screen, not typed
		}
	}
}

// Empty reports whether every text field is empty.
func (m Model) Empty() bool {
	for _, f := range m.fields {
		if f.choices == nil && strings.TrimSpace(f.input.Value()) != "" {
			return false
		}
	}
	return true
}

// Typed reports whether the person changed anything in the form: a text
// field holds other text than it was given, or a choice was moved. Such a
// form is not left without a word (ctrl+c asks first).
func (m Model) Typed() bool {
	for _, f := range m.fields {
		if f.choices == nil && f.input.Value() != f.initial || f.choices != nil && f.choice != f.initChoice {
			return true
		}
	}
	return false
}

// Focus returns the key of the focused field.
func (m Model) Focus() string {
	if m.focus < len(m.fields) {
		return m.fields[m.focus].key
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

// Update handles a key. Keys not used by the form go to the focused field;
// while the picker is open, everything goes to it (the screen passes the
// picker's pick.Msg here too).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m.picker != nil {
		return m.pickerUpdate(msg)
	}
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
	case key.Matches(k, m.keys.pick) && len(m.fields) > 0 && m.fields[m.focus].path != nil:
		return m, m.OpenPicker(m.fields[m.focus].key, false)
	case key.Matches(k, m.keys.enter):
		if m.focus >= len(m.fields)-1 || (m.submitFrom >= 0 && m.focus >= m.submitFrom) {
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

// pickerUpdate gives msg to the open picker and takes what it chose.
func (m Model) pickerUpdate(msg tea.Msg) (Model, tea.Cmd) {
	p, cmd := m.picker.Update(msg)
	m.picker = &p
	switch {
	case p.Cancelled():
		m.picker = nil
		if m.direct {
			m.state = Cancelled
		}
	case p.Done():
		m.picker = nil
		f := &m.fields[m.pickFor]
		f.input.SetValue(strings.Join(p.Chosen(), "; "))
		f.input.CursorEnd()
		f.err = ""
		if m.submitOnPick {
			m.state = Submitted
		}
	}
	return m, cmd
}
