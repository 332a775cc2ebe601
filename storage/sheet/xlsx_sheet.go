package sheet

import (
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"thidua/model"
)

// Kinds of cell value, as the file types them.
const (
	kindNumber uint8 = iota // a number (or a cell with no type)
	kindString              // text: shared, inline, or a formula's text result
	kindBool
	kindError // "#N/A", "#DIV/0!"
	kindDate  // an ISO 8601 date cell
)

// cellMeta is what import needs of a cell besides its value: how the file
// types it and its cell format (for its font and percentage format).
type cellMeta struct {
	style int32
	kind  uint8
}

// rawCell is a cell with a value as a worksheet stream gives it.
type rawCell struct {
	row, col int // 0-based, real column
	value    string
	meta     cellMeta
	font     string // a legacy font of a rich-text run
	formula  string
}

// readGrid reads worksheet s of wb as a stream of rows, keeping only cells
// with a value, within the budgets; the columns no cell uses are dropped,
// so a cell far to the right costs one column, not sixteen thousand.
func readGrid(wb *workbook, s sheetRef) (g *grid, err error) {
	defer recoverRead(&err)
	rc, err := wb.open(s.part)
	if err != nil {
		return nil, err
	}
	defer closeRead(rc)
	st := sheetStream{wb: wb, name: s.name, used: map[int]bool{}, hidden: map[int]bool{}, d: decoder(rc)}
	if err := st.read(); err != nil {
		if me, ok := err.(*model.Error); ok && me.Code == EDamaged {
			return nil, model.Errorf(EDamagedSheet, s.name).WithCause(me.Cause)
		}
		return nil, err
	}
	return st.grid()
}

// sheetStream is the state of reading one worksheet.
type sheetStream struct {
	wb      *workbook
	name    string
	d       *xml.Decoder
	cells   []rawCell
	used    map[int]bool // real columns holding a value
	lastRow int
	merges  [][4]int     // r0, c0, r1, c1, real
	hidden  map[int]bool // rows hidden in Excel
}

// read reads the worksheet's rows and merged ranges; anything else
// (columns, formatting, drawings, conditional formats) is passed over.
func (st *sheetStream) read() error {
	row, col := -1, -1
	for {
		tok, err := st.d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return partError(st.name, err)
		}
		e, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch e.Name.Local {
		case "row":
			row++
			if r, err := strconv.Atoi(attr(e, "r")); err == nil && r >= 1 && r <= 1<<20 {
				row = r - 1
			}
			col = -1
			if h := attr(e, "hidden"); h == "1" || h == "true" {
				st.hidden[row] = true // bounded: one per row, rows are bounded
			}
		case "c":
			col++
			if r, c, ok := parseRef(attr(e, "r")); ok {
				col = c
				if row < 0 {
					row = r
				}
			}
			if err := st.cell(e, max(row, 0), col); err != nil {
				return err
			}
		case "mergeCell":
			if len(st.merges) >= maxMerges || st.wb.merges >= maxBookMerges {
				return limitError(ELimitMerges, st.name, maxMerges)
			}
			st.wb.merges++
			if m, ok := parseRange(attr(e, "ref")); ok {
				st.merges = append(st.merges, m)
			}
		}
	}
}

// cell reads one <c> element at row, col.
func (st *sheetStream) cell(e xml.StartElement, row, col int) error {
	c := rawCell{row: row, col: col}
	if s, err := strconv.Atoi(attr(e, "s")); err == nil && s >= 0 && s < maxStyles {
		c.meta.style = int32(s)
	}
	v, f, is, err := st.cellXML(row, col)
	if err != nil {
		return err
	}
	if err := st.cellValue(&c, attr(e, "t"), v, is); err != nil {
		return err
	}
	if utf8.RuneCountInString(c.value) > maxText {
		return limitError(ELimitText, cellName(row, col), maxText)
	}
	c.formula = f
	if c.value == "" && c.formula == "" {
		return nil // formatting only
	}
	return st.keep(c)
}

// cellXML reads a cell's elements up to its end: the value, the formula
// and an inline string.
func (st *sheetStream) cellXML(row, col int) (value, formula string, is *text, err error) {
	var v, f strings.Builder
	where := "" // the element whose text is being read
	depth := 1
	for depth > 0 {
		tok, err := st.d.RawToken()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", "", nil, partError(st.name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if is != nil {
				is.token(t)
				continue
			}
			switch t.Name.Local {
			case "v", "f":
				where = t.Name.Local
			case "is":
				is = &text{}
			}
		case xml.EndElement:
			depth--
			if is != nil && t.Name.Local != "is" {
				is.token(t)
				continue
			}
			where = ""
		case xml.CharData:
			if is != nil {
				is.token(t)
				continue
			}
			switch where {
			case "v":
				v.Write(t)
			case "f":
				f.Write(t)
			}
			if v.Len() > 4*maxText || f.Len() > 4*maxText {
				return "", "", nil, limitError(ELimitText, cellName(row, col), maxText)
			}
		}
	}
	return v.String(), f.String(), is, nil
}

// cellValue sets the cell's value, kind and font from its type attribute.
func (st *sheetStream) cellValue(c *rawCell, typ, v string, is *text) error {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(st.wb.strings) {
			if v == "" {
				break
			}
			return model.Errorf(EDamaged).WithCause(fmt.Errorf("%s: shared string %q", cellName(c.row, c.col), v))
		}
		c.value, c.meta.kind, c.font = st.wb.strings[i], kindString, st.wb.richFont[i]
	case "inlineStr":
		if is != nil {
			if is.tooLong {
				return limitError(ELimitText, cellName(c.row, c.col), maxText)
			}
			c.value, c.font = unescapeOOXML(is.b.String()), is.font
		}
		c.meta.kind = kindString
	case "str":
		c.value, c.meta.kind = v, kindString
	case "b":
		c.value, c.meta.kind = v, kindBool
	case "e":
		c.value, c.meta.kind = v, kindError
	case "d":
		c.value, c.meta.kind = v, kindDate
	default:
		c.value = v
	}
	return nil
}

// keep counts a cell that holds something against the limits and keeps it.
func (st *sheetStream) keep(c rawCell) error {
	row, col := c.row, c.col
	if row >= maxRows {
		return limitError(ELimitRows, st.name, row+1, maxRows)
	}
	if !st.used[col] {
		if len(st.used) >= maxColumns {
			return limitError(ELimitColumns, st.name, maxColumns)
		}
		st.used[col] = true
	}
	if st.wb.cells >= maxCells {
		return limitError(ELimitCells, maxCells)
	}
	st.wb.cells++
	st.lastRow = max(st.lastRow, row)
	st.cells = append(st.cells, c)
	return nil
}

// grid lays the cells read out as rows of the used columns.
func (st *sheetStream) grid() (*grid, error) {
	cols := make([]int, 0, len(st.used))
	for c := range st.used {
		cols = append(cols, c)
	}
	slices.Sort(cols)
	compact := make(map[int]int, len(cols))
	for i, c := range cols {
		compact[c] = i
	}
	g := &grid{name: st.name, cols: cols, styles: st.wb.styles, fonts: map[[2]int]string{}, formulas: map[[2]int]string{},
		steps: &st.wb.steps, hidden: st.hidden}
	if len(st.cells) == 0 {
		return g, nil
	}
	width := make([]int, st.lastRow+1)
	for _, c := range st.cells {
		width[c.row] = max(width[c.row], compact[c.col]+1)
	}
	slots := 0
	for _, w := range width {
		slots += w
	}
	if st.wb.slots+slots > maxSlots {
		return nil, limitError(ELimitCells, maxCells)
	}
	st.wb.slots += slots
	g.rows = make([][]string, st.lastRow+1)
	g.meta = make([][]cellMeta, st.lastRow+1)
	for r, w := range width {
		if w > 0 {
			g.rows[r] = make([]string, w)
			g.meta[r] = make([]cellMeta, w)
		}
	}
	for _, c := range st.cells {
		k := compact[c.col]
		g.rows[c.row][k] = c.value
		g.meta[c.row][k] = c.meta
		if c.font != "" {
			g.fonts[[2]int{c.row, k}] = c.font
		}
		if c.formula != "" {
			g.formulas[[2]int{c.row, k}] = c.formula
		}
	}
	for _, m := range st.merges {
		c0, _ := slices.BinarySearch(cols, m[1])
		c1, found := slices.BinarySearch(cols, m[3])
		if !found {
			c1--
		}
		if c0 > c1 || m[0] > st.lastRow {
			continue // a merge over cells that hold nothing
		}
		value := ""
		if c0 < len(cols) && cols[c0] == m[1] {
			value = g.raw(m[0], c0)
		}
		g.merges = append(g.merges, span{m[0], c0, m[2], c1, value})
	}
	return g, nil
}

// parseRef reads a cell reference ("B7", "$B$7") as a 0-based row and
// column.
func parseRef(ref string) (row, col int, ok bool) {
	ref = strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(ref) && i < 3 && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		col = col*26 + int(ref[i]|0x20-'a') + 1
		i++
	}
	if i == 0 || i == len(ref) || len(ref)-i > 7 {
		return 0, 0, false
	}
	r, err := strconv.Atoi(ref[i:])
	if err != nil || r < 1 || r > 1<<20 || col > 1<<14 {
		return 0, 0, false
	}
	return r - 1, col - 1, true
}

// parseRange reads a range ("A1:C3") as 0-based r0, c0, r1, c1.
func parseRange(ref string) ([4]int, bool) {
	a, b, found := strings.Cut(ref, ":")
	if !found {
		b = a
	}
	r0, c0, ok0 := parseRef(a)
	r1, c1, ok1 := parseRef(b)
	if !ok0 || !ok1 {
		return [4]int{}, false
	}
	return [4]int{min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)}, true
}

// cellName names the cell at a 0-based row and real column ("B7").
func cellName(row, col int) string {
	name := ""
	for c := col + 1; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name + strconv.Itoa(row+1)
}

// ooxmlEscape is how OOXML writes a character XML cannot hold ("_x000D_"
// for a carriage return).
var ooxmlEscape = regexp.MustCompile(`_x([0-9A-Fa-f]{4})_`)

// unescapeOOXML decodes "_xHHHH_" escapes in a cell's text.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	return ooxmlEscape.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.ParseUint(m[2:6], 16, 32)
		return string(rune(n))
	})
}
