package scoring

import (
	"context"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/status"
	"thidua/tui/table"
)

// The unit's own sheet shows, under its totals, how it did in the periods
// before the one on show — its total and rank in each, drawn as a small
// chart with this period's place — and where it lost the most points
// against the bloc's average in the period compared with this one (last
// year's): what to mind this time.

// pastMsg carries the history read for the sheet's unit.
type pastMsg struct {
	period  string
	history model.History
}

// pastCmd reads every period's results.
func (m Model) pastCmd() tea.Cmd {
	store, period := m.store, m.scope.Period.ID
	return func() tea.Msg {
		h, err := store.ResultHistory(context.Background())
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return pastMsg{period: period, history: h}
	}
}

// pastLine is the unit's history before the period on show: "Các kỳ trước
// ▆█ 2019-H1: 99,25 (hạng 3), mất nhiều nhất V.5 −1,75, …", the losses
// after the period compared with this one; "" when there is none.
func (m Model) pastLine(width int) string {
	if m.past == nil || m.sheet == nil {
		return ""
	}
	h, unit := *m.past, m.sheet.Unit.ID
	at := h.Index(m.scope.Period.ID)
	points := h.Units[unit]
	if at <= 0 || len(points) <= at {
		return ""
	}
	l := m.lang
	lo, hi := h.Range()
	prev, hasPrev := model.PreviousPeriod(h.Periods, m.scope.Period.ID)
	var parts []string
	for i := 0; i < at; i++ {
		pt := points[i]
		if !pt.Scored {
			continue
		}
		rank := "—"
		if pt.Rank > 0 {
			rank = strconv.Itoa(pt.Rank)
		}
		part := i18n.T(l, "past.period", h.Periods[i].Code, pt.Total.Localize(l), rank)
		if hasPrev && h.Periods[i].ID == prev.ID && len(pt.Shortfalls) > 0 {
			var lost []string
			for _, s := range pt.Shortfalls {
				lost = append(lost, s.Code+" −"+s.Lost.Localize(l))
			}
			part += i18n.T(l, "past.lost", strings.Join(lost, ", "))
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return ""
	}
	line := i18n.T(l, "past.head", h.Sparkline(unit, lo, hi)) + " " + strings.Join(parts, " · ")
	return m.styles.Dim.Render(table.Cut(line, max(1, width)))
}
