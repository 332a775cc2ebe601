package results

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

// view is how the screen draws the ranking: the table of numbers, a bar
// for each unit's totals, or a heat table of where each unit lost points.
type view int

const (
	tableView view = iota
	barsView
	heatView
	historyView
	viewCount
)

// viewName is the message id naming a view.
func (v view) name() string {
	return [...]string{"results.view.table", "results.view.bars", "results.view.heat", "results.view.history"}[v]
}

// picture is a way of drawing the ranking other than the table: a legend,
// a header, and the lines of each unit.
type picture interface {
	legend() string
	header() string
	lines(p model.Position, selected bool) []string
}

// pictureView draws the ranking as a picture, the selected unit marked and
// kept on screen, and its explanation under it when asked for.
func (m Model) pictureView() string {
	r := m.result
	var pic picture
	switch m.view {
	case barsView:
		pic = m.newBars()
	case historyView:
		pic = m.newHistory()
	default:
		pic = m.newHeat()
	}
	var b strings.Builder
	b.WriteString(m.styles.Title.Render(i18n.T(m.lang, "results.title", r.Period.Label)+" · "+i18n.T(m.lang, m.view.name())) + "\n")
	legend := m.styles.Dim.Width(max(20, m.width)).Render(pic.legend())
	b.WriteString(legend + "\n" + pic.header() + "\n")
	detail := ""
	if p, ok := m.Selected(); ok && m.explain {
		detail = m.detail(p, m.width)
	} else if ok && m.view == historyView {
		detail = m.historyDetail(p)
	}
	per := 1
	if len(m.rows) > 0 {
		per = len(pic.lines(m.rows[0], false))
	}
	room := (m.height - 2 - lipgloss.Height(legend) - lipgloss.Height(detail)) / per
	offset := m.scroll.Top(m.cursor, max(1, room), len(m.rows))
	for i := offset; i < len(m.rows) && i < offset+max(1, room); i++ {
		for _, line := range pic.lines(m.rows[i], i == m.cursor) {
			b.WriteString(line + "\n")
		}
	}
	b.WriteString(detail)
	return strings.TrimRight(b.String(), "\n")
}

// mark is the first cell of a unit's line: › on the selected unit.
func mark(selected bool) string {
	if selected {
		return "›"
	}
	return " "
}

// rankText is a position's rank as the table shows it: "=3" for a shared
// rank, "—" when not ranked.
func rankText(p model.Position) string {
	switch {
	case p.NotRanked != nil:
		return "—"
	case p.Tied:
		return "=" + strconv.Itoa(p.Rank)
	}
	return strconv.Itoa(p.Rank)
}

// bars draws two bars per unit on one axis: its self-score total (▒) and
// the bloc's total (█, in eighths of a cell), with a dashed line (┆) at
// each award's minimum total and the award proposed at the end.
type bars struct {
	m          Model
	lo, hi     float64 // the axis, in points
	width      int     // cells of the bar area
	nameW      int
	minima     []model.Points
	minimaText string
}

// barNameMax is the widest a unit's name gets beside its bars.
const barNameMax = 12

func (m Model) newBars() bars {
	r := m.result
	g := bars{m: m, lo: math.Inf(1), hi: math.Inf(-1), nameW: 6}
	add := func(v model.Points) { g.lo, g.hi = math.Min(g.lo, v.Float()), math.Max(g.hi, v.Float()) }
	for _, p := range m.rows {
		g.nameW = max(g.nameW, min(barNameMax, table.Width(m.unitName(p.UnitID))))
		if s := r.Self[p.UnitID]; len(s.Missing) < s.Scorable {
			add(s.Total)
		}
		if p.Stage >= model.StageBloc {
			add(p.Totals.Total)
		}
	}
	var codes []string
	for _, a := range r.Rules.Awards {
		if a.MinTotal > 0 {
			add(a.MinTotal)
			if !slices.Contains(g.minima, a.MinTotal) {
				g.minima = append(g.minima, a.MinTotal)
			}
			codes = append(codes, a.Code)
		}
	}
	if len(g.minima) > 0 {
		g.minimaText = strings.Join(codes, ", ")
	}
	if math.IsInf(g.lo, 0) {
		g.lo, g.hi = 0, 100
	}
	g.lo, g.hi = math.Max(0, math.Floor((g.lo-2)/5)*5), math.Ceil((g.hi+1)/5)*5
	g.width = max(10, m.width-g.nameW-32)
	return g
}

// col is the cell of the bar area where a value falls, in eighths.
func (g bars) eighths(v model.Points) int {
	x := (v.Float() - g.lo) / (g.hi - g.lo) * float64(g.width*8)
	return max(0, min(g.width*8, int(math.Round(x))))
}

func (g bars) legend() string {
	t := func(id string, a ...any) string { return i18n.T(g.m.lang, id, a...) }
	s := g.m.styles.Chart
	parts := []string{s.Self.Render("▒▒") + " " + t("results.bars.self"), s.Bloc.Render("██") + " " + t("results.bars.bloc")}
	for _, v := range g.minima {
		parts = append(parts, s.Line.Render("┆")+" "+t("results.bars.minimum", g.minimaText, v.Localize(g.m.lang)))
	}
	parts = append(parts, t("results.bars.axis", model.Whole(int64(g.lo)).Localize(g.m.lang), model.Whole(int64(g.hi)).Localize(g.m.lang)))
	return strings.Join(parts, "   ")
}

// header names the columns and marks the axis every few points.
func (g bars) header() string {
	t := func(id string) string { return i18n.T(g.m.lang, id) }
	axis := []rune(strings.Repeat(" ", g.width+8))
	step := niceStep(g.hi - g.lo)
	for v := g.lo; v <= g.hi; v += step {
		label := []rune(strconv.Itoa(int(v)))
		at := g.eighths(model.Whole(int64(v))) / 8
		if v == g.hi {
			at -= len(label) - 1
		}
		copy(axis[max(0, at):], label)
	}
	lead := " " + table.Cell(t("col.rank"), 4, true) + " " + table.Cell(t("col.unit"), g.nameW, false) + " " +
		strings.Repeat(" ", 5) + " "
	return g.m.styles.Table.Header.Render(lead) + g.m.styles.Chart.Axis.Render(strings.TrimRight(string(axis), " "))
}

// lines are a unit's two lines: self-scores, then the bloc's.
func (g bars) lines(p model.Position, selected bool) []string {
	m, r := g.m, g.m.result
	t := func(id string) string { return i18n.T(m.lang, id) }
	name := table.Cell(m.unitName(p.UnitID), g.nameW, false)
	if selected {
		name = m.styles.Table.Selected.Render(name)
	}
	self, bloc := "—", t("results.bars.not_reviewed")
	selfBar, blocBar := g.bar(0, false), g.bar(0, true)
	if s := r.Self[p.UnitID]; len(s.Missing) < s.Scorable {
		self, selfBar = s.Total.Localize(m.lang), g.bar(g.eighths(s.Total), false)
	}
	if p.Stage >= model.StageBloc {
		bloc, blocBar = p.Totals.Total.Localize(m.lang), g.bar(g.eighths(p.Totals.Total), true)
	}
	proposal := ""
	if pr, ok := r.Proposals.ForUnit(p.UnitID); ok {
		proposal = i18n.T(m.lang, "results.short."+pr.Status.String(), pr.Award)
	}
	lead := mark(selected) + table.Cell(rankText(p), 4, true) + " "
	first := lead + name + " " + table.Cell(t("results.bars.self_short"), 5, false) + " " + selfBar + " " + table.Cell(self, 9, true)
	second := strings.Repeat(" ", 7+g.nameW) + table.Cell(t("results.bars.bloc_short"), 5, false) + " " + blocBar + " " +
		table.Cell(bloc, 9, true) + " " + proposal
	if p.NotRanked != nil {
		first, second = m.styles.Dim.Render(ansi.Strip(first)), m.styles.Dim.Render(ansi.Strip(second))
	}
	return []string{first, second}
}

// bar draws a bar of n eighths of a cell across the bar area: the bloc's
// bar in eighths, the self-scores' in whole shaded cells. The award lines
// cross every bar, so that the eye follows them down the chart.
func (g bars) bar(n int, bloc bool) string {
	s := g.m.styles.Chart
	cells, rest := n/8, n%8
	glyph, style := "▒", s.Self
	if bloc {
		glyph, style = "█", s.Bloc
	} else if rest >= 4 {
		cells, rest = cells+1, 0
	}
	var b strings.Builder
	for c := 0; c < g.width; c++ {
		switch {
		case g.lineAt(c):
			b.WriteString(s.Line.Render("┆"))
		case c < cells:
			b.WriteString(style.Render(glyph))
		case c == cells && rest > 0 && bloc:
			b.WriteString(style.Render(string([]rune("▏▎▍▌▋▊▉")[rest-1])))
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// lineAt reports whether an award's minimum falls in cell c.
func (g bars) lineAt(c int) bool {
	for _, v := range g.minima {
		if g.eighths(v)/8 == c {
			return true
		}
	}
	return false
}

// niceStep is the step of the axis' marks: the smallest of 1, 2, 5, 10, 20,
// 50 that makes at most eight of them.
func niceStep(span float64) float64 {
	for _, s := range []float64{1, 2, 5, 10, 20, 50} {
		if span/s <= 8 {
			return s
		}
	}
	return 100
}
