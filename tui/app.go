// Package tui is thidua's terminal interface: a small root model that owns
// the header, the status line, the footer with the active screen's keys,
// full help, screen switching and the current period, and forwards
// everything else to the screen on show. Screens live in sub-packages and
// declare the narrow store interface they need.
package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/criteria"
	"thidua/tui/results"
	"thidua/tui/scope"
	"thidua/tui/scoring"
	"thidua/tui/status"
	"thidua/tui/theme"
	"thidua/tui/units"
)

// Store is everything the interface reads and writes.
type Store interface {
	units.Store
	criteria.Store
	results.Store
	scoring.Store
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

// contextMsg carries who this installation is and the bloc's periods.
type contextMsg struct {
	inst    model.Installation
	bloc    model.Bloc
	own     model.Unit
	periods []model.Period
}

func loadContextCmd(store Store) tea.Cmd {
	return func() tea.Msg {
		ctx := context.Background()
		var m contextMsg
		var err error
		if m.inst, err = store.Installation(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if m.bloc, err = store.Bloc(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if m.periods, err = store.Periods(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		list, err := store.Units(ctx, "")
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		for _, u := range list {
			if u.ID == m.inst.UnitID {
				m.own = u
			}
		}
		return m
	}
}

// Model is the root of the interface.
type Model struct {
	store    Store
	lang     i18n.Lang
	isDark   bool
	styles   theme.Styles
	keys     KeyMap
	help     help.Model
	screen   screen
	units    units.Model
	criteria criteria.Model
	scoring  scoring.Model
	results  results.Model

	ctx      contextMsg
	period   int // index into ctx.periods
	width    int
	height   int
	status   string
	isError  bool
	fullHelp bool
	quitting bool // ctrl+c pressed once while a value was not saved
}

// New returns the interface over store, speaking language lang.
func New(store Store, lang i18n.Lang) Model {
	m := Model{store: store, lang: lang, isDark: true, keys: DefaultKeyMap(lang)}
	m.restyle()
	m.units = units.New(store, m.styles, lang, m.isDark)
	m.criteria = criteria.New(store, m.styles, lang, m.isDark)
	m.scoring = scoring.New(store, m.styles, lang, m.isDark)
	m.results = results.New(store, m.styles, lang)
	return m
}

func (m *Model) restyle() {
	m.styles = theme.New(m.isDark)
	m.help = help.New()
	m.help.Styles = m.styles.Help
}

// Init asks the terminal for its background and loads the data.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadContextCmd(m.store), m.units.Init())
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

// scope is what the screens are told about who works on which period.
func (m Model) scope() scope.Scope {
	s := scope.Scope{Inst: m.ctx.inst, Bloc: m.ctx.bloc, Own: m.ctx.own}
	if m.period >= 0 && m.period < len(m.ctx.periods) {
		s.Period = m.ctx.periods[m.period]
	}
	return s
}

// Update handles global keys, sizes and status messages, and forwards the
// rest to the screen on show.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.restyle()
		return m, nil
	case contextMsg:
		keep := m.scope().Period.ID
		m.ctx = msg
		m.period = len(msg.periods) - 1
		for i, p := range msg.periods {
			if p.ID == keep {
				m.period = i
			}
		}
		return m, m.setScope()
	case status.ErrorMsg:
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
	case criteria.ChangedMsg:
		return m, m.reloadContext()
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		return m.forward(msg)
	}
	return m.broadcast(msg)
}

// broadcast gives a reply of background work to every screen; each keeps
// the replies it asked for and ignores the rest.
func (m Model) broadcast(msg tea.Msg) (tea.Model, tea.Cmd) {
	var c1, c2, c3, c4 tea.Cmd
	m.units, c1 = m.units.Update(msg)
	m.criteria, c2 = m.criteria.Update(msg)
	m.scoring, c3 = m.scoring.Update(msg)
	m.results, c4 = m.results.Update(msg)
	return m, tea.Batch(c1, c2, c3, c4)
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
	if m.takes(msg) {
		return m.forward(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.fullHelp = !m.fullHelp
		m.resize()
		return m, nil
	case key.Matches(msg, m.keys.Units):
		m.screen = unitsScreen
		return m, nil
	case key.Matches(msg, m.keys.Criteria):
		m.screen = criteriaScreen
		return m, nil
	case key.Matches(msg, m.keys.Scoring):
		m.screen = scoringScreen
		return m, nil
	case key.Matches(msg, m.keys.Results):
		m.screen = resultsScreen
		return m, m.results.Reload()
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
	return m.forward(msg)
}

// takes reports whether the screen on show keeps this key (typed text, a
// score's digits), so that it is not read as a command.
func (m Model) takes(msg tea.KeyPressMsg) bool {
	switch m.screen {
	case unitsScreen:
		return m.units.Filtering()
	case criteriaScreen:
		return m.criteria.Capturing()
	case scoringScreen:
		return m.scoring.TakesKey(msg)
	}
	return false
}

// screens lists the screens there are, in key order.
func (m Model) screens() []screen {
	return []screen{unitsScreen, criteriaScreen, scoringScreen, resultsScreen}
}

// cycle shows the next (or previous) screen.
func (m Model) cycle(d int) (tea.Model, tea.Cmd) {
	list := m.screens()
	for i, s := range list {
		if s == m.screen {
			m.screen = list[(i+d+len(list))%len(list)]
			break
		}
	}
	if m.screen == resultsScreen {
		return m, m.results.Reload()
	}
	return m, nil
}

func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case unitsScreen:
		m.units, cmd = m.units.Update(msg)
	case criteriaScreen:
		m.criteria, cmd = m.criteria.Update(msg)
	case scoringScreen:
		m.scoring, cmd = m.scoring.Update(msg)
	case resultsScreen:
		m.results, cmd = m.results.Update(msg)
	}
	return m, cmd
}

// setScope tells every screen about the installation and period.
func (m *Model) setScope() tea.Cmd {
	s := m.scope()
	if s.Period.ID == "" {
		return nil
	}
	m.units.SetScope(s)
	return tea.Batch(m.criteria.SetScope(s), m.scoring.SetScope(s), m.results.SetPeriod(s.Period.ID))
}

// reloadContext reads the installation and periods again (after a change
// to a period), keeping the period on show.
func (m Model) reloadContext() tea.Cmd {
	return loadContextCmd(m.store)
}

// resize gives every screen the space between the header and the footer.
func (m *Model) resize() {
	h := max(1, m.height-2-1-m.footerHeight()) // header + rule, status line, footer
	m.help.SetWidth(m.width)
	m.units.SetSize(m.width, h)
	m.criteria.SetSize(m.width, h)
	m.scoring.SetSize(m.width, h)
	m.results.SetSize(m.width, h)
}

func (m Model) footerHeight() int {
	if m.fullHelp {
		return lipgloss.Height(m.help.FullHelpView(m.fullHelpGroups()))
	}
	return 1
}

func (m Model) header() string {
	s := m.scope()
	var parts []string
	if s.Inst.ID != "" {
		role := capitalize(i18n.T(m.lang, "role.name."+s.Inst.Role.String()))
		if s.Own.ShortName != "" {
			role += ": " + s.Own.ShortName
		}
		parts = append(parts, role)
	}
	if s.Period.ID != "" {
		parts = append(parts, s.Period.Label)
	}
	if s.Bloc.Name != "" {
		parts = append(parts, s.Bloc.Name) // last: the long name is what gets cut
	}
	line := m.styles.Header.Render("thidua")
	if len(parts) > 0 {
		line += m.styles.HeaderDim.Render(" │ " + strings.Join(parts, " │ "))
	}
	return ansi.Truncate(line, max(1, m.width), "…")
}

// tabs is the line of screens under the header, the one on show marked.
func (m Model) tabs() string {
	var parts []string
	for _, t := range []struct {
		s screen
		k key.Binding
	}{{unitsScreen, m.keys.Units}, {criteriaScreen, m.keys.Criteria}, {scoringScreen, m.keys.Scoring}, {resultsScreen, m.keys.Results}} {
		label := " " + t.k.Help().Key + " " + t.k.Help().Desc + " "
		if t.s == m.screen {
			parts = append(parts, m.styles.Table.Selected.Render(label))
		} else {
			parts = append(parts, m.styles.HeaderDim.Render(label))
		}
	}
	line := strings.Join(parts, m.styles.HeaderDim.Render("│"))
	if pad := m.width - lipgloss.Width(line); pad > 0 {
		line += m.styles.HeaderDim.Render(strings.Repeat("─", pad))
	}
	return ansi.Truncate(line, max(1, m.width), "")
}

func (m Model) activeHelp() help.KeyMap {
	switch m.screen {
	case criteriaScreen:
		return m.criteria
	case scoringScreen:
		return m.scoring
	case resultsScreen:
		return m.results
	}
	return m.units
}

func (m Model) fullHelpGroups() [][]key.Binding {
	return append(m.activeHelp().FullHelp(), m.keys.global())
}

// View renders the whole screen.
func (m Model) View() tea.View {
	var body string
	switch m.screen {
	case unitsScreen:
		body = m.units.View()
	case criteriaScreen:
		body = m.criteria.View()
	case scoringScreen:
		body = m.scoring.View()
	case resultsScreen:
		body = m.results.View()
	}
	rule := m.tabs()
	var footer string
	if m.fullHelp {
		footer = m.help.FullHelpView(m.fullHelpGroups())
	} else {
		footer = m.help.ShortHelpView(m.keys.shortHelp(m.activeHelp().ShortHelp()))
	}
	// help.ShortHelpView (bubbles v2.2.1) overflows its width when its
	// ellipsis does not fit, so the footer is clipped here.
	footer = lipgloss.NewStyle().MaxWidth(max(1, m.width)).Render(footer)
	bodyHeight := max(1, m.height-3-lipgloss.Height(footer))
	body = lipgloss.NewStyle().Height(bodyHeight).MaxHeight(bodyHeight).MaxWidth(max(1, m.width)).Render(body)
	statusLine := ""
	if m.status != "" {
		st := m.styles.Status
		if m.isError {
			st = m.styles.Error
		}
		statusLine = st.MaxWidth(max(1, m.width)).Render(m.status)
	}
	v := tea.NewView(strings.Join([]string{m.header(), rule, body, statusLine, footer}, "\n"))
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}

// capitalize upper-cases the first letter, for a role name that starts the
// header.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
