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
}

// Fit gives flexible columns (Width 0) the width left over from total,
// preferably at least min cells each (never less than 3 when the window is
// too narrow), and returns the adjusted columns.
func Fit(cols []Column, total, min int) []Column {
	out := make([]Column, len(cols))
	copy(out, cols)
	fixed, flex := 0, 0
	for _, c := range out {
		if c.Width == 0 {
			flex++
		} else {
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
		if out[i].Width == 0 {
			out[i].Width = each - 1
		}
	}
	return out
}

// Cell pads or cuts s to width cells.
func Cell(s string, width int, right bool) string {
	if width <= 0 {
		return ""
	}
	w := Width(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = Width(s)
	}
	pad := strings.Repeat(" ", max(0, width-w))
	if right {
		return pad + s
	}
	return s + pad
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

// Line joins cells of a row with one space between columns.
func Line(cols []Column, cells []string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		v := ""
		if i < len(cells) {
			v = cells[i]
		}
		parts[i] = Cell(v, c.Width, c.Right)
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
