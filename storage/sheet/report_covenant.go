package sheet

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"thidua/model"
)

// covenantSheet writes the compiled registrations ("giao ước thi đua"):
// each unit in Vietnamese name order with the targets it registered and
// its own signature block, a unit never split across two pages.
func (b *book) covenantSheet(d *reportData) (string, error) {
	r := d.res
	// The target spans the last two columns, so that the motto and the
	// signatures above and below have the room they need.
	l := layout{widths: []float64{6, 42, 16, 32}, split: 2}
	name, err := b.addSheet(b.t("sheet.name.covenant"), l.widths)
	if err != nil {
		return "", err
	}
	// A covenant is signed at the start of the year it binds: it says
	// that year, not the review ("Tổng kết năm 2019") it is printed with.
	year := b.t("sheet.line.year", periodYears(r.Period))
	row, err := b.titleBlock(name, l, docHead{issuer: r.Bloc.Name, title: b.t("sheet.title.covenant"), lines: []string{year}})
	if err != nil {
		return "", err
	}
	intro := b.t("sheet.line.covenant", r.Bloc.Name, strings.ToLower(year))
	if err := b.span(name, row, 0, l.last(), intro, lookLine); err != nil {
		return "", err
	}
	if err := b.span(name, row+1, l.split, l.last(), b.dateLine(d.place(), d.opt.Date), lookDate); err != nil {
		return "", err
	}
	row += 3
	head := row
	for _, h := range []struct {
		id     string
		c0, c1 int
	}{{"sheet.col.code", 0, 0}, {"sheet.col.item", 1, 1}, {"sheet.col.target", 2, 3}} {
		if err := b.span(name, head, h.c0, h.c1, b.t(h.id), lookHead); err != nil {
			return "", err
		}
	}
	row++
	n := 0
	for _, u := range sortedUnits(r) {
		regs := d.regs[u.ID]
		if len(regs) == 0 {
			continue
		}
		n++
		first := row
		heading := fmt.Sprintf("%d. %s", n, u.Name)
		if err := b.spanBalanced(name, row, 0, l.last(), heading, look{border: true, bold: true, wrap: true, digits: -1}); err != nil {
			return "", err
		}
		row++
		for i, reg := range regs {
			if err := b.put(name, row, 0, strconv.Itoa(i+1), lookCenter); err != nil {
				return "", err
			}
			if err := b.put(name, row, 1, reg.Detail, lookText); err != nil {
				return "", err
			}
			if err := b.span(name, row, 2, 3, reg.Target, lookText); err != nil {
				return "", err
			}
			row++
		}
		end, err := b.signatures(name, l, row, "", signer{},
			signer{titles: []string{b.t("sheet.unit_head")}, note: b.t("sheet.sign_seal")})
		if err != nil {
			return "", err
		}
		row = end - 1 // a little less room to sign than under a score sheet
		b.keepTogether(name, first, row-1)
		row++
	}
	return name, b.finish(name, pageSpec{head0: head, head1: head, end: row})
}

// sortedUnits returns the period's units in Vietnamese order of their
// short names.
func sortedUnits(r model.PeriodResult) []model.Unit {
	out := make([]model.Unit, 0, len(r.Units))
	for _, u := range r.Units {
		out = append(out, u)
	}
	coll := model.NewCollator()
	sort.SliceStable(out, func(i, j int) bool { return coll.Less(out[i].SortName(), out[j].SortName()) })
	return out
}

// fourDigits finds a year in a period's code or label.
var fourDigits = regexp.MustCompile(`(19|20)\d\d`)

// periodYears is the year a period falls in ("2019"), or its years when
// it spans two ("2021 - 2022", a school year); failing dates, the years
// its code or label names.
func periodYears(p model.Period) string {
	if !p.Starts.IsZero() && !p.Ends.IsZero() {
		if p.Starts.Year() == p.Ends.Year() {
			return strconv.Itoa(p.Starts.Year())
		}
		return fmt.Sprintf("%d - %d", p.Starts.Year(), p.Ends.Year())
	}
	for _, s := range []string{p.Code, p.Label} {
		if ys := fourDigits.FindAllString(s, 2); len(ys) == 2 && ys[0] != ys[1] {
			return ys[0] + " - " + ys[1]
		} else if len(ys) > 0 {
			return ys[0]
		}
	}
	return p.Label
}
