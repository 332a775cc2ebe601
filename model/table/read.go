package table

import (
	"regexp"
	"strconv"
	"strings"

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
	return strings.TrimSpace(model.NFC(s.Rows[r][c]))
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
// the title rows.
const headerSearch = 40

// Read finds the criteria table in the sheets (the first sheet that has a
// criteria header row) and reads it. It fails only when no sheet has a
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
		return s.read(cols, start), nil
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
// names the code, title and maximum columns. It returns the columns and
// the first row after the header.
func (s *Sheet) findHeader() (Columns, int, bool) {
	for r := 0; r < len(s.Rows) && r < headerSearch; r++ {
		h := s.headerRow(r)
		if cols, missing := FindColumns(h); len(missing) == 0 {
			// A second header row under this one ("Chuẩn | Tự chấm")
			// belongs to it.
			if r+1 < len(s.Rows) {
				if both := combine(h, s.headerRow(r+1)); subHeader(s.headerRow(r + 1)) {
					if c2, m2 := FindColumns(both); len(m2) == 0 {
						return c2, r + 2, true
					}
				}
			}
			return cols, r + 1, true
		}
		if r+1 < len(s.Rows) && distinct(h) > 1 { // not a title merged across the page
			both := combine(h, s.headerRow(r+1))
			if cols, missing := FindColumns(both); len(missing) == 0 {
				return cols, r + 2, true
			}
		}
	}
	return Columns{}, 0, false
}

// subHeader reports whether a row only holds sub-headings of scores.
func subHeader(row []string) bool {
	n := 0
	for _, t := range row {
		if t == "" {
			continue
		}
		k := HeadingKey(t)
		if !regexp.MustCompile(`^(diem )?(chuan|toi da|tu cham|khoi cham|cum cham|tinh cham|danh gia|thang diem|tham dinh|ghi chu|huong dan)( diem)?$`).MatchString(k) {
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

// numberingRE matches the cells of the row that numbers the columns under
// the header: "(1)", "2", "A", "(B)".
var numberingRE = regexp.MustCompile(`^\(?([0-9]{1,2}|[A-Z])\)?$`)

// numbering reports whether a row only numbers the columns: at least
// three cells, each a column number, counting up ("(1) (2) (3)", "1 2 3",
// "A B C", "(1) (2) (3)=(1)+(2)" aside).
func numbering(row []string) bool {
	var vals []string
	for _, t := range row {
		if t == "" {
			continue
		}
		m := numberingRE.FindStringSubmatch(t)
		if m == nil {
			return false
		}
		vals = append(vals, m[1])
	}
	if len(vals) < 3 {
		return false
	}
	for i := 1; i < len(vals); i++ {
		a, errA := strconv.Atoi(vals[i-1])
		b, errB := strconv.Atoi(vals[i])
		switch {
		case errA == nil && errB == nil:
			if b != a+1 {
				return false
			}
		case errA != nil && errB != nil:
			if vals[i][0] != vals[i-1][0]+1 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// totalRE recognises the row that adds the table up ("Tổng cộng", "Tổng
// số điểm", "Cộng (I+II+III)").
var totalRE = regexp.MustCompile(`^(tong cong|tong so diem|tong so|tong diem|cong diem|total|cong i|cong a)\b|^cong$|^cong ([ivx]+|[a-d])( [ivx]+| [a-d])*$`)

// footerRE recognises the lines under a table: the place and date, the
// signatures, the recipients, the one who made it.
var footerRE = regexp.MustCompile(`^(noi nhan|nguoi lap|nguoi lap bieu|thu truong|khoi truong|cum truong|tm |t m |kt |k t |xac nhan|ky ten|ky ghi ro|giam doc|chu tich|truong ban|truong khoi|truong cum|dai dien)|ngay .{0,8}thang .{0,8}nam`)

// noteRE recognises the explanatory lines under a table ("Ghi chú:",
// "Lưu ý:").
var noteRE = regexp.MustCompile(`^(ghi chu|luu y|chu thich|chu y|note)\b`)

// rowLine is one row of the table as read.
type rowLine struct {
	ref                                                   Ref
	code, title, max, guidance, kind, level, rule, capped string
}

// read reads the table under its header.
func (s *Sheet) read(cols Columns, start int) *Result {
	res := &Result{Sheet: s.Name, Refs: map[string]Ref{}, Readings: map[string]Reading{}}
	header := s.headerRow(start - 1)
	var lines []rowLine
	for r := start; r < len(s.Rows); r++ {
		ref := Ref{Sheet: s.Name, Line: s.line(r)}
		plain := make([]string, len(s.Rows[r]))
		for c := range plain {
			plain[c] = s.cell(r, c)
		}
		if blank(plain) {
			continue
		}
		if numbering(plain) || sameRow(plain, header) {
			res.Notes = append(res.Notes, Note{Ref: ref, Err: model.Errorf(NSkippedNumbering)})
			continue
		}
		text := strings.Join(nonEmpty(plain), " ")
		key := HeadingKey(text)
		if code := get(plain, cols.Code); (code == "" || !IsCode(code)) && get(plain, cols.Max) == "" && (footerRE.MatchString(key) || anyFooter(plain)) {
			res.Notes = append(res.Notes, Note{Ref: ref, Err: model.Errorf(NFooter, cut(text, 60))})
			break
		}
		l := rowLine{ref: ref, code: get(plain, cols.Code), title: get(plain, cols.Title), max: get(plain, cols.Max),
			guidance: get(plain, cols.Guidance), kind: get(plain, cols.Kind), level: get(plain, cols.Level),
			rule: get(plain, cols.Rule), capped: get(plain, cols.Capped)}
		if l.code == "" && l.title == "" {
			// A heading typed in another column, or merged from
			// column A across the row.
			l.title = text
			l.max = ""
		}
		if l.code != "" && !IsCode(l.code) && l.max == "" && l.title != "" && noteRE.MatchString(HeadingKey(l.code)) {
			res.Notes = append(res.Notes, Note{Ref: ref, Err: model.Errorf(NSkippedNote, cut(l.code+" "+l.title, 60))})
			continue
		}
		if l.code != "" && l.title == "" && !IsCode(l.code) {
			if code, t, ok := SplitCode(l.code); ok {
				l.code, l.title = code, t
			} else {
				l.title, l.code = l.code, ""
			}
		}
		if l.code == "" && l.title != "" {
			tk := HeadingKey(l.title)
			if totalRE.MatchString(tk) {
				if p, _, ok := parseMax(l.max); ok {
					res.Total = p
				}
				continue
			}
			if noteRE.MatchString(tk) {
				res.Notes = append(res.Notes, Note{Ref: ref, Err: model.Errorf(NSkippedNote, cut(l.title, 60))})
				continue
			}
			if code, t, ok := SplitCode(l.title); ok {
				l.code, l.title = code, t
			}
		}
		if l.code == "" && l.max == "" && sectionOf(l.title) == model.Standard {
			res.Notes = append(res.Notes, Note{Ref: ref, Err: model.Errorf(NSkippedText, cut(l.title, 60))})
			continue
		}
		lines = append(lines, l)
	}
	build(res, lines)
	return res
}

func anyFooter(row []string) bool {
	for _, t := range row {
		if t != "" && footerRE.MatchString(HeadingKey(t)) {
			return true
		}
	}
	return false
}

func sameRow(a, b []string) bool {
	x, y := nonEmpty(a), nonEmpty(b)
	if len(x) < 3 || len(x) != len(y) {
		return false
	}
	for i := range x {
		if HeadingKey(x[i]) != HeadingKey(y[i]) {
			return false
		}
	}
	return true
}

func nonEmpty(row []string) []string {
	var out []string
	for _, t := range row {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

func blank(row []string) bool { return len(nonEmpty(row)) == 0 }

// cut shortens s to at most n characters.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// oneLine is text in NFC on one line: a title broken over lines in its
// cell (Alt+Enter in Excel) reads as one.
func oneLine(s string) string { return strings.Join(strings.Fields(model.NFC(s)), " ") }
