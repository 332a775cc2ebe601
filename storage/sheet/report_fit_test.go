package sheet

import (
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
)

// Every text cell of every sheet of the demo's reports (both periods, both
// languages) is as tall as its wrapped text needs in Excel's narrower
// columns, whether it is a plain cell, a cell merged across columns (a
// title, a signature) or over rows (a header): nothing is clipped when
// the workbook is opened or printed.
func TestReportRowsFit(t *testing.T) {
	for _, period := range []string{demo.Year, demo.HalfYear} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			f, _ := writeDemoReport(t, period, lang)
			if n := checkRowsFit(t, f); n < 500 {
				t.Errorf("%s %s: only %d text cells checked", period, lang, n)
			}
		}
	}
}

// checkRowsFit checks every text cell of f and returns how many it checked.
func checkRowsFit(t *testing.T, f *excelize.File) int {
	t.Helper()
	checked := 0
	for _, sheet := range f.GetSheetList() {
		spans := mergedSpans(t, f, sheet)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, text := range row {
				if strings.TrimSpace(text) == "" {
					continue
				}
				sp, ok := spans[[2]int{r, c}]
				if !ok {
					sp = [4]int{r, r, c, c}
				}
				checkCellFits(t, f, sheet, text, sp)
				checked++
			}
		}
	}
	return checked
}

// mergedSpans maps the first cell of each merged range to its rows and
// columns (0-based, inclusive).
func mergedSpans(t *testing.T, f *excelize.File, sheet string) map[[2]int][4]int {
	t.Helper()
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[[2]int][4]int{}
	for _, m := range merged {
		c0, r0, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c1, r1, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			t.Fatalf("%s merge %v", sheet, m)
		}
		out[[2]int{r0 - 1, c0 - 1}] = [4]int{r0 - 1, r1 - 1, c0 - 1, c1 - 1}
	}
	return out
}

// checkCellFits checks one cell's text against its rows' height and its
// columns' width, in the font its style prints it with.
func checkCellFits(t *testing.T, f *excelize.File, sheet, text string, sp [4]int) {
	t.Helper()
	ref := cell(sp[0], sp[2])
	id, _ := f.GetCellStyle(sheet, ref)
	st, err := f.GetStyle(id)
	if err != nil || st.Font == nil {
		t.Fatalf("%s!%s: no font (%v)", sheet, ref, err)
	}
	fc := face{size: st.Font.Size, bold: st.Font.Bold, italic: st.Font.Italic}
	indent, wrapped, shrunk := 0, false, false
	if st.Alignment != nil {
		indent, wrapped, shrunk = st.Alignment.Indent, st.Alignment.WrapText, st.Alignment.ShrinkToFit
	}
	width, height := 0.0, 0.0
	for c := sp[2]; c <= sp[3]; c++ {
		name, _ := excelize.ColumnNumberToName(c + 1)
		w, _ := f.GetColWidth(sheet, name)
		width += w
	}
	for r := sp[0]; r <= sp[1]; r++ {
		h, _ := f.GetRowHeight(sheet, r+1)
		height += h
	}
	lines := lineCount(text, textRoom(width, indent), fc)
	if shrunk { // one line, the font made smaller to fit
		lines = 1
	}
	if lines > 1 && !wrapped {
		t.Errorf("%s!%s does not wrap and takes %d lines: %q", sheet, ref, lines, text)
	}
	if need := lineHeight(fc.size, lines); height+0.01 < need {
		t.Errorf("%s!%s is %.1f pt high, its %d lines of %g pt need %.1f: %q", sheet, ref, height, lines, fc.size, need, text)
	}
}

// Text that came from another system prints as words: a unit's name typed
// with combining accents (NFD) is composed, so Excel and LibreOffice wrap
// it like any other name; a note's CR LF is one line break, its tab a
// space, and a BEL or a bidirectional control in it is left out, not
// printed as a box or "_x0007_".
func TestReportPaperText(t *testing.T) {
	ctx := context.Background()
	nfd := norm.NFD.String("Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu")
	f, leader := blocOf(t, []model.Unit{{Code: "A", Name: nfd, ShortName: norm.NFD.String("Sông Cầu")},
		{Code: "B", Name: "Đơn vị B"}})
	all, _ := f.db.Units(ctx, "")
	evidence := "Báo cáo số 12\x07/BC\r\nkèm theo"
	note := "Đã hoàn thành;\tcó minh chứng\x07 kèm theo\r\ndòng hai\rdòng ba\u202e ngược"
	for _, u := range all {
		if _, err := f.db.SaveScores(ctx, storage.ScoreBatch{PeriodID: f.period, UnitID: u.ID, Stage: model.StageSelf,
			Actor: leader, Entries: []storage.ScoreEntry{{Criterion: "I", Input: "90", Note: &note, Evidence: &evidence}}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.db.SaveScores(ctx, storage.ScoreBatch{PeriodID: f.period, UnitID: all[0].ID, Stage: model.StageBloc,
		Actor: leader, Entries: []storage.ScoreEntry{{Criterion: "I", Input: "85", Note: &note, Reason: "Chậm\x07 báo cáo"}}}); err != nil {
		t.Fatal(err)
	}
	wb := reportOf(t, f.db, f.period, ReportOptions{})
	names, notes, reviewed := 0, 0, 0
	for _, sheet := range wb.GetSheetList() {
		rows, _ := wb.GetRows(sheet, excelize.Options{RawCellValue: true})
		for r, row := range rows {
			for c, text := range row {
				for _, ch := range text {
					if ch < 0x20 && ch != '\n' || ch == '\uFFFD' || i18n.Hidden(ch) || ch >= '\u2400' && ch <= '\u2421' {
						t.Errorf("%s R%dC%d: %U in %q", sheet, r+1, c+1, ch, text)
						break
					}
				}
				if !norm.NFC.IsNormalString(text) || strings.Contains(text, "_x00") {
					t.Errorf("%s R%dC%d not composed or escaped: %q", sheet, r+1, c+1, text)
				}
				names += strings.Count(text, "thị xã Sông Cầu")
				if strings.Contains(text, "Đã hoàn thành; có minh chứng kèm theo\ndòng hai\ndòng ba ngược") {
					notes++
				}
				if strings.Contains(text, "Khối chấm: Chậm báo cáo; Đã hoàn thành; có minh chứng kèm theo\ndòng hai") &&
					strings.Contains(text, "Báo cáo số 12/BC\nkèm theo") {
					reviewed++
				}
			}
		}
	}
	if names == 0 || notes < 2 || reviewed == 0 {
		t.Errorf("composed names printed %d times, clean notes %d, clean review notes %d", names, notes, reviewed)
	}
}

// No word of a column's header breaks between letters in either language
// ("Deducti-ons", "Maxi-mum" over a column of points in English): each
// header cell's column is as wide as its longest word (a hyphenated word
// may break after its hyphen).
func TestReportHeadWords(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		f, _ := writeDemoReport(t, demo.Year, lang)
		checked := 0
		for _, sheet := range f.GetSheetList() {
			spans := mergedSpans(t, f, sheet)
			rows, _ := f.GetRows(sheet, excelize.Options{RawCellValue: true})
			for r, row := range rows {
				for c, text := range row {
					if sp, ok := spans[[2]int{r, c}]; ok && sp[2] != sp[3] || text == "" {
						continue
					}
					id, _ := f.GetCellStyle(sheet, cell(r, c))
					st, _ := f.GetStyle(id)
					if !st.Font.Bold || st.Alignment == nil || st.Alignment.Horizontal != "center" || len(st.Border) == 0 {
						continue
					}
					col, _ := excelize.ColumnNumberToName(c + 1)
					w, _ := f.GetColWidth(sheet, col)
					fc := face{size: st.Font.Size, bold: true, italic: st.Font.Italic}
					for _, word := range strings.Fields(text) {
						for _, part := range strings.SplitAfter(word, "-") {
							if textWidth(part, fc) > textRoom(w, 0) {
								t.Errorf("%s %s!%s: %q breaks in a column %.2f wide", lang, sheet, cell(r, c), part, w)
							}
						}
					}
					checked++
				}
			}
		}
		if checked < 50 {
			t.Errorf("%s: only %d header cells checked", lang, checked)
		}
	}
}
