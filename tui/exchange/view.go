package exchange

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
	"thidua/tui/status"
	"thidua/tui/table"
)

func t(l i18n.Lang, id string, a ...any) string { return i18n.T(l, id, a...) }

func errCmd(err error) tea.Cmd           { return status.ErrorCmd(err) }
func infoCmd(text string) tea.Cmd        { return status.InfoCmd(text) }
func (m Model) errText(err error) string { return model.Message(m.lang, err) }

// View renders the screen.
func (m Model) View() string {
	if m.dialog != noDialog {
		return m.form.View()
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
		if m.scope.Leader() {
			body = m.boardView()
		} else {
			body = m.unitView()
		}
	}
	if m.busy != "" {
		body += "\n\n" + m.progressView()
	}
	if len(m.result) > 0 {
		body += "\n\n" + m.styles.Pane.Width(max(20, min(m.width, 100)-2)).Render(strings.Join(m.result, "\n"))
	}
	return body
}

// progressView is a bar for a merge, a line for other work.
func (m Model) progressView() string {
	if m.total == 0 {
		return m.styles.Dim.Render(m.busy)
	}
	width := max(10, min(m.width-30, 50))
	filled := width * m.done / m.total
	bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
	return fmt.Sprintf("%s  %s %d/%d", m.busy, bar, m.done, m.total)
}

// wrap renders text to the screen's width (at most 100 cells).
func (m Model) wrap(s string) string {
	return lipgloss.NewStyle().Width(max(20, min(m.width, 100))).Render(s)
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

// waiting reports whether the bloc still waits for the unit's
// self-scores: no file, and none typed here from paper.
func (m Model) waiting(r model.InboxRow) bool { return r.Waiting(m.scope.Inst.UnitID) }

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

func (m Model) filesColumns() []table.Column {
	return table.Fit([]table.Column{
		{Title: m.t("xtui.col.file")},
		{Title: m.t("col.code"), Width: 10},
		{Title: m.t("xtui.col.status"), Width: 18},
		{Title: m.t("xtui.col.new"), Width: 5, Right: true},
		{Title: m.t("xtui.col.changed"), Width: 5, Right: true},
		{Title: m.t("xtui.col.removed"), Width: 5, Right: true},
		{Title: m.t("xtui.col.same"), Width: 8, Right: true},
	}, m.width, 20)
}

// filesView lists the files of a preview or a merge, with the selected
// file's reason and warnings.
func (m Model) filesView() string {
	var b strings.Builder
	head := "xtui.preview_title"
	if m.applied {
		head = "xtui.merged_title"
	}
	b.WriteString(m.styles.Title.Render(m.t(head, len(m.outcomes))) + "\n")
	b.WriteString(m.styles.Dim.Render(m.wrap(m.summary())) + "\n")
	cols := m.filesColumns()
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	detail := m.fileDetail()
	rows := m.filesRows()
	offset := m.fscroll.Top(m.fcursor, rows, len(m.outcomes))
	for i := offset; i < len(m.outcomes) && i < offset+rows; i++ {
		o := m.outcomes[i]
		st := m.t("exchange.status." + o.Status.String())
		if o.DryRun && o.Status == model.StatusApplied {
			st = m.t("exchange.status.would_apply")
		}
		line := table.Line(cols, []string{o.Name, o.Unit, st, count(o.Counts.New), count(o.Counts.Changed),
			count(o.Counts.Removed), count(o.Counts.Unchanged)})
		switch {
		case i == m.fcursor:
			line = m.styles.Table.Selected.Render(line)
		case o.Status == model.StatusRejected || o.Status == model.StatusHeld:
			line = m.styles.Warn.Render(line)
		}
		b.WriteString(line + "\n")
	}
	b.WriteString(detail)
	return strings.TrimRight(b.String(), "\n")
}

func count(n int) string {
	if n == 0 {
		return "·"
	}
	return strconv.Itoa(n)
}

// filesRows is how many files fit above the selected file's detail.
func (m Model) filesRows() int {
	return max(1, m.height-2-lipgloss.Height(m.wrap(m.summary()))-lipgloss.Height(m.fileDetail()))
}

// fileDetail is the selected file's reason, receipt and warnings.
func (m Model) fileDetail() string {
	if m.fcursor >= len(m.outcomes) {
		return ""
	}
	o := m.outcomes[m.fcursor]
	lines := []string{m.interfaceKeys(o.Message(m.lang))}
	if o.Reason == nil && o.DryRun {
		lines[0] = m.t("xtui.would_apply", o.Counts.New, o.Counts.Changed, o.Counts.Removed, o.Counts.Unchanged)
	}
	if o.File != nil {
		lines = append(lines, m.styles.Dim.Render(m.t("xtui.file_from", o.File.AuthorCode, o.File.PeriodCode,
			o.File.Receipt(), o.File.Fingerprint)))
	}
	for _, w := range o.Warnings {
		lines = append(lines, m.styles.Warn.Render("! "+w.Localize(m.lang)))
	}
	if len(m.changes()) > 0 {
		lines = append(lines, m.styles.Dim.Render(m.t("xtui.drill_hint")))
	}
	if !m.applied {
		lines = append(lines, m.styles.Dim.Render(m.t("xtui.apply_hint")))
	}
	return m.styles.Pane.Width(max(20, m.width-2)).Render(m.wrapInner(strings.Join(lines, "\n")))
}

// wrapInner wraps text to the width inside a pane.
func (m Model) wrapInner(s string) string {
	return lipgloss.NewStyle().Width(max(16, m.width-6)).Render(s)
}

// changes are the selected file's rows that change, scores first in the
// table's order (unchanged rows are only counted).
func (m Model) changes() []facts.Change {
	if m.fcursor >= len(m.outcomes) {
		return nil
	}
	order := map[string]int{}
	if m.tree != nil {
		for i, c := range m.tree.Nodes() {
			order[c.ID] = i
		}
	}
	rank := func(c facts.Change) (int, int) {
		row := c.New
		if row == nil {
			row = c.Old
		}
		switch c.Table {
		case facts.TScore:
			return 0, order[facts.MustTable(c.Table).Str(row, "criterion_id")]
		case facts.TRegistration:
			return 1, 0
		}
		return 2, 0
	}
	var out []facts.Change
	for _, c := range m.outcomes[m.fcursor].Changes {
		if c.Kind != facts.Unchanged {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ti, pi := rank(out[i])
		tj, pj := rank(out[j])
		if ti != tj {
			return ti < tj
		}
		return pi < pj
	})
	return out
}

// changesView lists one file's changes, row by row.
func (m Model) changesView() string {
	o := m.outcomes[m.fcursor]
	list := m.changes()
	var b strings.Builder
	b.WriteString(m.styles.Title.Render(m.t("xtui.changes_title", o.Name)) + "\n")
	b.WriteString(m.styles.Dim.Render(m.t("xtui.changes_counts", o.Counts.New, o.Counts.Changed, o.Counts.Removed,
		o.Counts.Unchanged)) + "\n")
	rows := m.changesRows()
	offset := m.cscroll.Top(m.ccursor, rows, len(list))
	for i := offset; i < len(list) && i < offset+rows; i++ {
		line := table.Cell(m.describe(list[i]), max(10, m.width), false)
		if i == m.ccursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// changesRows is how many changes fit under the title.
func (m Model) changesRows() int { return max(1, m.height-2) }

// holdsRows is how many held files fit above the selected one's reason.
func (m Model) holdsRows() int {
	rows := m.height - 2
	if m.hcursor < len(m.holds) {
		rows -= lipgloss.Height(m.holdDetail(m.holds[m.hcursor]))
	}
	return max(1, rows)
}

// describe says one change in words: a score's criterion, stage and
// values; a registration's item; an answer's criterion.
func (m Model) describe(c facts.Change) string {
	row := c.New
	if row == nil {
		row = c.Old
	}
	sign := map[facts.ChangeKind]string{facts.New: "+", facts.Changed: "~", facts.Removed: "−"}[c.Kind]
	t, ok := facts.Lookup(c.Table)
	if !ok {
		return fmt.Sprintf("%s %s", sign, m.t("xtui.change_row", c.Table))
	}
	unit := ""
	if t.Col("unit_id") >= 0 {
		unit = m.units[t.Str(row, "unit_id")].Code
	}
	switch c.Table {
	case facts.TScore:
		pts := func(r facts.Row) string {
			if r == nil {
				return "—"
			}
			return model.Points(t.Int(r, "points_x100")).Localize(m.lang)
		}
		stage, _ := model.ParseStage(t.Str(row, "stage"))
		return fmt.Sprintf("%s %-9s %-10s %-12s %s → %s", sign, unit, m.criterionLabel(t.Str(row, "criterion_id")),
			m.t("stage."+stage.String()), pts(c.Old), pts(c.New))
	case facts.TRegistration:
		item := t.Str(row, "detail") // the text; the item key is a slug
		if item == "" {
			item = t.Str(row, "item")
		}
		return fmt.Sprintf("%s %-9s %s", sign, unit, m.t("xtui.change_registration", item))
	case facts.TExplanation:
		return fmt.Sprintf("%s %-9s %s", sign, unit, m.t("xtui.change_answer", m.criterionLabel(t.Str(row, "criterion_id")),
			t.Str(row, "answer")))
	}
	return fmt.Sprintf("%s %s", sign, m.t("xtui.change_row", c.Table))
}

// holdsView lists the files waiting for a decision, with the selected
// one's reason and next step.
func (m Model) holdsView() string {
	var b strings.Builder
	b.WriteString(m.styles.Title.Render(m.t("xtui.holds_title", len(m.holds))) + "\n")
	if len(m.holds) == 0 {
		b.WriteString(m.styles.Dim.Render(m.t("xtui.no_holds")))
		return b.String()
	}
	cols := table.Fit([]table.Column{
		{Title: "#", Width: 4, Right: true},
		{Title: m.t("xtui.col.hold"), Width: 24},
		{Title: m.t("col.code"), Width: 10},
		{Title: m.t("xtui.col.file")},
		{Title: m.t("xtui.col.received"), Width: 16},
	}, m.width, 20)
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	rows := m.holdsRows()
	top := m.hscroll.Top(m.hcursor, rows, len(m.holds))
	for i := top; i < len(m.holds) && i < top+rows; i++ {
		h := m.holds[i]
		unit := m.units[h.UnitID].Code
		line := table.Line(cols, []string{strconv.FormatInt(h.ID, 10), m.t("exchange.holdkind." + h.Kind.String()),
			unit, h.File.Name, h.File.At.Local().Format("02/01/2006 15:04")})
		if i == m.hcursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if m.hcursor < len(m.holds) {
		b.WriteString(m.holdDetail(m.holds[m.hcursor]))
	}
	return strings.TrimRight(b.String(), "\n")
}

// holdDetail is a held file's reason and what to do.
func (m Model) holdDetail(h model.Hold) string {
	return m.styles.Pane.Width(max(20, m.width-2)).Render(m.wrapInner(m.holdReason(h) + "\n" +
		m.styles.Dim.Render(m.t("xtui.decide_hint"))))
}

// holdReason is why a file is held, in the person's language, from the
// report kept with it.
func (m Model) holdReason(h model.Hold) string {
	var rep struct {
		Reason map[string]string `json:"reason"`
	}
	if json.Unmarshal([]byte(h.File.Report), &rep) == nil {
		if r := rep.Reason[string(m.lang)]; r != "" {
			return m.interfaceKeys(r)
		}
	}
	return m.t("exchange.holdkind." + h.Kind.String())
}

// shortName is a unit's short name ("Sông Cầu"), or its name.
func shortName(u model.Unit) string {
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}
