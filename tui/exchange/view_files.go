package exchange

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
	"thidua/tui/table"
)

// The views of a preview or merge (each file, each change of one file)
// and of the held files.

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
	if o.Nominees > 0 {
		lines = append(lines, m.t("xtui.file_nominees", o.Nominees))
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
	case facts.TDecision:
		return fmt.Sprintf("%s %-9s %s", sign, unit, model.DecisionOfRow(row).Describe(m.lang, nil))
	case facts.TReplacement:
		return fmt.Sprintf("%s %-9s %s", sign, unit, m.t("xtui.change_replacement", t.Str(row, "award_code"),
			m.units[t.Str(row, "by_unit_id")].Code))
	case facts.TNominee:
		f, _ := people.FormOf(t.Str(row, "form"))
		return fmt.Sprintf("%s %-9s %s", sign, unit, m.t("xtui.change_nominee", f.Label(m.lang), t.Str(row, "achievement")))
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
		if h.UnitID == model.ProvinceSlice {
			unit = model.ProvinceCode
		}
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
