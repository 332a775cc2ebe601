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
	"thidua/tui/results"
	"thidua/tui/status"
	"thidua/tui/theme"
	"thidua/tui/units"
)

// Store is everything the interface reads from the database.
type Store interface {
	units.Store
	results.Store
	Installation(ctx context.Context) (model.Installation, error)
	Bloc(ctx context.Context) (model.Bloc, error)
	Periods(ctx context.Context) ([]model.Period, error)
}

type screen int

const (
	unitsScreen screen = iota
	resultsScreen
)

// String names the screen, for tests and logs.
func (s screen) String() string { return [...]string{"units", "results"}[s] }

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
	store   Store
	lang    i18n.Lang
	isDark  bool
	styles  theme.Styles
	keys    KeyMap
	help    help.Model
	screen  screen
	units   units.Model
	results results.Model

	ctx      contextMsg
	period   int // index into ctx.periods
	width    int
	height   int
	status   string
	isError  bool
	fullHelp bool
}

// New returns the interface over store, speaking language lang.
func New(store Store, lang i18n.Lang) Model {
	m := Model{store: store, lang: lang, isDark: true, keys: DefaultKeyMap(lang)}
	m.restyle()
	m.units = units.New(store, m.styles, lang, m.isDark)
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

// Results returns the results screen (for tests).
func (m Model) Results() results.Model { return m.results }

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
		m.ctx = msg
		m.period = len(msg.periods) - 1
		return m, m.loadPeriod()
	case status.ErrorMsg:
		m.status, m.isError = model.Message(m.lang, msg.Err), true
		return m, nil
	case status.InfoMsg:
		m.status, m.isError = msg.Text, false
		return m, nil
	case units.LoadedMsg:
		var cmd tea.Cmd
		m.units, cmd = m.units.Update(msg)
		return m, cmd
	case results.LoadedMsg:
		var cmd tea.Cmd
		m.results, cmd = m.results.Update(msg)
		return m, cmd
	case tea.KeyPressMsg:
		m.status = ""
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, tea.Quit
		}
		if m.capturing() {
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
		case key.Matches(msg, m.keys.Results):
			m.screen = resultsScreen
			return m, m.results.Reload()
		case key.Matches(msg, m.keys.NextScreen):
			m.screen = (m.screen + 1) % 2
			return m, nil
		case key.Matches(msg, m.keys.Period):
			if len(m.ctx.periods) > 0 {
				m.period = (m.period + 1) % len(m.ctx.periods)
				return m, m.loadPeriod()
			}
			return m, nil
		}
	}
	return m.forward(msg)
}

// capturing reports whether the screen on show is taking typed text, so
// that letters are not read as commands.
func (m Model) capturing() bool {
	return m.screen == unitsScreen && m.units.Filtering()
}

func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case unitsScreen:
		m.units, cmd = m.units.Update(msg)
	case resultsScreen:
		m.results, cmd = m.results.Update(msg)
	}
	return m, cmd
}

func (m *Model) loadPeriod() tea.Cmd {
	if m.period < 0 || m.period >= len(m.ctx.periods) {
		return nil
	}
	return m.results.SetPeriod(m.ctx.periods[m.period].ID)
}

// resize gives every screen the space between the header and the footer.
func (m *Model) resize() {
	footer := 1
	if m.fullHelp {
		footer = lipgloss.Height(m.help.FullHelpView(m.fullHelpGroups()))
	}
	h := max(1, m.height-2-1-footer) // header + rule, status line, footer
	m.help.SetWidth(m.width)
	m.units.SetSize(m.width, h)
	m.results.SetSize(m.width, h)
}

func (m Model) header() string {
	l := m.lang
	var parts []string
	if m.ctx.inst.ID != "" {
		role := capitalize(i18n.T(l, "role.name."+m.ctx.inst.Role.String()))
		if m.ctx.own.ShortName != "" {
			role += ": " + m.ctx.own.ShortName
		}
		parts = append(parts, role)
	}
	if m.period >= 0 && m.period < len(m.ctx.periods) {
		parts = append(parts, m.ctx.periods[m.period].Label)
	}
	if m.ctx.bloc.Name != "" {
		parts = append(parts, m.ctx.bloc.Name) // last: the long name is what gets cut
	}
	line := m.styles.Header.Render("thidua")
	if len(parts) > 0 {
		line += m.styles.HeaderDim.Render(" │ " + strings.Join(parts, " │ "))
	}
	return ansi.Truncate(line, max(1, m.width), "…")
}

func (m Model) activeHelp() help.KeyMap {
	if m.screen == resultsScreen {
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
	case resultsScreen:
		body = m.results.View()
	}
	rule := m.styles.HeaderDim.Render(strings.Repeat("─", max(1, m.width)))
	bodyHeight := max(1, m.height-3-1)
	var footer string
	if m.fullHelp {
		footer = m.help.FullHelpView(m.fullHelpGroups())
		bodyHeight = max(1, m.height-3-lipgloss.Height(footer))
	} else {
		footer = m.help.ShortHelpView(append(m.activeHelp().ShortHelp(), m.keys.short()...))
	}
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
