package pick

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"thidua/tui/table"
)

// View renders the picker as a framed box: what it is for, where it is,
// the field, the list and its keys.
func (m Model) View() string {
	inner := max(20, m.width-4)
	wrap := lipgloss.NewStyle().Width(inner)
	var lines []string
	if m.opts.Title != "" {
		lines = append(lines, m.styles.Title.Render(table.Cut(m.opts.Title, inner)))
	}
	for _, l := range m.introLines() {
		lines = append(lines, m.styles.Dim.Render(l))
	}
	where := m.t("pick.places")
	if m.dir != "" {
		where = m.t("pick.in", m.dir)
	}
	lines = append(lines, m.styles.Title.Render(table.Cut(where, inner)))
	lines = append(lines, m.field.View())
	rows := m.rows()
	if m.loading {
		lines = append(lines, m.styles.Dim.Render(m.t("pick.reading")))
		rows--
	}
	switch {
	case len(m.shown) == 0 && m.dir == "" && !m.loading:
		lines = append(lines, m.styles.Dim.Render(wrap.Render(m.t("pick.no_places"))))
	case len(m.shown) == 0 && !m.loading:
		lines = append(lines, m.styles.Dim.Render(wrap.Render(m.t("pick.empty_"+m.modeName()))))
	}
	top := m.scroll.Top(m.cursor, rows, len(m.shown))
	for i := top; i < len(m.shown) && i < top+rows; i++ {
		line := m.entryLine(m.shown[i], inner)
		if i == m.cursor {
			line = m.styles.Table.Selected.Render(line)
		} else if m.shown[i].take {
			line = m.styles.Title.Render(line)
		}
		lines = append(lines, line)
	}
	if m.msg != "" {
		lines = append(lines, m.styles.Error.Render(wrap.Render(m.msg)))
	}
	lines = append(lines, m.styles.Dim.Render(m.keysLine(inner)))
	return m.styles.Pane.Width(inner + 4).Render(strings.Join(lines, "\n")) // the border and padding are inside the width
}

// introLines is the intro wrapped to the box, at most three lines.
func (m Model) introLines() []string {
	if m.opts.Intro == "" {
		return nil
	}
	inner := max(20, m.width-4)
	lines := strings.Split(lipgloss.NewStyle().Width(inner).Render(m.opts.Intro), "\n")
	if len(lines) > 3 {
		lines = lines[:3]
		lines[2] = table.Cut(strings.TrimRight(lines[2], " ")+" …", inner)
	}
	return lines
}

func (m Model) modeName() string { return [...]string{"file", "files", "folder"}[m.opts.Mode] }

// entryLine is one row: the take row, a place, a folder or a file with
// its size and date.
func (m Model) entryLine(e entry, width int) string {
	switch {
	case e.take && e.count < 0:
		return table.Cell("★ "+m.t("pick.take_new_folder"), width, false)
	case e.take && m.opts.Mode == Folder:
		return table.Cell("★ "+m.t("pick.take_folder"), width, false)
	case e.take:
		return table.Cell("★ "+m.t("pick.take_files", e.count), width, false)
	case e.place != nil:
		what := e.place.Path
		if e.place.Removable {
			what = m.t("pick.removable") + " · " + what
		}
		cols := table.Fit([]table.Column{{Width: 2}, {Width: min(24, width/3)}, {}}, width, 10)
		return table.Line(cols, []string{"▸", e.name, what})
	case e.dir:
		return table.Cell("▸ "+e.name+"/", width, false)
	}
	cols := table.Fit([]table.Column{{Width: 2}, {}, {Width: 8, Right: true, Drop: 2}, {Width: 11, Drop: 1}}, width, 16)
	return table.Line(cols, []string{"", e.name, size(e.size), e.mod.Local().Format("02/01 15:04")})
}

// keysLine names the keys, as many as fit, whole.
func (m Model) keysLine(width int) string {
	var parts []string
	for _, b := range []key.Binding{m.keys.choose, m.keys.up, m.keys.back, m.keys.open, m.keys.cancel} {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	parts = append(parts, m.t("pick.key.type"))
	return table.Parts(parts, " · ", width)
}

// size is a file's size as people read it.
func size(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}
