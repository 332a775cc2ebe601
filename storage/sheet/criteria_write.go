package sheet

import (
	"io"

	"thidua/model"
	"thidua/model/i18n"
)

// CriteriaOptions are the labels a criteria table is written with.
type CriteriaOptions struct {
	Lang  i18n.Lang
	Bloc  string // the bloc's name, for the title block
	Label string // the version's label, under the title
}

// WriteCriteria writes a criteria table in the shape offices keep it (the
// title block, then number, criterion, maximum, guidance), followed by the
// columns that make it read back exactly: kind, level, rule and whether a
// group is capped; and last the rule in words, for people. Maxima are numbers, codes are text (so "1.10" stays
// "1.10"), groups are bold and indented by level; the page is A4 with the
// header row repeated. ReadCriteria reads it back to the same table.
func WriteCriteria(w io.Writer, t *model.Tree, opt CriteriaOptions) error {
	if opt.Lang == "" {
		opt.Lang = i18n.VI
	}
	b, err := newBook(opt.Lang)
	if err != nil {
		return err
	}
	l := layout{widths: []float64{8, 50, 9, 44, 12, 6, 30, 9, 40}, split: 2}
	name, err := b.addSheet(b.t("sheet.name.criteria"), l.widths)
	if err != nil {
		return err
	}
	var lines []string
	if opt.Label != "" {
		lines = append(lines, opt.Label)
	}
	head, err := b.titleBlock(name, l, docHead{issuer: opt.Bloc, title: b.t("sheet.title.criteria"), lines: lines})
	if err != nil {
		return err
	}
	for c, id := range []string{"sheet.col.code_plain", "sheet.col.criterion", "sheet.col.max", "sheet.col.guidance",
		"sheet.col.kind", "sheet.col.level", "sheet.col.rule", "sheet.col.capped", "sheet.col.rule_words"} {
		if err := b.put(name, head, c, b.t(id), lookHead); err != nil {
			return err
		}
	}
	row := head + 1
	for _, c := range t.Nodes() {
		if err := b.criteriaRow(name, row, t, c, l); err != nil {
			return err
		}
		row++
	}
	if err := b.finish(name, pageSpec{landscape: true, head0: head, head1: head, end: row}); err != nil {
		return err
	}
	_, err = b.f.WriteTo(w)
	return err
}

// criteriaRow writes one criterion of an exported table.
func (b *book) criteriaRow(sheet string, row int, t *model.Tree, c model.Criterion, l layout) error {
	group := !c.Scorable()
	depth := t.Depth(c.ID)
	code, text := lookCenter, lookText
	code.bold, text.bold, text.indent = group, group, depth-1
	rule, capped, words := "", "", ""
	if !c.Rule.IsDirect() {
		rule = c.Rule.String()
	}
	if c.Scorable() {
		words = c.Rule.WordsFor(b.lang, c.Max, c.Kind)
	}
	if c.Capped {
		capped = b.t("sheet.yes")
	}
	texts := map[int]struct {
		text string
		l    look
	}{0: {c.Code, code}, 1: {c.Title, text}, 3: {c.Guidance, lookText}, 4: {b.t("kind." + c.Kind.String()), lookCenter},
		6: {rule, lookText}, 7: {capped, lookCenter}, 8: {words, lookText}}
	for col, x := range texts {
		if err := b.put(sheet, row, col, x.text, x.l); err != nil {
			return err
		}
	}
	if err := b.putPoints(sheet, row, 2, c.Max, look{border: true, bold: group}); err != nil {
		return err
	}
	if err := b.putInt(sheet, row, 5, depth, look{border: true}); err != nil {
		return err
	}
	return nil
}
