package sheet

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"thidua/model/i18n"
)

// paperText is text from a database or a received file made fit for a
// printed page: composed (NFC), so that a name typed with combining accents
// (NFD, as some Mac and web forms send it) wraps and prints like any other
// in Excel and LibreOffice; line breaks as one line feed (CR LF and a lone
// CR from a file saved on another system, and the Unicode line and
// paragraph separators); a tab as a space; and the control characters
// (BEL, ESC…), invalid bytes and the hidden characters that reorder text
// (i18n.Hidden) left out, since a page can show none of them and Excel
// would print a box or "_x0007_" in their place. A terminal shows such
// characters as symbols (i18n.Printable) to warn the reader; a signed
// document shows the words.
func paperText(s string) string {
	if plainPaper(s) {
		return norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n', r == '\u2028', r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError && size == 1, r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, i18n.Hidden(r):
			// left out
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// plainPaper reports whether s has nothing paperText changes but its
// composition.
func plainPaper(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == utf8.RuneError ||
			r == '\u2028' || r == '\u2029' || i18n.Hidden(r) {
			return false
		}
	}
	return true
}

// fitHeadWords widens the column of a one-column header cell ("Deductions",
// "Maximum" over a column of points) until the longest word of its text,
// or part of a hyphenated word, fits on a line: Excel and LibreOffice
// break a word too long for its cell between letters ("Deducti-ons"),
// which no office would print. The text is the program's own, so the
// column grows by a few characters at most.
func (b *book) fitHeadWords(sheet string, col int, text string, l look) error {
	p := b.rows(sheet)
	if col >= len(p.cols) {
		return nil
	}
	need := 0.0
	for _, w := range strings.Fields(text) {
		for _, part := range strings.SplitAfter(w, "-") {
			need = math.Max(need, textWidth(part, l.face()))
		}
	}
	width := math.Ceil((need/wrapSlack+cellPadding)/excelPointsPerWidth*4) / 4
	if width <= p.cols[col] {
		return nil
	}
	p.cols[col] = width
	name, _ := excelize.ColumnNumberToName(col + 1)
	return b.f.SetColWidth(sheet, name, name, width)
}
