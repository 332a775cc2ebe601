package sheet

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Excel and LibreOffice break pages on their own; what they cannot know is
// how tall a row of wrapped text must be, or which rows belong together.
// The pager records every text cell as the sheet is written; when the
// sheet is finished it sizes each row to the lines its cells take, puts a
// page break before a block that would otherwise straddle two pages (a
// unit's registrations and its signature, the totals of a score sheet with
// the signatures under them) and sets the page up.

// Page geometry in points: A4 with the margins of Nghị định 30/2020
// (top and bottom 20 mm, left 30 mm, right 15 mm; a landscape table keeps
// 20 mm on the left).
const (
	a4Long, a4Short = 842.0, 595.0
	marginTop       = 0.79 // inches
	marginBottom    = 0.79
	marginRight     = 0.59
	marginLeft      = 1.18
	marginLeftWide  = 0.79
	marginEdge      = 0.3 // the page number's distance from the edge
)

// pageRows records what a sheet needs to be laid out: its column widths,
// its text cells, the rows with a set height and the blocks to keep
// together; finish fills heights and scale.
type pageRows struct {
	cols      []float64
	cells     []textCell
	fixed     map[int]float64 // rows whose height is set, in points
	used      map[int]bool    // rows with any cell written
	keep      [][2]int        // first and last row of each block
	heights   map[int]float64 // every used row's height, once finished
	scale     float64         // the print scale, once finished
	landscape bool            // the orientation, once finished
}

// textCell is a cell of text, merged over rows r0..r1 and columns c0..c1.
type textCell struct {
	r0, r1, c0, c1 int
	text           string
	look           look
}

// rows returns the page record of a sheet.
func (b *book) rows(sheet string) *pageRows {
	if b.pages == nil {
		b.pages = map[string]*pageRows{}
	}
	p, ok := b.pages[sheet]
	if !ok {
		p = &pageRows{fixed: map[int]float64{}, used: map[int]bool{}}
		b.pages[sheet] = p
	}
	return p
}

// touch records that a row has a cell.
func (p *pageRows) touch(row int) { p.used[row] = true }

// keepTogether asks for rows first..last to be printed on one page.
func (b *book) keepTogether(sheet string, first, last int) {
	p := b.rows(sheet)
	p.keep = append(p.keep, [2]int{first, last})
}

// need is the height in points a cell's text takes in its columns.
func (p *pageRows) need(c textCell) float64 {
	w := 0.0
	for col := c.c0; col <= c.c1 && col < len(p.cols); col++ {
		w += p.cols[col]
	}
	if c.look.shrink {
		return lineHeight(c.look.fontSize(), 1)
	}
	return lineHeight(c.look.fontSize(), lineCount(c.text, textRoom(w, c.look.indent), c.look.face()))
}

// size works out every row's height: the tallest of its one-row cells, at
// least one line of body text; a cell merged over several rows adds what
// it still lacks to its last row. A set height is kept as it is.
func (p *pageRows) size() {
	p.heights = map[int]float64{}
	for r := range p.used {
		p.heights[r] = lineHeight(bodySize, 1)
	}
	for _, c := range p.cells {
		for r := c.r0; r <= c.r1; r++ {
			p.heights[r] = math.Max(p.heights[r], lineHeight(bodySize, 1))
		}
		if c.r0 == c.r1 {
			p.heights[c.r0] = math.Max(p.heights[c.r0], p.need(c))
		}
	}
	for _, c := range p.cells {
		if c.r0 == c.r1 {
			continue
		}
		have := 0.0
		for r := c.r0; r <= c.r1; r++ {
			have += p.heights[r]
		}
		if lack := p.need(c) - have; lack > 0 {
			p.heights[c.r1] += lack
		}
	}
	for r, h := range p.fixed {
		p.heights[r] = h
	}
}

// pageSpec is how a sheet prints.
type pageSpec struct {
	landscape    bool
	onePage      bool // the whole sheet on one page, scaled down as needed
	head0, head1 int  // rows repeated on every page (0-based); head1 < head0: none
	end          int  // the first row after the sheet
	fixed        int  // a set print scale in per cent, fitted to nothing; 0: fitted
}

// height is a row's height once sized.
func (p *pageRows) height(r int) float64 {
	if h, ok := p.heights[r]; ok {
		return h
	}
	return lineHeight(bodySize, 1)
}

// printable is the page's width and height inside the margins, in points.
func (s pageSpec) printable() (w, h float64) {
	if s.landscape {
		return a4Long - (marginLeftWide+marginRight)*72, a4Short - (marginTop+marginBottom)*72
	}
	return a4Short - (marginLeft+marginRight)*72, a4Long - (marginTop+marginBottom)*72
}

// finish sizes a sheet's rows, sets its page up and places the page
// breaks it needs so that no kept block straddles a page.
func (b *book) finish(sheet string, s pageSpec) error {
	p := b.rows(sheet)
	p.size()
	for r, h := range p.heights {
		if err := b.f.SetRowHeight(sheet, r+1, h); err != nil {
			return err
		}
	}
	p.scale, p.landscape = p.scaleOn(s), s.landscape
	if err := b.pageSetup(sheet, s); err != nil {
		return err
	}
	if s.onePage {
		return nil
	}
	_, pageH := s.printable()
	return b.breakPages(sheet, s, pageH/p.scale)
}

// minOnePageScale is the smallest scale a short list or a chart is fitted
// to one page at: under it (ten people with long positions, a bloc of 40
// units) its 12-point text would print below 7 points, and it runs over
// pages at full size instead.
const minOnePageScale = 0.6

// readable is s for a sheet whose rows are written: a one-page sheet that
// would print smaller than minOnePageScale runs over pages instead.
func (b *book) readable(sheet string, s pageSpec) pageSpec {
	if !s.onePage {
		return s
	}
	p := b.rows(sheet)
	p.size()
	if p.scaleOn(s) < minOnePageScale {
		s.onePage = false
	}
	return s
}

// scaleOn is the scale a sheet prints at on pages as s sets them: fitted
// to the width, and to the height too for a one-page sheet.
func (p *pageRows) scaleOn(s pageSpec) float64 {
	if s.fixed > 0 {
		return float64(s.fixed) / 100
	}
	pageW, pageH := s.printable()
	width, total := 0.0, 0.0
	for _, w := range p.cols {
		width += w
	}
	for r := 0; r < s.end; r++ {
		total += p.height(r)
	}
	scale := math.Min(1, pageW/(width*excelPointsPerWidth))
	if s.onePage { // the program fits the page: by the wider of the widths
		scale = math.Min(1, pageW/(width*widePointsPerWidth))
		scale = math.Min(scale, pageH/total)
	}
	return scale
}

// breakPages puts a page break before each kept block that would straddle
// a page of capacity points and fits on one.
func (b *book) breakPages(sheet string, s pageSpec, capacity float64) error {
	p := b.rows(sheet)
	head := 0.0
	for r := s.head0; r <= s.head1; r++ {
		head += p.height(r)
	}
	starts := map[int]int{}
	for _, k := range p.keep {
		starts[k[0]] = k[1]
	}
	used := 0.0
	for r := 0; r < s.end; r++ {
		if last, ok := starts[r]; ok {
			block := 0.0
			for k := r; k <= last; k++ {
				block += p.height(k)
			}
			if used+block > capacity && block+head <= capacity && used > head {
				if err := b.f.InsertPageBreak(sheet, cell(r, 0)); err != nil {
					return err
				}
				used = head
			}
		}
		if used+p.height(r) > capacity {
			used = head // the program's own break
		}
		used += p.height(r)
	}
	return nil
}

// pageSetup prints a sheet on A4 with the margins of Nghị định 30/2020,
// fitted to the page's width (and height, for a one-page sheet), its
// header rows repeated on every page, and its pages numbered from 1 at the
// top centre, the first page without its number, as the decree has it.
func (b *book) pageSetup(sheet string, s pageSpec) error {
	size, orient, one, tall, first := 9, "portrait", 1, 0, uint(1)
	left := marginLeft
	if s.landscape {
		orient, left = "landscape", marginLeftWide
	}
	if s.onePage {
		tall = 1
	}
	opts := &excelize.PageLayoutOptions{Size: &size, Orientation: &orient,
		FitToWidth: &one, FitToHeight: &tall, FirstPageNumber: &first}
	fit := s.fixed == 0
	if !fit {
		scale := uint(s.fixed)
		opts.FitToWidth, opts.FitToHeight, opts.AdjustTo = nil, nil, &scale
	}
	if err := b.f.SetPageLayout(sheet, opts); err != nil {
		return err
	}
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	top, bottom, right, edge := marginTop, marginBottom, marginRight, marginEdge
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &left, Right: &right, Top: &top,
		Bottom: &bottom, Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	if err := b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{DifferentFirst: true,
		OddHeader: `&C&"` + Font + `,Regular"&13&P`}); err != nil {
		return err
	}
	if s.head1 < s.head0 {
		return nil
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(sheet, "'", "''"), s.head0+1, s.head1+1)})
}
