package sheet

import (
	"fmt"
	"sort"
	"strconv"

	"thidua/model"
)

// covenantSheet writes the compiled registrations ("giao ước thi đua"):
// each unit in Vietnamese name order with the targets it registered and
// its own signature block, a unit never split across two pages.
func (b *book) covenantSheet(d *reportData) (string, error) {
	r := d.res
	name, err := b.addSheet(b.t("sheet.name.covenant"))
	if err != nil {
		return "", err
	}
	// The target spans the last two columns, so that the motto and the
	// signatures above and below have the room they need.
	l := layout{widths: []float64{6, 42, 16, 32}, split: 2}
	row, err := b.titleBlock(name, l, "", r.Bloc.Name, b.t("sheet.title.covenant"), r.Period.Label)
	if err != nil {
		return "", err
	}
	intro := b.t("sheet.line.covenant", r.Bloc.Name, r.Period.Label)
	if err := b.span(name, row, 0, l.last(), intro, lookLine); err != nil {
		return "", err
	}
	if err := b.height(name, row, intro, l.width(0, l.last()), lookLine); err != nil {
		return "", err
	}
	place := d.opt.Place
	if place == "" {
		place = r.Units[r.Bloc.LeaderUnitID].ShortName
	}
	if err := b.span(name, row+1, l.split, l.last(), b.dateLine(place, d.opt.Date), lookDate); err != nil {
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
		if err := b.span(name, row, 0, l.last(), heading, look{border: true, bold: true, wrap: true, digits: -1}); err != nil {
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
			b.estimateText(name, row, reg.Detail, l.widths[1], lookText)
			b.estimateText(name, row, reg.Target, l.width(2, 3), lookText)
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
	if err := b.widths(name, l.widths...); err != nil {
		return "", err
	}
	if err := b.pageSetup(name, false, head, head); err != nil {
		return "", err
	}
	return name, b.finish(name, false, l.width(0, l.last()), head, head, row)
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
