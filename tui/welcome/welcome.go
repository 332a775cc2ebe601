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
	"strings"
	"time"

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
	busy       bool     // a write or a read under way: keys wait
	job        work.Job // a criteria file being read: esc stops it
	err        string
	setup      *model.FileInfo // the setup file being joined

	width, height int
}

// New returns the welcome screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, forms: map[step]form.Model{}}
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
	case pick.ListedMsg:
		var cmd tea.Cmd
		m.form, cmd = m.form.Update(msg)
		return m, cmd
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
		if m.job.Running() && msg.Code == tea.KeyEscape {
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

func (m Model) chooseKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch msg.Code {
	case tea.KeyUp:
		m.choice = max(0, m.choice-1)
	case tea.KeyDown:
		m.choice = min(len(m.choices())-1, m.choice+1)
	case tea.KeyEnter:
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
		case msg.String() == "ctrl+o":
			// A list of units from a file, wherever the focus is.
			return m, m.form.PickThenSubmit("file")
		case msg.Code == tea.KeyEnter && m.form.Empty():
			// Nothing typed: the list is done (one enter, not five).
			return m.submitUnit()
		}
	}
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

// submit checks the step's form and moves on.
func (m Model) submit() (Model, tea.Cmd) {
	f := &m.form
	switch m.step {
	case blocStep:
		m.bloc.Name, m.bloc.Code = f.Value("name"), model.NormalizeCode(f.Value("code"))
		if m.bloc.Name == "" {
			f.SetError("name", m.t("welcome.need_name"))
			return m, nil
		}
		if m.bloc.Code == "" {
			m.bloc.Code = suggestCode(m.bloc.Name)
		}
		return m.goTo(ownStep), nil
	case ownStep:
		u := typedUnit(f)
		if err := u.Validate(); err != nil {
			f.SetError(unitField(err), model.Message(m.lang, err))
			return m, nil
		}
		m.bloc.LeaderCode = u.Code
		m.setOwn(u)
		return m.goTo(unitsStep), nil
	case unitsStep:
		return m.submitUnit()
	case criteriaStep:
		return m.submitCriteria()
	case periodStep:
		return m.submitPeriod()
	case joinStep:
		m.busy, m.err = true, ""
		store, path := m.store, f.Value("path")
		return m, func() tea.Msg {
			file, err := store.ReadFile(context.Background(), path)
			return readMsg{file: &file, err: err}
		}
	case keyStep:
		if f.Choice("ok") != 1 {
			return m.goTo(joinStep), nil
		}
		m.busy, m.err = true, ""
		store, path, fp := m.store, m.setup.Path, m.setup.Fingerprint
		return m, func() tea.Msg {
			o, err := store.JoinFile(context.Background(), path, fp)
			if err == nil && o.Reason != nil && (o.Status == model.StatusRejected || o.Status == model.StatusHeld) {
				err = o.Reason
			}
			return doneMsg{err: err}
		}
	case confirmStep:
		m.busy, m.err = true, ""
		n := model.NewBloc{Bloc: m.bloc, CriteriaLabel: m.t("welcome.criteria_label", m.period.Code),
			Criteria: m.criteria, Period: m.period, Rules: model.DefaultRules()}
		n.Bloc.Units, n.Bloc.Role = m.units, model.RoleLeader
		store := m.store
		return m, func() tea.Msg {
			_, err := store.SetupBloc(context.Background(), n)
			return doneMsg{err: err}
		}
	}
	return m, nil
}

// setOwn puts the leader's own unit first in the member list.
func (m *Model) setOwn(u model.Unit) {
	for i, x := range m.units {
		if x.Code == u.Code {
			m.units[i] = u
			return
		}
	}
	m.units = append([]model.Unit{u}, m.units...)
}

// unitsMsg carries the units read from a file.
type unitsMsg struct {
	units []model.Unit
	err   error
}

// unitsRead adds the units of a file to the list, or says why the file
// could not be read.
func (m Model) unitsRead(msg unitsMsg) Model {
	m.busy = false
	if msg.err != nil {
		m.form.SetError("file", model.Message(m.lang, msg.err))
		return m
	}
	for _, u := range msg.units {
		m.addUnit(u)
	}
	m.form = m.newForm(unitsStep)
	m.form.SetSize(m.formSize())
	return m
}

// submitUnit adds the unit typed, reads a file of units, or (with nothing
// typed) moves on.
func (m Model) submitUnit() (Model, tea.Cmd) {
	f := &m.form
	if path := f.Value("file"); path != "" {
		m.busy = true
		store := m.store
		return m, func() tea.Msg {
			units, err := store.ReadUnitsFile(context.Background(), path)
			return unitsMsg{units: units, err: err}
		}
	}
	u := typedUnit(f)
	if u.Code == "" && u.Name == "" {
		if len(m.units) < 2 {
			f.SetError("code", m.t("welcome.need_units"))
			return m, nil
		}
		return m.goTo(criteriaStep), nil
	}
	if err := u.Validate(); err != nil {
		f.SetError(unitField(err), model.Message(m.lang, err))
		return m, nil
	}
	for _, x := range m.units {
		if x.Code == u.Code {
			f.SetError("code", m.t("unit.duplicate", u.Code))
			return m, nil
		}
	}
	m.addUnit(u)
	m.form = m.newForm(unitsStep)
	m.form.SetSize(m.formSize())
	return m, nil
}

func (m *Model) addUnit(u model.Unit) {
	for i, x := range m.units {
		if x.Code == u.Code {
			m.units[i] = u
			return
		}
	}
	m.units = append(m.units, u)
}

func (m Model) submitPeriod() (Model, tea.Cmd) {
	f := &m.form
	p := model.Period{Code: model.NormalizeCode(f.Value("code")), Label: f.Value("label"),
		Kind: []model.PeriodKind{model.Year, model.HalfYear, model.OtherPeriod}[f.Choice("kind")]}
	if p.Code == "" {
		f.SetError("code", m.t("period.no_code"))
		return m, nil
	}
	if p.Label == "" {
		p.Label = p.Code
	}
	dates := []struct {
		field string
		dst   *time.Time
	}{{"starts", &p.Starts}, {"ends", &p.Ends}, {"registration", &p.RegistrationCloses}, {"self", &p.SelfScoreCloses}}
	for _, d := range dates {
		v := f.Value(d.field)
		if v == "" {
			continue
		}
		t, err := time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
		if err != nil {
			f.SetError(d.field, m.t("settings.bad_date", v))
			return m, nil
		}
		*d.dst = t
	}
	if err := p.Validate(); err != nil {
		f.SetError("ends", model.Message(m.lang, err))
		return m, nil
	}
	m.period = p
	return m.goTo(confirmStep), nil
}
