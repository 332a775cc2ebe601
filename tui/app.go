// Package tui is thidua's terminal interface: a small root model that owns
// the header, the screen tabs, the status line, the footer with the active
// screen's keys, full help, screen switching and the current period, and
// forwards everything else to the screen on show. Screens live in
// sub-packages and declare the narrow store interface they need.
package tui

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/criteria"
	"thidua/tui/exchange"
	"thidua/tui/results"
	"thidua/tui/scope"
	"thidua/tui/scoring"
	"thidua/tui/settings"
	"thidua/tui/status"
	"thidua/tui/theme"
	"thidua/tui/units"
	"thidua/tui/welcome"
)

// Store is everything the interface reads and writes.
type Store interface {
	units.Store
	criteria.Store
	results.Store
	scoring.Store
	settings.Store
	welcome.Store
	exchange.Store
	Installation(ctx context.Context) (model.Installation, error)
	Bloc(ctx context.Context) (model.Bloc, error)
	Periods(ctx context.Context) ([]model.Period, error)
}

// screen numbers follow the keys 1–6.
type screen int

const (
	unitsScreen screen = iota
	criteriaScreen
	scoringScreen
	resultsScreen
	exchangeScreen
	settingsScreen
)

// String names the screen, for tests and logs.
func (s screen) String() string {
	return [...]string{"units", "criteria", "scoring", "results", "exchange", "settings"}[s]
}

// page is what the root asks of every screen besides Update.
type page interface {
	help.KeyMap
	View() string
	SetSize(w, h int)
	TakesKey(tea.KeyPressMsg) bool
}

// Model is the root of the interface.
type Model struct {
	store  Store
	lang   i18n.Lang
	isDark bool
	styles theme.Styles
	keys   KeyMap
	help   help.Model
	screen screen

	// preloaded says Preload ran; afterPreload are the loads it left for
	// Init.
	preloaded    bool
	afterPreload tea.Cmd

	units    units.Model
	criteria criteria.Model
	scoring  scoring.Model
	results  results.Model
	settings settings.Model
	exchange exchange.Model
	welcome  welcome.Model
	// welcoming: the database has no bloc yet; the welcome has the window.
	welcoming bool
	// province: a province's database, which the interface does not
	// serve yet (the command line does).
	province bool

	ctx      contextMsg
	period   int // index into ctx.periods
	width    int
	height   int
	status   string
	isError  bool
	fullHelp bool
	quitting bool // ctrl+c pressed once while a value was not saved

	// damaged: the database file was found damaged; the notice is on show
	// until esc. restore: the person chose to restore a backup, which
	// happens after the interface has closed the file.
	damaged      error
	damageHidden bool
	restore      bool
	// replaced: the database file was replaced or removed under the
	// interface, which no longer saves (replaced.go).
	replaced error
}

// DamagedMsg tells the interface that the database file is damaged (found
// by the check run after the first frame, or by any query).
type DamagedMsg struct{ Err error }

// WantsRestore reports whether the person asked, on the damage notice, to
// close thidua and restore a backup.
func (m Model) WantsRestore() bool { return m.restore }

// Damage returns the damage found in the database file, or nil.
func (m Model) Damage() error { return m.damaged }

// New returns the interface over store, speaking language lang.
func New(store Store, lang i18n.Lang) Model { return newModel(store, lang, true) }

func newModel(store Store, lang i18n.Lang, isDark bool) Model {
	m := Model{store: store, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang)}
	m.restyle()
	m.units = units.New(store, m.styles, lang, isDark)
	m.criteria = criteria.New(store, m.styles, lang, isDark)
	m.scoring = scoring.New(store, m.styles, lang, isDark)
	m.results = results.New(store, m.styles, lang, isDark)
	m.settings = settings.New(store, m.styles, lang, isDark)
	m.exchange = exchange.New(store, m.styles, lang, isDark)
	m.welcome = welcome.New(store, m.styles, lang, isDark)
	return m
}

func (m *Model) restyle() {
	m.styles = theme.New(m.isDark)
	m.help = help.New()
	m.help.Styles = m.styles.Help
}

// screens lists the screens there are, in key order.
func (m Model) screens() []screen {
	return []screen{unitsScreen, criteriaScreen, scoringScreen, resultsScreen, exchangeScreen, settingsScreen}
}

// page returns the screen s.
func (m *Model) page(s screen) page {
	switch s {
	case criteriaScreen:
		return &m.criteria
	case scoringScreen:
		return &m.scoring
	case resultsScreen:
		return &m.results
	case exchangeScreen:
		return &m.exchange
	case settingsScreen:
		return &m.settings
	}
	return &m.units
}

// update gives msg to screen s.
func (m *Model) update(s screen, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch s {
	case unitsScreen:
		m.units, cmd = m.units.Update(msg)
	case criteriaScreen:
		m.criteria, cmd = m.criteria.Update(msg)
	case scoringScreen:
		m.scoring, cmd = m.scoring.Update(msg)
	case resultsScreen:
		m.results, cmd = m.results.Update(msg)
	case exchangeScreen:
		m.exchange, cmd = m.exchange.Update(msg)
	case settingsScreen:
		m.settings, cmd = m.settings.Update(msg)
	}
	return cmd
}

// Init asks the terminal for its background and loads the data.
func (m Model) Init() tea.Cmd {
	if m.preloaded {
		return tea.Batch(tea.RequestBackgroundColor, m.afterPreload)
	}
	return tea.Batch(tea.RequestBackgroundColor, loadContextCmd(m.store), m.units.Init())
}

// Preload reads who this installation is, its periods and its units at
// once, at the window's size (as the terminal reports it before the
// program starts), so that the very first frame shows them. Bubble Tea
// runs Init's loads only after its own start-up messages, which on an
// office PC is a visible blink; Init then starts the other screens' loads.
func (m Model) Preload(width, height int) Model {
	if width > 0 && height > 0 {
		next, _ := m.Update(tea.WindowSizeMsg{Width: width, Height: height})
		m = next.(Model)
	}
	var cmds []tea.Cmd
	for _, load := range []tea.Cmd{loadContextCmd(m.store), m.units.Init()} {
		next, cmd := m.Update(load())
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	m.preloaded, m.afterPreload = true, tea.Batch(cmds...)
	return m
}

// Screen returns the screen on show.
func (m Model) Screen() string { return m.screen.String() }

// Status returns the status line's text.
func (m Model) Status() (string, bool) { return m.status, m.isError }

// Units returns the units screen (for tests).
func (m Model) Units() units.Model { return m.units }

// Scoring returns the scoring screen (for tests).
func (m Model) Scoring() scoring.Model { return m.scoring }

// Results returns the results screen (for tests).
func (m Model) Results() results.Model { return m.results }

// Exchange returns the exchange screen (for tests).
func (m Model) Exchange() exchange.Model { return m.exchange }

// Update handles global keys, sizes and status messages, and forwards the
// rest to the screen on show.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		if msg.IsDark() != m.isDark {
			m.isDark = !m.isDark
			return m.relang(m.lang)
		}
		return m, nil
	case contextMsg:
		keep := m.scope().Period.ID
		m.ctx, m.period = msg, len(msg.periods)-1
		for i, p := range msg.periods {
			if p.ID == keep {
				m.period = i
			}
		}
		return m, m.setScope()
	case noBlocMsg:
		m.welcoming = true
		return m, nil
	case provinceMsg:
		m.province = true
		return m, nil
	case welcome.DoneMsg:
		m.welcoming = false
		return m, tea.Batch(loadContextCmd(m.store), m.units.Init())
	case DamagedMsg:
		m.damaged = msg.Err
		return m, nil
	case ReplacedMsg:
		m.replaced = msg.Err
		return m, nil
	case status.ErrorMsg:
		if model.ErrorCode(msg.Err) == model.EDBReplaced {
			m.replaced = msg.Err
		}
		if model.ErrorCode(msg.Err) == model.ENoBloc {
			return m, nil // the screens loading before the welcome shows
		}
		if model.ErrorCode(msg.Err) == model.EDBCorrupt && m.damaged == nil {
			m.damaged = msg.Err
		}
		m.status, m.isError = model.Message(m.lang, msg.Err), true
		return m, nil
	case status.InfoMsg:
		m.status, m.isError = msg.Text, false
		return m, nil
	case units.ScoreMsg:
		m.screen = scoringScreen
		return m, m.scoring.SetUnit(msg.UnitID)
	case scoring.SavedMsg, units.ChangedMsg:
		return m, tea.Batch(m.results.Reload(), m.units.Reload())
	case scoring.ReturnedMsg:
		return m, tea.Batch(m.exchange.Reload(), m.results.Reload())
	case criteria.ChangedMsg, settings.ChangedMsg:
		return m, tea.Batch(loadContextCmd(m.store), m.scoring.Reload(), m.results.Reload())
	case exchange.ChangedMsg:
		// Merged files or a decision: scores, units and rules may all have
		// changed.
		return m, tea.Batch(loadContextCmd(m.store), m.scoring.Reload(), m.results.Reload(), m.units.Reload())
	case settings.LangMsg:
		return m.relang(msg.Lang)
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		return m, m.update(m.screen, msg)
	}
	// A reply of background work goes to every screen; each keeps the
	// replies it asked for and ignores the rest.
	var cmds []tea.Cmd
	if m.welcoming {
		var cmd tea.Cmd
		m.welcome, cmd = m.welcome.Update(msg)
		cmds = append(cmds, cmd)
	}
	for _, s := range m.screens() {
		cmds = append(cmds, m.update(s, msg))
	}
	// Keys typed during a save that were not the scoring screen's are
	// handled now, before any key typed later.
	keys := m.scoring.Handback()
	var next tea.Model = m
	for _, k := range keys {
		var cmd tea.Cmd
		next, cmd = next.(Model).Update(k)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.status = ""
	if key.Matches(msg, m.keys.ForceQuit) {
		if m.scoring.Unsaved() && !m.quitting {
			m.quitting = true
			m.status, m.isError = i18n.T(m.lang, "app.unsaved"), true
			return m, nil
		}
		return m, tea.Quit
	}
	m.quitting = false
	if m.province {
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.damaged != nil && !m.damageHidden {
		switch msg.String() {
		case "r":
			m.restore = true
			return m, tea.Quit
		case "esc":
			m.damageHidden = true
			m.status, m.isError = i18n.T(m.lang, "app.damaged", model.Message(m.lang, m.damaged)), true
		}
		return m, nil
	}
	if m.welcoming {
		if m.welcome.Step() == "choose" && key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		var cmd tea.Cmd
		m.welcome, cmd = m.welcome.Update(msg)
		return m, cmd
	}
	if m.page(m.screen).TakesKey(msg) {
		return m, m.update(m.screen, msg)
	}
	for _, t := range m.keys.screens() {
		if key.Matches(msg, t.binding) {
			return m.show(t.screen)
		}
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.fullHelp = !m.fullHelp
		m.resize()
		return m, nil
	case key.Matches(msg, m.keys.NextScreen):
		return m.cycle(1)
	case key.Matches(msg, m.keys.PrevScreen):
		return m.cycle(-1)
	case key.Matches(msg, m.keys.Period):
		if len(m.ctx.periods) > 0 {
			m.period = (m.period + 1) % len(m.ctx.periods)
			return m, m.setScope()
		}
		return m, nil
	}
	return m, m.update(m.screen, msg)
}

// show switches to screen s; the ranking is recomputed when shown.
func (m Model) show(s screen) (tea.Model, tea.Cmd) {
	m.screen = s
	if s == resultsScreen {
		return m, m.results.Reload()
	}
	return m, nil
}

// cycle shows the next (or previous) screen.
func (m Model) cycle(d int) (tea.Model, tea.Cmd) {
	list := m.screens()
	for i, s := range list {
		if s == m.screen {
			return m.show(list[(i+d+len(list))%len(list)])
		}
	}
	return m, nil
}

// scope is what the screens are told about who works on which period.
func (m Model) scope() scope.Scope {
	s := scope.Scope{Inst: m.ctx.inst, Bloc: m.ctx.bloc, Own: m.ctx.own}
	if m.period >= 0 && m.period < len(m.ctx.periods) {
		s.Period = m.ctx.periods[m.period]
	}
	return s
}

// setScope tells every screen about the installation and period.
func (m *Model) setScope() tea.Cmd {
	s := m.scope()
	if s.Period.ID == "" {
		return nil
	}
	m.units.SetScope(s)
	return tea.Batch(m.criteria.SetScope(s), m.scoring.SetScope(s), m.results.SetScope(s), m.settings.SetScope(s),
		m.exchange.SetScope(s))
}

// relang speaks another language (or draws for another background)
// without rebuilding anything: the welcome's answers, an open dialog, the
// damage notice, the status line and every screen's place stay.
func (m Model) relang(lang i18n.Lang) (tea.Model, tea.Cmd) {
	m.lang, m.keys = lang, DefaultKeyMap(lang)
	m.restyle()
	m.units.SetLang(m.styles, lang, m.isDark)
	m.criteria.SetLang(m.styles, lang, m.isDark)
	m.scoring.SetLang(m.styles, lang, m.isDark)
	m.results.SetLang(m.styles, lang, m.isDark)
	m.settings.SetLang(m.styles, lang, m.isDark)
	m.exchange.SetLang(m.styles, lang, m.isDark)
	m.welcome.SetLang(m.styles, lang, m.isDark)
	m.resize()
	return m, m.setScope()
}

// resize gives every screen the space between the header and the footer.
func (m *Model) resize() {
	h := max(1, m.height-4) // header and tabs, status line, footer
	m.help.SetWidth(m.width)
	m.welcome.SetSize(m.width, h)
	for _, s := range m.screens() {
		m.page(s).SetSize(m.width, h)
	}
}
