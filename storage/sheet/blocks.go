package sheet

import (
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/model/i18n"
)

// The parts every printed document shares (Nghị định 30/2020/NĐ-CP): the
// issuing body top left and the national motto top right, the number and
// the place and date under them, the title in capitals, and signature
// blocks with room to sign.

var (
	lookOrg      = look{align: "center", wrap: true, size: textSize, digits: -1, top: true}
	lookOrgBold  = look{align: "center", wrap: true, size: textSize, digits: -1, bold: true, top: true}
	lookMotto    = look{align: "center", size: bodySize, digits: -1, bold: true, top: true, shrink: true}
	lookMotto2   = look{align: "center", size: textSize, digits: -1, bold: true, underline: true, top: true, shrink: true}
	lookTitle    = look{align: "center", wrap: true, size: titleSize, digits: -1, bold: true}
	lookSubject  = look{align: "center", wrap: true, size: textSize, digits: -1, bold: true}
	lookSubtitle = look{align: "center", wrap: true, size: textSize, digits: -1, italic: true}
	lookLine     = look{wrap: true, size: textSize, digits: -1}
	lookDate     = look{align: "center", wrap: true, size: textSize, digits: -1, italic: true, top: true}
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

// docHead is the head of a document: who issues it (under its superior
// body, if any), its number and its place and date (for letters and
// minutes), its title, the subject in bold under the title, and lines in
// italics under them.
type docHead struct {
	superior, issuer string
	number, date     string
	title, subject   string
	lines            []string
}

// titleBlock writes the head of a document from row 0: on the left the
// superior body in capitals over the issuing body in bold capitals, then
// the number; on the right the national motto on two lines, then the place
// and date; then the title, the subject and the lines across the page.
// Names break into even lines. It returns the first free row, after a
// blank one.
func (b *book) titleBlock(sheet string, l layout, h docHead) (int, error) {
	if err := b.issuer(sheet, l, h.superior, h.issuer); err != nil {
		return 0, err
	}
	if err := b.span(sheet, 0, l.split, l.last(), b.t("sheet.motto"), lookMotto); err != nil {
		return 0, err
	}
	if err := b.span(sheet, 1, l.split, l.last(), b.t("sheet.motto2"), lookMotto2); err != nil {
		return 0, err
	}
	row := 2
	if h.number != "" || h.date != "" {
		if err := b.span(sheet, 2, 0, l.split-1, h.number, lookOrg); err != nil {
			return 0, err
		}
		if err := b.span(sheet, 2, l.split, l.last(), h.date, lookDate); err != nil {
			return 0, err
		}
		row = 3
	}
	row++
	type part struct {
		text string
		look look
	}
	heads := []part{{h.title, lookTitle}}
	if h.subject != "" {
		heads = append(heads, part{h.subject, lookSubject})
	}
	for _, line := range h.lines {
		heads = append(heads, part{line, lookSubtitle})
	}
	for _, p := range heads {
		if err := b.spanBalanced(sheet, row, 0, l.last(), p.text, p.look); err != nil {
			return 0, err
		}
		row++
	}
	return row + 1, nil
}

// issuer writes who issues a document, top left over the two rows of the
// motto: the superior body in capitals above the issuing body in bold
// capitals, each broken where its words end, in one cell, so that the two
// lines of the motto stay together however many lines the names take.
func (b *book) issuer(sheet string, l layout, superior, issuer string) error {
	superior, issuer = paperText(superior), paperText(issuer)
	room := b.room(sheet, 0, l.split-1, lookOrgBold)
	name := balance(issuer, room, lookOrgBold.face(), true)
	if superior == "" {
		return b.write(sheet, 0, 1, 0, l.split-1, name, lookOrgBold)
	}
	over := balance(superior, room, lookOrg.face(), true)
	runs := []excelize.RichTextRun{
		{Text: over + "\n", Font: &excelize.Font{Family: Font, Size: textSize}},
		{Text: name, Font: &excelize.Font{Family: Font, Size: textSize, Bold: true}},
	}
	// Sized as if all bold: never shorter than it needs.
	if err := b.write(sheet, 0, 1, 0, l.split-1, over+"\n"+name, lookOrgBold); err != nil {
		return err
	}
	return b.f.SetCellRichText(sheet, cell(0, 0), runs)
}

// signer is one signature block: the signer's titles ("TM. KHỐI THI ĐUA",
// "KHỐI TRƯỞNG"), the note under them ("(Ký, ghi rõ họ tên, đóng dấu)")
// and, after the room to sign, the name when it is known.
type signer struct {
	titles []string
	note   string
	name   string
}

// signRoom is how many rows are left to sign and stamp in, and their height.
const (
	signRoom       = 4
	signRoomHeight = 18.0
)

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
	sides := []struct {
		s      signer
		c0, c1 int
	}{{left, 0, l.split - 1}, {right, l.split, l.last()}}
	for _, side := range sides {
		r := row
		for _, t := range side.s.titles {
			if err := b.spanBalanced(sheet, r, side.c0, side.c1, t, lookSign); err != nil {
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
	for r := end; r < end+signRoom; r++ {
		b.setHeight(sheet, r, signRoomHeight)
	}
	end += signRoom
	named := false
	for _, side := range sides {
		if side.s.name != "" {
			if err := b.spanBalanced(sheet, end, side.c0, side.c1, side.s.name, lookSign); err != nil {
				return 0, err
			}
			named = true
		}
	}
	if named {
		end++
	}
	return end, nil
}

// docDate writes the day and month of t as Nghị định 30/2020 has them: a
// day below 10 and the months 1 and 2 with a leading zero, so that no
// figure can be added in front ("ngày 05 tháng 01 năm 2020", "ngày 20
// tháng 12 năm 2019", "ngày 15 tháng 3 năm 2020").
func docDate(t time.Time) (day, month string) {
	day, month = strconv.Itoa(t.Day()), strconv.Itoa(int(t.Month()))
	if t.Day() < 10 {
		day = "0" + day
	}
	if t.Month() <= time.February {
		month = "0" + month
	}
	return day, month
}

// dateLine is "Sông Cầu, ngày 20 tháng 12 năm 2019" ("Sông Cầu,
// 20/12/2019" in English, where the month is always two digits).
func (b *book) dateLine(place string, t time.Time) string {
	if place == "" {
		place = "……………"
	}
	day, month := docDate(t)
	if b.lang == i18n.EN && len(month) < 2 {
		month = "0" + month
	}
	return b.t("sheet.place_date", place, day, month, t.Year())
}
