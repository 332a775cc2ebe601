package sheet

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/model"
)

// Chart colours: two greys far apart, so that the self-scores and the
// ranked totals tell apart in colour and in black-and-white print alike,
// and black dashes for the award minima.
const (
	chartSelf  = "BFBFBF"
	chartTotal = "404040"
	chartLine  = "000000"
)

// Chart size in pixels, and the rows reserved under it so that the page
// holds it: a landscape A4 page's width.
const (
	chartWidth, chartHeight = 960, 420
	chartRowHeight          = 21.0 // points
)

// chartSheet writes the chart of totals: a table of each ranked unit's
// self-score total and the total it ranks on (the series, editable), and
// an Excel chart drawn from it (a real chart, not a picture, so that it
// prints sharp and can be changed): the two totals side by side per unit,
// with a dashed line at each award's minimum total.
func (b *book) chartSheet(d *reportData) (string, error) {
	r := d.res
	minima := awardMinima(r.Rules.Awards)
	l := layout{widths: []float64{5, 24, 12, 14}, split: 3}
	for range minima {
		l.widths = append(l.widths, 16)
	}
	l.widths = append(l.widths, 20, 20, 20)
	name, err := b.addSheet(b.t("sheet.name.chart"), l.widths)
	if err != nil {
		return "", err
	}
	row, err := b.titleBlock(name, l, docHead{issuer: r.Bloc.Name, title: b.t("chart.title"), lines: []string{r.Period.Label}})
	if err != nil {
		return "", err
	}
	axisMin, axisMax := chartAxis(r, minima)
	// The chart is anchored to the rows under it: they get their height
	// before it is drawn, so that it covers them exactly.
	chartAt, chartRows := row, int(math.Ceil(chartHeight*0.75/chartRowHeight))+1
	for i := range chartRows {
		b.setHeight(name, chartAt+i, chartRowHeight)
		if err := b.f.SetRowHeight(name, chartAt+i+1, chartRowHeight); err != nil {
			return "", err
		}
	}
	row = chartAt + chartRows + 1
	note := b.t("chart.note", model.Whole(int64(axisMin)).Localize(b.lang))
	if row, err = b.paras(name, l, row, lookSubtitle, note); err != nil {
		return "", err
	}
	head, last, err := b.chartTable(name, row+1, d, minima)
	if err != nil {
		return "", err
	}
	totals := b.totalsChart(name, head, last, axisMin, axisMax)
	if err := b.f.AddChart(name, cell(chartAt, 0), totals, minimaChart(name, head, last, len(minima), totals)...); err != nil {
		return "", fmt.Errorf("chart: %w", err)
	}
	spec, err := b.chartPages(name, head, last)
	if err != nil {
		return "", err
	}
	return name, b.finish(name, spec)
}

// chartNamedMax is the most units the chart names under their columns;
// past it each column is marked with its unit's rank (STT), which the
// table under the chart names.
const chartNamedMax = 15

// chartPages is how the chart's sheet prints: on one landscape page, the
// chart over its table, if the whole fits at a readable scale; else (a
// bloc of 20 units or more) the chart and its note on the first page and
// the table from the second, its header repeated on each page, at the
// scale that keeps the chart on the first page, instead of one page of
// text too small to read.
func (b *book) chartPages(sheet string, head, last int) (pageSpec, error) {
	one := pageSpec{landscape: true, onePage: true, head0: 0, head1: -1, end: last + 1}
	p := b.rows(sheet)
	p.size()
	if p.scaleOn(one) >= minOnePageScale {
		return one, nil
	}
	pageW, pageH := one.printable()
	width, first := 0.0, 0.0
	for _, w := range p.cols {
		width += w
	}
	for r := 0; r < head; r++ {
		first += p.height(r)
	}
	scale := math.Min(1, math.Min(pageW/(width*widePointsPerWidth), pageH/first))
	spec := pageSpec{landscape: true, head0: head, head1: head, end: last + 1, fixed: int(math.Floor(scale * 100))}
	// The sheet's own breaks only keep blocks together, and it has none.
	return spec, b.f.InsertPageBreak(sheet, cell(head, 0))
}

// awardMinima are the distinct minimum totals of the awards, each with
// the codes of the awards it is the minimum of.
func awardMinima(awards []model.AwardRule) []awardMin {
	var out []awardMin
	for _, a := range awards {
		if a.MinTotal <= 0 {
			continue
		}
		found := false
		for i := range out {
			if out[i].total == a.MinTotal {
				out[i].codes = append(out[i].codes, a.Code)
				found = true
			}
		}
		if !found {
			out = append(out, awardMin{total: a.MinTotal, codes: []string{a.Code}})
		}
	}
	return out
}

// awardMin is a minimum total and the awards that need it.
type awardMin struct {
	total model.Points
	codes []string
}

// chartAxis is the range of the points axis: from a multiple of 5 a little
// under the lowest total (or award minimum) to one over the highest, so
// that the differences between units show.
func chartAxis(r model.PeriodResult, minima []awardMin) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range r.Ranking.Ranked {
		for _, v := range []model.Points{p.Totals.Total, r.Self[p.UnitID].Total} {
			lo, hi = math.Min(lo, v.Float()), math.Max(hi, v.Float())
		}
	}
	for _, m := range minima {
		lo, hi = math.Min(lo, m.total.Float()), math.Max(hi, m.total.Float())
	}
	return math.Max(0, math.Floor((lo-2)/5)*5), math.Ceil((hi+1)/5) * 5
}

// chartTable writes the chart's data: a header row at row and one row per
// ranked unit. It returns the header's row and the last row.
func (b *book) chartTable(sheet string, row int, d *reportData, minima []awardMin) (int, int, error) {
	r := d.res
	heads := []string{b.t("sheet.col.no"), b.t("chart.col.unit"), b.t("chart.col.self"), b.t("chart.col.total")}
	for _, m := range minima {
		heads = append(heads, b.t("chart.col.line", strings.Join(m.codes, ", ")))
	}
	for c, h := range heads {
		if err := b.put(sheet, row, c, h, lookHead); err != nil {
			return 0, 0, err
		}
	}
	last := row
	for i, p := range r.Ranking.Ranked {
		last = row + 1 + i
		u := r.Units[p.UnitID]
		if err := b.putInt(sheet, last, 0, p.Rank, look{border: true}); err != nil {
			return 0, 0, err
		}
		if err := b.put(sheet, last, 1, nonEmpty(u.ShortName, u.Code), lookText); err != nil {
			return 0, 0, err
		}
		values := []model.Points{r.Self[p.UnitID].Total, p.Totals.Total}
		for _, m := range minima {
			values = append(values, m.total)
		}
		for c, v := range values {
			if err := b.putPoints(sheet, last, 2+c, v, look{border: true}); err != nil {
				return 0, 0, err
			}
		}
	}
	return row, last, nil
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

// ref is an absolute reference to column col, rows r0..r1 of a sheet.
func ref(sheet string, col, r0, r1 int) string {
	name, _ := excelize.ColumnNumberToName(col + 1)
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", strings.ReplaceAll(sheet, "'", "''"), name, r0+1, name, r1+1)
}

// totalsChart is the column chart of the two totals per unit.
func (b *book) totalsChart(sheet string, head, last int, lo, hi float64) *excelize.Chart {
	cats := ref(sheet, 1, head+1, last)
	if last-head > chartNamedMax { // the names would stand one letter a line
		cats = ref(sheet, 0, head+1, last)
	}
	font := excelize.Font{Family: Font, Size: 10, Color: "000000"}
	series := func(col int, colour string) excelize.ChartSeries {
		return excelize.ChartSeries{Name: ref(sheet, col, head, head), Categories: cats, Values: ref(sheet, col, head+1, last),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}}
	}
	gap := uint(60)
	return &excelize.Chart{
		Type:      excelize.Col,
		Series:    []excelize.ChartSeries{series(2, chartSelf), series(3, chartTotal)},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
		Format:    excelize.GraphicOptions{OffsetX: 4, OffsetY: 4},
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &font},
		XAxis:     excelize.ChartAxis{Font: font},
		YAxis: excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: niceStep(hi - lo), MajorGridLines: true, Font: font,
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: b.t("chart.axis"), Font: &font}}}},
		GapWidth: &gap,
	}
}

// minimaChart is the line chart of the award minima, drawn over the
// columns as dashed black lines on the same axes.
func minimaChart(sheet string, head, last, lines int, totals *excelize.Chart) []*excelize.Chart {
	if lines == 0 {
		return nil
	}
	c := &excelize.Chart{Type: excelize.Line, XAxis: totals.XAxis, YAxis: totals.YAxis}
	for i := range lines {
		col := 4 + i
		c.Series = append(c.Series, excelize.ChartSeries{Name: ref(sheet, col, head, head),
			Categories: totals.Series[0].Categories, Values: ref(sheet, col, head+1, last),
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{chartLine}}, // the line's colour
			Line:   excelize.LineOptions{Type: excelize.LineSolid, Dash: excelize.LineDashDash, Width: 1.5},
			Marker: excelize.ChartMarker{Symbol: "none"}})
	}
	return []*excelize.Chart{c}
}
