package sheet

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Neither Excel nor LibreOffice grows a row to fit its wrapped text when
// it opens a file, and neither fits a merged cell at all: the writer must
// set every row's height itself. It measures text with the advance widths
// of Times New Roman (metrics_table.go) against the narrower of the two
// programs' column widths, so that a row sized here is tall enough in both.

// face is a font as a cell prints it.
type face struct {
	size         float64
	bold, italic bool
}

// style indexes the width tables: regular, bold, italic, bold italic.
func (f face) style() int {
	i := 0
	if f.bold {
		i++
	}
	if f.italic {
		i += 2
	}
	return i
}

// Geometry of a cell, in points.
const (
	// excelPointsPerWidth is the width of one unit of column width in
	// Excel: 7 pixels at 96 dpi, the digit of the default font (Times New
	// Roman 11). LibreOffice gives the same unit 5.5 points. Text is
	// wrapped against the narrower; a sheet is fitted to the page against
	// the wider, the width the program shrinks it by.
	excelPointsPerWidth = 5.25
	widePointsPerWidth  = 5.5
	// cellPadding is the room Excel keeps clear inside a cell, both sides.
	cellPadding = 4.5
	// indentPoints is the room one level of indent takes (LibreOffice's
	// 10 points; Excel's is less).
	indentPoints = 7.5
	// wrapSlack leaves room for screen fonts, whose hinted widths at 13 pt
	// run a few percent wider than the printed ones.
	wrapSlack = 0.96
	// lineSpacing is a line of wrapped text as a multiple of the font
	// size, and rowPadding what a row adds: Excel spaces Times New Roman's
	// lines by its ascent and descent (1,107 em) rounded up to whole
	// pixels, and gives a row of 12 pt 15,75 points, of 14 pt 18,75
	// (LibreOffice needs a little less).
	lineSpacing = 1.2
	rowPadding  = 3
)

// textRoom is the width in points text may take in a cell of the given
// width (in units of column width) with an indent.
func textRoom(width float64, indent int) float64 {
	return (width*excelPointsPerWidth - cellPadding - float64(indent)*indentPoints) * wrapSlack
}

// lineHeight is the height of a row of n lines of text of a font size.
func lineHeight(size float64, n int) float64 {
	return float64(max(n, 1))*size*lineSpacing + rowPadding
}

// advance is the width of r in 1/2048 em. A letter with marks is as wide
// as its letter (ệ as e, ở as ơ); a character the table lacks counts a
// full em, wider than any it has.
func advance(r rune, style int) float64 {
	if w, ok := tableAdvance(r, style); ok {
		return w
	}
	if w, ok := letterWidths()[r]; ok {
		return float64(w[style])
	}
	return markedAdvance(r, style)
}

// tableAdvance is the width of r in the tables of metrics_table.go.
func tableAdvance(r rune, style int) (float64, bool) {
	if r >= ' ' && r <= '~' {
		return float64(asciiWidths[style][r-' ']), true
	}
	if w, ok := otherWidths[r]; ok {
		return float64(w[style]), true
	}
	return 0, false
}

// letterWidths are the widths of the Latin letters with marks (Vietnamese
// among them), worked out once: a report measures every cell it writes.
var letterWidths = sync.OnceValue(func() map[rune][4]uint16 {
	out := map[rune][4]uint16{}
	for _, block := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			var w [4]uint16
			for st := range w {
				w[st] = uint16(markedAdvance(r, st))
			}
			out[r] = w
		}
	}
	return out
})

// markedAdvance is the width of a character outside the tables: its
// letter's, when it is a letter with marks.
func markedAdvance(r rune, style int) float64 {
	d := norm.NFD.String(string(r))
	base, n := utf8.DecodeRuneInString(d)
	if n < len(d) {
		if strings.ContainsRune(d, '\u031B') { // the horn of ơ and ư
			base, _ = utf8.DecodeRuneInString(norm.NFC.String(string(base) + "\u031B"))
		}
		if w, ok := tableAdvance(base, style); ok {
			return w
		}
		if base != r {
			return markedAdvance(base, style)
		}
	}
	if unicode.Is(unicode.Mn, r) {
		return 0 // a combining mark on its own
	}
	return 2048
}

// textWidth is the width of s in points.
func textWidth(s string, f face) float64 {
	st, em := f.style(), 0.0
	for _, r := range s {
		em += advance(r, st)
	}
	return em / 2048 * f.size
}

// wrap breaks text into the lines a cell of room points shows, at spaces
// as Excel does (and at every line break of the text); a word wider than
// the room breaks between letters.
func wrap(text string, room float64, f face) []string {
	var out []string
	space := textWidth(" ", f)
	for _, para := range strings.Split(text, "\n") {
		line, used := "", 0.0
		for _, word := range strings.Fields(para) {
			w := textWidth(word, f)
			if line != "" && used+space+w <= room {
				line, used = line+" "+word, used+space+w
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			for w > room && utf8.RuneCountInString(word) > 1 {
				head := fitPrefix(word, room, f)
				out = append(out, head)
				word = word[len(head):]
				w = textWidth(word, f)
			}
			line, used = word, w
		}
		out = append(out, line)
	}
	return out
}

// fitPrefix is the longest start of word (one letter at least) that fits.
func fitPrefix(word string, room float64, f face) string {
	used, end := 0.0, 0
	for i, r := range word {
		w := advance(r, f.style()) / 2048 * f.size
		if i > 0 && used+w > room {
			break
		}
		used, end = used+w, i+utf8.RuneLen(r)
	}
	return word[:end]
}

// lineCount is how many lines text takes in room points.
func lineCount(text string, room float64, f face) int { return len(wrap(text, room, f)) }

// balance breaks a name or title into as few lines as room allows, as even
// as possible and where a reader would break it: not inside a proper name
// or a word of two syllables ("Phú / Yên", "Thương / binh"), never before a
// dash, best after a comma or a dash or before "và", "tỉnh", "huyện"… The
// words are read in their own case; upper prints them in capitals (an
// issuing body). The breaks are written into the text, so that every
// program shows the same lines.
func balance(text string, room float64, f face, upper bool) string {
	show := func(s string) string {
		if upper {
			return strings.ToUpper(s)
		}
		return s
	}
	if strings.Contains(text, "\n") {
		return show(text)
	}
	words := strings.Fields(text)
	n := lineCount(show(text), room, f)
	if n <= 1 || len(words) < 2 {
		return show(text)
	}
	lines := bestBreaks(words, n, room, f, show)
	if lines == nil {
		return strings.Join(wrap(show(text), room, f), "\n")
	}
	return show(strings.Join(lines, "\n"))
}

// bestBreaks splits words into n lines no wider than room, choosing the
// breaks of least cost: uneven lines cost their squared slack, a break at
// a bad place its penalty. It returns nil when no split into n lines fits.
func bestBreaks(words []string, n int, room float64, f face, show func(string) string) []string {
	width := func(i, j int) float64 { return textWidth(show(strings.Join(words[i:j], " ")), f) }
	inf := math.Inf(1)
	// cost[k][j]: the least cost of words[:j] in k lines; from[k][j] the
	// start of the last of them.
	cost := make([][]float64, n+1)
	from := make([][]int, n+1)
	for k := range cost {
		cost[k], from[k] = make([]float64, len(words)+1), make([]int, len(words)+1)
		for j := range cost[k] {
			cost[k][j] = inf
		}
	}
	cost[0][0] = 0
	for k := 1; k <= n; k++ {
		for j := 1; j <= len(words); j++ {
			for i := j - 1; i >= 0; i-- {
				w := width(i, j)
				if w > room {
					break
				}
				if cost[k-1][i] == inf {
					continue
				}
				c := cost[k-1][i] + math.Pow((room-w)/room, 2)*10
				if i > 0 {
					c += breakPenalty(words[i-1], words[i])
				}
				if c < cost[k][j] {
					cost[k][j], from[k][j] = c, i
				}
			}
		}
	}
	if cost[n][len(words)] == inf {
		return nil
	}
	lines := make([]string, n)
	for k, j := n, len(words); k > 0; k-- {
		i := from[k][j]
		lines[k-1] = strings.Join(words[i:j], " ")
		j = i
	}
	return lines
}

// breakWords are the words a line may well start with in a name: "và",
// the kinds of places ("tỉnh Phú Yên") and the words that start a phrase.
var breakWords = map[string]bool{"và": true, "tỉnh": true, "huyện": true, "thị": true, "thành": true,
	"quận": true, "xã": true, "phường": true, "của": true, "về": true, "các": true, "năm": true, "cho": true}

// breakPenalty is the cost of breaking a line between two words.
func breakPenalty(before, after string) float64 {
	first := func(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
	lastB, _ := utf8.DecodeLastRuneInString(before)
	switch {
	case after == "-" || after == "–" || strings.HasPrefix(after, ")"):
		return 100 // a line never starts with a dash
	case strings.ContainsRune(",;:", lastB) || before == "-" || before == "–":
		return 0
	case breakWords[strings.ToLower(after)] && unicode.IsLower(first(after)):
		return 0.5
	case unicode.IsUpper(first(before)) && unicode.IsUpper(first(after)) && !isCapitals(before, after):
		return 8 // inside a proper name: "Phú Yên"
	case unicode.IsUpper(first(before)) && unicode.IsLower(first(after)):
		return 6 // inside a word: "Lao động", "Thương binh"
	case unicode.IsUpper(first(after)):
		return 0.5 // before a new word
	}
	return 2
}

// isCapitals reports whether both words are written all in capitals (a
// title), where case says nothing of where words end.
func isCapitals(a, b string) bool {
	return a == strings.ToUpper(a) && b == strings.ToUpper(b) && a != strings.ToLower(a)
}
