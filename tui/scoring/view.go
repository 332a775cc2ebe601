package scoring

import (
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

// sidePaneWidth is the width of the criterion pane when the window is wide
// enough to put it beside the table.
const sidePaneWidth = 42

// View renders the screen.
func (m Model) View() string {
	if m.sheet == nil {
		if m.picker != nil {
			return m.picker.view(min(m.width, 90), max(8, m.height/2))
		}
		if m.noUnit() {
			return m.styles.Dim.Width(max(20, m.width)).Render(i18n.T(m.lang, "scoring.no_unit"))
		}
		return m.styles.Dim.Render(i18n.T(m.lang, "scoring.loading"))
	}
	l := m.layout()
	top := []string{m.titleLine(), m.bannerLine()}
	bottom := []string{m.totalsLine(l.tableWidth), m.inputLine(l.tableWidth)}
	if past := m.pastLine(l.tableWidth); past != "" {
		bottom = append(bottom[:1], past, bottom[1])
	}
	grid := m.grid(l.tableWidth, l.rows)
	left := strings.Join(append([]string{grid}, bottom...), "\n")
	body := left
	if l.side {
		body = table.Beside(left, l.tableWidth+1, l.pane)
	} else {
		body = left + "\n" + l.pane
	}
	return strings.Join(top, "\n") + "\n" + body
}

// screenLayout is where the parts of the screen go.
type screenLayout struct {
	tableWidth int
	side       bool   // the pane is beside the table (a wide window)
	pane       string // the criterion pane, a dialog or the unit picker
	rows       int    // table rows that fit
}

// layout places the table and the pane: beside each other from 110
// columns, else the pane (or an open dialog) under the table.
func (m Model) layout() screenLayout {
	l := screenLayout{tableWidth: m.width, side: m.width >= 110}
	if l.side {
		l.tableWidth = m.width - sidePaneWidth - 1
	}
	switch {
	case m.picker != nil:
		l.pane, l.side, l.tableWidth = m.picker.view(min(m.width, 90), max(8, m.height/2)), false, m.width
	case m.dialog.Open():
		l.pane, l.side, l.tableWidth = m.dialog.View(), false, m.width
	case l.side:
		l.pane = m.pane(sidePaneWidth, m.height-2)
	default:
		l.pane = m.pane(m.width, 6)
	}
	l.rows = m.height - 2 - 2 - 1 // title and banner, totals and input, header line
	if m.pastLine(l.tableWidth) != "" {
		l.rows-- // the unit's past
	}
	if !l.side {
		l.rows -= lipgloss.Height(l.pane)
	}
	l.rows = max(1, l.rows)
	return l
}

// follow keeps the cursor's row in the table's window.
func (m *Model) follow() {
	if m.sheet == nil {
		return
	}
	m.scroll.Follow(m.cursor, m.layout().rows, len(m.rows))
}

func (m Model) stageName(s model.Stage) string { return i18n.T(m.lang, "stage."+s.String()) }

func (m Model) titleLine() string {
	u := m.sheet.Unit
	name := u.ShortName
	if name == "" {
		name = u.Name
	}
	left := m.styles.Title.Render(i18n.T(m.lang, "scoring.title", name, m.stageName(m.stage)))
	right := m.styles.Dim.Render(i18n.T(m.lang, "scoring.missing_count", len(m.shown.Missing), m.shown.Scorable))
	if len(m.shown.Missing) == 0 {
		right = m.styles.Status.Render(i18n.T(m.lang, "scoring.complete_short"))
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left // the count goes whole, the name stays
	}
	return left + strings.Repeat(" ", gap) + right
}

// bannerLine says why a typed value was refused, why the sheet is locked,
// or how to type.
func (m Model) bannerLine() string {
	fit := func(s string) string { return table.Sentences(s, max(1, m.width)) }
	if m.errMsg != "" {
		return m.styles.Error.Render(fit(m.errMsg))
	}
	if err := m.lockErr(); err != nil {
		return m.styles.Error.Render(fit(model.Message(m.lang, err)))
	}
	if m.stage == model.StageProvince {
		return m.styles.Dim.Render(fit(i18n.T(m.lang, "scoring.hint_province")))
	}
	if m.stage > model.StageSelf {
		return m.styles.Dim.Render(fit(i18n.T(m.lang, "scoring.hint_review")))
	}
	if len(m.sheet.Returns) > 0 {
		text := i18n.T(m.lang, "scoring.sheet_returned", len(m.sheet.Returns))
		if !m.scope.Leader() {
			text += " " + i18n.T(m.lang, "scoring.answer_key")
		}
		if reason, whole := m.sheet.Returns[""]; whole {
			text = i18n.T(m.lang, "scoring.returned", reason) + " — " + text
		}
		return m.styles.Warn.Render(fit(text))
	}
	return m.styles.Dim.Render(fit(i18n.T(m.lang, "scoring.hint")))
}

// showBloc reports whether the bloc column is shown: when reviewing, or
// when the bloc has reviewed anything.
func (m Model) showBloc() bool { return m.stage >= model.StageBloc || m.reviewed }

// showProvince reports whether the province's column is shown: at the
// province, or when it has reviewed anything.
func (m Model) showProvince() bool { return m.stage >= model.StageProvince || m.provinced }

func (m Model) columns(width int) []table.Column {
	t := func(id string) string { return i18n.T(m.lang, id) }
	cols := []table.Column{
		{Title: t("col.code"), Width: 10},
		{Title: t("col.criterion")},
		{Title: t("col.max"), Width: 6, Right: true},
		{Title: t("col.self_total"), Width: 8, Right: true},
	}
	if m.showBloc() {
		cols = append(cols, table.Column{Title: t("col.bloc_total"), Width: 9, Right: true})
	}
	if m.showProvince() {
		cols = append(cols, table.Column{Title: t("col.province_total"), Width: 9, Right: true})
	}
	cols = append(cols, table.Column{Width: 1})
	return table.Fit(cols, width, 12)
}

// grid renders the header and the visible rows of the table.
func (m Model) grid(width, rows int) string {
	cols := m.columns(width)
	lines := []string{m.styles.Table.Header.Render(table.Header(cols))}
	start := m.scroll.Top(m.cursor, rows, len(m.rows))
	for i := start; i < len(m.rows) && i < start+rows; i++ {
		lines = append(lines, m.row(i, cols))
	}
	return strings.Join(lines, "\n")
}

func (m Model) row(i int, cols []table.Column) string {
	c := m.rows[i]
	tree := m.sheet.Tree
	indent := strings.Repeat(" ", 2*(tree.Depth(c.ID)-1))
	max := c.Max.Localize(m.lang)
	if c.Kind == model.Deduction {
		max = "-" + max
	}
	cells := []string{indent + c.Code, c.Title, max}
	if !c.Scorable() {
		cells = append(cells, m.self.Value[c.ID].Localize(m.lang))
		if m.showBloc() {
			cells = append(cells, m.bloc.Value[c.ID].Localize(m.lang))
		}
		if m.showProvince() {
			cells = append(cells, m.province.Value[c.ID].Localize(m.lang))
		}
		cells = append(cells, "")
		return m.styles.Table.Group.Render(table.Line(cols, cells))
	}
	cells = append(cells, m.cell(c, model.StageSelf, i))
	if m.showBloc() {
		cells = append(cells, m.cell(c, model.StageBloc, i))
	}
	if m.showProvince() {
		cells = append(cells, m.cell(c, model.StageProvince, i))
	}
	cells = append(cells, m.mark(c))
	line := table.Line(cols, cells)
	if i == m.cursor {
		return m.styles.Table.Selected.Render(line)
	}
	return line
}

// cell shows a criterion's points at a stage, or what is being typed there.
func (m Model) cell(c model.Criterion, s model.Stage, i int) string {
	if i == m.cursor && s == m.stage && len(m.buf) > 0 {
		return string(m.buf) + "_"
	}
	r, ok := m.sheet.Rows[c.ID][s]
	if !ok {
		if s > model.StageSelf {
			return "" // the stage below stands
		}
		return ""
	}
	v := r.Points.Localize(m.lang)
	if c.Kind == model.Deduction && r.Points > 0 {
		v = "-" + v
	}
	return v
}

// mark is the row's status mark.
func (m Model) mark(c model.Criterion) string {
	if m.lockErr() != nil {
		return markLocked
	}
	if _, returned := m.sheet.Returns[c.ID]; returned && m.sheet.Answers[c.ID] == "" {
		return markReturn
	}
	rows := m.sheet.Rows[c.ID]
	if rows[model.StageSelf].Flag == model.FlagOverridden {
		return markOverridden
	}
	for _, r := range rows {
		if r.Flag == model.FlagChangedAfter {
			return markChanged
		}
	}
	if _, ok := m.sheet.Effective(c.ID, m.stage); !ok {
		return markMissing
	}
	for _, r := range rows {
		if r.Note != "" || r.Evidence != "" {
			return markNote
		}
	}
	return markSaved
}

// totalsLine adds up the sheet at the stage on show.
func (m Model) totalsLine(width int) string {
	t := m.shown
	s := i18n.T(m.lang, "scoring.totals", t.Standard, m.sheet.Tree.StandardMax(), t.Bonus, t.Deduction, t.Total)
	if m.stage > model.StageSelf {
		s += i18n.T(m.lang, "scoring.totals_self", m.self.Total)
	}
	return m.styles.Title.MaxWidth(max(1, width)).Render(s)
}

// inputLine names the focused criterion, what to type and, after a
// refusal, why.
func (m Model) inputLine(width int) string {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		return ""
	}
	label := m.sheet.Tree.Label(c.ID)
	what := i18n.T(m.lang, "scoring.type_"+c.Rule.Kind.String(), c.Max)
	parts := []string{label, what}
	if len(m.buf) > 0 {
		typed := "› " + string(m.buf) + "_"
		// A rule's measure shows the points it gives, rounded as saved.
		if p, _, err := model.Evaluate(c, string(m.buf), m.sheet.Rules.Step); err == nil && m.errMsg == "" && !c.Rule.IsDirect() {
			typed += " → " + p.Localize(m.lang)
		}
		parts = []string{label, typed, what}
	}
	line := table.Parts(parts, " · ", max(1, width))
	if m.errMsg != "" {
		return m.styles.Error.Render(line)
	}
	return m.styles.Dim.Render(line)
}
