package criteria

import (
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

// View renders the screen: the import's preview, an open dialog (and the
// file being read under it), or the table.
func (m Model) View() string {
	switch {
	case m.previewing:
		return m.preview.View()
	case m.job.Running():
		return m.dialog.View() + "\n" + m.job.View(m.styles, min(m.width, 100), m.t("work.stopping"))
	case m.dialog.Open():
		return m.dialog.View()
	}
	v, ok := m.Version()
	if !ok {
		return m.styles.Dim.Render(i18n.T(m.lang, "criteria.none"))
	}
	lines := []string{m.styles.Title.Render(i18n.T(m.lang, "criteria.title", v.Label, m.current+1, len(m.versions))), m.versionLine(v)}
	if s := m.diff.summary(m.lang); s != "" {
		lines = append(lines, m.styles.Dim.Render(table.Cut(s, m.width)))
	}
	if m.diff.showing {
		return strings.Join(lines, "\n") + "\n" + m.changesView(m.height-len(lines))
	}
	side := m.width >= 110
	tableWidth := m.width
	if side {
		tableWidth = m.width - 43
	}
	pane, rows := m.paneAndRows()
	grid := m.grid(tableWidth, rows)
	if side {
		return strings.Join(lines, "\n") + "\n" + lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(tableWidth+1).Render(grid), pane)
	}
	return strings.Join(lines, "\n") + "\n" + grid + "\n" + pane
}

// paneAndRows is the row's pane and how many table rows fit beside or
// above it.
func (m Model) paneAndRows() (string, int) {
	side := m.width >= 110
	pane := m.pane(min(m.width, 42))
	if !side {
		pane = m.pane(m.width)
	}
	rows := m.height - 2 - 1 // title and version lines, header
	if m.diff.parent != "" {
		rows-- // the line of changes
	}
	if !side {
		rows -= lipgloss.Height(pane)
	}
	return pane, max(1, rows)
}

// follow keeps the cursor's row in the table's window.
func (m *Model) follow() {
	if m.tree == nil {
		return
	}
	_, rows := m.paneAndRows()
	m.scroll.Follow(m.cursor, rows, len(m.rows))
}

// versionLine says whether the version is a draft or issued, its hash, the
// periods that use it, and how many problems it has.
func (m Model) versionLine(v model.CriteriaVersion) string {
	l := m.lang
	var parts []string
	if v.Issued() {
		parts = append(parts, i18n.T(l, "criteria.issued_on", v.IssuedAt.Local().Format("02/01/2006"), v.Hash[:12]))
	} else {
		parts = append(parts, i18n.T(l, "criteria.draft"))
	}
	if len(v.Periods) > 0 {
		parts = append(parts, i18n.T(l, "criteria.used_by", strings.Join(v.Periods, ", ")))
	} else {
		parts = append(parts, i18n.T(l, "criteria.unused"))
	}
	if m.tree != nil {
		parts = append(parts, i18n.T(l, "criteria.size", len(m.tree.Leaves()), m.tree.StandardMax()))
	}
	// What does not fit goes whole; the problems are never dropped.
	problems := ""
	if n := len(m.allProblems()); n > 0 {
		problems = i18n.T(l, "criteria.problems", n)
	}
	line := m.styles.Dim.Render(table.Parts(parts, " · ", max(1, m.width-table.Width(problems)-2)))
	if problems != "" {
		line += "  " + m.styles.Error.Render(problems)
	}
	return line
}

func (m Model) grid(width, rows int) string {
	t := func(id string) string { return i18n.T(m.lang, id) }
	cols := table.Fit([]table.Column{
		{Title: t("col.code"), Width: 12},
		{Title: t("col.criterion")},
		{Title: t("col.kind"), Width: 11},
		{Title: t("col.max"), Width: 7, Right: true},
		{Width: 1},
	}, width, 12)
	out := []string{m.styles.Table.Header.Render(table.Header(cols))}
	start := m.scroll.Top(m.cursor, rows, len(m.rows))
	for i := start; i < len(m.rows) && i < start+rows; i++ {
		c := m.rows[i]
		max := c.Max.Localize(m.lang)
		if c.Capped {
			max = "≤" + max
		}
		mark := m.diff.marks[c.ID]
		if len(m.problems[c.ID]) > 0 {
			mark = "!"
		}
		line := table.Line(cols, []string{strings.Repeat(" ", 2*(m.tree.Depth(c.ID)-1)) + c.Code, c.Title,
			i18n.T(m.lang, "kind."+c.Kind.String()), max, mark})
		switch {
		case i == m.cursor:
			line = m.styles.Table.Selected.Render(line)
		case len(m.problems[c.ID]) > 0:
			line = m.styles.Error.Render(line)
		case !c.Scorable():
			line = m.styles.Table.Group.Render(line)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// pane shows the focused row in full with its problems.
func (m Model) pane(width int) string {
	c, ok := m.Focused()
	if !ok {
		return ""
	}
	wrap := lipgloss.NewStyle().Width(max(10, width-4))
	lines := []string{m.styles.Title.Render(m.tree.PathString(c.ID)), wrap.Render(c.Title)}
	if c.Scorable() {
		lines = append(lines, m.styles.Dim.Render(wrap.Render(ruleLine(m.lang, c))))
	} else if c.Capped {
		lines = append(lines, m.styles.Dim.Render(wrap.Render(i18n.T(m.lang, "criteria.capped_note", c.Max))))
	}
	if c.Guidance != "" {
		lines = append(lines, wrap.Render(i18n.TLines(m.lang, "scoring.guidance", c.Guidance)))
	}
	for _, p := range m.problems[c.ID] {
		lines = append(lines, m.styles.Error.Render(wrap.Render("! "+p.Localize(m.lang))))
	}
	if ps := m.problems[""]; len(ps) > 0 {
		for _, p := range ps {
			lines = append(lines, m.styles.Error.Render(wrap.Render("! "+p.Localize(m.lang))))
		}
	}
	return m.styles.Pane.Width(width).Render(strings.Join(lines, "\n"))
}
