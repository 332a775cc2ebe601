package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/status"
	"thidua/tui/table"
)

// noBlocMsg says the database has no bloc yet: the welcome is shown.
type noBlocMsg struct{}

// provinceMsg says the database is a province's (bloc files merged, no bloc
// of its own): the interface says how the province works for now.
type provinceMsg struct{}

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
			if model.ErrorCode(err) == model.ENoBloc {
				if m.inst.Role == model.RoleProvince {
					return provinceMsg{}
				}
				return noBlocMsg{}
			}
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

// frame renders the whole window: header, tabs, the screen, the status line
// and the footer (View makes it safe to print).
func (m Model) frame() tea.View {
	if m.damaged != nil && !m.damageHidden {
		return m.damagedView()
	}
	if m.province {
		return m.notice(i18n.T(m.lang, "app.province"))
	}
	if m.welcoming {
		return m.welcomeView()
	}
	footer := m.footer()
	bodyHeight := max(1, m.height-4-m.noticeLines())
	content := m.page(m.screen).View()
	if m.fullHelp {
		content = m.fullHelpView()
	}
	body := lipgloss.NewStyle().Height(bodyHeight).MaxHeight(bodyHeight).MaxWidth(max(1, m.width)).Render(content)
	statusLine := ""
	if m.status != "" {
		st := m.styles.Status
		if m.isError {
			st = m.styles.Error
		}
		statusLine = st.Render(table.Sentences(m.status, max(1, m.width)))
	}
	if m.replaced != nil {
		statusLine = m.replacedNotice()
	}
	v := tea.NewView(strings.Join([]string{m.header(), m.tabs(), body, statusLine, footer}, "\n"))
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}

// fullHelpView shows every key, in place of the screen: the keys every
// screen shares first, then the screen's own, in as many rows of columns as
// the window needs. Long groups are split into shorter columns until every
// key fits; only when even that fails does a block go, the last first.
func (m Model) fullHelpView() string {
	groups := append([][]key.Binding{m.keys.global(m.screen == scoringScreen)}, m.page(m.screen).FullHelp()...)
	room := max(1, m.height-4) - 1 // under the title and a blank line, each block after a blank line
	keep, dropped := m.helpBlocks(groups, room)
	for dropped && splitLongest(&groups) {
		keep, dropped = m.helpBlocks(groups, room)
	}
	title := m.styles.Title.Render(i18n.T(m.lang, "app.help_title"))
	return title + "\n\n" + strings.Join(keep, "\n\n")
}

// helpBlocks lays groups out in rows of columns as wide as the window and
// keeps the blocks that fit in room lines; dropped says whether any went.
func (m Model) helpBlocks(groups [][]key.Binding, room int) (keep []string, dropped bool) {
	measure := m.help
	measure.SetWidth(0) // unbounded: the help view would cut, not tell
	var blocks []string
	var row [][]key.Binding
	for _, g := range groups {
		if len(row) > 0 && lipgloss.Width(measure.FullHelpView(append(row, g))) > m.width {
			blocks = append(blocks, measure.FullHelpView(row))
			row = nil
		}
		row = append(row, g)
	}
	if len(row) > 0 {
		blocks = append(blocks, measure.FullHelpView(row))
	}
	for _, b := range blocks {
		if h := lipgloss.Height(b) + 1; h <= room {
			keep, room = append(keep, b), room-h
		} else {
			dropped = true
		}
	}
	return keep, dropped
}

// splitLongest splits the longest group of more than three keys in two,
// and reports whether there was one.
func splitLongest(groups *[][]key.Binding) bool {
	at := -1
	for i, g := range *groups {
		if len(g) > 3 && (at < 0 || len(g) > len((*groups)[at])) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	g := (*groups)[at]
	half := (len(g) + 1) / 2
	out := append([][]key.Binding{}, (*groups)[:at]...)
	out = append(out, g[:half], g[half:])
	*groups = append(out, (*groups)[at+1:]...)
	return true
}

// header names the role and own unit, the period and the bloc; the bloc's
// long name comes last, as it is what a narrow window cuts.
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
		parts = append(parts, s.Bloc.Name)
	}
	// What does not fit goes whole, the bloc's long name first.
	rest := max(1, m.width-lipgloss.Width("thidua"))
	line := m.styles.Header.Render("thidua")
	tail := table.Parts(parts, " │ ", rest-3)
	if n := len(strings.Split(tail, " │ ")); tail != "" && n < len(parts) {
		// The bloc's long name, if room is left for a good part of it,
		// is cut after a whole word.
		if room := rest - 3 - table.Width(tail) - 3; room >= 24 {
			tail += " │ " + table.Cut(parts[n], room)
		}
	}
	if tail != "" {
		line += m.styles.HeaderDim.Render(" │ " + tail)
	}
	return line
}

// footer is the keys of the screen on show, as many as fit, whole: help
// and quit first, then the screen's keys, then the global ones.
func (m Model) footer() string {
	st := m.styles.Help
	var parts []string
	bindings := m.keys.shortHelp(m.page(m.screen).ShortHelp(), m.screen == scoringScreen)
	if m.page(m.screen).TakesKey(tea.KeyPressMsg{Code: 'q', Text: "q"}) {
		// A field has the keyboard (a dialog, a value being typed): q, p
		// and ? are letters there, so only the screen's own keys show.
		bindings = m.page(m.screen).ShortHelp()
	}
	for _, b := range bindings {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		parts = append(parts, st.ShortKey.Render(b.Help().Key)+" "+st.ShortDesc.Render(b.Help().Desc))
	}
	return table.Parts(parts, st.ShortSeparator.Render(" • "), max(1, m.width))
}

// tabs is the line of screens under the header, the one on show marked.
func (m Model) tabs() string {
	var parts []string
	// On the scoring screen digits are scores: the tabs show the keys
	// that switch screens there.
	scoringKeys := m.screen == scoringScreen
	if scoringKeys {
		parts = append(parts, m.styles.HeaderDim.Render(m.keys.scoringScreens().Help().Key+" "))
	}
	for _, t := range m.keys.screens() {
		label := " " + t.binding.Help().Key + " " + t.binding.Help().Desc + " "
		if scoringKeys {
			label = " " + t.binding.Help().Desc + " "
		}
		if t.screen == m.screen {
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

// capitalize upper-cases the first letter, for a role name that starts the
// header.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// welcomeView gives the whole window to the first-run welcome.
func (m Model) welcomeView() tea.View {
	body := lipgloss.NewStyle().Height(max(1, m.height-3)).MaxHeight(max(1, m.height-3)).MaxWidth(max(1, m.width)).Render(m.welcome.View())
	statusLine := ""
	if m.status != "" {
		statusLine = m.styles.Error.MaxWidth(max(1, m.width)).Render(m.status)
	}
	v := tea.NewView(strings.Join([]string{m.styles.Header.Render("thidua"), "", body, statusLine}, "\n"))
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}

// notice is a page of text in place of the interface.
func (m Model) notice(text string) tea.View {
	wrap := lipgloss.NewStyle().Width(max(20, min(m.width, 100)))
	body := m.styles.Header.Render("thidua") + "\n\n" + wrap.Render(text)
	v := tea.NewView(lipgloss.NewStyle().MaxWidth(max(1, m.width)).Render(body))
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}

// damagedView is the notice shown when the database file is found damaged:
// what happened and the two ways on.
func (m Model) damagedView() tea.View {
	wrap := lipgloss.NewStyle().Width(max(20, min(m.width, 100)))
	body := strings.Join([]string{
		m.styles.Header.Render("thidua"), "",
		m.styles.Error.Render(wrap.Render(i18n.T(m.lang, "app.damaged", model.Message(m.lang, m.damaged)))), "",
		wrap.Render(i18n.T(m.lang, "app.damaged_keys")),
	}, "\n")
	v := tea.NewView(lipgloss.NewStyle().MaxWidth(max(1, m.width)).Render(body))
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}
