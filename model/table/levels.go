package table

import (
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// levels reads the scoring levels that index tables (the public-
// administration-reform index of every province, 876/QĐ-BNV) type under a
// criterion as rows of their own: no number, a condition in the title
// column, its points in the points column ("Ban hành đúng thời hạn | 0,5",
// "Ban hành không đúng thời hạn | 0"). They are the criterion's guidance,
// not its children: the best level is the criterion's maximum, and either
// a level gives 0 or the levels add up to more than it, which children
// never do. Row r is the first such row, right under the criterion last in
// lines; on success the levels are joined to its guidance with a note, and
// end is the last row they took.
func (s *Sheet) levels(res *Result, cols Columns, r int, lines []rowLine, last int) (end int, ok bool) {
	if cols.Code < 0 || len(lines) == 0 || last != r-1 {
		return r, false
	}
	prev := &lines[len(lines)-1]
	top, _, okTop := parseMax(prev.max)
	if prev.code == "" || !okTop || top <= 0 {
		return r, false
	}
	var best, sum model.Points
	zero := false
	var said []string
	k := r
	for ; k < len(s.Rows); k++ {
		code, title, guide := s.cell(k, cols.Code), s.cell(k, cols.Title), s.cell(k, cols.Guidance)
		p, _, okP := parseMax(s.cell(k, cols.Max))
		if code != "" || title == "" || !okP || p < 0 || p > top || !plainLevel(title) {
			break
		}
		best, sum, zero = max(best, p), sum+p, zero || p == 0
		line := oneLine(title) + ": " + p.Localize(i18n.VI) + " điểm"
		if guide != "" {
			line += " (" + oneLine(guide) + ")"
		}
		said = append(said, line)
	}
	if k-r < 2 || best != top || !zero && sum <= top {
		return r, false
	}
	prev.guidance = joinLines(prev.guidance, strings.Join(said, "\n"))
	res.Notes = append(res.Notes, Note{Ref: Ref{Sheet: s.Name, Line: s.line(r)},
		Err: model.Errorf(NLevels, s.line(k-1), prev.ref.Line)})
	return k - 1, true
}

// plainLevel reports whether a title can be a scoring level: not a total,
// a subtotal, a note or the heading of a bonus or deduction part.
func plainLevel(title string) bool {
	tk := HeadingKey(title)
	return !totalRE().MatchString(tk) && !subtotalRE().MatchString(tk) && !noteRE().MatchString(tk) &&
		sectionOf(title) == model.Standard && !partRE().MatchString(model.Fold(title))
}
