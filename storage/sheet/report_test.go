package sheet

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// writeDemoReport writes the demo's report for a period, dated 20 December
// 2019, and opens it again as any reader would.
func writeDemoReport(t *testing.T, period string, lang i18n.Lang) (*excelize.File, *Report) {
	t.Helper()
	path, r := saveDemoReport(t, t.TempDir(), period, lang)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, r
}

// saveDemoReport saves the demo's report for a period into dir.
func saveDemoReport(t *testing.T, dir, period string, lang i18n.Lang) (string, *Report) {
	t.Helper()
	ctx := context.Background()
	db := demotest.Open(t)
	p, err := db.PeriodByCode(ctx, period)
	if err != nil {
		t.Fatal(err)
	}
	r, err := BuildReport(ctx, db, p.ID, ReportOptions{Lang: lang, Date: time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "Báo cáo thi đua "+period+" "+string(lang)+".xlsx")
	if err := save(r, path); err != nil {
		t.Fatal(err)
	}
	return path, r
}

// sheetRows reads a sheet as text, with numbers as stored.
type sheetRows struct {
	t    *testing.T
	f    *excelize.File
	name string
	rows [][]string
}

func readSheet(t *testing.T, f *excelize.File, name string) sheetRows {
	t.Helper()
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return sheetRows{t, f, name, rows}
}

// find returns the 0-based row whose column col is text (a name broken
// into lines matches it with spaces).
func (s sheetRows) find(col int, text string) int {
	s.t.Helper()
	for i, r := range s.rows {
		if strings.ReplaceAll(get(r, col), "\n", " ") == text {
			return i
		}
	}
	s.t.Fatalf("%s: no row with %q in column %d", s.name, text, col)
	return -1
}

// has reports whether any cell holds text.
func (s sheetRows) has(text string) bool {
	for _, r := range s.rows {
		if slices.Contains(r, text) {
			return true
		}
	}
	return false
}

// hasAll checks that every text is in some cell.
func (s sheetRows) hasAll(texts ...string) {
	s.t.Helper()
	for _, text := range texts {
		if !s.has(text) {
			s.t.Errorf("%s lacks %q", s.name, text)
		}
	}
}

// cells checks the texts of columns c0..c1-1 of a row, joined by "|".
func (s sheetRows) cells(row, c0, c1 int, want string) {
	s.t.Helper()
	var got []string
	for c := c0; c < c1; c++ {
		got = append(got, get(s.rows[row], c))
	}
	if strings.Join(got, "|") != want {
		s.t.Errorf("%s row %d = %s, want %s", s.name, row+1, strings.Join(got, "|"), want)
	}
}

// number checks a cell holds a number shown with a format.
func (s sheetRows) number(row, col int, value, format string) {
	s.t.Helper()
	ref := cell(row, col)
	if got := get(s.rows[row], col); got != value {
		s.t.Errorf("%s!%s = %q, want %q", s.name, ref, got, value)
	}
	if typ, _ := s.f.GetCellType(s.name, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		s.t.Errorf("%s!%s is not a number: %v", s.name, ref, typ)
	}
	if got := numFmt(s.t, s.f, s.name, ref); got != format {
		s.t.Errorf("%s!%s format = %q, want %q", s.name, ref, got, format)
	}
}

// The bloc's summary: one row per unit in ranking order with real numbers
// in comma-decimal formats, the proposals, the remarks the meeting needs,
// the ballot, the date and the signatures; printed landscape on A4.
func TestReportSummary(t *testing.T) {
	f, r := writeDemoReport(t, demo.Year, i18n.VI)
	want := []string{"Tổng hợp xếp hạng", "Biên bản họp", "Tờ trình khen thưởng", "Cá nhân đề nghị lên tỉnh", "Biểu đồ tổng điểm", "Tuy Hòa", "Sông Cầu", "Phú Hòa", "Đông Hòa", "Tây Hòa", "Đồng Xuân", "Tuy An",
		"Sông Hinh", "Sơn Hòa", "Cá nhân Đông Hòa", "Cá nhân Đồng Xuân", "Cá nhân Phú Hòa", "Cá nhân Sông Cầu", "Cá nhân Sông Hinh",
		"Cá nhân Sơn Hòa", "Cá nhân Tây Hòa", "Cá nhân Tuy An", "Cá nhân Tuy Hòa", "Giao ước thi đua"}
	if !slices.Equal(r.Sheets, want) || !slices.Equal(f.GetSheetList(), want) {
		t.Fatalf("sheets = %v / %v", r.Sheets, f.GetSheetList())
	}
	s := readSheet(t, f, "Tổng hợp xếp hạng")
	s.hasAll("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA", "Tổng kết năm 2019", "Sông Cầu, ngày 20 tháng 12 năm 2019",
		"TM. KHỐI THI ĐUA", "KHỐI TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)", "NGƯỜI LẬP BIỂU",
		"Kết quả bỏ phiếu kín đề nghị Cờ thi đua của UBND tỉnh: số phiếu phát ra 9, thu vào 9, hợp lệ 9, không hợp lệ 0; "+
			"điều kiện: trên 1/2 tổng số thành viên của Khối (9).")
	head := s.find(0, "STT")
	s.cells(head, 0, 11, "STT|Tên đơn vị|Điểm tự chấm|Kết quả chấm điểm||||Xếp hạng|Số phiếu bầu (Cờ thi đua của UBND tỉnh)|Đề nghị khen thưởng|Ghi chú")
	s.cells(head+1, 3, 7, "Điểm tiêu chí|Điểm thưởng|Điểm trừ|Tổng điểm")
	const one, two, none = "[$-42A]#,##0.0", "[$-42A]#,##0.00", "[$-42A]#,##0"
	tuyhoa := s.find(1, "Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa")
	if tuyhoa != head+2 {
		t.Errorf("Tuy Hòa (first) on row %d", tuyhoa)
	}
	s.number(tuyhoa, 0, "1", none)
	s.number(tuyhoa, 2, "101.75", two)
	s.number(tuyhoa, 5, "-2", none) // deductions print as negative points
	s.number(tuyhoa, 6, "101.75", two)
	songcau := s.find(1, "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu")
	for col, v := range []string{2: "100.75", 3: "98.25", 6: "100.25"} {
		if v != "" {
			s.number(songcau, col, v, two)
		}
	}
	s.number(songcau, 4, "2", none)
	s.number(songcau, 7, "2", none) // rank
	s.number(songcau, 8, "7", none) // votes
	if got := get(s.rows[songcau], 9); got != "Đề nghị Cờ thi đua của UBND tỉnh (7/9 phiếu)" {
		t.Errorf("Sông Cầu proposal = %q", got)
	}
	if got := get(s.rows[tuyhoa], 9); !strings.Contains(got, "Không đề nghị Cờ thi đua của UBND tỉnh") || !strings.Contains(got, "chuyển cho Sông Cầu") {
		t.Errorf("Tuy Hòa proposal = %q", got)
	}
	donghoa := s.find(1, "Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa")
	if got := get(s.rows[donghoa], 10); !strings.Contains(got, "Phú Hòa trên Đông Hòa: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (98,75 > 98,25)") ||
		!strings.Contains(got, "Khối chưa chấm — xếp theo điểm tự chấm") {
		t.Errorf("Đông Hòa remarks = %q", got)
	}
	phuhoa := s.find(1, "Phòng Lao động - Thương binh và Xã hội huyện Phú Hòa")
	if got := get(s.rows[phuhoa], 10); !strings.Contains(got, "Bỏ phiếu Cờ thi đua của UBND tỉnh: 2/9 phiếu, không đạt") {
		t.Errorf("Phú Hòa remarks = %q", got)
	}
	checkOnePage(t, f, "Tổng hợp xếp hạng", "landscape")
	for _, name := range f.GetSheetList() {
		if utf8.RuneCountInString(name) > 31 || strings.ContainsAny(name, badSheetChars) {
			t.Errorf("bad sheet name %q", name)
		}
	}
}

// A unit's sheet: every criterion with its maximum, self and bloc points,
// the subtotals, notes (what was measured, the unit's note, why the bloc
// changed a score), the totals, the date at the unit's place and both
// signatures; portrait A4 with its two header rows repeated.
func TestReportUnitSheet(t *testing.T) {
	f, _ := writeDemoReport(t, demo.Year, i18n.VI)
	s := readSheet(t, f, "Sông Cầu")
	s.hasAll("BẢNG CHẤM ĐIỂM THI ĐUA", "Kỳ: Tổng kết năm 2019",
		"Đơn vị: Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu", "Điểm tính xếp hạng: khối chấm.",
		"Sông Cầu, ngày 20 tháng 12 năm 2019", "THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN CỦA KHỐI THI ĐUA")
	head := s.find(0, "TT")
	s.cells(head, 0, 6, "TT|Nội dung tiêu chí|Điểm tối đa|Điểm chấm||Ghi chú (giải trình, minh chứng)")
	s.cells(head+1, 3, 5, "Điểm tự chấm|Điểm Khối chấm")
	const one, none = "[$-42A]#,##0.0", "[$-42A]#,##0"
	ii2 := s.find(0, "II.2")
	s.number(ii2, 2, "4", none)
	s.number(ii2, 3, "3.5", one)
	s.number(ii2, 4, "3", none)
	if got := get(s.rows[ii2], 5); got != "Khối chấm: Chậm 02 báo cáo quý so với quy định" {
		t.Errorf("II.2 note = %q", got)
	}
	ii := s.find(0, "II") // the part's capped subtotal
	s.number(ii, 3, "19.5", one)
	s.number(ii, 4, "19", none)
	if got := get(s.rows[s.find(0, "I.4.2")], 5); got != "Số lần: 2\n02 hồ sơ trễ hạn do chờ xác minh" {
		t.Errorf("I.4.2 note = %q", got)
	}
	s.number(s.find(0, "V.1"), 2, "-3", none)
	total := s.find(0, "TỔNG ĐIỂM")
	s.number(total, 3, "100.75", "[$-42A]#,##0.00")
	s.number(total, 4, "100.25", "[$-42A]#,##0.00")
	if ded := s.find(0, "Điểm trừ được tính (tối đa 10 điểm)"); get(s.rows[ded], 2) != "-10" {
		t.Errorf("deduction cap row = %v", s.rows[ded])
	}
	checkPage(t, f, "Sông Cầu", "portrait", head, head+1)
	id, _ := f.GetCellStyle("Sông Cầu", cell(ii2, 1))
	if st, _ := f.GetStyle(id); st.Font == nil || st.Font.Family != Font {
		t.Errorf("font = %+v", st.Font)
	}
	// A unit the bloc has not reviewed prints its self-score sheet alone.
	p := readSheet(t, f, "Phú Hòa")
	if !p.has("BẢNG TỰ CHẤM ĐIỂM THI ĐUA") || p.has("Điểm Khối chấm") || p.has("XÁC NHẬN CỦA KHỐI THI ĐUA") {
		t.Errorf("Phú Hòa's sheet is not a self-score sheet: %v", p.rows[:12])
	}
	// The registrations, units in Vietnamese order, each signed.
	c := readSheet(t, f, "Giao ước thi đua")
	first := c.find(0, "1. Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa")
	c.cells(first+2, 0, 3, "2|Giải quyết việc làm mới|1200 lao động")
	signed := 0
	for _, r := range c.rows {
		if slices.Contains(r, "THỦ TRƯỞNG ĐƠN VỊ") {
			signed++
		}
	}
	if signed != 9 {
		t.Errorf("%d signature blocks, want 9", signed)
	}
	checkPage(t, f, "Giao ước thi đua", "portrait", c.find(0, "TT"), c.find(0, "TT"))
}

// The half-year: Sơn Hòa sent no sheet, so it has no score sheet and its
// summary row says so with blank points; the English report speaks English
// with English number formats.
func TestReportHalfYearEnglish(t *testing.T) {
	f, r := writeDemoReport(t, demo.HalfYear, i18n.EN)
	if slices.Contains(r.Sheets, "Sơn Hòa") || r.Sheets[0] != "Summary and ranking" || r.Sheets[len(r.Sheets)-1] != "Covenant" {
		t.Errorf("sheets = %v", r.Sheets)
	}
	s := readSheet(t, f, "Summary and ranking")
	s.hasAll("SOCIALIST REPUBLIC OF VIETNAM", "SUMMARY OF EMULATION SCORES AND RANKING", "Sông Cầu, 20/12/2019")
	sonhoa := s.find(1, "Phòng Lao động - Thương binh và Xã hội huyện Sơn Hòa")
	if got := get(s.rows[sonhoa], 2) + get(s.rows[sonhoa], 6) + get(s.rows[sonhoa], 7); got != "" {
		t.Errorf("Sơn Hòa has points: %v", s.rows[sonhoa])
	}
	if got := get(s.rows[sonhoa], len(s.rows[sonhoa])-1); !strings.HasPrefix(got, "No score sheet") {
		t.Errorf("Sơn Hòa remark = %q", got)
	}
	tuyhoa := s.find(1, "Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa")
	s.number(tuyhoa, 6, "101.75", "[$-409]#,##0.00")
}

// A report is written whole or not at all, readable by everyone.
func TestReportSave(t *testing.T) {
	_, r := writeDemoReport(t, demo.Year, i18n.VI)
	dir := t.TempDir()
	path := filepath.Join(dir, "báo cáo.xlsx")
	if err := save(r, path); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if info, _ := os.Stat(path); info.Mode().Perm()&0o044 == 0 {
		t.Errorf("mode = %v", info.Mode())
	}
	// A folder typed for the first time is made; a "folder" that is a file
	// is refused.
	if err := save(r, filepath.Join(dir, "thư mục mới", "x.xlsx")); err != nil {
		t.Errorf("save into a new folder: %v", err)
	}
	if err := save(r, filepath.Join(path, "x.xlsx")); err == nil {
		t.Error("saved under a file")
	}
}

// checkOnePage checks that a sheet prints on one A4 page.
func checkOnePage(t *testing.T, f *excelize.File, sheet, orientation string) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != orientation || *pl.FitToWidth != 1 || *pl.FitToHeight != 1 {
		t.Errorf("%s page = size %d %s fit %d×%d, want one %s page", sheet, *pl.Size, *pl.Orientation,
			*pl.FitToWidth, *pl.FitToHeight, orientation)
	}
	if props, err := f.GetSheetProps(sheet); err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("%s does not fit to page: %+v %v", sheet, props, err)
	}
}

// A self-score the leader changed after the unit signed it says so on the
// unit's sheet, with the leader's reason, and in the summary's remarks.
func TestReportShowsOverrides(t *testing.T) {
	ctx := context.Background()
	db := demotest.Open(t)
	p, _ := db.PeriodByCode(ctx, demo.Year)
	u, _ := db.UnitByCode(ctx, demo.TayHoa)
	inst, _ := db.Installation(ctx)
	if _, err := db.SaveScores(ctx, storage.ScoreBatch{PeriodID: p.ID, UnitID: u.ID, Stage: model.StageSelf, Actor: inst.Actor(),
		Entries: []storage.ScoreEntry{{Criterion: "II.5", Input: "1", Reason: "Đơn vị gõ nhầm, đã xác nhận"}}}); err != nil {
		t.Fatal(err)
	}
	r, err := BuildReport(ctx, db, p.ID, ReportOptions{Lang: i18n.VI, Date: time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bao-cao.xlsx")
	if err := save(r, path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := readSheet(t, f, "Tây Hòa")
	row := s.rows[s.find(0, "II.5")] // a self-score sheet: the notes come after the self column
	if got := get(row, len(row)-1); !strings.Contains(got, "Khối trưởng đã sửa điểm đơn vị tự chấm (không còn là bản đơn vị ký): Đơn vị gõ nhầm, đã xác nhận") {
		t.Errorf("II.5 note = %q", got)
	}
	sum := readSheet(t, f, "Tổng hợp xếp hạng")
	found := false
	for _, r := range sum.rows {
		for _, c := range r {
			found = found || strings.Contains(c, "Khối trưởng đã sửa 1 điểm đơn vị tự chấm đã ký")
		}
	}
	if !found {
		t.Errorf("the summary's remarks do not say so")
	}
}

// save writes a report the way thidua does: whole or not at all.
func save(r *Report, path string) error {
	return storage.WriteAtomic(path, func(w io.Writer) error {
		_, err := r.WriteTo(w)
		return err
	})
}
