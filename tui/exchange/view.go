package exchange

import (
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/tui/table"
)

// View renders the screen.
func (m Model) View() string {
	if m.dialog.Open() && !(m.dialog.Waiting() && m.job.Running()) {
		return m.dialog.View()
	}
	if !m.scope.Ready() {
		return m.styles.Dim.Render(m.t("xtui.loading"))
	}
	var body string
	switch m.mode {
	case filesMode:
		body = m.filesView()
	case changesMode:
		body = m.changesView()
	case holdsMode:
		body = m.holdsView()
	default:
		switch {
		case m.scope.Leader():
			body = m.boardView()
		case m.scope.Province():
			body = m.provinceView()
		default:
			body = m.unitView()
		}
	}
	if m.job.Running() {
		// First, where a long list cannot push it out of the window.
		body = m.job.View(m.styles, m.width, m.t("work.stopping")) + "\n\n" + body
	}
	if len(m.result) > 0 {
		body += "\n\n" + m.styles.Pane.Width(max(20, min(m.width, 100)-2)).Render(strings.Join(m.result, "\n"))
	}
	return body
}

// wrap renders text to the screen's width (at most 100 cells).
func (m Model) wrap(s string) string {
	return lipgloss.NewStyle().Width(max(20, min(m.width, 100))).Render(s)
}

// wrapInner wraps text to the width inside a pane.
func (m Model) wrapInner(s string) string {
	return lipgloss.NewStyle().Width(max(16, m.width-6)).Render(s)
}

// title is the screen's first line: what it is, the period, and this
// installation's key fingerprint (read out on the phone).
func (m Model) title() string {
	left := m.styles.Title.Render(m.t("xtui.title", m.scope.Period.Label))
	if m.fingerprint == "" {
		return left
	}
	right := m.styles.Dim.Render(m.t("xtui.own_key", m.fingerprint))
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return left + "\n" + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// narrow reports whether the window is too narrow for the board's receipt
// column (an 80-column console).
func (m Model) narrow() bool { return m.width < 110 }

func (m Model) boardColumns() []table.Column {
	if m.narrow() {
		// An 80-column console: the key's verification and the received
		// time go first when the unit's name would be squeezed.
		return table.Fit([]table.Column{
			{Title: m.t("col.code"), Width: 9},
			{Title: m.t("col.unit")},
			{Title: m.t("xtui.col.review"), Width: 13},
			{Title: m.t("xtui.col.received"), Width: 11, Drop: 2},
			{Title: m.t("xtui.col.key"), Width: 13, Drop: 3},
			{Title: m.t("xtui.col.holds"), Width: 3, Right: true},
			{Title: m.t("xtui.col.deadline"), Width: 13, Drop: 1},
		}, m.width, 10)
	}
	return table.Fit([]table.Column{
		{Title: m.t("col.code"), Width: 10},
		{Title: m.t("col.unit")},
		{Title: m.t("xtui.col.review"), Width: 14},
		{Title: m.t("xtui.col.received"), Width: 16},
		{Title: m.t("xtui.col.receipt"), Width: 19},
		{Title: m.t("xtui.col.key"), Width: 13},
		{Title: m.t("xtui.col.holds"), Width: 4, Right: true},
		{Title: m.t("xtui.col.deadline"), Width: 17},
	}, m.width, 12)
}

// boardView is the leader's inbox board.
func (m Model) boardView() string {
	var b strings.Builder
	b.WriteString(m.title() + "\n")
	b.WriteString(m.boardIntro() + "\n")
	cols := m.boardColumns()
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	detail := m.boardDetail()
	rows := m.boardRows()
	offset := m.scroll.Top(m.cursor, rows, len(m.rows))
	for i := offset; i < len(m.rows) && i < offset+rows; i++ {
		line := table.Line(cols, m.boardCells(m.rows[i]))
		if i == m.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if detail != "" {
		b.WriteString(detail)
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m Model) boardCells(r model.InboxRow) []string {
	name := shortName(r.Unit)
	review := m.t("exchange.review." + r.Review.String())
	received, receipt := "—", "—"
	switch {
	case r.Unit.ID == m.scope.Inst.UnitID:
		review = m.t("xtui.own_unit")
	case r.Review == model.ReviewMissing && r.SelfScores > 0:
		review = m.t("xtui.typed_here")
	}
	if r.Last != nil {
		received = r.Last.At.Local().Format("02/01/2006 15:04")
		receipt = model.Receipt(r.Last.Seq, r.Last.ContentHash)
		if m.narrow() {
			received = r.Last.At.Local().Format("02/01 15:04")
		}
	}
	keyText := m.t("xtui.keyshort.none")
	if r.KeyVerified != "" {
		keyText = m.t("xtui.keyshort." + r.KeyVerified)
	}
	holds := ""
	if r.OpenHolds > 0 {
		holds = strconv.Itoa(r.OpenHolds)
	}
	if r.Flagged > 0 {
		review += " ∆"
	}
	if r.Overridden > 0 {
		review += " ≠" + strconv.Itoa(r.Overridden)
	}
	deadline := ""
	if m.waiting(r) {
		deadline = m.countdown(r.Deadline)
	}
	if m.narrow() {
		return []string{r.Unit.Code, name, review, received, keyText, holds, deadline}
	}
	return []string{r.Unit.Code, name, review, received, receipt, keyText, holds, deadline}
}

// countdown says how long is left until a deadline, in days.
func (m Model) countdown(deadline time.Time) string {
	if deadline.IsZero() {
		return "—"
	}
	now := m.now()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	day := time.Date(deadline.Year(), deadline.Month(), deadline.Day(), 0, 0, 0, 0, time.UTC)
	days := int(day.Sub(today).Hours() / 24)
	switch {
	case days > 0:
		return m.t("xtui.days_left", days)
	case days == 0:
		return m.t("xtui.due_today")
	}
	return m.t("xtui.days_late", -days)
}

// boardDetail shows the selected unit's return and answers, if any.
func (m Model) boardDetail() string {
	u, ok := m.selectedUnit()
	if !ok {
		return ""
	}
	rs := m.returnsOf(u.ID)
	if len(rs) == 0 {
		return ""
	}
	lines := []string{m.styles.Title.Render(m.t("xtui.returned_head", u.Name))}
	for _, r := range rs {
		lines = append(lines, m.t("xtui.return_line", m.criterionLabel(r.CriterionID), r.Reason))
		if a := m.answers[r.UnitID+"/"+r.CriterionID]; a != "" {
			lines = append(lines, "    "+m.t("xtui.answer_line", a))
		}
	}
	lines = append(lines, m.styles.Dim.Render(m.t("xtui.clear_hint")))
	return m.styles.Pane.Width(max(20, m.width-2)).Render(strings.Join(lines, "\n"))
}

// criterionLabel names a criterion by its code, with its path where the
// code repeats ("II.1."), or the whole sheet.
func (m Model) criterionLabel(id string) string {
	return criterionName(m.tree, id, m.t("xtui.whole_sheet"))
}

// boardIntro says how many units sent nothing yet, the keys, and the held
// files waiting.
func (m Model) boardIntro() string {
	missing, held := 0, len(m.holds)
	for _, r := range m.rows {
		if m.waiting(r) {
			missing++
		}
	}
	intro := m.t("xtui.board_intro", len(m.rows), missing)
	if held > 0 {
		intro += " " + m.t("xtui.board_holds", held)
	}
	return m.styles.Dim.Render(m.wrap(intro))
}

// boardRows is how many units fit on the board above the selected unit's
// return.
func (m Model) boardRows() int {
	rows := m.height - lipgloss.Height(m.title()) - lipgloss.Height(m.boardIntro()) - 1
	if d := m.boardDetail(); d != "" {
		rows -= lipgloss.Height(d)
	}
	return max(1, rows)
}

// unitView is the unit's own side of the exchange.
func (m Model) unitView() string {
	var lines []string
	lines = append(lines, m.title(), "")
	leader := m.units[m.scope.Bloc.LeaderUnitID]
	lines = append(lines, m.wrap(m.t("xtui.unit_leader", shortName(m.scope.Own), shortName(leader))))
	if leader.Fingerprint != "" {
		lines = append(lines, m.t("xtui.unit_leader_key", leader.Fingerprint))
	}
	if d := m.scope.Period.SelfScoreCloses; !d.IsZero() {
		lines = append(lines, m.t("xtui.unit_deadline", d.Format("02/01/2006"), m.countdown(d)))
	}
	last := (*model.SentFile)(nil)
	for i, s := range m.sent {
		if s.Kind == model.KindSubmission {
			last = &m.sent[i]
			break
		}
	}
	if last == nil {
		lines = append(lines, m.styles.Warn.Render(m.t("xtui.unit_not_sent")))
	} else {
		lines = append(lines, m.wrap(m.t("xtui.unit_sent", last.Name, last.At.Local().Format("02/01/2006 15:04"),
			model.Receipt(last.Seq, last.ContentHash))))
	}
	lines = append(lines, "")
	if len(m.returns) == 0 {
		lines = append(lines, m.styles.Dim.Render(m.wrap(m.t("xtui.unit_how"))))
		return strings.Join(lines, "\n")
	}
	lines = append(lines, m.styles.Warn.Render(m.wrap(m.t("xtui.unit_returned"))), "")
	cols := table.Fit([]table.Column{
		{Title: m.t("col.code"), Width: 10},
		{Title: m.t("xtui.col.reason")},
		{Title: m.t("xtui.col.answer")},
	}, m.width, 20)
	lines = append(lines, m.styles.Table.Header.Render(table.Header(cols)))
	for i, r := range m.returns {
		line := table.Line(cols, []string{m.criterionLabel(r.CriterionID), r.Reason, m.answers[r.UnitID+"/"+r.CriterionID]})
		if i == m.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// shortName is a unit's short name ("Sông Cầu"), or its name.
func shortName(u model.Unit) string {
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}

// waiting reports whether the bloc still waits for the unit's
// self-scores: no file, and none typed here from paper.
func (m Model) waiting(r model.InboxRow) bool { return r.Waiting(m.scope.Inst.UnitID) }
