// Package welcome is the first thing thidua shows on a database without a
// bloc: start a new bloc as its leader (a wizard that asks for the bloc,
// the leader's own unit, the member units typed or from a file, the
// criteria table from the demo or a file, and the first period), or open
// the demo. The whole bloc is created in one transaction at the end; until
// then nothing is written, and esc goes back a step without losing what was
// typed. Everything can be changed later from the screens.
package welcome

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/table"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/preview"
	"thidua/tui/theme"
	"thidua/tui/work"
)

// Store is what the welcome needs: the database, and the ways to read the
// files a person points at.
type Store interface {
	SetupBloc(ctx context.Context, n model.NewBloc) (model.Bloc, error)
	WriteDemo(ctx context.Context) error
	DemoCriteria() ([]model.Criterion, error)
	ReadCriteriaFile(ctx context.Context, path string, progress func(done, total int)) (*table.Result, error)
	ReadUnitsFile(ctx context.Context, path string) ([]model.Unit, error)
	ReadFile(ctx context.Context, path string) (model.FileInfo, error)
	JoinFile(ctx context.Context, path, fingerprint string) (model.MergeOutcome, error)
}

// DoneMsg reports that the database now holds a bloc.
type DoneMsg struct{}

type step int

const (
	chooseStep step = iota
	blocStep
	ownStep
	unitsStep
	criteriaStep
	periodStep
	confirmStep
	// A unit's way in: the leader's setup file, then its key checked.
	joinStep
	keyStep
)

type doneMsg struct{ err error }

// readMsg carries the setup file read for the key check.
type readMsg struct {
	file *model.FileInfo
	err  error
}

// Model is the welcome screen and the leader's wizard.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	isDark bool

	step   step
	choice int
	form   form.Model
	forms  map[step]form.Model // kept, so that going back loses nothing

	bloc     model.BlocSetup
	units    []model.Unit
	criteria []model.Criterion
	fromDemo bool
	// preview shows a criteria file as read, while previewing.
	preview    preview.Model
	previewing bool
	period     model.Period
	keys       KeyMap
	busy       bool     // a write or a read under way: keys wait
	job        work.Job // a criteria file being read: esc stops it
	err        string
	setup      *model.FileInfo // the setup file being joined

	width, height int
}

// New returns the welcome screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, forms: map[step]form.Model{}, keys: DefaultKeyMap()}
}

// SetLang switches the welcome to another language or background,
// keeping every step's answers.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.form.SetStyles(styles)
	for s, f := range m.forms {
		f.SetStyles(styles)
		m.forms[s] = f
	}
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.form.SetSize(m.formSize())
	m.preview.SetSize(w, h-4)
}

// Typed reports whether the wizard holds answers the person typed that are
// not saved yet (nothing is saved before its last step).
func (m Model) Typed() bool {
	if m.step == chooseStep {
		return false
	}
	if m.form.Typed() || len(m.units) > 0 {
		return true
	}
	for _, f := range m.forms {
		if f.Typed() {
			return true
		}
	}
	return false
}

// Step names the step on show (for tests).
func (m Model) Step() string {
	return [...]string{"choose", "bloc", "own", "units", "criteria", "period", "confirm", "join", "key"}[m.step]
}

// Units returns the member units gathered so far (for tests).
func (m Model) Units() []model.Unit { return m.units }

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// Update handles keys and replies.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if job, cmd, ok := m.job.Update(msg); ok {
		m.job = job
		return m, cmd
	}
	switch msg := msg.(type) {
	case unitsMsg:
		return m.unitsRead(msg), nil
	case criteriaMsg:
		return m.criteriaRead(msg), nil
	case pick.Msg:
		return m.formUpdate(msg)
	case readMsg:
		m.busy = false
		if msg.err != nil {
			m.form.SetError("path", model.Message(m.lang, msg.err))
			return m, nil
		}
		if msg.file.Kind != model.KindSetup {
			m.form.SetError("path", m.t("welcome.not_setup", msg.file.Name))
			return m, nil
		}
		m.setup = msg.file
		return m.goTo(keyStep), nil
	case doneMsg:
		m.busy = false
		if msg.err != nil {
			m.err = model.Message(m.lang, msg.err)
			return m, nil
		}
		return m, func() tea.Msg { return DoneMsg{} }
	case tea.KeyPressMsg:
		if m.job.Running() && key.Matches(msg, m.keys.Stop) {
			m.job.Cancel()
		}
		if m.busy || m.job.Running() {
			return m, nil
		}
		if m.step == chooseStep {
			return m.chooseKey(msg)
		}
		if m.previewing {
			return m.previewKey(msg)
		}
		return m.formKey(msg)
	case tea.PasteMsg:
		if m.step != chooseStep {
			var cmd tea.Cmd
			m.form, cmd = m.form.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

// choices are the first screen's options.
func (m Model) choices() []string {
	return []string{m.t("welcome.leader"), m.t("welcome.join"), m.t("welcome.demo")}
}

// KeyMap are the welcome's own keys (its forms have theirs).
type KeyMap struct {
	Up, Down, Choose key.Binding
	// PickFile picks a list of units from a file, wherever the focus is.
	PickFile key.Binding
	Stop     key.Binding // a criteria file being read
}

// DefaultKeyMap returns the welcome's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{Up: key.NewBinding(key.WithKeys("up")), Down: key.NewBinding(key.WithKeys("down")),
		Choose: key.NewBinding(key.WithKeys("enter")), PickFile: key.NewBinding(key.WithKeys("ctrl+o")),
		Stop: key.NewBinding(key.WithKeys("esc"))}
}

func (m Model) chooseKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.choice = max(0, m.choice-1)
	case key.Matches(msg, m.keys.Down):
		m.choice = min(len(m.choices())-1, m.choice+1)
	case key.Matches(msg, m.keys.Choose):
		m.err = ""
		if m.choice == 1 {
			// The setup file is picked: a USB stick, Downloads, Zalo.
			m = m.goTo(joinStep)
			return m, m.form.PickThenSubmit("path")
		}
		if m.choice == 2 {
			m.busy = true
			store := m.store
			return m, func() tea.Msg { return doneMsg{err: store.WriteDemo(context.Background())} }
		}
		return m.goTo(blocStep), nil
	}
	return m, nil
}

// goTo shows a step, with the form it had if it was seen before.
func (m Model) goTo(s step) Model {
	if m.step != chooseStep {
		m.forms[m.step] = m.form
	}
	m.step, m.err = s, ""
	if f, ok := m.forms[s]; ok && s != unitsStep && s != confirmStep && s != keyStep {
		m.form = f
		m.form.Reopen()
		return m
	}
	m.form = m.newForm(s)
	m.form.SetSize(m.formSize())
	return m
}

// formSize is the room a step's form has: under the greeting, and on the
// units step above a few lines of the list.
func (m Model) formSize() (int, int) {
	h := m.height - 4
	if m.step == unitsStep {
		h -= 4
	}
	return min(m.width, 100), h
}

func (m Model) formKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.step == unitsStep && !m.form.Picking() {
		switch {
		case key.Matches(msg, m.keys.PickFile):
			return m, m.form.PickThenSubmit("file")
		case key.Matches(msg, m.keys.Choose) && m.form.Empty():
			// Nothing typed: the list is done (one enter, not five).
			return m.submitUnit()
		}
	}
	return m.formUpdate(msg)
}

// formUpdate gives msg (a key, the picker's reply) to the step's form, and
// goes back a step or on as the form says.
func (m Model) formUpdate(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	switch m.form.State() {
	case form.Cancelled:
		switch m.step {
		case blocStep, joinStep:
			m.forms[m.step] = m.form
			m.step = chooseStep
			return m, nil
		case keyStep:
			return m.goTo(joinStep), nil
		}
		return m.goTo(m.step - 1), nil
	case form.Submitted:
		return m.submit()
	}
	return m, cmd
}
