package sheet

import (
	"strings"
	"time"

	"thidua/model"
)

// Letters and minutes are prose on a grid: each paragraph spans the page's
// columns and grows to its lines; their tables use the same columns.

var (
	lookProse     = look{wrap: true, size: textSize, digits: -1, top: true}
	lookProseBold = look{wrap: true, size: textSize, digits: -1, top: true, bold: true}
	lookToHead    = look{wrap: true, size: bodySize, digits: -1, top: true, bold: true, italic: true}
	lookTo        = look{wrap: true, size: 11, digits: -1, top: true}
)

// letterLayout is the columns of the minutes and the proposal on portrait
// A4: number, name, and three narrow columns for points, rank and votes.
// The issuing body takes the left two fifths; the motto, which must stay
// on one line, the rest.
func letterLayout() layout {
	return layout{widths: []float64{6, 33, 12, 10, 10, 17}, split: 2}
}

// paras writes paragraphs from row and returns the row after them.
func (b *book) paras(sheet string, l layout, row int, lk look, texts ...string) (int, error) {
	for _, t := range texts {
		if err := b.span(sheet, row, 0, l.last(), t, lk); err != nil {
			return 0, err
		}
		row++
	}
	return row, nil
}

// recipients writes "Nơi nhận:" and its list under the left half, from
// row; it returns the row after it.
func (b *book) recipients(sheet string, l layout, row int, items ...string) (int, error) {
	if err := b.span(sheet, row, 0, l.split-1, b.t("sheet.recipients"), lookToHead); err != nil {
		return 0, err
	}
	for _, item := range items {
		row++
		if err := b.span(sheet, row, 0, l.split-1, item, lookTo); err != nil {
			return 0, err
		}
	}
	return row + 1, nil
}

// orDots is s, or a dotted line to fill in by hand when s is empty.
func (b *book) orDots(s string) string {
	if strings.TrimSpace(s) == "" {
		return b.t("sheet.dots")
	}
	return s
}

// dayParts are the day, month and year of t as documents write them, or
// dotted blanks when t is zero.
func (b *book) dayParts(t time.Time) (day, month, year string) {
	if t.IsZero() {
		return "……", "……", "………"
	}
	day, month = docDate(t)
	return day, month, t.Format("2006")
}

// clockParts are the hours and minutes of "08:30", or dotted blanks.
func clockParts(s string) (h, m string) {
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		return "……", "……"
	}
	return h, m
}

// personName is the name part of "Ông Nguyễn Văn An, Trưởng phòng …",
// printed under a signature.
func personName(s string) string {
	name, _, _ := strings.Cut(s, ",")
	for _, title := range []string{"Ông ", "Bà ", "Đồng chí ", "Đ/c ", "Mr ", "Ms "} {
		name = strings.TrimPrefix(name, title)
	}
	return strings.TrimSpace(name)
}

// provinceOf finds the province a bloc belongs to in its name ("… tỉnh Phú
// Yên" gives "tỉnh Phú Yên"), for the council the proposal goes to.
func provinceOf(blocName string) string {
	lower := strings.ToLower(blocName)
	best := -1
	for _, kind := range []string{"tỉnh ", "thành phố "} {
		if i := strings.LastIndex(lower, kind); i > best {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return blocName[best:]
}

// percent is votes out of base as a percentage with two decimals at most.
func percent(votes, base int) model.Points {
	if base <= 0 {
		return 0
	}
	return model.Points((int64(votes)*100*model.PointsPerUnit*2 + int64(base)) / (2 * int64(base)))
}

// voteBase is the number a vote for an award is counted against: every
// active member, or the valid ballots.
func voteBase(r model.PeriodResult, a model.AwardRule) int {
	if a.Base == model.BaseMembers {
		return members(r)
	}
	return r.Ballots[a.Code].Valid
}
