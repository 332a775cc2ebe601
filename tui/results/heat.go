package results

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

// heat draws a table of units × parts of the criteria table: each cell is
// the share of the part's maximum the unit has at the stage it ranks on, a
// shade and a colour for how much it lost, so that the eye goes to where
// the points were lost. Bonus and deduction parts show their points, shaded
// by how much of their maximum they count.
type heat struct {
	m     Model
	parts []model.Criterion
	nameW int
	cellW int
}

// heatShades are the glyphs of the four levels, from full marks to the
// most lost: they read without colour.
var heatShades = [4]string{"█", "▓", "▒", "░"}

func (m Model) newHeat() heat {
	h := heat{m: m, parts: m.result.Tree.Children(""), nameW: 6, cellW: 7}
	for _, p := range m.rows {
		h.nameW = max(h.nameW, min(barNameMax, table.Width(m.unitName(p.UnitID))))
	}
	for _, c := range h.parts {
		h.cellW = max(h.cellW, table.Width(h.title(c)))
	}
	return h
}

// title heads a part's column: its code and maximum ("II 20", "IV +5").
func (h heat) title(c model.Criterion) string {
	switch h.m.result.Tree.Section(c.ID) {
	case model.Bonus:
		return c.Code + " +" + c.Max.Localize(h.m.lang)
	case model.Deduction:
		return c.Code + " −" + c.Max.Localize(h.m.lang)
	}
	return c.Code + " " + c.Max.Localize(h.m.lang)
}

// fits is how many parts fit the screen's width beside the name and total.
func (h heat) fits() int {
	room := h.m.width - 6 - h.nameW - 9
	return max(1, min(len(h.parts), room/(h.cellW+1)))
}

func (h heat) legend() string {
	t := func(id string, a ...any) string { return i18n.T(h.m.lang, id, a...) }
	s := h.m.styles.Chart.Heat
	parts := []string{t("results.heat.intro")}
	for i, id := range []string{"results.heat.full", "results.heat.little", "results.heat.more", "results.heat.most"} {
		parts = append(parts, s[i].Render(heatShades[i])+" "+t(id))
	}
	if n := h.fits(); n < len(h.parts) {
		parts = append(parts, t("results.heat.cut", len(h.parts)-n))
	}
	return strings.Join(parts, "   ")
}

func (h heat) header() string {
	t := func(id string) string { return i18n.T(h.m.lang, id) }
	cells := []string{" " + table.Cell(t("col.rank"), 4, true), table.Cell(t("col.unit"), h.nameW, false)}
	for _, c := range h.parts[:h.fits()] {
		cells = append(cells, table.Cell(h.title(c), h.cellW, true))
	}
	cells = append(cells, table.Cell(t("col.total"), 8, true))
	return h.m.styles.Table.Header.Render(strings.Join(cells, " "))
}

// lines is a unit's row of the heat table.
func (h heat) lines(p model.Position, selected bool) []string {
	m := h.m
	name := table.Cell(m.unitName(p.UnitID), h.nameW, false)
	if selected {
		name = m.styles.Table.Selected.Render(name)
	}
	cells := []string{mark(selected) + table.Cell(rankText(p), 4, true), name}
	scored := p.Totals.Scorable > len(p.Totals.Missing)
	for _, c := range h.parts[:h.fits()] {
		if !scored {
			cells = append(cells, table.Cell("—", h.cellW, true))
			continue
		}
		cells = append(cells, h.cell(c, p.Totals.Value[c.ID]))
	}
	total := "—"
	if p.NotRanked == nil {
		total = p.Totals.Total.Localize(m.lang)
	}
	line := strings.Join(append(cells, table.Cell(total, 8, true)), " ")
	if p.NotRanked != nil {
		line = m.styles.Dim.Render(ansi.Strip(line))
	}
	return []string{line}
}

// cell is one part of one unit: its shade and its share of the part's
// maximum, or its points for bonus (earned, never lost: no shade) and
// deductions (lost, shaded by their share of the part's maximum).
func (h heat) cell(c model.Criterion, v model.Points) string {
	kind := h.m.result.Tree.Section(c.ID)
	level, text := 0, ""
	switch kind {
	case model.Bonus:
		text = "+" + v.Localize(h.m.lang)
		if v == 0 {
			text = "0"
		}
		return " " + table.Cell(text, h.cellW-1, true)
	case model.Deduction:
		level, text = lossLevel(v, c.Max), "−"+v.Localize(h.m.lang)
		if v == 0 {
			text = "0"
		}
	default:
		level = lossLevel(c.Max-v, c.Max)
		text = sharePercent(v, c.Max)
	}
	style := h.m.styles.Chart.Heat[level]
	return style.Render(heatShades[level]) + table.Cell(text, h.cellW-1, true)
}

// lossLevel grades points lost out of a maximum: none, up to 5%, up to
// 10%, more.
func lossLevel(lost, of model.Points) int {
	switch {
	case lost <= 0 || of <= 0:
		return 0
	case lost*20 <= of:
		return 1
	case lost*10 <= of:
		return 2
	}
	return 3
}

// sharePercent is v out of max as a whole percentage, rounded down so that
// only full marks read 100%.
func sharePercent(v, of model.Points) string {
	if of <= 0 {
		return "—"
	}
	return model.Whole(int64(v)*100/int64(of)).String() + "%"
}
