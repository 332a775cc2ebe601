package sheet

import (
	"fmt"
	"strings"
	"unicode"

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
func (b *book) t(id string, args ...any) string { return i18n.T(b.lang, id, args...) }

// addSheet adds a sheet with a valid, unused name made from name; the
// first one takes the place of the new workbook's "Sheet1".
func (b *book) addSheet(name string) (string, error) {
	name = SheetName(name, b.used)
	if len(b.used) == 1 {
		return name, b.f.SetSheetName("Sheet1", name)
	}
	_, err := b.f.NewSheet(name)
	return name, err
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
}

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
		Alignment: &excelize.Alignment{Horizontal: l.align, Vertical: "center", WrapText: l.wrap,
			Indent: l.indent},
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
	id, err := b.style(l)
	if err != nil {
		return err
	}
	if text != "" {
		if err := b.f.SetCellStr(sheet, cell(row, col), text); err != nil {
			return err
		}
		b.estimate(sheet, row, lineHeight(l.fontSize(), 1))
	}
	return b.f.SetCellStyle(sheet, cell(row, col), cell(row, col), id)
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
	return b.f.SetCellStyle(sheet, cell(row, col), cell(row, col), id)
}

// putInt writes a whole number (a rank, a count of votes).
func (b *book) putInt(sheet string, row, col, n int, l look) error {
	return b.putPoints(sheet, row, col, model.Whole(int64(n)), l)
}

// span writes text across columns c0..c1 of a row, merged.
func (b *book) span(sheet string, row, c0, c1 int, text string, l look) error {
	for c := c0; c <= c1; c++ {
		if err := b.put(sheet, row, c, "", l); err != nil {
			return err
		}
	}
	if err := b.put(sheet, row, c0, text, l); err != nil {
		return err
	}
	if c1 > c0 {
		return b.f.MergeCell(sheet, cell(row, c0), cell(row, c1))
	}
	return nil
}

// height sets a row's height to fit text wrapped in a width of the given
// number of character columns. Neither Excel nor LibreOffice fits a row to
// text in merged cells, which title blocks are.
func (b *book) height(sheet string, row int, text string, width float64, l look) error {
	return b.setHeight(sheet, row, lineHeight(l.fontSize(), textLines(text, width, l)))
}

// setHeight sets a row's height in points, whatever its cells estimate.
func (b *book) setHeight(sheet string, row int, h float64) error {
	p := b.rows(sheet)
	p.heights[row], p.fixed[row] = h, true
	return b.f.SetRowHeight(sheet, row+1, h)
}

// lineHeight is the height of a row of n lines of text of a font size.
func lineHeight(size float64, n int) float64 { return float64(max(n, 1))*size*1.22 + 3 }

// fontSize is the size of a look's text.
func (l look) fontSize() float64 {
	if l.size == 0 {
		return bodySize
	}
	return l.size
}

// textLines is how many lines text takes wrapped in a column of width w.
func textLines(text string, w float64, l look) int {
	n := 0
	for _, part := range splitLines(text) {
		n += wrappedLines(part, w-float64(l.indent)*1.5-1, l.fontSize(), l.bold)
	}
	return n
}

func splitLines(text string) []string { return strings.Split(text, "\n") }

// wrappedLines estimates how many lines text takes in a column of the given
// width (in widths of the digit "0" of the default font, 11 pt), wrapping
// at spaces as Excel does. Widths are Times New Roman's, rounded up:
// capitals and bold are wider, i, l, t and punctuation narrower.
func wrappedLines(text string, width, size float64, bold bool) int {
	perLine := width * pointsPerWidth / size // ems across
	lines, used := 1, 0.0
	for _, word := range strings.Fields(text) {
		w := ems(word, bold)
		if used > 0 && used+spaceEm+w > perLine {
			lines, used = lines+1, 0
		}
		if used > 0 {
			used += spaceEm
		}
		for w > perLine { // a word longer than the line breaks anywhere
			lines, w = lines+1, w-perLine
		}
		used += w
	}
	return lines
}

// spaceEm is the width of a space, in ems.
const spaceEm = 0.25

// ems is the width of a word, in ems.
func ems(word string, bold bool) float64 {
	em := 0.0
	for _, r := range word {
		w := 0.46
		switch {
		case unicode.IsUpper(r):
			w = 0.70
		case strings.ContainsRune(".,;:-()/iltjfr'", r):
			w = 0.30
		case r == 'm' || r == 'w':
			w = 0.75
		}
		if bold {
			w *= 1.06
		}
		em += w
	}
	return em
}

// pageSetup prints a sheet on A4, portrait or landscape, fitted to the
// page's width (as many pages down as needed), with the header rows
// (0-based, inclusive) repeated on every page, the margins official
// documents use and the page number in the footer.
func (b *book) pageSetup(sheet string, landscape bool, head0, head1 int) error {
	size, orient, one, tall := 9, "portrait", 1, 0
	if landscape {
		orient = "landscape"
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient,
		FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	left, right, top, bottom, edge := 0.98, 0.59, 0.79, 0.79, 0.3
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &left, Right: &right, Top: &top,
		Bottom: &bottom, Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	if err := b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: `&C&"` + Font + `,Italic"&10` + b.t("sheet.page")}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(sheet, "'", "''"), head0+1, head1+1)})
}

// widths sets the widths of the columns from A, in character columns.
func (b *book) widths(sheet string, w ...float64) error {
	for i, x := range w {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := b.f.SetColWidth(sheet, col, col, x); err != nil {
			return err
		}
	}
	return nil
}
