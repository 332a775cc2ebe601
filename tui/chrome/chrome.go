// Package chrome draws what surrounds the screens: the header (role, own
// unit, period, bloc), the line of tabs, the status line, the footer with
// the keys of the screen on show, the full help, and the pages shown in
// place of the interface (the welcome, a notice, the damaged database).
// It only draws: the root model decides what is on show.
package chrome

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/scope"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Name is the program's name, first on every page.
const Name = "thidua"

// Header names the role and own unit, the period and the bloc; the bloc's
// long name comes last, as it is what a narrow window cuts.
func Header(st theme.Styles, l i18n.Lang, s scope.Scope, width int) string {
	var parts []string
	if s.Inst.ID != "" {
		role := capitalize(i18n.T(l, "role.name."+s.Inst.Role.String()))
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
	rest := max(1, width-lipgloss.Width(Name))
	line := st.Header.Render(Name)
	tail := table.Parts(parts, " │ ", rest-3)
	if n := len(strings.Split(tail, " │ ")); tail != "" && n < len(parts) {
		// The bloc's long name, if room is left for a good part of it,
		// is cut after a whole word.
		if room := rest - 3 - table.Width(tail) - 3; room >= 24 {
			tail += " │ " + table.Cut(parts[n], room)
		}
	}
	if tail != "" {
		line += st.HeaderDim.Render(" │ " + tail)
	}
	return line
}

// capitalize upper-cases the first letter, for a role name that starts the
// header.
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Tab is a screen's tab: the key that shows it, and its name in its help.
type Tab struct {
	Key    key.Binding
	Active bool
}

// Tabs is the line of screens under the header, the one on show marked.
// lead, when not "", comes first: on the scoring screen, where digits are
// scores, the keys that switch screens there, and the tabs without digits.
func Tabs(st theme.Styles, tabs []Tab, lead string, width int) string {
	var parts []string
	if lead != "" {
		parts = append(parts, st.HeaderDim.Render(lead+" "))
	}
	for _, t := range tabs {
		label := " " + t.Key.Help().Key + " " + t.Key.Help().Desc + " "
		if lead != "" {
			label = " " + t.Key.Help().Desc + " "
		}
		if t.Active {
			parts = append(parts, st.Table.Selected.Render(label))
		} else {
			parts = append(parts, st.HeaderDim.Render(label))
		}
	}
	line := strings.Join(parts, st.HeaderDim.Render("│"))
	if pad := width - lipgloss.Width(line); pad > 0 {
		line += st.HeaderDim.Render(strings.Repeat("─", pad))
	}
	return ansi.Truncate(line, max(1, width), "")
}

// Footer is the keys given, as many as fit, whole, disabled ones left out.
func Footer(st theme.Styles, bindings []key.Binding, width int) string {
	hs := st.Help
	var parts []string
	for _, b := range bindings {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		parts = append(parts, hs.ShortKey.Render(b.Help().Key)+" "+hs.ShortDesc.Render(b.Help().Desc))
	}
	return table.Parts(parts, hs.ShortSeparator.Render(" • "), max(1, width))
}

// Status is the status line: a confirmation, or an error, wrapped between
// whole sentences to the width.
func Status(st theme.Styles, text string, isErr bool, width int) string {
	if text == "" {
		return ""
	}
	s := st.Status
	if isErr {
		s = st.Error
	}
	return s.Render(table.Sentences(text, max(1, width)))
}

// Replaced is the status line while the database file is replaced under
// the interface: the message, over as many lines as ReplacedLines gives.
func Replaced(st theme.Styles, l i18n.Lang, err error, width int) string {
	w := max(20, width)
	return st.Error.Width(w).MaxHeight(1 + ReplacedLines(l, err, width)).Render(model.Message(l, err))
}

// ReplacedLines is how many lines the replaced notice takes beyond the
// status line's one (up to three more); 0 without one.
func ReplacedLines(l i18n.Lang, err error, width int) int {
	if err == nil {
		return 0
	}
	n := lipgloss.Height(lipgloss.NewStyle().Width(max(20, width)).Render(model.Message(l, err)))
	return min(max(n, 1), 4) - 1
}

// window is the interface's window: the body between the header and the
// status line, at its size.
func window(header, tabs, body, status, footer string, width, height int) tea.View {
	h := max(1, height)
	body = lipgloss.NewStyle().Height(h).MaxHeight(h).MaxWidth(max(1, width)).Render(body)
	return view(strings.Join([]string{header, tabs, body, status, footer}, "\n"))
}

// Welcome gives the whole window to the first-run welcome, with its error.
func Welcome(st theme.Styles, body, errText string, width, height int) tea.View {
	h := max(1, height-3)
	body = lipgloss.NewStyle().Height(h).MaxHeight(h).MaxWidth(max(1, width)).Render(body)
	status := ""
	if errText != "" {
		status = st.Error.MaxWidth(max(1, width)).Render(errText)
	}
	return view(strings.Join([]string{st.Header.Render(Name), "", body, status}, "\n"))
}

// Notice is a page of text in place of the interface.
func Notice(st theme.Styles, text string, width int) tea.View {
	wrap := lipgloss.NewStyle().Width(max(20, min(width, 100)))
	return view(lipgloss.NewStyle().MaxWidth(max(1, width)).Render(st.Header.Render(Name) + "\n\n" + wrap.Render(text)))
}

// Damaged is the notice of a damaged database file: what happened, and the
// two ways on (keys, in words).
func Damaged(st theme.Styles, what, keys string, width int) tea.View {
	wrap := lipgloss.NewStyle().Width(max(20, min(width, 100)))
	body := strings.Join([]string{st.Header.Render(Name), "", st.Error.Render(wrap.Render(what)), "", wrap.Render(keys)}, "\n")
	return view(lipgloss.NewStyle().MaxWidth(max(1, width)).Render(body))
}

// view is a full-screen view of content, titled with the program's name.
func view(content string) tea.View {
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = Name
	return v
}

// FullHelp shows every key in place of the screen, under title: the
// groups in as many rows of columns as the window needs. Long groups are
// split into shorter columns until every key fits; only when even that
// fails does a block go, the last first.
func FullHelp(st theme.Styles, title string, groups [][]key.Binding, width, height int) string {
	h := help.New()
	h.Styles = st.Help           // unbounded: the help view would cut, not tell
	room := max(1, height-4) - 1 // under the title and a blank line, each block after a blank line
	keep, dropped := helpBlocks(h, groups, width, room)
	for dropped && splitLongest(&groups) {
		keep, dropped = helpBlocks(h, groups, width, room)
	}
	return st.Title.Render(title) + "\n\n" + strings.Join(keep, "\n\n")
}

// helpBlocks lays groups out in rows of columns as wide as the window and
// keeps the blocks that fit in room lines; dropped says whether any went.
func helpBlocks(h help.Model, groups [][]key.Binding, width, room int) (keep []string, dropped bool) {
	var blocks []string
	var row [][]key.Binding
	for _, g := range groups {
		if len(row) > 0 && lipgloss.Width(h.FullHelpView(append(row, g))) > width {
			blocks = append(blocks, h.FullHelpView(row))
			row = nil
		}
		row = append(row, g)
	}
	if len(row) > 0 {
		blocks = append(blocks, h.FullHelpView(row))
	}
	for _, b := range blocks {
		if bh := lipgloss.Height(b) + 1; bh <= room {
			keep, room = append(keep, b), room-bh
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
