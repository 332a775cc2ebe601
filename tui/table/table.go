// Package table renders aligned text tables whose cells hold Vietnamese:
// widths are measured in terminal cells (grapheme clusters), never in bytes
// or runes, and cells too long for their column are cut with an ellipsis.
package table

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Column is one column of a table.
type Column struct {
	Title string
	Width int  // in cells; 0 takes the remaining width
	Right bool // right-aligned (numbers)
	// Drop is the column's priority to go when the table is too wide for
	// the window: columns with the highest Drop go first, whole (0: never).
	Drop int
	// Hidden: Fit dropped the column; Line and Header skip it.
	Hidden bool
}

// Fit gives flexible columns (Width 0) the width left over from total,
// preferably at least min cells each (never less than 3 when the window is
// too narrow), and returns the adjusted columns. A fixed column is never
// narrower than its title; when the flexible columns would get less than
// min (or fixed columns alone are too wide), droppable columns are hidden
// whole, the highest Drop first, so that what stays is readable. Hidden
// columns keep their place: rows still give a cell for every column.
func Fit(cols []Column, total, min int) []Column {
	out := make([]Column, len(cols))
	copy(out, cols)
	for i := range out {
		if out[i].Width > 0 {
			out[i].Width = max(out[i].Width, Width(out[i].Title))
		}
	}
	for {
		fixed, flex, worst := 0, 0, -1
		for i, c := range out {
			switch {
			case c.Hidden:
				continue
			case c.Width == 0:
				flex++
			default:
				fixed += c.Width + 1
			}
			if c.Drop > 0 && (worst < 0 || c.Drop >= out[worst].Drop) {
				worst = i
			}
		}
		if worst < 0 || (flex > 0 && total-fixed >= flex*min) || (flex == 0 && fixed-1 <= total) {
			break
		}
		out[worst].Hidden = true
	}
	fixed, flex := 0, 0
	for _, c := range out {
		switch {
		case c.Hidden:
		case c.Width == 0:
			flex++
		default:
			fixed += c.Width + 1
		}
	}
	if flex == 0 {
		return out
	}
	each := (total - fixed) / flex
	if each < min && fixed+flex*min <= total {
		each = min
	}
	each = max(each, 4)
	for i := range out {
		if out[i].Width == 0 && !out[i].Hidden {
			out[i].Width = each - 1
		}
	}
	return out
}

// Cell pads or cuts s to width cells. Text too long is cut after its last
// whole word that fits (mid-word only when a word alone is too long), and
// ends with an ellipsis.
func Cell(s string, width int, right bool) string {
	if width <= 0 {
		return ""
	}
	w := Width(s)
	if w > width {
		s = Cut(s, width)
		w = Width(s)
	}
	pad := strings.Repeat(" ", max(0, width-w))
	if right {
		return pad + s
	}
	return s + pad
}

// Cut shortens s to at most width cells, after its last whole word that
// fits, with an ellipsis; a first word longer than the width is cut
// inside.
func Cut(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	cut := ansi.Truncate(s, width, "…")
	plain := []rune(ansi.Strip(cut))
	if len(plain) < 2 {
		return cut
	}
	// cut ends with "…"; go back to the end of the last whole word.
	body := strings.TrimSuffix(ansi.Strip(cut), "…")
	full := ansi.Strip(s)
	if next := []rune(full[len(body):]); len(next) > 0 && next[0] != ' ' {
		if i := strings.LastIndexByte(body, ' '); i > 0 && Width(body[:i]) >= width/2 {
			return strings.TrimRight(body[:i], " ,;:-–") + "…"
		}
	}
	return cut
}

// Parts joins parts with sep, dropping whole parts from the end (lowest
// priority last) until the line fits width: a footer or a header never
// shows half a key or half a word.
func Parts(parts []string, sep string, width int) string {
	for n := len(parts); n > 0; n-- {
		line := strings.Join(parts[:n], sep)
		if Width(line) <= width {
			return line
		}
	}
	return ""
}

// Sentences fits a line of text to width: whole sentences or clauses
// (ending in ". ", "; " or " — ") are dropped from the end until it fits,
// lowest priority last; a first sentence still too long is cut after a
// whole word.
func Sentences(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	var parts []string
	rest := s
	for rest != "" {
		cut := -1
		for _, sep := range []string{". ", "; ", " — "} {
			if i := strings.Index(rest, sep); i >= 0 && (cut < 0 || i < cut) {
				cut = i + len(strings.TrimRight(sep, " "))
			}
		}
		if cut < 0 {
			parts = append(parts, rest)
			break
		}
		parts = append(parts, rest[:cut])
		rest = strings.TrimLeft(rest[cut:], " ")
	}
	if line := Parts(parts, " ", width); line != "" {
		// A clause cut after its ";" ends as a sentence.
		if strings.HasSuffix(line, ";") {
			line = strings.TrimSuffix(line, ";") + "."
		}
		return line
	}
	return Cut(s, width)
}

// Width is the number of terminal cells s takes. Text in NFC Latin script
// (Vietnamese included) takes one cell a rune and is counted directly;
// anything else (escape sequences, combining marks, wide characters) is
// measured by grapheme clusters. The scoring form measures thousands of
// cells a frame, so the common case must be cheap.
func Width(s string) int {
	n := 0
	for _, r := range s {
		latin := r >= 0x20 && r < 0x300 && !(r >= 0x7f && r < 0xa0)
		vietnamese := r >= 0x1E00 && r <= 0x1EFF  // Latin Extended Additional: ạ ả ấ ầ ẩ ẫ ậ …
		punctuation := r >= 0x2010 && r <= 0x2027 // dashes, quotes, ellipsis
		if !latin && !vietnamese && !punctuation {
			return lipgloss.Width(s)
		}
		n++
	}
	return n
}

// Pad widens each line of block to exactly width cells (lines already
// wider are left as they are).
func Pad(block string, width int) []string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		if w := lipgloss.Width(l); w < width {
			lines[i] = l + strings.Repeat(" ", width-w)
		}
	}
	return lines
}

// Beside puts the lines of right next to left, which is padded to width:
// a cheaper lipgloss.JoinHorizontal for a table and its side pane.
func Beside(left string, width int, right string) string {
	l, r := Pad(left, width), strings.Split(right, "\n")
	rw := 0
	for _, x := range r {
		rw = max(rw, lipgloss.Width(x))
	}
	for len(l) < len(r) {
		l = append(l, strings.Repeat(" ", width))
	}
	blank := strings.Repeat(" ", rw)
	for i := range l {
		if i < len(r) {
			l[i] += r[i]
		} else {
			l[i] += blank
		}
	}
	return strings.Join(l, "\n")
}

// Line joins cells of a row with one space between columns (hidden
// columns left out).
func Line(cols []Column, cells []string) string {
	parts := make([]string, 0, len(cols))
	for i, c := range cols {
		if c.Hidden {
			continue
		}
		v := ""
		if i < len(cells) {
			v = cells[i]
		}
		parts = append(parts, Cell(v, c.Width, c.Right))
	}
	return strings.Join(parts, " ")
}

// Header renders the column titles.
func Header(cols []Column) string {
	titles := make([]string, len(cols))
	for i, c := range cols {
		titles[i] = c.Title
	}
	return Line(cols, titles)
}

// Scroll keeps a list's first visible row from one frame to the next, so
// that moving the cursor up from the bottom of a long list moves the
// cursor, not the window. Screens call Follow after every change of the
// cursor or the size, and Top when they draw.
type Scroll struct{ offset int }

// Follow moves the window of height rows over n rows just enough to show
// cursor, and returns its first row.
func (s *Scroll) Follow(cursor, height, n int) int {
	s.offset = Window(cursor, s.offset, height, n)
	return s.offset
}

// Top is the first row to draw: the kept one, moved only if the cursor
// would not show in height rows (a pane opened since).
func (s Scroll) Top(cursor, height, n int) int { return Window(cursor, s.offset, height, n) }

// Reset goes back to the top (a new list).
func (s *Scroll) Reset() { s.offset = 0 }

// Window returns the first row to show so that cursor stays visible in a
// view of height rows, keeping the previous offset where possible.
func Window(cursor, offset, height, n int) int {
	if height <= 0 || n <= height {
		return 0
	}
	if cursor < offset {
		offset = cursor
	}
	if cursor >= offset+height {
		offset = cursor - height + 1
	}
	if offset > n-height {
		offset = n - height
	}
	if offset < 0 {
		offset = 0
	}
	return offset
}
