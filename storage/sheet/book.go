package sheet

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
)

// Font is the typeface of every printed document: Times New Roman, as
// official documents are typed (Nghị định 30/2020/NĐ-CP).
const Font = "Times New Roman"

// Sizes of the printed text, in points.
const (
	bodySize  = 12 // table cells
	textSize  = 13 // title block, place and date, signatures
	titleSize = 14
)

// book is a workbook being written: the file, the language of its labels,
// the sheet names taken and the styles made so far.
type book struct {
	f      *excelize.File
	lang   i18n.Lang
	used   map[string]bool
	styles map[look]int
	pages  map[string]*pageRows
}

// newBook starts an empty workbook in Times New Roman.
func newBook(lang i18n.Lang) (*book, error) {
	f := excelize.NewFile()
	if err := f.SetDefaultFont(Font); err != nil {
		return nil, fmt.Errorf("default font: %w", err)
	}
	return &book{f: f, lang: lang, used: map[string]bool{}, styles: map[look]int{}}, nil
}

// t returns a label in the book's language.
//
// A string value goes in as paperText, not as i18n.T would show it on a
// terminal: a note's line break stays a line break and a BEL is left out,
// where the terminal's symbols (␊, ␇) would be printed.
func (b *book) t(id string, args ...any) string {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = paperArg(paperText(s))
		}
	}
	return i18n.T(b.lang, id, args...)
}

// paperArg is a value already made fit for paper; i18n.T keeps its lines.
type paperArg string

// Localize returns the value as it is.
func (p paperArg) Localize(i18n.Lang) string { return string(p) }

// addSheet adds a sheet with a valid, unused name made from name and the
// widths of its columns from A, in units of column width; the first one
// takes the place of the new workbook's "Sheet1".
func (b *book) addSheet(name string, widths []float64) (string, error) {
	name = SheetName(name, b.used)
	var err error
	if len(b.used) == 1 {
		err = b.f.SetSheetName("Sheet1", name)
	} else {
		_, err = b.f.NewSheet(name)
	}
	if err != nil {
		return "", err
	}
	for i, x := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := b.f.SetColWidth(name, col, col, x); err != nil {
			return "", err
		}
	}
	b.rows(name).cols = widths
	return name, nil
}

// look is how a cell looks; the book makes one style per look.
type look struct {
	bold, italic, underline bool
	size                    float64 // 0: bodySize
	align                   string  // "left" (default), "center", "right"
	indent                  int
	border                  bool
	wrap                    bool
	digits                  int // a number shown with 0, 1 or 2 decimals; -1 text
	top                     bool
	shrink                  bool // one line, the font shrunk to fit (the motto)
}

// Every text cell wraps: a row is sized to the lines its text takes, and a
// text too long for its cell never spills over or hides.

var (
	lookText   = look{border: true, wrap: true, digits: -1}
	lookCenter = look{border: true, wrap: true, digits: -1, align: "center"}
	lookHead   = look{border: true, wrap: true, digits: -1, align: "center", bold: true}
)

// style returns the style id of l, making it on first use.
func (b *book) style(l look) (int, error) {
	if id, ok := b.styles[l]; ok {
		return id, nil
	}
	size := l.size
	if size == 0 {
		size = bodySize
	}
	s := &excelize.Style{
		Font: &excelize.Font{Family: Font, Size: size, Bold: l.bold, Italic: l.italic},
		Alignment: &excelize.Alignment{Horizontal: l.align, Vertical: "center", WrapText: (l.wrap || l.digits < 0) && !l.shrink,
			Indent: l.indent, ShrinkToFit: l.shrink},
	}
	if l.top {
		s.Alignment.Vertical = "top"
	}
	if l.underline {
		s.Font.Underline = "single"
	}
	if l.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			s.Border = append(s.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if l.digits >= 0 {
		format := b.numberFormat(l.digits)
		s.CustomNumFmt = &format
		if l.align == "" {
			s.Alignment.Horizontal = "center"
		}
	}
	id, err := b.f.NewStyle(s)
	if err != nil {
		return 0, fmt.Errorf("style: %w", err)
	}
	b.styles[l] = id
	return id, nil
}

// numberFormat is the number format of points with the given decimals. In
// Vietnamese the locale tag 42A makes the decimal mark a comma and the
// thousands mark a point ("1.000,5") wherever the workbook is opened; the
// cell still holds the number, so Excel adds it up.
func (b *book) numberFormat(digits int) string {
	format := "#,##0"
	if digits > 0 {
		format += "." + strings.Repeat("0", digits)
	}
	if b.lang == i18n.EN {
		return "[$-409]" + format
	}
	return "[$-42A]" + format
}

// decimals is how many decimals p needs: 100 → 0, 2,5 → 1, 98,75 → 2.
func decimals(p model.Points) int {
	switch {
	case p%model.PointsPerUnit == 0:
		return 0
	case p%10 == 0:
		return 1
	}
	return 2
}

// put writes a text cell.
func (b *book) put(sheet string, row, col int, text string, l look) error {
	return b.write(sheet, row, row, col, col, text, l)
}

// write styles rows r0..r1, columns c0..c1, merges them if they are more
// than one cell and writes text in the first; the sheet's row heights are
// later made to fit it (finish).
func (b *book) write(sheet string, r0, r1, c0, c1 int, text string, l look) error {
	text = paperText(text)
	id, err := b.style(l)
	if err != nil {
		return err
	}
	if err := b.f.SetCellStyle(sheet, cell(r0, c0), cell(r1, c1), id); err != nil {
		return err
	}
	if r1 > r0 || c1 > c0 {
		if err := b.f.MergeCell(sheet, cell(r0, c0), cell(r1, c1)); err != nil {
			return err
		}
	}
	if text == "" {
		b.rows(sheet).touch(r0)
		return nil
	}
	if l.bold && l.border && l.align == "center" && c0 == c1 {
		if err := b.fitHeadWords(sheet, c0, text, l); err != nil {
			return err
		}
	}
	b.rows(sheet).cells = append(b.rows(sheet).cells, textCell{r0: r0, r1: r1, c0: c0, c1: c1, text: text, look: l})
	return b.f.SetCellStr(sheet, cell(r0, c0), text)
}

// putPoints writes points as a number, with as many decimals as it has.
func (b *book) putPoints(sheet string, row, col int, p model.Points, l look) error {
	l.digits = decimals(p)
	id, err := b.style(l)
	if err != nil {
		return err
	}
	if err := b.f.SetCellFloat(sheet, cell(row, col), p.Float(), -1, 64); err != nil {
		return err
	}
	b.rows(sheet).touch(row)
	return b.f.SetCellStyle(sheet, cell(row, col), cell(row, col), id)
}

// putInt writes a whole number (a rank, a count of votes).
func (b *book) putInt(sheet string, row, col, n int, l look) error {
	return b.putPoints(sheet, row, col, model.Whole(int64(n)), l)
}

// span writes text across columns c0..c1 of a row, merged.
func (b *book) span(sheet string, row, c0, c1 int, text string, l look) error {
	return b.write(sheet, row, row, c0, c1, text, l)
}

// spanBalanced writes a name or title across columns c0..c1, broken into
// even lines where a reader would break it (see balance).
func (b *book) spanBalanced(sheet string, row, c0, c1 int, text string, l look) error {
	return b.span(sheet, row, c0, c1, balance(text, b.room(sheet, c0, c1, l), l.face(), false), l)
}

// room is the width text in look l may take across columns c0..c1.
func (b *book) room(sheet string, c0, c1 int, l look) float64 {
	w := 0.0
	for c, cols := c0, b.rows(sheet).cols; c <= c1 && c < len(cols); c++ {
		w += cols[c]
	}
	return textRoom(w, l.indent)
}

// setHeight sets a row's height in points, whatever its cells need.
func (b *book) setHeight(sheet string, row int, h float64) {
	b.rows(sheet).fixed[row] = h
}

// fontSize is the size of a look's text.
func (l look) fontSize() float64 {
	if l.size == 0 {
		return bodySize
	}
	return l.size
}

// face is the font a look prints in.
func (l look) face() face { return face{size: l.fontSize(), bold: l.bold, italic: l.italic} }
