package table

import "thidua/model"

// secondMax finds a second points column beside the one taken as the
// maximum: an office keeps last year's maxima beside this year's
// ("Điểm chuẩn năm 2024 | Điểm chuẩn năm 2025"), and taking the first
// would bring in last year's points without a word. Only the header row
// itself is looked at (the row above may be a merged "Điểm" or a title
// naming the "thang điểm"), and a heading merged over both is one.
func (s *Sheet) secondMax(cols Columns, start int) (first, second string, ok bool) {
	h := s.headerRow(start - 1)
	if cols.Max < 0 || cols.Max >= len(h) {
		return "", "", false
	}
	first = h[cols.Max]
	for c, t := range h {
		if c == cols.Max || t == "" || t == first || c == cols.Code || c == cols.Title || c == cols.Guidance {
			continue
		}
		if i := FindHeadings([]string{t}, HeadMax); i[0] == 0 {
			return first, t, true
		}
	}
	return "", "", false
}

// checkMax adds the problem of a table with two maximum columns.
func (s *Sheet) checkMax(res *Result, cols Columns, start int) {
	if first, second, ok := s.secondMax(cols, start); ok {
		res.Problems = append(res.Problems, Note{Ref: Ref{Sheet: s.Name, Line: s.line(start - 1)},
			Err: model.Errorf(ETwoMax, first, second)})
	}
}
