package results

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

func (m Model) columns() []table.Column {
	t := func(id string) string { return i18n.T(m.lang, id) }
	return table.Fit([]table.Column{
		{Title: t("col.rank"), Width: 5, Right: true},
		{Title: t("col.unit")},
		{Title: t("col.self_total"), Width: 8, Right: true},
		{Title: t("col.bloc_total"), Width: 9, Right: true},
		{Title: t("col.stage_short"), Width: 5},
		{Title: t("col.bonus"), Width: 7, Right: true},
		{Title: t("col.deduction"), Width: 6, Right: true},
		{Title: t("col.total"), Width: 8, Right: true},
		{Title: t("col.proposal")},
	}, m.width, 10)
}

// View renders the screen, and the report under way under it.
func (m Model) View() string {
	if m.job.Running() {
		return m.job.View(m.styles, m.width, m.t("work.stopping")) + "\n\n" + m.rankingView()
	}
	return m.rankingView()
}

// rankingView is the ranking, a picture of it, the registrations or the
// open dialog.
func (m Model) rankingView() string {
	if m.regs != nil {
		return m.regs.view(m)
	}
	if m.dialog.Open() && !m.job.Running() {
		return m.dialog.View()
	}
	if m.result == nil {
		return m.styles.Dim.Render(i18n.T(m.lang, "results.loading"))
	}
	if m.view != tableView {
		return m.pictureView()
	}
	r := m.result
	var b strings.Builder
	b.WriteString(m.styles.Title.Render(i18n.T(m.lang, "results.title", r.Period.Label)) + "\n")
	rules, detail, rows := m.layout()
	b.WriteString(rules + "\n")
	cols := m.columns()
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	offset := m.scroll.Top(m.cursor, rows, len(m.rows))
	for i := offset; i < len(m.rows) && i < offset+rows; i++ {
		line := table.Line(cols, m.cells(m.rows[i]))
		switch {
		case i == m.cursor:
			line = m.styles.Table.Selected.Render(line)
		case m.rows[i].NotRanked != nil:
			line = m.styles.Dim.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if detail != "" {
		b.WriteString(detail)
	}
	return strings.TrimRight(b.String(), "\n")
}

// layout is the rules line, the explanation pane (if open) and how many
// ranking rows fit between them.
func (m Model) layout() (rules, detail string, rows int) {
	r := m.result
	rules = m.styles.Dim.Width(max(20, m.width)).Render(i18n.T(m.lang, "results.rules", tieBreaks(m.lang, r.Rules.TieBreaks),
		i18n.T(m.lang, "numbering."+r.Rules.Numbering.String())))
	if m.explain {
		if p, ok := m.Selected(); ok {
			detail = m.detail(p, m.width)
		}
	}
	rows = m.height - 2 - lipgloss.Height(rules)
	if detail != "" {
		rows -= lipgloss.Height(detail)
	}
	return rules, detail, max(1, rows)
}

func (m Model) cells(p model.Position) []string {
	r := m.result
	l := m.lang
	rank := "—"
	if p.NotRanked == nil {
		rank = strconv.Itoa(p.Rank)
		if p.Tied {
			rank = "=" + rank
		}
	}
	u := r.Units[p.UnitID]
	name := u.ShortName
	if name == "" {
		name = u.Name
	}
	if len(p.Flags) > 0 {
		name += " !"
	}
	bloc := "—"
	if p.Stage >= model.StageBloc {
		bloc = p.Totals.Total.Localize(l)
	}
	self := r.Self[p.UnitID]
	selfText := "—"
	if len(self.Missing) < self.Scorable {
		selfText = self.Total.Localize(l)
	}
	proposal := ""
	if pr, ok := r.Proposals.ForUnit(p.UnitID); ok {
		proposal = i18n.T(l, "results.short."+pr.Status.String(), pr.Award)
	}
	if len(r.Proposals.SkipsFor(p.UnitID)) > 0 {
		proposal = strings.TrimSpace(proposal + " " + i18n.T(l, "results.short.skipped"))
	}
	if _, proposed := r.Proposals.ForUnit(p.UnitID); proposed && m.remark(p) != "" {
		proposal += " ?" // see the explanation (enter)
	}
	for _, d := range r.Decisions {
		if d.UnitID == p.UnitID {
			award := d.Award
			if d.Outcome == model.Downgraded {
				award = d.DowngradedTo
			}
			proposal = strings.TrimSpace(proposal + " " + shortDecision(l, d, award, r.Codes()))
		}
	}
	total := p.Totals.Total.Localize(l)
	if p.NotRanked != nil {
		total = "—"
	}
	return []string{rank, name, selfText, bloc, i18n.T(l, "stage_short."+p.Stage.String()), p.Totals.Bonus.Localize(l),
		deduction(p.Totals.Deduction, l), total, proposal}
}

// shortDecision is a decision in the ranking's last column: "→ QĐ CTĐ",
// and for a replacement the other unit ("→ QĐ CTĐ cho DONGHOA").
func shortDecision(l i18n.Lang, d model.Decision, award string, codes map[string]string) string {
	switch {
	case d.ReplacedBy != "":
		return i18n.T(l, "results.short.decision_replaced", award, codes[d.ReplacedBy])
	case d.Replaces != "":
		return i18n.T(l, "results.short.decision_replacing", award, codes[d.Replaces])
	}
	return i18n.T(l, "results.short.decision_"+d.Outcome.String(), award)
}

func deduction(p model.Points, l i18n.Lang) string {
	if p == 0 {
		return "0"
	}
	return "-" + p.Localize(l)
}

// detail explains the selected unit: its place, the stage used, its award
// proposal and any flags.
func (m Model) detail(p model.Position, width int) string {
	r := m.result
	l := m.lang
	u := r.Units[p.UnitID]
	lines := []string{
		m.styles.Title.Render(u.Name),
		i18n.T(l, "results.detail_totals", i18n.T(l, "stage."+p.Stage.String()), p.Totals.Standard, p.Totals.Bonus,
			p.Totals.Deduction, p.Totals.Total),
		p.Explain(l),
	}
	if d := r.Proposals.Describe(l, p.UnitID, r.Rules.Awards, r.Codes()); d != "" {
		lines = append(lines, d)
	}
	if _, proposed := r.Proposals.ForUnit(p.UnitID); proposed && m.remark(p) != "" {
		lines = append(lines, m.styles.Warn.Render("? "+i18n.T(l, "results.proposal_remark", m.remark(p))))
	}
	for _, d := range r.Decisions {
		if d.UnitID == p.UnitID {
			lines = append(lines, model.DescribeDecision(l, d, r.Rules.Awards, r.Codes()))
		}
	}
	remarked := m.remark(p) != ""
	for _, f := range p.Flags {
		if remarked && (f.Code == model.FlagReturned || f.Code == model.FlagNoReview) {
			continue // said with the proposal above
		}
		lines = append(lines, m.styles.Warn.Render("! "+f.Localize(l)))
	}
	inner := max(20, width-4)
	return m.styles.Pane.Width(inner + 2).Render(strings.Join(lines, "\n"))
}

// remark says why a proposal needs a second look before the meeting: the
// unit's sheet is still returned, or the bloc has not reviewed it.
func (m Model) remark(p model.Position) string {
	var out []string
	for _, f := range p.Flags {
		if f.Code == model.FlagReturned || f.Code == model.FlagNoReview {
			out = append(out, f.Localize(m.lang))
		}
	}
	return strings.Join(out, "; ")
}

func tieBreaks(l i18n.Lang, bs []model.TieBreak) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		if b.Key == model.TiePart {
			parts[i] = i18n.T(l, "tiebreak.part", b.Label)
		} else {
			parts[i] = i18n.T(l, "tiebreak."+b.String())
		}
	}
	return strings.Join(parts, ", ")
}
