// Package tui is thidua's terminal interface: a small root model that owns
// the header, the screen tabs, the status line, the footer with the active
// screen's keys, full help, screen switching and the current period. The
// six screens (package screens) get everything else, package cover what is
// shown in their place, package chrome draws what surrounds them.
package tui

import (
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/blocs"
	"thidua/tui/chrome"
	"thidua/tui/cover"
	"thidua/tui/scope"
	"thidua/tui/screens"
	"thidua/tui/settings"
	"thidua/tui/status"
	"thidua/tui/theme"
	"thidua/tui/units"
	"thidua/tui/welcome"
)

// Store is everything the interface reads and writes.
type Store interface {
	screens.Store
	cover.Store
	scope.Store
}

// Model is the root of the interface. It holds the screens and the cover
// by pointer: Bubble Tea copies the root on every message (the receiver,
// and again into the tea.Model it returns), and by value they were 370 KB
// (a theme's styles in every screen and dialog) — copied and allocated
// anew on each key, a fifth of the time to the first frame.
type Model struct {
	store         Store
	lang          i18n.Lang
	isDark        bool
	styles        theme.Styles
	keys          chrome.KeyMap
	screen        screens.ID
	screens       *screens.Set
	cover         *cover.Model
	preloaded     bool    // Preload ran; Init starts what it left
	afterPreload  tea.Cmd // (the other screens' loads)
	ctx           scope.LoadedMsg
	period        int // index into ctx.Periods
	width, height int
	line          status.Line
	fullHelp      bool
	quitting      bool // ctrl+c pressed once while a value was not saved
}

// New returns the interface over store, speaking language lang.
func New(store Store, lang i18n.Lang) Model {
	m := Model{store: store, lang: lang, isDark: true, styles: theme.New(true)}
	m.keys = chrome.DefaultKeyMap(lang, screens.Names())
	set := screens.New(store, m.styles, lang, m.isDark)
	cov := cover.New(store, m.styles, lang, m.isDark)
	m.screens, m.cover = &set, &cov
	return m
}

// Init asks the terminal for its background and loads the data.
func (m Model) Init() tea.Cmd {
	if m.preloaded {
		return tea.Batch(tea.RequestBackgroundColor, m.afterPreload)
	}
	return tea.Batch(tea.RequestBackgroundColor, scope.LoadCmd(m.store), m.screens.Units.Init())
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
	units := m.screens.Units.Init()
	next, cmd := m.Update(scope.LoadCmd(m.store)())
	m = next.(Model)
	cmds := []tea.Cmd{cmd}
	first := units
	if m.cover.Province() {
		// A province's first frame shows its board of blocs; the units
		// screen (of a bloc opened from it) loads just after.
		first = blocs.LoadCmd(m.store)
		cmds = append(cmds, units)
	}
	next, cmd = m.Update(first())
	m = next.(Model)
	cmds = append(cmds, cmd)
	m.preloaded, m.afterPreload = true, tea.Batch(cmds...)
	return m
}

// Update handles global keys, sizes, the period and what the status line
// says, and forwards the rest: a key to the screen on show (or the cover),
// a reply of background work to every screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		if msg.IsDark() == m.isDark {
			return m, nil
		}
		m.isDark = !m.isDark
		return m.relang(m.lang)
	case settings.LangMsg:
		return m.relang(msg.Lang)
	case scope.LoadedMsg:
		return m.loaded(msg)
	case status.ErrorMsg:
		switch model.ErrorCode(msg.Err) {
		case model.ENoBloc:
			return m, nil // the screens loading before the welcome shows
		case model.EDBCorrupt:
			m.cover.Damaged(msg.Err)
		}
		m.line = m.line.Take(msg, m.lang)
		return m, nil
	case status.ReplacedMsg, status.InfoMsg:
		m.line = m.line.Take(msg, m.lang)
		return m, nil
	case welcome.DoneMsg:
		*m.cover, _ = m.cover.Update(msg)
		return m, tea.Batch(scope.LoadCmd(m.store), m.screens.Units.Init())
	case blocs.FocusMsg:
		// The province opened a bloc: its screens, on its ranking.
		*m.cover, _ = m.cover.Update(msg)
		m.screen = screens.Results
		return m, tea.Batch(scope.LoadCmd(m.store), m.screens.Units.Init(), m.screens.Results.Reload())
	case units.ScoreMsg:
		m.screen = screens.Scoring
		return m, m.screens.Scoring.SetUnit(msg.UnitID)
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		if m.cover.Covers() { // the welcome's fields, the board's dialog
			var cmd tea.Cmd
			*m.cover, cmd = m.cover.Update(msg)
			return m, cmd
		}
		return m, m.screens.Update(m.screen, msg)
	}
	if cmd, scoped, ok := m.screens.Changed(msg); ok {
		if scoped {
			cmd = tea.Batch(scope.LoadCmd(m.store), cmd)
		}
		return m, cmd
	}
	return m.broadcast(msg)
}

// loaded takes who this installation is and its periods, keeping the
// period on show.
func (m Model) loaded(msg scope.LoadedMsg) (tea.Model, tea.Cmd) {
	keep := m.scope().Period.ID
	m.ctx, m.period = msg, len(msg.Periods)-1
	m.keys.Board.SetEnabled(msg.Inst.Role == model.RoleProvince)
	for i, p := range msg.Periods {
		if p.ID == keep {
			m.period = i
		}
	}
	return m, m.setScope()
}

// broadcast gives a reply of background work to the cover and every
// screen. Keys typed during a save that were not the scoring screen's are
// handled then, before any key typed later.
func (m Model) broadcast(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cover tea.Cmd
	*m.cover, cover = m.cover.Update(msg)
	cmds := []tea.Cmd{cover, m.screens.Broadcast(msg)}
	keys := m.screens.Scoring.Handback() // taken once: the copy below has none
	var next tea.Model = m
	for _, k := range keys {
		var cmd tea.Cmd
		next, cmd = next.(Model).Update(k)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

// scope is what the screens are told about who works on which period.
func (m Model) scope() scope.Scope {
	s := scope.Scope{Inst: m.ctx.Inst, Bloc: m.ctx.Bloc, Own: m.ctx.Own}
	if m.period >= 0 && m.period < len(m.ctx.Periods) {
		s.Period = m.ctx.Periods[m.period]
	}
	return s
}

// setScope tells every screen about the installation and period.
func (m *Model) setScope() tea.Cmd {
	if s := m.scope(); s.Period.ID != "" {
		return m.screens.SetScope(s)
	}
	return nil
}

// relang speaks another language (or draws for another background)
// without rebuilding anything: the welcome's answers, an open dialog, the
// damage notice, the status line and every screen's place stay.
func (m Model) relang(lang i18n.Lang) (tea.Model, tea.Cmd) {
	m.lang, m.keys, m.styles = lang, chrome.DefaultKeyMap(lang, screens.Names()), theme.New(m.isDark)
	m.keys.Board.SetEnabled(m.ctx.Inst.Role == model.RoleProvince)
	m.screens.SetLang(m.styles, lang, m.isDark)
	m.cover.SetLang(m.styles, lang, m.isDark)
	m.resize()
	return m, m.setScope()
}

// resize gives every screen the space between the header and the footer.
func (m *Model) resize() {
	m.cover.SetSize(m.width, m.height)
	m.screens.SetSize(m.width, max(1, m.height-4)) // header and tabs, status line, footer
}

// Screen returns the screen on show.
func (m Model) Screen() string { return m.screen.String() }

// Status returns the status line's text.
func (m Model) Status() (string, bool) { return m.line.Text, m.line.IsErr }

// Cover returns what covers the interface: the damage found in the file,
// and whether the person asked to restore a backup.
func (m Model) Cover() cover.Model { return *m.cover }
