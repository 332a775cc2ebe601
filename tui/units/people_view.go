package units

import (
	"strconv"
	"strings"

	"thidua/model/people"
	"thidua/tui/table"
)

// peopleView draws the individuals part: a title, the two lists as tabs,
// the filter or a hint, and the list on show.
func (m Model) peopleView() string {
	v := m.staff
	var b strings.Builder
	name := v.unit.Name
	if m.width < 120 && v.unit.ShortName != "" {
		name = v.unit.ShortName
	}
	if v.unit.ID == "" {
		name = m.t("people_ui.all_units")
	}
	b.WriteString(m.styles.Title.Render(table.Cut(m.t("people_ui.title", name, m.scope.Period.Label), m.width)) + "\n")
	tabs := []string{m.t("people_ui.tab_staff", len(v.book.People)), m.t("people_ui.tab_nominees", len(v.book.Nominees))}
	for i, t := range tabs {
		if i == v.tab {
			tabs[i] = m.styles.Table.Selected.Render(" " + t + " ")
		} else {
			tabs[i] = m.styles.Dim.Render(" " + t + " ")
		}
	}
	if v.unit.ID == "" {
		tabs = tabs[1:]
	}
	b.WriteString(strings.Join(tabs, " ") + "\n")
	switch {
	case v.filtering || v.filter.Value() != "":
		b.WriteString(v.filter.View() + "\n")
	case v.tab == staffTab:
		hint := "people_ui.staff_hint"
		if !m.mayWrite() { // the province, or another unit's list: nothing to type
			hint = "people_ui.staff_hint_read"
		}
		b.WriteString(m.styles.Dim.Render(table.Parts(strings.Split(m.t(hint), " · "), " · ", m.width)) + "\n")
	case m.province():
		b.WriteString(m.styles.Dim.Render(table.Sentences(m.t("people_ui.nominee_hint_province"), m.width)) + "\n")
	case len(v.book.Unmatched) > 0:
		b.WriteString(m.styles.Warn.Render(table.Sentences(m.t("people_ui.unmatched_notice", len(v.book.Unmatched)), m.width)) + "\n")
	default:
		b.WriteString(m.styles.Dim.Render(table.Sentences(m.t("people_ui.nominee_hint"), m.width)) + "\n")
	}
	cols, lines := m.staffTable()
	if v.tab == nomineeTab {
		cols, lines = m.nomineeTable()
	}
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	if v.loaded && len(lines) == 0 {
		id := "people_ui.no_staff"
		if v.tab == nomineeTab {
			id = "people_ui.no_nominees"
		}
		b.WriteString(m.styles.Dim.Render(m.t(id)) + "\n")
	}
	rows := m.peopleRows()
	top := v.scroll.Top(v.cursor, rows, len(lines))
	for i := top; i < len(lines) && i < top+rows; i++ {
		line := table.Line(cols, lines[i])
		if i == v.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// peopleRows is how many rows fit under the title, tabs, hint and header.
func (m Model) peopleRows() int { return max(1, m.height-4) }

// staffTable is the staff list: number, name, position, sex, year of
// birth, and what the person is proposed for this period.
func (m Model) staffTable() ([]table.Column, [][]string) {
	cols := table.Fit([]table.Column{{Title: m.t("nominee_list.col_no"), Width: 4, Right: true},
		{Title: m.t("nominee_list.col_name"), Width: 24}, {Title: m.t("nominee_list.col_position")},
		{Title: m.t("people_cli.col_sex"), Width: 9, Drop: 2}, {Title: m.t("people_cli.col_born"), Width: 8, Drop: 3},
		{Title: m.t("people_ui.col_rating"), Width: 8, Drop: 1}, {Title: m.t("people_ui.col_proposed"), Width: 22}}, m.width, 12)
	proposed := map[string][]string{}
	for _, n := range m.staff.book.Nominees {
		proposed[n.Person] = append(proposed[n.Person], m.t("people_ui.short_"+strings.ToLower(n.Form.Code())))
	}
	rating := map[string]string{}
	for _, r := range m.staff.book.History.Reviews {
		if r.Year == m.staff.book.Period.Year && r.Rating != people.RatingUnknown {
			rating[r.Person] = m.t("people_ui.rating_" + r.Rating.String())
		}
	}
	var out [][]string
	for i, p := range m.staff.shown {
		out = append(out, []string{strconv.Itoa(i + 1), p.Name, p.Position, p.Sex.Localize(m.lang), yearOrEmpty(p.BirthYear),
			rating[p.ID], strings.Join(proposed[p.ID], ", ")})
	}
	return cols, out
}

// nomineeTable is the period's proposals in the unit's order: name, unit
// when every unit is on show, form, achievement, the checker's outcome and
// the leader's mark, and the province's decision once one came back.
func (m Model) nomineeTable() ([]table.Column, [][]string) {
	all, narrow := m.staff.unit.ID == "", m.width < 100
	formWidth, formTitle := 24, m.t("nominee_list.col_form")
	if narrow { // the forms' short names leave the achievement room
		formWidth, formTitle = 10, m.t("people_ui.field_form")
	}
	cols := []table.Column{{Title: m.t("nominee_list.col_no"), Width: 4, Right: true}, {Title: m.t("nominee_list.col_name"), Width: 20}}
	if all {
		cols = append(cols, table.Column{Title: m.t("nominee_list.col_unit"), Width: 10})
	}
	decided := false
	for _, n := range m.staff.book.Nominees {
		decided = decided || n.Decision != nil
	}
	check := table.Column{Title: m.t("people_ui.col_outcome"), Width: 13, Drop: 1}
	mark := table.Column{Title: m.t("people_ui.col_upward"), Width: 10}
	if decided { // the province's word outranks the check, and implies the mark
		check.Drop, mark.Drop = 2, 3
	}
	ruling := table.Column{Title: m.t("people_ui.col_province"), Width: 15, Drop: 1}
	achievement := 24 // the check's column goes before the achievement gets short
	if m.province() { // what went up and what was decided outrank the text
		mark.Drop, achievement = 0, 10
		if narrow {
			ruling.Title, ruling.Width = m.t("people_ui.col_province_short"), 10
		}
	}
	cols = append(cols, table.Column{Title: formTitle, Width: formWidth}, table.Column{Title: m.t("nominee_list.col_achievement")},
		check, mark)
	if decided {
		cols = append(cols, ruling)
	}
	cols = table.Fit(cols, m.width, achievement)
	byID := map[string]people.Person{}
	for _, p := range m.staff.book.People {
		byID[p.ID] = p
	}
	units := map[string]string{}
	for _, u := range m.all {
		units[u.ID] = u.ShortName
	}
	var out [][]string
	for i, n := range m.staff.book.Nominees {
		p := byID[n.Person]
		row := []string{strconv.Itoa(i + 1), p.Name}
		if all {
			row = append(row, units[p.Unit])
		}
		up := ""
		if n.Upward {
			up = "↑ " + m.t("people_ui.upward_short")
		}
		form := m.staff.book.Settings.Label(n.Form, m.lang)
		if narrow {
			form = m.t("people_ui.short_" + strings.ToLower(n.Form.Code()))
		}
		row = append(row, form, n.Achievement, n.Outcome.Localize(m.lang), up)
		if decided {
			row = append(row, m.rulingShort(n.Decision))
		}
		out = append(out, row)
	}
	return cols, out
}

// rulingShort is the province's decision in the proposals' column: "được
// khen", "không khen", "hạ: GK" ("" before it came back).
func (m Model) rulingShort(d *people.Decision) string {
	switch {
	case d == nil:
		return ""
	case d.Ruling == people.RulingDowngraded:
		return m.t("people_ui.ruling_down", m.t("people_ui.short_"+strings.ToLower(d.DowngradedTo.Code())))
	}
	return m.t("nominee_ruling." + d.Ruling.String())
}
