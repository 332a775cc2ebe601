package results

import (
	"context"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/status"
	"thidua/tui/table"
)

// The history view (v, after the table, the bars and the heat): each
// unit's total and rank in every period the database holds, with a small
// chart on one scale for the whole bloc, and under the list where the
// selected unit lost the most points against the bloc's average in the
// period on show and the one it is compared with (last year's).

// historyMsg carries the history read for the screen.
type historyMsg struct {
	history model.History
}

// loadHistory reads every period's results.
func (m Model) loadHistory() tea.Cmd {
	store := m.store
	return func() tea.Msg {
		h, err := store.ResultHistory(context.Background())
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return historyMsg{history: h}
	}
}

// historyCells is the width of a period's cell: "101,75 (1)".
const historyCells = 12

// historyPic draws the history as a picture.
type historyPic struct {
	m      Model
	h      model.History
	lo, hi model.Points
	first  int // the first period with a column; earlier ones are only in the chart
	nameW  int
	at     int // the period on show
}

func (m Model) newHistory() historyPic {
	g := historyPic{m: m, nameW: 6}
	if m.history != nil {
		g.h = *m.history
	}
	g.lo, g.hi = g.h.Range()
	g.at = g.h.Index(m.periodID)
	for _, p := range m.rows {
		g.nameW = max(g.nameW, min(barNameMax, table.Width(m.unitName(p.UnitID))))
	}
	room := max(1, (m.width-7-g.nameW-len(g.h.Periods)-2)/(historyCells+1))
	g.first = max(0, min(g.at, len(g.h.Periods)-1)-room+1) // the columns end at the period on show
	return g
}

// columns are the periods with a column of their own.
func (g historyPic) columns() []int {
	var out []int
	for i := g.first; i < len(g.h.Periods) && len(out) < max(1, g.at-g.first+1); i++ {
		out = append(out, i)
	}
	return out
}

func (g historyPic) legend() string {
	l := g.m.lang
	if g.m.history == nil {
		return i18n.T(l, "results.loading")
	}
	var names []string
	for _, p := range g.h.Periods {
		names = append(names, p.Code)
	}
	return i18n.T(l, "history.legend", strings.Join(names, " → "), g.lo.Localize(l), g.hi.Localize(l))
}

func (g historyPic) header() string {
	t := func(id string) string { return i18n.T(g.m.lang, id) }
	cells := " " + table.Cell(t("col.rank"), 4, true) + " " + table.Cell(t("col.unit"), g.nameW, false) + " " +
		table.Cell("", max(len(g.h.Periods), 2), false)
	for _, i := range g.columns() {
		cells += " " + table.Cell(g.h.Periods[i].Code, historyCells, true)
	}
	room := g.m.width - table.Width(cells) - 1 // the title is cut after a word, never past the window
	return g.m.styles.Table.Header.Render(cells + " " + table.Cut(t("history.col.lost"), max(0, room)))
}

// lines is a unit's line: its chart, its total and rank in each period
// with a column, and where it lost the most in the period on show.
func (g historyPic) lines(p model.Position, selected bool) []string {
	m := g.m
	name := table.Cell(m.unitName(p.UnitID), g.nameW, false)
	if selected {
		name = m.styles.Table.Selected.Render(name)
	}
	line := mark(selected) + table.Cell(rankText(p), 4, true) + " " + name + " " +
		m.styles.Chart.Bloc.Render(table.Cell(g.h.Sparkline(p.UnitID, g.lo, g.hi), max(len(g.h.Periods), 2), false))
	points := g.h.Units[p.UnitID]
	for _, i := range g.columns() {
		cell := "—"
		if i < len(points) && points[i].Scored {
			cell = points[i].Total.Localize(m.lang) + " (" + rankOf(points[i]) + ")"
		}
		line += " " + table.Cell(cell, historyCells, true)
	}
	if g.at >= 0 && g.at < len(points) {
		room := m.width - table.Width(line) - 1
		line += " " + table.Cut(g.shortText(points[g.at].Shortfalls, false), max(0, room))
	}
	if p.NotRanked != nil {
		line = m.styles.Dim.Render(ansi.Strip(line))
	}
	return []string{line}
}

// rankOf is a unit's rank in a period as the table writes it: "1", "=2"
// for a shared rank, "—" when not ranked.
func rankOf(pt model.HistoryPoint) string {
	switch {
	case pt.Rank == 0:
		return "—"
	case pt.Tied:
		return "=" + strconv.Itoa(pt.Rank)
	}
	return strconv.Itoa(pt.Rank)
}

// shortText writes shortfalls as "V.5 −1,78 · I.3.2 −0,33", with the
// criteria's titles when long.
func (g historyPic) shortText(s []model.Shortfall, long bool) string {
	var parts []string
	for _, f := range s {
		text := f.Code + " −" + f.Lost.Localize(g.m.lang)
		if long {
			text = i18n.T(g.m.lang, "history.lost_long", f.Code, f.Title, f.Lost.Localize(g.m.lang), f.Unit.Localize(g.m.lang),
				f.Average.Localize(g.m.lang))
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, " · ")
}

// historyDetail is the selected unit's shortfalls in the period on show
// and the one compared with it, a line each.
func (m Model) historyDetail(p model.Position) string {
	g := m.newHistory()
	if g.at < 0 {
		return ""
	}
	l := m.lang
	lines := []string{m.styles.Title.Render(i18n.T(l, "history.detail", m.unitName(p.UnitID)))}
	idx := []int{g.at}
	if prev, ok := model.PreviousPeriod(g.h.Periods, g.h.Periods[g.at].ID); ok {
		idx = append(idx, g.h.Index(prev.ID))
	}
	for _, i := range idx {
		text := i18n.T(l, "history.none")
		if pts := g.h.Units[p.UnitID]; i < len(pts) && len(pts[i].Shortfalls) > 0 {
			text = g.shortText(pts[i].Shortfalls, m.width >= 110) // the titles when there is room
		} else if i >= len(pts) || !pts[i].Scored {
			text = i18n.T(l, "history.no_scores")
		}
		lines = append(lines, m.styles.Dim.Width(max(20, m.width)).Render(g.h.Periods[i].Label+": "+text))
	}
	return strings.Join(lines, "\n")
}
