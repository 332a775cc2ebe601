package sheet

import (
	"context"
	"fmt"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

// BuildProvinceReport builds the province's workbook for a period over
// every bloc it holds: a summary sheet (per bloc its leader, units, the
// head of its ranking, the proposals and the province's decisions), then
// each bloc's summary and ranking on a sheet named by the bloc's code,
// printed by the bloc report's rules. periodIDs are the blocs' periods,
// one a bloc; progress is told after each bloc.
func BuildProvinceReport(ctx context.Context, db Source, periodIDs []string, opt ReportOptions) (*Report, error) {
	if opt.Lang == "" {
		opt.Lang = i18n.VI
	}
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	progress := opt.Progress
	opt.Progress = nil
	var ds []*reportData
	for i, id := range periodIDs {
		d, err := loadReport(ctx, db, id, opt)
		if err != nil {
			return nil, err
		}
		d.sheetName = d.res.Bloc.Code
		ds = append(ds, d)
		if progress != nil {
			progress(i+1, len(periodIDs))
		}
	}
	if len(ds) == 0 {
		return nil, model.Errorf(ENothingToPrint)
	}
	b, err := newBook(opt.Lang)
	if err != nil {
		return nil, err
	}
	r := &Report{book: b}
	name, err := b.provinceSummary(ds, opt)
	if err != nil {
		return nil, fmt.Errorf("province summary: %w", err)
	}
	r.Sheets = append(r.Sheets, name)
	for _, d := range ds {
		name, err := b.summarySheet(d)
		if err != nil {
			return nil, fmt.Errorf("summary of %s: %w", d.res.Bloc.Code, err)
		}
		r.Sheets = append(r.Sheets, name)
	}
	b.f.SetActiveSheet(0)
	return r, nil
}

// provinceLayout: number, bloc, leader, units, the head of the ranking,
// the proposals, the decisions; the province's signature on the right
// three fifths.
func provinceLayout() layout {
	return layout{widths: []float64{5, 26, 16, 7, 30, 32, 34}, split: 3}
}

// provinceSummary writes the summary of every bloc.
func (b *book) provinceSummary(ds []*reportData, opt ReportOptions) (string, error) {
	l := provinceLayout()
	name, err := b.addSheet(b.t("sheet.name.province"), l.widths)
	if err != nil {
		return "", err
	}
	row, err := b.titleBlock(name, l, docHead{issuer: b.t("sheet.province_issuer"), title: b.t("sheet.title.province"),
		lines: []string{ds[0].res.Period.Label}})
	if err != nil {
		return "", err
	}
	head := row
	heads := []string{b.t("sheet.col.no"), b.t("sheet.col.bloc_name"), b.t("sheet.col.leader"), b.t("sheet.col.units"),
		b.t("sheet.col.ranking"), b.t("sheet.col.proposal"), b.t("sheet.col.decision")}
	if err := b.tableHead(name, row, heads, len(heads)-1, len(heads)-1); err != nil {
		return "", err
	}
	row++
	for i, d := range ds {
		if err := b.provinceRow(name, row, i+1, d); err != nil {
			return "", err
		}
		row++
	}
	first := row - 1
	end, err := b.signatures(name, l, row+1, b.dateLine(opt.Place, opt.Date),
		signer{titles: []string{b.t("sheet.preparer")}, note: b.t("sheet.sign_name")},
		signer{titles: []string{b.t("sheet.for_province")}, note: b.t("sheet.sign_seal")})
	if err != nil {
		return "", err
	}
	b.keepTogether(name, first, end-1)
	return name, b.finish(name, pageSpec{landscape: true, head0: head, head1: head, end: end})
}

// provinceRow writes one bloc's row.
func (b *book) provinceRow(sheet string, row, n int, d *reportData) error {
	r := d.res
	codes := shortNames(r, false)
	var ranking, proposals, decisions []string
	for i, p := range r.Ranking.Ranked {
		if i == 5 {
			ranking = append(ranking, b.t("sheet.province_more", len(r.Ranking.Ranked)-5))
			break
		}
		ranking = append(ranking, fmt.Sprintf("%d. %s (%s)", p.Rank, codes[p.UnitID], p.Totals.Total.Localize(b.lang)))
	}
	for _, p := range r.Proposals.List {
		if a, ok := r.Rules.Award(p.Award); ok {
			proposals = append(proposals, codes[p.UnitID]+": "+a.Name)
		}
	}
	for _, dec := range r.Decisions {
		decisions = append(decisions, codes[dec.UnitID]+": "+model.DescribeDecision(b.lang, dec, r.Rules.Awards, codes))
	}
	units := 0
	for _, u := range r.Units {
		if u.Status == model.Active {
			units++
		}
	}
	if err := b.putInt(sheet, row, 0, n, look{border: true}); err != nil {
		return err
	}
	cells := []string{r.Bloc.Name, r.Units[r.Bloc.LeaderUnitID].Name}
	for i, text := range cells {
		if err := b.put(sheet, row, 1+i, text, lookText); err != nil {
			return err
		}
	}
	if err := b.putInt(sheet, row, 3, units, look{border: true}); err != nil {
		return err
	}
	for i, list := range [][]string{ranking, proposals, decisions} {
		text := strings.Join(list, "\n")
		if text == "" {
			text = "—"
		}
		if err := b.put(sheet, row, 4+i, text, lookText); err != nil {
			return err
		}
	}
	return nil
}
