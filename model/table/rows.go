package table

import (
	"strconv"
	"strings"
	"unicode"

	"thidua/model"
)

// numberingRE matches the cells of the row that numbers the columns under
// the header: "(1)", "2", "A", "(B)".
var numberingRE = lazyRE(`^\(?([0-9]{1,2}|[A-Z])\)?$`)

// numbering reports whether a row only numbers the columns: at least
// three cells, each a column number, counting up in runs that start again
// from 1 or A ("(1) (2) (3)", "1 2 3", "A B C 1 2 3", "A B 1 2 3 4").
func numbering(row []string) bool {
	var vals []string
	for _, t := range row {
		if t == "" {
			continue
		}
		m := numberingRE().FindStringSubmatch(t)
		if m == nil {
			return false
		}
		vals = append(vals, m[1])
	}
	if len(vals) < 3 {
		return false
	}
	for i := range vals {
		a, errA := strconv.Atoi(vals[max(i-1, 0)])
		b, errB := strconv.Atoi(vals[i])
		switch {
		case i == 0:
		case (errA == nil) != (errB == nil) && (vals[i] == "1" || vals[i] == "A"):
			// a new run starts: "A B C" then "1 2 3"
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

var (
	// totalRE recognises the row that adds the table up ("Tổng cộng",
	// "Tổng số điểm", "Cộng (I+II+III)").
	totalRE = lazyRE(`^(tong cong|tong so diem|tong so|tong diem|cong diem|total|cong i|cong a)\b|^(cong|tong)$|^(cong|tong) ([ivx]+|[a-d])( [ivx]+| [a-d])*$`)
	// subtotalRE recognises the row that adds one part up ("Cộng phần I",
	// "Cộng I", "Tổng điểm phần A", "Cộng mục 2").
	subtotalRE = lazyRE(`^(?:(?:cong|tong cong|tong|tong so|cong diem|tong diem|tong so diem|diem) (?:phan|muc|tieu chi|nhom)(?: thu)? ?(?:[ivxlc]+|[a-z]|[0-9]{1,2})|cong (?:[ivx]+|[a-d]))(?: [0-9]+(?: [0-9]{1,2})?(?: diem)?)?$`)
	// footerRE recognises the lines under a table: the place and date, the
	// signatures, the recipients, the one who made it.
	footerRE = lazyRE(`^(noi nhan|nguoi lap|nguoi lap bieu|thu truong|khoi truong|cum truong|tm |t m |kt |k t |xac nhan|ky ten|ky ghi ro|giam doc|chu tich|truong ban|truong khoi|truong cum|dai dien)|ngay .{0,8}thang .{0,8}nam`)
	// gradeRE recognises the heading of the grading scale some tables put
	// under their total ("PHÂN LOẠI CỜ", "Xếp loại thi đua"): the rows under
	// it give points ranges for each grade, not criteria.
	gradeRE = lazyRE(`^(phan loai|xep loai|muc xep loai|khung xep loai|bang xep loai|tieu chuan xep loai)\b`)
	// noteRE recognises the explanatory lines under a table ("Ghi chú:",
	// "Lưu ý:").
	noteRE = lazyRE(`^(ghi chu|luu y|chu thich|chu y|note)\b`)
	// guideWordsRE recognises a line that says how to score: "Hướng dẫn:",
	// "Cách chấm:", "Minh chứng:".
	guideWordsRE = lazyRE(`^(huong dan|cach cham|cach tinh|phuong phap|minh chung|tai lieu kiem chung)\b`)
)

// rowLine is one row of the table as read.
type rowLine struct {
	ref                                                   Ref
	code, title, max, guidance, kind, level, rule, capped string
}

// rowKind says what a row under the header is.
type rowKind int

const (
	rowCriterion rowKind = iota // a criterion, a part or a heading
	rowSkip                     // skipped: numbering, a total, a note (said in the note)
	rowEnd                      // the footer: the table ends here
	rowText                     // text without a number or points
	rowGuide                    // only the guidance column is filled
)

// read reads the table under its header. A row of text without a number
// or points directly under a criterion continues it: its guidance typed
// on a row of its own (or merged across the row), or its title wrapped
// onto a second row; a note on the row says which.
func (s *Sheet) read(cols Columns, start int) *Result {
	res := &Result{Sheet: s.Name, Refs: map[string]Ref{}, Readings: map[string]Reading{}}
	header := s.headerRow(start - 1)
	var lines []rowLine
	last := -2 // the sheet row of the last criterion, or of a line joined to it
	if cols.Code < 0 {
		res.Notes = append(res.Notes, Note{Ref: Ref{Sheet: s.Name, Line: s.line(start - 1)}, Err: model.Errorf(NNoCodeColumn)})
	}
	for r := start; r < len(s.Rows); r++ {
		plain := make([]string, len(s.Rows[r]))
		for c := range plain {
			plain[c] = s.cell(r, c)
		}
		if blank(plain) {
			continue
		}
		if s.hidden(r) {
			// What the office sees and prints is the table: a row it hid
			// (last year's criterion, a draft) is not read, and it says so.
			res.Notes = append(res.Notes, Note{Ref: Ref{Sheet: s.Name, Line: s.line(r)}, Err: model.Errorf(NHiddenRow, cut(strings.Join(nonEmpty(plain), " "), 60))})
			continue
		}
		l, kind, note := classify(res, plain, cols, header, Ref{Sheet: s.Name, Line: s.line(r)})
		if note != nil {
			res.Notes = append(res.Notes, Note{Ref: l.ref, Err: note})
		}
		switch kind {
		case rowEnd:
			build(res, lines)
			return res
		case rowText, rowGuide:
			if last == r-1 && len(lines) > 0 {
				if why := join(&lines[len(lines)-1], l, kind); why != nil {
					res.Notes = append(res.Notes, Note{Ref: l.ref, Err: why})
					last = r
					continue
				}
			}
			res.Notes = append(res.Notes, Note{Ref: l.ref, Err: model.Errorf(NSkippedText, cut(strings.TrimSpace(l.title+" "+l.guidance), 60))})
		case rowCriterion:
			if end, ok := s.levels(res, cols, r, lines, last); ok {
				r, last = end, end
				continue
			}
			lines = append(lines, l)
			last = r
		}
	}
	build(res, lines)
	return res
}

// classify reads one non-blank row under the header: what it is, its
// cells, and the note to make of it.
func classify(res *Result, plain []string, cols Columns, header []string, ref Ref) (rowLine, rowKind, *model.Error) {
	l := rowLine{ref: ref, code: get(plain, cols.Code), title: get(plain, cols.Title), max: get(plain, cols.Max),
		guidance: get(plain, cols.Guidance), kind: get(plain, cols.Kind), level: get(plain, cols.Level),
		rule: get(plain, cols.Rule), capped: get(plain, cols.Capped)}
	if numbering(plain) || sameRow(plain, header) {
		return l, rowSkip, model.Errorf(NSkippedNumbering)
	}
	text := strings.Join(nonEmpty(plain), " ")
	if (l.code == "" || !IsCode(l.code)) && !isMax(l.max) && (footerRE().MatchString(HeadingKey(text)) || anyFooter(plain)) {
		return l, rowEnd, model.Errorf(NFooter, cut(text, 60))
	}
	if l.code == "" && l.max == "" && res.Total > 0 && gradeRE().MatchString(HeadingKey(text)) {
		return l, rowEnd, model.Errorf(NFooter, cut(text, 60))
	}
	if l.code == "" && l.title == "" && l.max == "" && l.guidance != "" && text == l.guidance {
		return l, rowGuide, nil
	}
	if l.code == "" && l.title == "" {
		// A heading typed in another column, or merged from column A
		// across the row.
		l.title, l.max, l.guidance = text, "", ""
	}
	if l.code != "" && !IsCode(l.code) && l.max == "" && l.title != "" && noteRE().MatchString(HeadingKey(l.code)) {
		return l, rowSkip, model.Errorf(NSkippedNote, cut(l.code+" "+l.title, 60))
	}
	if l.code != "" && l.title == "" && !IsCode(l.code) {
		if code, t, ok := SplitCode(l.code); ok {
			l.code, l.title = code, t
		} else {
			l.title, l.code = l.code, ""
		}
	}
	if l.code == "" && l.title != "" {
		if kind, note := aside(res, &l); kind != rowCriterion {
			return l, kind, note
		}
	}
	if l.code == "" && l.max == "" && sectionOf(l.title) == model.Standard {
		return l, rowText, nil
	}
	return l, rowCriterion, nil
}

// aside recognises the rows without a number that are not criteria: the
// total (kept to check the parts against), a part's subtotal, a note; and
// splits a number typed in the title cell off it.
func aside(res *Result, l *rowLine) (rowKind, *model.Error) {
	tk := HeadingKey(l.title)
	switch {
	case subtotalRE().MatchString(tk):
		return rowSkip, model.Errorf(NSkippedSubtotal, cut(l.title, 60))
	case totalRE().MatchString(tk):
		if p, _, ok := parseMax(l.max); ok {
			res.Total = p
		}
		return rowSkip, nil
	case noteRE().MatchString(tk):
		return rowSkip, model.Errorf(NSkippedNote, cut(l.title, 60))
	}
	if code, t, ok := SplitCode(l.title); ok {
		l.code, l.title = code, t
	} else if partRE().MatchString(model.Fold(l.title)) {
		l.code = l.title // "Tiêu chí 1" alone: the part's number is its name
	}
	return rowCriterion, nil
}

// join attaches a row of text without a number or points to the criterion
// above it, and says how; nil when the text is neither guidance nor the
// rest of the title.
func join(prev *rowLine, l rowLine, kind rowKind) *model.Error {
	switch {
	case kind == rowGuide:
		prev.guidance = joinLines(prev.guidance, l.guidance)
		return model.Errorf(NJoinedGuide, prev.ref.Line)
	case guideLike(l.title):
		prev.guidance = joinLines(joinLines(prev.guidance, l.title), l.guidance)
		return model.Errorf(NJoinedGuide, prev.ref.Line)
	case continues(prev.title, l.title):
		// The guidance cell of the row goes on as well, if it has text.
		prev.title += " " + l.title
		prev.guidance = joinLines(prev.guidance, l.guidance)
		return model.Errorf(NJoinedTitle, prev.ref.Line)
	}
	return nil
}

func joinLines(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// guideLike reports whether a line says how to score: it speaks of points
// or percentages, it is a remark in parentheses, or it starts as guidance
// does ("Hướng dẫn:", "Cách chấm:").
func guideLike(text string) bool {
	t := strings.TrimSpace(text)
	return len(clausesOf(t)) > 0 || (strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")) ||
		guideWordsRE().MatchString(HeadingKey(t))
}

// continues reports whether text is the rest of a title wrapped onto the
// next row: it starts in lower case, the title is only a part's number
// ("Tiêu chí 3"), both are in capitals (a heading), or the title breaks
// off at a comma or a joining word.
func continues(title, text string) bool {
	r := []rune(strings.TrimSpace(text))
	if len(r) == 0 || title == "" {
		return false
	}
	if unicode.IsLower(r[0]) || partRE().MatchString(model.Fold(title)) {
		return true // a bare "Tiêu chí 3" is named on the row under it
	}
	if strings.ToUpper(title) == title && strings.ToUpper(text) == text {
		return true
	}
	f := " " + model.Fold(title)
	for _, end := range []string{",", ";", "-", "–", " va", " cua", " cac", " trong", " ve", " cho", " doi voi", " voi", " tai"} {
		if strings.HasSuffix(f, end) {
			return true
		}
	}
	return false
}

// isMax reports whether a cell holds a maximum (a place and date typed
// in the points column under the table does not).
func isMax(s string) bool {
	_, _, ok := parseMax(s)
	return ok
}

func anyFooter(row []string) bool {
	for _, t := range row {
		if t != "" && footerRE().MatchString(HeadingKey(t)) {
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
