package sheet

import "math"

// Excel and LibreOffice break pages on their own; what they cannot know is
// which rows belong together. The pager estimates each row's height as the
// sheet is written, then puts a page break before a block that would
// otherwise straddle two pages (a unit's registrations and its signature,
// the totals of a score sheet with the signatures under them).

// Page geometry in points: A4 with the margins pageSetup sets.
const (
	a4Long, a4Short = 842.0, 595.0
	marginsAcross   = (0.98 + 0.59) * 72
	marginsDown     = (0.79 + 0.79) * 72
	// pointsPerWidth is the width in points of one unit of column width
	// (the digit "0" of 11 pt Times New Roman, with the cell's padding).
	pointsPerWidth = 5.6
	defaultRow     = 16.0
)

// pageRows records estimated row heights of one sheet and the blocks to
// keep together.
type pageRows struct {
	heights map[int]float64
	fixed   map[int]bool // rows whose height is already set
	keep    [][2]int     // first and last row of each block
}

// rows returns the page record of a sheet.
func (b *book) rows(sheet string) *pageRows {
	if b.pages == nil {
		b.pages = map[string]*pageRows{}
	}
	p, ok := b.pages[sheet]
	if !ok {
		p = &pageRows{heights: map[int]float64{}, fixed: map[int]bool{}}
		b.pages[sheet] = p
	}
	return p
}

// estimate records that a row will be about h points high, keeping the
// largest estimate of its cells.
func (b *book) estimate(sheet string, row int, h float64) {
	p := b.rows(sheet)
	p.heights[row] = math.Max(p.heights[row], h)
}

// estimateText records the height of text wrapped in a column of width w.
func (b *book) estimateText(sheet string, row int, text string, w float64, l look) {
	b.estimate(sheet, row, lineHeight(l.fontSize(), textLines(text, w, l)))
}

// keepTogether asks for rows first..last to be printed on one page.
func (b *book) keepTogether(sheet string, first, last int) {
	p := b.rows(sheet)
	p.keep = append(p.keep, [2]int{first, last})
}

// finish sizes a sheet's rows to their estimated heights (neither Excel
// nor LibreOffice reliably grows a row to its wrapped text when opening a
// file) and places the page breaks it needs so that no kept block
// straddles a page. width is the sheet's total column width; rows head0..
// head1 repeat on every page; end is the first row after the sheet.
func (b *book) finish(sheet string, landscape bool, width float64, head0, head1, end int) error {
	p := b.rows(sheet)
	for r, h := range p.heights {
		if !p.fixed[r] {
			if err := b.f.SetRowHeight(sheet, r+1, h); err != nil {
				return err
			}
		}
	}
	pageW, pageH := a4Short-marginsAcross, a4Long-marginsDown
	if landscape {
		pageW, pageH = a4Long-marginsAcross, a4Short-marginsDown
	}
	scale := math.Min(1, pageW/(width*pointsPerWidth))
	capacity := pageH / scale
	h := func(r int) float64 {
		if x, ok := p.heights[r]; ok {
			return x
		}
		return defaultRow
	}
	head := 0.0
	for r := head0; r <= head1; r++ {
		head += h(r)
	}
	starts := map[int]int{}
	for _, k := range p.keep {
		starts[k[0]] = k[1]
	}
	used := 0.0
	for r := 0; r < end; r++ {
		if last, ok := starts[r]; ok {
			block := 0.0
			for k := r; k <= last; k++ {
				block += h(k)
			}
			if used+block > capacity && block+head <= capacity && used > head {
				if err := b.f.InsertPageBreak(sheet, cell(r, 0)); err != nil {
					return err
				}
				used = head
			}
		}
		if used+h(r) > capacity {
			used = head // Excel's own break
		}
		used += h(r)
	}
	return nil
}
