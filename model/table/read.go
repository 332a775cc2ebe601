package table

import (
	"slices"
	"strings"
	"unicode"

	"thidua/model"
)

// Sheet is one worksheet, or a CSV file, as cells: every row's cell texts
// (numbers as stored), the line each row is on (nil: row i is line i+1),
// and the merged ranges of a worksheet.
type Sheet struct {
	Name   string // "" for a CSV file
	Rows   [][]string
	Lines  []int
	Merges []Merge
	Hidden []int // rows hidden in Excel, in order (indexes of Rows)
}

// hidden reports whether row r was hidden in Excel.
func (s *Sheet) hidden(r int) bool {
	_, found := slices.BinarySearch(s.Hidden, r)
	return found
}

// Merge is a merged range, 0-based and inclusive; its text is in its
// top-left cell.
type Merge struct{ Row0, Col0, Row1, Col1 int }

func (s *Sheet) line(r int) int {
	if r < len(s.Lines) {
		return s.Lines[r]
	}
	return r + 1
}

func (s *Sheet) cell(r, c int) string {
	if r < 0 || r >= len(s.Rows) || c < 0 || c >= len(s.Rows[r]) {
		return ""
	}
	return strings.TrimSpace(model.NFC(strings.Map(visible, s.Rows[r][c])))
}

// visible drops the invisible characters text copied from the web or a
// PDF carries (zero-width spaces, soft hyphens, byte-order marks), turns
// no-break spaces and tabs into spaces, and the letters that look like
// "Đ" (the Icelandic eth "Ð" old keyboards and fonts type, the African
// "Ɖ") into "Đ": Vietnamese has no other, and "ÐIỂM THƯỞNG" must be found
// as "ĐIỂM THƯỞNG" is.
func visible(r rune) rune {
	switch {
	case r == '\u00a0' || r == '\t' || r == '\u2007' || r == '\u202f':
		return ' '
	case r == 'Ð' || r == 'Ɖ':
		return 'Đ'
	case r == 'ð' || r == 'ɖ':
		return 'đ'
	case unicode.Is(unicode.Cf, r):
		return -1
	}
	return r
}

// Ref says where a row is: a worksheet and its row as Excel shows it, or
// a CSV line.
type Ref struct {
	Sheet string
	Line  int
}

// Wrap ties err to the row: "Trang tính «Tiêu chí», dòng 5: …" or
// "Dòng 5: …".
func (r Ref) Wrap(err error) *model.Error {
	if r.Sheet == "" {
		return model.Errorf(ERowCSV, r.Line, err)
	}
	return model.Errorf(ERowSheet, r.Sheet, r.Line, err)
}

// Note is a problem or a remark about a row (ID is the criterion's id
// when the row became one).
type Note struct {
	Ref Ref
	ID  string
	Err *model.Error
}

// Message is the note as people read it, with its place.
func (n Note) Message() *model.Error {
	if n.Ref.Line == 0 {
		return n.Err
	}
	return n.Ref.Wrap(n.Err)
}

// Result is a criteria table read from a file.
type Result struct {
	Sheet string            // the sheet the table was on ("" for CSV)
	Rows  []model.Criterion // in table order
	Refs  map[string]Ref    // criterion id → its row
	// Problems stop the table from being saved: rows that cannot be read
	// and sums that do not add up. Notes say what was skipped or assumed.
	Problems, Notes []Note
	// Readings say, for every scorable criterion, how its rule was
	// decided: read from its guidance (with the sentence), typed in a rule
	// column, or left as points typed directly (with the reason).
	Readings map[string]Reading
	// Total is what the table's "Tổng cộng" row states, if it has one.
	Total model.Points
}

// OK reports whether the table can be saved.
func (r *Result) OK() bool { return len(r.Problems) == 0 }

// Tree returns the table as a tree.
func (r *Result) Tree() (*model.Tree, error) { return model.NewTree(r.Rows) }

// headerSearch is how many rows from the top a header row may sit below
// the title rows (a decision pasted above its table takes dozens).
const headerSearch = 120

// Read finds the criteria table in the sheets (the first sheet that has a
// criteria header row) and reads it; a note names every later sheet that
// holds a table too, so that the leader knows which one was taken. It fails only when no sheet has a
// table; everything wrong inside the table is in Result.Problems.
func Read(sheets []Sheet) (*Result, error) {
	var why error
	for i := range sheets {
		s := &sheets[i]
		cols, start, ok := s.findHeader()
		if !ok {
			if why == nil {
				if s.Name == "" {
					why = model.Errorf(ENoHeaderCSV)
				} else {
					why = model.Errorf(ENoHeader, s.Name)
				}
			}
			continue
		}
		res := s.read(cols, start)
		s.checkMax(res, cols, start)
		for _, o := range sheets[i+1:] {
			if _, _, ok := o.findHeader(); ok && o.Name != "" {
				res.Notes = append(res.Notes, Note{Err: model.Errorf(NOtherSheet, o.Name)})
			}
		}
		return res, nil
	}
	if why == nil {
		why = model.Errorf(EEmpty)
	}
	return nil, why
}

// headerRow returns row r with merged ranges filled in, so that a heading
// merged over two rows or several columns is seen in each of its cells.
func (s *Sheet) headerRow(r int) []string {
	var out []string
	if r < len(s.Rows) {
		for c := range s.Rows[r] {
			out = append(out, s.cell(r, c))
		}
	}
	for _, m := range s.Merges {
		if r < m.Row0 || r > m.Row1 {
			continue
		}
		for len(out) <= m.Col1 {
			out = append(out, "")
		}
		v := s.cell(m.Row0, m.Col0)
		for c := m.Col0; c <= m.Col1; c++ {
			out[c] = v
		}
	}
	return out
}

// findHeader finds the header row of the table: the first row, or pair of
// rows (a merged "Điểm" over "Điểm chuẩn | Tự chấm | Khối chấm"), that
// names the code, title and maximum columns; failing that, one that names
// the title and maximum columns only (the numbers are then at the start of
// each title). It returns the columns and the first row after the header.
func (s *Sheet) findHeader() (Columns, int, bool) {
	if cols, start, ok := s.findHeaderWith(nil); ok {
		return cols, start, true
	}
	return s.findHeaderWith([]string{"code"})
}

// findHeaderWith finds the first header row that lacks only the fields
// named in allowed.
func (s *Sheet) findHeaderWith(allowed []string) (Columns, int, bool) {
	fits := func(row []string) (Columns, bool) {
		cols, missing := FindColumns(row)
		return cols, strings.Join(missing, " ") == strings.Join(allowed, " ")
	}
	for r := 0; r < len(s.Rows) && r < headerSearch; r++ {
		h := s.headerRow(r)
		if cols, ok := fits(h); ok {
			// A second header row under this one ("Chuẩn | Tự chấm")
			// belongs to it.
			if r+1 < len(s.Rows) {
				if both := combine(h, s.headerRow(r+1)); subHeader(s.headerRow(r+1), h) {
					if c2, ok := fits(both); ok {
						return c2, r + 2, true
					}
				}
			}
			return cols, r + 1, true
		}
		if r+1 < len(s.Rows) && distinct(h) > 1 { // not a title merged across the page
			if cols, ok := fits(combine(h, s.headerRow(r+1))); ok {
				return cols, r + 2, true
			}
		}
	}
	return Columns{}, 0, false
}

// subHeadingRE is a heading of a score's sub-column: "Chuẩn", "Tối đa",
// "Tự chấm", "Khối chấm", "Cơ sở tự chấm", "Cấp trên chấm", "Tự đánh giá",
// "Thẩm định".
var subHeadingRE = lazyRE(`^(diem )?((co so |don vi |cap tren |khoi |cum |tinh |huyen |doan )?(tu )?cham|chuan|toi da|(tu )?danh gia|thang diem|tham dinh|ghi chu|huong dan)( diem)?$`)

// subHeader reports whether a row only holds sub-headings of scores, but
// for the cells of headings merged down from the row above ("STT" over
// two rows beside a merged "Điểm đánh giá" over "Tự đánh giá | Thẩm định").
func subHeader(row, above []string) bool {
	n := 0
	for c, t := range row {
		if t == "" || c < len(above) && t == above[c] {
			continue
		}
		k := HeadingKey(t)
		if !subHeadingRE().MatchString(k) {
			return false
		}
		n++
	}
	return n >= 2
}

func combine(a, b []string) []string {
	both := make([]string, max(len(a), len(b)))
	for c := range both {
		x, y := getRaw(a, c), getRaw(b, c)
		if x == y || y == "" {
			both[c] = x
		} else {
			both[c] = strings.TrimSpace(x + " " + y)
		}
	}
	return both
}

func getRaw(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return rec[i]
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
