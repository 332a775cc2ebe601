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
	if lipgloss.Width(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	pad := strings.Repeat(" ", width-lipgloss.Width(s))
	if right {
		return pad + s
	}
	return s + pad
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
