package sheet

import (
	"regexp"
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	ctable "thidua/model/table"
)

// grid is one worksheet read for import: the stored value of every cell
// (not as displayed) in the columns that hold any, and its merged ranges.
// Columns are those of the sheet with the empty ones left out: a column
// index means something only beside the sheet's own header row, and
// cellName gives a cell's name as Excel shows it.
type grid struct {
	name     string
	rows     [][]string
	meta     [][]cellMeta
	cols     []int // grid column → the sheet's column (0-based)
	merges   []span
	styles   styles
	fonts    map[[2]int]string // legacy font of a rich-text cell
	formulas map[[2]int]string // formula of a cell, where it has one
	calcs    *calcState        // the formulas computed so far
	steps    *int              // the workbook's steps of computing, against calcBudget
	hidden   map[int]bool      // rows hidden in Excel
}

// span is a merged range, 0-based and inclusive, with its value.
type span struct {
	r0, c0, r1, c1 int
	value          string
}

// blank reports whether the sheet has no text at all.
func (g *grid) blank() bool {
	for r := range g.rows {
		if g.line(r) != "" {
			return false
		}
	}
	return true
}

// raw returns a cell's stored value, "" outside the sheet.
func (g *grid) raw(r, c int) string {
	if r < 0 || r >= len(g.rows) || c < 0 || c >= len(g.rows[r]) {
		return ""
	}
	return g.rows[r][c]
}

// text returns a cell's text in NFC, trimmed.
func (g *grid) text(r, c int) string { return model.NFC(g.raw(r, c)) }

// cellMeta returns how the file types a cell and its format.
func (g *grid) cellMeta(r, c int) cellMeta {
	if r < 0 || r >= len(g.meta) || c < 0 || c >= len(g.meta[r]) {
		return cellMeta{}
	}
	return g.meta[r][c]
}

// cellName names a cell as Excel shows it ("B7").
func (g *grid) cellName(r, c int) string {
	if c >= 0 && c < len(g.cols) {
		c = g.cols[c]
	}
	return cellName(r, c)
}

// number returns a cell that should hold a number as the text thidua
// parses: a numeric cell exactly (within Excel's binary rounding), a number
// typed as text as typed ("2,5", "20", "5 điểm"), a formula by its cached
// result or, when the file has none, by computing it (sums and arithmetic
// of the sheet's own cells).
func (g *grid) number(r, c int) string {
	if c < 0 {
		return ""
	}
	raw := strings.TrimSpace(g.raw(r, c))
	if raw == "" {
		if formula := g.formulas[[2]int{r, c}]; formula != "" {
			if v, ok := g.calc(r, c); ok {
				return numberText(strconv.FormatFloat(v, 'f', -1, 64))
			}
		}
		return ""
	}
	if g.cellMeta(r, c).kind == kindNumber {
		if d, ok := g.shownDate(r, c); ok {
			return d
		}
		if n := numberText(raw); n != raw || isPlainNumber(raw) {
			return n
		}
	}
	return pointsText(raw)
}

var plainNumberRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func isPlainNumber(s string) bool { return plainNumberRE.MatchString(s) }

// values returns row r's cells, with the cells listed in nums read as
// numbers.
func (g *grid) values(r int, nums ...int) []string {
	width := 0
	if r < len(g.rows) {
		width = len(g.rows[r])
	}
	for _, c := range nums {
		width = max(width, c+1)
	}
	out := make([]string, width)
	for c := range out {
		out[c] = g.text(r, c)
	}
	for _, c := range nums {
		if c >= 0 {
			out[c] = g.number(r, c)
		}
	}
	return out
}

// line returns the texts of row r joined by spaces.
func (g *grid) line(r int) string {
	var parts []string
	for c := range g.rowLen(r) {
		if t := g.text(r, c); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

func (g *grid) rowLen(r int) int {
	if r < 0 || r >= len(g.rows) {
		return 0
	}
	return len(g.rows[r])
}

// ref is where row r is, for messages (rows are numbered from 1, as Excel
// shows them).
func (g *grid) ref(r int) ctable.Ref { return ctable.Ref{Sheet: g.name, Line: r + 1} }

// headerRow returns row r with merged ranges filled in, so that a heading
// merged over two rows or several columns is seen in each of its cells.
func (g *grid) headerRow(r int) []string {
	out := g.values(r)
	for _, m := range g.merges {
		if r < m.r0 || r > m.r1 {
			continue
		}
		for len(out) <= m.c1 {
			out = append(out, "")
		}
		for c := m.c0; c <= m.c1; c++ {
			out[c] = model.NFC(m.value)
		}
	}
	return out
}

// headerSearch is how many rows from the top a header row may sit below
// the title rows.
const headerSearch = 40

// findHeader finds the header row of a table: the first row, or pair of
// rows (a heading over sub-headings: "Điểm" over "Tự chấm", "Khối chấm"),
// that ok accepts. It returns the header and the first row after it.
func (g *grid) findHeader(ok func(header []string) bool) (header []string, start int, found bool) {
	for r := 0; r < len(g.rows) && r < headerSearch; r++ {
		h := g.headerRow(r)
		if ok(h) {
			return h, r + 1, true
		}
		if r+1 < len(g.rows) && distinct(h) > 1 { // not a title merged across the page
			next := g.headerRow(r + 1)
			both := make([]string, max(len(h), len(next)))
			for c := range both {
				a, b := get(h, c), get(next, c)
				if a == b || b == "" {
					both[c] = a
				} else {
					both[c] = strings.TrimSpace(a + " " + b)
				}
			}
			if ok(both) {
				return both, r + 2, true
			}
		}
	}
	return nil, 0, false
}

// distinct counts the different texts of a row.
func distinct(row []string) int {
	seen := map[string]bool{}
	for _, t := range row {
		if t != "" {
			seen[t] = true
		}
	}
	return len(seen)
}

func get(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
}

// numberingRE matches the cells of the column-numbering row forms put
// under their header: "(1)", "2", "A", "(B)".
var numberingRE = regexp.MustCompile(`^\(?([0-9]{1,2}|[A-Z])\)?$`)

// numbering reports whether row r only numbers the columns.
func (g *grid) numbering(r int) bool {
	n := 0
	for c := range g.rowLen(r) {
		t := g.text(r, c)
		if t == "" {
			continue
		}
		if !numberingRE.MatchString(t) {
			return false
		}
		n++
	}
	return n >= 3
}

// footerRE recognises the lines under a table: the place and date, the
// signatures, the list of recipients.
var footerRE = regexp.MustCompile(`^(noi nhan|nguoi lap|thu truong|khoi truong|cum truong|tm |t m |xac nhan|ky ten)|ngay .{0,8}thang .{0,8}nam`)

// footer reports whether row r starts what comes after the table.
func (g *grid) footer(r int) bool {
	for c := range g.rowLen(r) {
		if t := g.text(r, c); t != "" && footerRE.MatchString(ctable.HeadingKey(t)) {
			return true
		}
	}
	return false
}

// checkLegacy refuses a sheet with text in the old TCVN3 or VNI fonts,
// naming the first such cell.
func (g *grid) checkLegacy() error {
	for r, row := range g.rows {
		for c, v := range row {
			if !nonASCII(v) {
				continue
			}
			font := g.font(r, c)
			if !legacyCell(v, font) {
				continue
			}
			snippet := i18n.Printable(cut(strings.TrimSpace(v), 40))
			if legacyFont(font) {
				return g.ref(r).Wrap(model.Errorf(ELegacyFont, g.cellName(r, c), i18n.Printable(font), snippet))
			}
			return g.ref(r).Wrap(model.Errorf(ELegacyText, g.cellName(r, c), snippet))
		}
	}
	return nil
}

// font returns the font a cell's text is written in: a legacy font of any
// run of rich text, else the font of the cell's format, else the
// workbook's default font.
func (g *grid) font(r, c int) string {
	if f := g.fonts[[2]int{r, c}]; f != "" {
		return f
	}
	return g.styles.font(int(g.cellMeta(r, c).style))
}

// percent reports whether a numeric cell is shown as a percentage.
func (g *grid) percent(r, c int) bool {
	m := g.cellMeta(r, c)
	s := int(m.style)
	return m.kind == kindNumber && s >= 0 && s < len(g.styles.percent) && g.styles.percent[s]
}

// table is a table found on a sheet: its header row and the row after it.
type table struct {
	g      *grid
	header []string
	start  int
}

// findTables finds, sheet by sheet, the tables whose header row ok
// accepts, refusing any sheet written in a legacy font on the way; with
// firstOnly it stops at the first. When no sheet holds a table, the error
// says why: the first sheet is empty, or it has no such header (the
// message noHeader, with the sheet's name).
func findTables(wb *workbook, ok func([]string) bool, noHeader string, firstOnly bool) (_ []table, err error) {
	defer recoverRead(&err)
	var out []table
	var why error
	for _, s := range wb.sheets {
		name := s.name
		g, err := readGrid(wb, s)
		if err != nil {
			return nil, err
		}
		if g.blank() {
			if why == nil {
				why = model.Errorf(EEmpty, name)
			}
			continue
		}
		if err := g.checkLegacy(); err != nil {
			return nil, err
		}
		header, start, found := g.findHeader(ok)
		if !found {
			if why == nil || model.ErrorCode(why) == EEmpty {
				why = model.Errorf(noHeader, name)
			}
			continue
		}
		out = append(out, table{g, header, start})
		if firstOnly {
			break
		}
	}
	if len(out) == 0 {
		return nil, why
	}
	return out, nil
}
