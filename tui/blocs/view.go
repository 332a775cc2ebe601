package blocs

import (
	"fmt"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/chrome"
	"thidua/tui/table"
)

// View is the board, or the table across blocs.
func (m Model) View() string {
	if m.dialog.Open() {
		return m.dialog.View()
	}
	if m.help {
		return chrome.FullHelp(m.styles, i18n.T(m.lang, "app.help_title"), m.FullHelp(), m.width, m.height)
	}
	if m.cross {
		return m.crossView()
	}
	t := func(id string, args ...any) string { return i18n.T(m.lang, id, args...) }
	var b strings.Builder
	title := t("blocs.title_reading")
	if m.loaded {
		title = t("blocs.title", len(m.blocs))
	}
	b.WriteString(m.styles.Title.Render(title) + "\n")
	if m.loaded && len(m.blocs) == 0 {
		b.WriteString(m.styles.Dim.Render(t("blocs.none")) + "\n")
		return b.String()
	}
	b.WriteString(m.styles.Dim.Render(hint(t("blocs.hint"), m.width)) + "\n")
	cols := table.Fit([]table.Column{
		{Title: t("blocs.col_bloc"), Width: 10}, {Title: t("blocs.col_leader"), Width: 0},
		{Title: t("blocs.col_period"), Width: 6, Drop: 4}, {Title: t("blocs.col_file"), Width: 11},
		{Title: t("blocs.col_receipt"), Width: 19, Drop: 2}, {Title: t("blocs.col_key"), Width: 13, Drop: 3},
		{Title: t("blocs.col_units"), Width: 6, Right: true}, {Title: t("blocs.col_state"), Width: 23},
		{Title: t("blocs.col_deadline"), Width: 13, Drop: 1},
	}, m.width, 14)
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	rows := max(1, m.height-4)
	offset := m.scroll.Top(m.cursor, rows, len(m.blocs))
	for i := offset; i < len(m.blocs) && i < offset+rows; i++ {
		line := table.Line(cols, m.blocCells(i))
		if i == m.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// hint fits a line of hints to width: whole hints are dropped from the
// end, never cut mid-word.
func hint(s string, width int) string {
	return table.Parts(strings.Split(s, " · "), " · ", max(1, width))
}

// blocCells is bloc i's row of the board.
func (m Model) blocCells(i int) []string {
	t := func(id string, args ...any) string { return i18n.T(m.lang, id, args...) }
	r := m.blocs[i]
	leader := r.Leader.ShortName
	if leader == "" {
		leader = r.Leader.Code
	}
	file, receipt, key, deadline := "—", "—", t("blocs.key.none"), "—"
	if r.Last != nil {
		file = r.Last.At.Local().Format("02/01 15:04")
		receipt = fmt.Sprintf("%d-%.8s", r.Last.Seq, r.Last.ContentHash)
	}
	if r.KeyVerified != "" {
		key = t("blocs.key." + r.KeyVerified)
	}
	if days, ok := r.DaysLeft(m.now); ok {
		deadline = t("province.days_left", days)
		if days < 0 {
			deadline = t("province.days_past", -days)
		}
	}
	return []string{r.Bloc.Code, leader, r.Period.Code, file, receipt, key, fmt.Sprint(r.Units),
		t("province.state." + r.State().String()), deadline}
}

// crossView ranks the units of every bloc together, kind by kind.
func (m Model) crossView() string {
	t := func(id string, args ...any) string { return i18n.T(m.lang, id, args...) }
	var b strings.Builder
	kind := t("blocs.all_kinds")
	if m.kind < len(m.kinds) {
		kind = m.kinds[m.kind]
		if kind == "" {
			kind = t("blocs.no_kind")
		}
	}
	list := m.crossRows()
	b.WriteString(m.styles.Title.Render(t("blocs.cross_title", kind, len(list))) + "\n")
	b.WriteString(m.styles.Dim.Render(hint(t("blocs.cross_hint"), m.width)) + "\n")
	if m.results == nil {
		b.WriteString(m.styles.Dim.Render(t("blocs.reading")) + "\n")
		return b.String()
	}
	cols := table.Fit([]table.Column{
		{Title: t("col.rank"), Width: 5, Right: true}, {Title: t("col.unit"), Width: 0},
		{Title: t("blocs.col_bloc"), Width: 10}, {Title: t("blocs.col_bloc_rank"), Width: 9, Right: true, Drop: 2},
		{Title: t("col.stage"), Width: 15, Drop: 1}, {Title: t("col.total"), Width: 8, Right: true},
	}, m.width, 16)
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	rows := max(1, m.height-4)
	offset := m.scroll.Top(m.cursor, rows, len(list))
	for i := offset; i < len(list) && i < offset+rows; i++ {
		e := list[i]
		rank := fmt.Sprint(e.Position.Rank)
		if e.Position.Tied {
			rank += "="
		}
		name := e.Unit.ShortName
		if name == "" {
			name = e.Unit.Name
		}
		cells := []string{rank, name, e.Bloc.Code, fmt.Sprint(m.blocRank(e)), t("stage." + e.Position.Stage.String()),
			e.Position.Totals.Total.Localize(m.lang)}
		line := table.Line(cols, cells)
		if i == m.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// blocRank is the unit's rank in its own bloc.
func (m Model) blocRank(e model.CrossEntry) int {
	for _, r := range m.results {
		if r.Bloc.ID != e.Bloc.ID {
			continue
		}
		for _, p := range r.Ranking.Ranked {
			if p.UnitID == e.Unit.ID {
				return p.Rank
			}
		}
	}
	return 0
}
