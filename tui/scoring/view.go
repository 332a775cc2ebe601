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
		return m.styles.Dim.Render(i18n.T(m.lang, "scoring.loading"))
	}
	var top []string
	top = append(top, m.titleLine(), m.bannerLine())
	tableWidth, side := m.width, m.width >= 110
	if side {
		tableWidth = m.width - sidePaneWidth - 1
	}
	bottom := []string{m.totalsLine(tableWidth), m.inputLine(tableWidth)}
	var pane string
	switch {
	case m.picker != nil:
		pane = m.picker.view(min(m.width, 90), max(8, m.height/2))
		side = false
	case m.dialog != noDialog:
		pane = m.form.View()
		side = false
	case side:
		pane = m.pane(sidePaneWidth, m.height-2)
	default:
		pane = m.pane(m.width, 6)
	}
	rowsRoom := m.height - len(top) - len(bottom) - 1 // header line
	if !side {
		rowsRoom -= lipgloss.Height(pane)
	}
	grid := m.grid(tableWidth, max(1, rowsRoom))
	left := strings.Join(append([]string{grid}, bottom...), "\n")
	body := left
	if side {
		body = table.Beside(left, tableWidth+1, pane)
	} else {
		body = left + "\n" + pane
	}
	return strings.Join(top, "\n") + "\n" + body
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
	gap := max(1, m.width-lipgloss.Width(left)-lipgloss.Width(right))
	return left + strings.Repeat(" ", gap) + right
}

// bannerLine says why a typed value was refused, why the sheet is locked,
// or how to type.
func (m Model) bannerLine() string {
	if m.errMsg != "" {
		return m.styles.Error.MaxWidth(max(1, m.width)).Render(m.errMsg)
	}
	if err := m.lockErr(); err != nil {
		return m.styles.Error.MaxWidth(max(1, m.width)).Render(model.Message(m.lang, err))
	}
	if m.stage > model.StageSelf {
		return m.styles.Dim.MaxWidth(max(1, m.width)).Render(i18n.T(m.lang, "scoring.hint_review"))
	}
	if len(m.sheet.Returns) > 0 {
		text := i18n.T(m.lang, "scoring.sheet_returned", len(m.sheet.Returns))
		if reason, whole := m.sheet.Returns[""]; whole {
			text = i18n.T(m.lang, "scoring.returned", reason) + " — " + text
		}
		return m.styles.Warn.MaxWidth(max(1, m.width)).Render(text)
	}
	return m.styles.Dim.MaxWidth(max(1, m.width)).Render(i18n.T(m.lang, "scoring.hint"))
}

// showBloc reports whether the bloc column is shown: when reviewing, or
// when the bloc has reviewed anything.
func (m Model) showBloc() bool { return m.stage >= model.StageBloc || m.reviewed }

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
	cols = append(cols, table.Column{Width: 1})
	return table.Fit(cols, width, 12)
}

// grid renders the header and the visible rows of the table.
func (m Model) grid(width, rows int) string {
	cols := m.columns(width)
	lines := []string{m.styles.Table.Header.Render(table.Header(cols))}
	start := table.Window(m.cursor, m.offset, rows, len(m.rows))
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
			cells = append(cells, m.shown.Value[c.ID].Localize(m.lang))
		}
		cells = append(cells, "")
		return m.styles.Table.Group.Render(table.Line(cols, cells))
	}
	cells = append(cells, m.cell(c, model.StageSelf, i))
	if m.showBloc() {
		cells = append(cells, m.cell(c, model.StageBloc, i))
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
	for _, r := range rows {
		if r.Flag == model.FlagChangedAfter {
			return markChanged
		}
	}
	if _, ok := m.effective(c.ID); !ok {
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
	line := label + " · " + what
	if len(m.buf) > 0 {
		line += " › " + string(m.buf) + "_"
	}
	out := m.styles.Dim.Render(line)
	if m.errMsg != "" {
		out = m.styles.Error.Render(line)
	}
	return lipgloss.NewStyle().MaxWidth(max(1, width)).Render(out)
}

// pane shows the focused criterion in full: its text, maximum, rule,
// guidance, the scores of each stage with notes, and on h its history.
func (m Model) pane(width, height int) string {
	c, ok := m.Focused()
	if !ok {
		return ""
	}
	inner := max(10, width-4)
	wrap := lipgloss.NewStyle().Width(inner)
	tree := m.sheet.Tree
	var lines []string
	lines = append(lines, m.styles.Title.Render(tree.PathString(c.ID)+" · "+i18n.T(m.lang, "kind."+c.Kind.String())))
	lines = append(lines, wrap.Render(c.Title))
	if c.Scorable() {
		lines = append(lines, m.styles.Dim.Render(wrap.Render(c.Rule.Describe(m.lang, c.Max))))
	} else {
		lines = append(lines, m.styles.Dim.Render(i18n.T(m.lang, "scoring.group_total", m.shown.Value[c.ID], c.Max)))
	}
	if c.Guidance != "" {
		lines = append(lines, wrap.Render(i18n.T(m.lang, "scoring.guidance", c.Guidance)))
	}
	for _, s := range model.Stages {
		r, has := m.sheet.Rows[c.ID][s]
		if !has {
			continue
		}
		v := r.Points.Localize(m.lang)
		if r.Input != "" {
			v = r.Input + " → " + v
		}
		lines = append(lines, wrap.Render(i18n.T(m.lang, "scoring.stage_value", m.stageName(s), v)))
		if r.Note != "" {
			lines = append(lines, wrap.Render("  "+i18n.T(m.lang, "scoring.note_line", r.Note)))
		}
		if r.Evidence != "" {
			lines = append(lines, wrap.Render("  "+i18n.T(m.lang, "scoring.evidence_line", r.Evidence)))
		}
		if r.Flag != "" {
			lines = append(lines, m.styles.Warn.Render(wrap.Render("  ! "+model.Errorf(r.Flag).Localize(m.lang))))
		}
	}
	if reason, ok := m.sheet.Returns[c.ID]; ok {
		lines = append(lines, m.styles.Warn.Render(wrap.Render(i18n.T(m.lang, "scoring.returned", reason))))
		if a := m.sheet.Answers[c.ID]; a != "" {
			lines = append(lines, wrap.Render("  "+i18n.T(m.lang, "scoring.answered", a)))
		} else {
			lines = append(lines, m.styles.Dim.Render(wrap.Render("  "+i18n.T(m.lang, "scoring.answer_how"))))
		}
	}
	if m.details {
		lines = append(lines, m.styles.Title.Render(i18n.T(m.lang, "scoring.history")))
		if len(m.history) == 0 {
			lines = append(lines, m.styles.Dim.Render(i18n.T(m.lang, "scoring.no_history")))
		}
		for _, h := range m.history {
			lines = append(lines, wrap.Render(m.changeLine(h)))
		}
	}
	body := strings.Join(lines, "\n")
	if h := height - 2; h > 0 && lipgloss.Height(body) > h {
		body = strings.Join(strings.Split(body, "\n")[:h], "\n")
	}
	return m.styles.Pane.Width(width).Render(body)
}

// changeLine prints one history entry: when, who, old → new, why, from
// which file.
func (m Model) changeLine(h model.Change) string {
	val := func(v string) string {
		if v == "" {
			return i18n.T(m.lang, "scoring.blank")
		}
		s, err := model.DecodeScore(v)
		if err != nil || s == nil {
			return v
		}
		return s.Points.Localize(m.lang)
	}
	who := i18n.T(m.lang, "role.name."+h.Role.String())
	line := i18n.T(m.lang, "scoring.change", h.At.Local().Format("02/01/2006 15:04"), who, m.stageName(stageOf(h.Stage)), val(h.Old), val(h.New))
	if h.UndoOf > 0 {
		line += " " + i18n.T(m.lang, "scoring.change_undo")
	}
	if h.Reason != "" {
		line += " — " + h.Reason
	}
	if h.Source != "" {
		line += " [" + h.Source + "]"
	}
	return line
}

func stageOf(s string) model.Stage {
	st, _ := model.ParseStage(s)
	return st
}
