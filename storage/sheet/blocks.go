package sheet

import (
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// The parts every printed document shares (Nghị định 30/2020/NĐ-CP): the
// issuing body top left and the national motto top right, the title in
// capitals, the place and date, and signature blocks with room to sign.

var (
	lookOrg      = look{align: "center", wrap: true, size: textSize, digits: -1}
	lookOrgBold  = look{align: "center", wrap: true, size: textSize, digits: -1, bold: true}
	lookMotto    = look{align: "center", wrap: true, size: bodySize, digits: -1, bold: true, top: true}
	lookMotto2   = look{align: "center", wrap: true, size: textSize, digits: -1, bold: true, underline: true, top: true}
	lookTitle    = look{align: "center", wrap: true, size: titleSize, digits: -1, bold: true}
	lookSubtitle = look{align: "center", wrap: true, size: textSize, digits: -1, italic: true}
	lookLine     = look{wrap: true, size: textSize, digits: -1}
	lookDate     = look{align: "center", wrap: true, size: textSize, digits: -1, italic: true}
	lookSign     = look{align: "center", wrap: true, size: textSize, digits: -1, bold: true}
	lookSignNote = look{align: "center", wrap: true, size: bodySize, digits: -1, italic: true}
)

// layout is a sheet's columns: their widths, and the column where the
// right-hand blocks (motto, date, signature) start.
type layout struct {
	widths []float64
	split  int
}

// width is the total width of columns c0..c1.
func (l layout) width(c0, c1 int) float64 {
	w := 0.0
	for c := c0; c <= c1 && c < len(l.widths); c++ {
		w += l.widths[c]
	}
	return w
}

func (l layout) last() int { return len(l.widths) - 1 }

// titleBlock writes the header of a document from row 0: on the left,
// over two rows, the superior body (if any) and the issuing body in bold;
// on the right the national motto on two lines; then the title and the
// lines under it across the page. It returns the first free row, after a
// blank one.
func (b *book) titleBlock(sheet string, l layout, superior, issuer, title string, lines ...string) (int, error) {
	left, right := l.width(0, l.split-1), l.width(l.split, l.last())
	var runs []excelize.RichTextRun
	leftLines := 0
	if superior != "" {
		runs = append(runs, excelize.RichTextRun{Text: strings.ToUpper(superior) + "\n",
			Font: &excelize.Font{Family: Font, Size: textSize}})
		leftLines += wrappedLines(strings.ToUpper(superior), left, textSize, false)
	}
	runs = append(runs, excelize.RichTextRun{Text: strings.ToUpper(issuer),
		Font: &excelize.Font{Family: Font, Size: textSize, Bold: true}})
	leftLines += wrappedLines(strings.ToUpper(issuer), left, textSize, true)
	if err := b.block(sheet, 0, 1, 0, l.split-1, lookOrg); err != nil {
		return 0, err
	}
	if err := b.f.SetCellRichText(sheet, cell(0, 0), runs); err != nil {
		return 0, err
	}
	motto := []struct {
		text string
		l    look
	}{{b.t("sheet.motto"), lookMotto}, {b.t("sheet.motto2"), lookMotto2}}
	for r, m := range motto {
		if err := b.span(sheet, r, l.split, l.last(), m.text, m.l); err != nil {
			return 0, err
		}
		n := wrappedLines(m.text, right, m.l.fontSize(), true)
		if r == 1 { // the motto's lines stay together; the left block takes the rest
			n = max(n, leftLines-1)
		}
		if err := b.setHeight(sheet, r, lineHeight(textSize, n)); err != nil {
			return 0, err
		}
	}
	row := 3
	all := l.width(0, l.last())
	for i, text := range append([]string{title}, lines...) {
		lk := lookSubtitle
		if i == 0 {
			lk = lookTitle
		}
		if err := b.span(sheet, row, 0, l.last(), text, lk); err != nil {
			return 0, err
		}
		if err := b.height(sheet, row, text, all, lk); err != nil {
			return 0, err
		}
		row++
	}
	return row + 1, nil
}

// block styles and merges rows r0..r1, columns c0..c1, as one cell.
func (b *book) block(sheet string, r0, r1, c0, c1 int, l look) error {
	id, err := b.style(l)
	if err != nil {
		return err
	}
	if err := b.f.SetCellStyle(sheet, cell(r0, c0), cell(r1, c1), id); err != nil {
		return err
	}
	return b.f.MergeCell(sheet, cell(r0, c0), cell(r1, c1))
}

// signer is one signature block: the signer's titles ("TM. KHỐI THI ĐUA",
// "KHỐI TRƯỞNG") and the note under them ("(Ký, ghi rõ họ tên, đóng dấu)").
type signer struct {
	titles []string
	note   string
}

// signRoom is how many blank rows are left to sign and stamp in.
const signRoom = 4

// signatures writes the place and date (unless date is "") over the
// right-hand block, then the blocks side by side (left may be empty), from
// row. It returns the first row after them.
func (b *book) signatures(sheet string, l layout, row int, date string, left, right signer) (int, error) {
	if date != "" {
		if err := b.span(sheet, row, l.split, l.last(), date, lookDate); err != nil {
			return 0, err
		}
		row++
	}
	end := row
	for _, side := range []struct {
		s      signer
		c0, c1 int
	}{{left, 0, l.split - 1}, {right, l.split, l.last()}} {
		r := row
		for _, t := range side.s.titles {
			if err := b.span(sheet, r, side.c0, side.c1, t, lookSign); err != nil {
				return 0, err
			}
			r++
		}
		if side.s.note != "" {
			if err := b.span(sheet, r, side.c0, side.c1, side.s.note, lookSignNote); err != nil {
				return 0, err
			}
			r++
		}
		end = max(end, r)
	}
	return end + signRoom, nil
}

// dateLine is "Sông Cầu, ngày 20 tháng 12 năm 2019".
func (b *book) dateLine(place string, d time.Time) string {
	if place == "" {
		place = "……………"
	}
	return b.t("sheet.place_date", place, d.Day(), int(d.Month()), d.Year())
}
