package sheet

import (
	"bytes"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/sheet/sheettest"
)

func TestDateFormats(t *testing.T) {
	for code, want := range map[string]bool{
		"dd/mm/yyyy": true, `yyyy\-mm\-dd`: true, "h:mm": true, "[$-42A]d mmmm yyyy": true, "mmm-yy": true,
		"General": false, `0.00" điểm"`: false, `#,##0_);[Red](#,##0)`: false, `0" ngày"`: false, `[$đ-42A] #,##0`: false,
		`0\d`: false, "0.0": false, "": false,
	} {
		if dateFormat(code) != want {
			t.Errorf("%q: %v", code, !want)
		}
	}
	if !builtinDate(14) || !builtinDate(22) || builtinDate(9) || builtinDate(0) || builtinDate(49) {
		t.Error("built-in formats")
	}
}

// A points cell Excel turned into a date ("1/2" typed becomes the 1st of
// February, kept as 46054) is refused naming the date it shows, in a score
// sheet and as a criterion's maximum: it was read as 46,054 points (a
// maximum of 45,000 surfaced only as a group that did not add up).
func TestDateWherePointsBelongIsRefusedAsADate(t *testing.T) {
	d := openDemo(t)
	book := sheettest.OldScoreSheet(t, sheettest.Row{"II.1", "Ban hành kế hoạch", 2, nil, 46054}).Date(sheettest.OldScoreSheetName, "E7")
	lines, err := d.read(t, book, "")
	if err == nil {
		_, err = d.db.ImportScores(t.Context(), d.leader, d.period.ID, lines, "tự chấm.xlsx")
	}
	if msg := model.Message(i18n.VI, err); err == nil || !strings.Contains(msg, "01/02/2026") {
		t.Errorf("score sheet: %s", msg)
	}

	criteria := sheettest.New(t).Sheet("Tiêu chí",
		sheettest.Row{"STT", "Nội dung tiêu chí", "Điểm tối đa"},
		sheettest.Row{"I", "Công tác chuyên môn", 10},
		sheettest.Row{"1", "Tiêu chí một", 5},
		sheettest.Row{"2", "Tiêu chí hai", 45000},
	).Date("Tiêu chí", "C4")
	res, err := ReadCriteria(bytes.NewReader(criteria.Bytes()))
	if err == nil {
		err = ProblemErrors(res)
	}
	if msg := model.Message(i18n.VI, err); err == nil || !strings.Contains(msg, "«15/03/2023» không phải là số") {
		t.Errorf("criteria: %s", msg)
	}
}
