// Package sheet reads and writes the Excel workbooks (.xlsx) offices work
// with: criteria tables in the shapes provinces send them, a unit's old
// score sheet, and the print-ready documents a bloc signs: each unit's score
// sheet, the bloc's summary and ranking, and the compiled registrations.
//
// Reading is strict where it matters and lenient where real files are
// messy. Title rows, merged cells, blank spacer rows, numbers stored as
// text, comma decimals and codes that repeat under different parents are
// read as a person would read them; a file that is not a workbook, an empty
// sheet, text in the old TCVN3 or VNI fonts, or a row that cannot be
// understood is refused with the sheet, the row and the reason, and nothing
// is returned. Text is normalised to NFC. Writing gives real numeric cells
// (so Excel can still add them up) shown with the comma decimals of
// Vietnamese, Times New Roman, A4 page set-up, repeated header rows and
// pages fitted to the paper's width.
package sheet

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"thidua/model"
)

// Codes of the errors this package gives people; each is a message id in
// the catalogue (model/i18n/catalog_sheet.go).
const (
	ENotXLSX       = "sheet.not_xlsx"
	EOldXLS        = "sheet.old_xls"
	ETooLarge      = "sheet.too_large"
	EDamaged       = "sheet.damaged"
	EEmpty         = "sheet.empty"
	ENoHeader      = "sheet.no_header"
	ENoScoreHeader = "sheet.no_score_header"
	ELegacyFont    = "sheet.legacy_font"
	ELegacyText    = "sheet.legacy_text"
	ENoUnit        = "sheet.no_unit"
	EUnitMismatch  = "sheet.unit_mismatch"
	ENoCriterion   = "sheet.no_criterion"
	ENeedsMeasure  = "sheet.needs_measure"
	EPointsDiffer  = "sheet.points_differ"
	ENoScores      = "sheet.no_scores"
	EDuplicateRow  = "sheet.duplicate_row"
)

// MaxFileSize is the largest workbook read, in bytes. Criteria tables and
// score sheets are a few hundred kilobytes; anything far larger is not one
// (and a zip bomb must not fill the memory). The other budgets are in
// budget.go.
const MaxFileSize = 32 << 20

// numberText turns the stored value of a numeric cell into the decimal
// text thidua parses. Excel keeps binary floating point, so 2,35 may be
// stored as 2.3500000000000001 and a sum as 9.9999999999999982: a value
// within a millionth of a hundredth is that hundredth. Anything else is
// left as stored, and parsing then says it has too many decimals.
func numberText(raw string) string {
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || math.Abs(v) > 1e12 {
		return raw
	}
	h := math.Round(v * model.PointsPerUnit)
	if math.Abs(v*model.PointsPerUnit-h) > 1e-6 {
		return raw
	}
	return model.Points(int64(h)).String()
}

// pointsText reads a number typed as text the way offices type it: "20",
// "2,5", "5 điểm", "5đ".
func pointsText(s string) string {
	s = model.NFC(s)
	f := model.Fold(s)
	for _, unit := range []string{"diem", "d"} {
		if strings.HasSuffix(f, unit) {
			trimmed := strings.TrimSpace(string([]rune(s)[:len([]rune(s))-len([]rune(unit))]))
			if trimmed != "" && strings.ContainsAny(trimmed[len(trimmed)-1:], "0123456789") {
				return trimmed
			}
		}
	}
	return s
}

// badSheetChars are the characters Excel refuses in a sheet name.
const badSheetChars = `[]:*?/\`

// SheetName makes s a valid, unused sheet name: no []:*?/\ (they become
// "-"), no apostrophe at either end, at most 31 characters (Excel's limit;
// Vietnamese letters in NFC count one each), and not already in used
// (compared without case, as Excel does), where it is then recorded.
func SheetName(s string, used map[string]bool) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(badSheetChars, r) || r < ' ' {
			return '-'
		}
		return r
	}, model.NFC(s))
	s = strings.Trim(s, "' ")
	if s == "" {
		s = "-"
	}
	name := cut(s, 31)
	for n := 2; used[strings.ToLower(name)]; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		name = strings.TrimRight(cut(s, 31-len(suffix)), " ") + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

// cut shortens s to at most n characters.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// cell names the cell at a 0-based row and column ("B7").
func cell(row, col int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return name
}
