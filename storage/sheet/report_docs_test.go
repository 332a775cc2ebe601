package sheet

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// text is a sheet's cells, row by row, a name broken into lines read with
// spaces, to look for whole sentences in.
func (s sheetRows) text() string {
	var lines []string
	for _, r := range s.rows {
		lines = append(lines, strings.ReplaceAll(strings.Join(r, "|"), "\n", " "))
	}
	return strings.Join(lines, "\n")
}

// contains checks that each sentence is in some row of the sheet.
func (s sheetRows) contains(texts ...string) {
	s.t.Helper()
	all := s.text()
	for _, want := range texts {
		if !strings.Contains(all, want) {
			s.t.Errorf("%s lacks %q", s.name, want)
		}
	}
}

// The demo's minutes are filled from its meeting record and its results:
// time, place, chair, secretary, guests, every member present, the agreed
// ranking, the flag's ballot with each unit's votes, the proposals, the
// next year's leader and deputy, and both signatures with names.
func TestReportMinutes(t *testing.T) {
	f, _ := writeDemoReport(t, demo.Year, i18n.VI)
	s := readSheet(t, f, "Biên bản họp")
	s.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:        /BB-KTĐ", "BIÊN BẢN", "Họp bình xét thi đua, đề nghị khen thưởng",
		"Thời gian bắt đầu: 08 giờ 00, ngày 20 tháng 12 năm 2019.", "Địa điểm: Hội trường Ủy ban nhân dân thị xã Sông Cầu.",
		"- Chủ trì: Ông Nguyễn Văn An, Trưởng phòng", "- Thư ký: Bà Trần Thị Bình", "- Khách mời: Đại diện Ban Thi đua - Khen thưởng tỉnh Phú Yên.",
		"- Đại diện lãnh đạo 9/9 đơn vị thành viên của Khối: Đông Hòa, Đồng Xuân, Phú Hòa, Sông Cầu, Sông Hinh, Sơn Hòa, Tây Hòa, Tuy An, Tuy Hòa.",
		"- Vắng mặt: không.",
		"Bỏ phiếu đề nghị Cờ thi đua của UBND tỉnh: số phiếu phát ra 9, số phiếu thu vào 9, số phiếu hợp lệ 9, số phiếu không hợp lệ 0. Điều kiện: trên 1/2 tổng số thành viên của Khối (9).",
		"- Cờ thi đua của UBND tỉnh: Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu (100,25 điểm, xếp thứ 2, 7/9 phiếu).",
		"- Bằng khen của Chủ tịch UBND tỉnh: Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa (101,75 điểm, xếp thứ 1); Phòng Lao động - Thương binh và Xã hội huyện Phú Hòa (99,25 điểm, xếp thứ 3).",
		"- Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa không được đề nghị Cờ thi đua của UBND tỉnh: không đủ điều kiện",
		"4. Bầu Khối trưởng, Khối phó năm 2020",
		"- Khối trưởng: Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa — phiếu phát ra 9, thu vào 9, hợp lệ 9, không hợp lệ 0; đồng ý 8/9 phiếu hợp lệ, đạt 88,89%.",
		"- Khối phó: Phòng Lao động - Thương binh và Xã hội huyện Tây Hòa — phiếu phát ra 9, thu vào 9, hợp lệ 8, không hợp lệ 1; đồng ý 7/8 phiếu hợp lệ, đạt 87,5%.",
		"Biên bản kết thúc lúc 11 giờ 30 cùng ngày", "THƯ KÝ", "CHỦ TRÌ", "Trần Thị Bình", "Nguyễn Văn An", "Nơi nhận:", "- Lưu: VT.")
	// The ranking: every unit, in order, with its total and rank.
	head := s.find(1, "Tên đơn vị")
	s.cells(head+1, 0, 4, "1|Phòng Lao động - Thương binh\nvà Xã hội thành phố Tuy Hòa|101.75|1")
	s.number(head+2, 2, "100.25", "[$-42A]#,##0.00")
	if got := get(s.rows[head+4], 4); !strings.Contains(got, "Khối chưa chấm") {
		t.Errorf("Đông Hòa's note = %q", got)
	}
	// The votes, most first, with their share and result.
	votes := s.find(2, "Số phiếu bầu")
	s.cells(votes+1, 2, 5, "7|77.78|Đạt")
	s.cells(votes+2, 2, 5, "2|22.22|Không đạt")
	checkPortrait(t, f, "Biên bản họp")
}

// Minutes of a meeting not yet recorded leave dotted lines to fill in;
// absent units are named with their reason and not counted present.
func TestReportMinutesBlanksAndAbsences(t *testing.T) {
	ctx := context.Background()
	db := demotest.Open(t)
	p, _ := db.PeriodByCode(ctx, demo.HalfYear)
	f := reportOf(t, db, p.ID, ReportOptions{Only: []string{PartMinutes}})
	s := readSheet(t, f, "Biên bản họp")
	s.contains("Thời gian bắt đầu: …… giờ ……, ngày …… tháng …… năm ………", "Địa điểm: …………….", "- Chủ trì: …………….",
		"Biên bản kết thúc lúc …… giờ …… cùng ngày")
	if strings.Contains(s.text(), "Bầu Khối trưởng") {
		t.Error("offices printed though none was recorded")
	}
	units, _ := db.Units(ctx, "")
	ids := map[string]string{}
	for _, u := range units {
		ids[u.Code] = u.ID
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: ids[demo.SongCau]}
	m := model.Meeting{Date: time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC), Start: "14h", Place: "Tuy Hòa",
		Absent: []model.Absence{{UnitID: ids[demo.SongHinh], Reason: "có lý do: họp HĐND huyện"}, {UnitID: ids[demo.TuyAn]}}}
	if err := db.SetMeeting(ctx, leader, p.ID, m); err != nil {
		t.Fatal(err)
	}
	s = readSheet(t, reportOf(t, db, p.ID, ReportOptions{Only: []string{PartMinutes}}), "Biên bản họp")
	s.contains("Thời gian bắt đầu: 14 giờ 00, ngày 05 tháng 7 năm 2019.", "- Đại diện lãnh đạo 7/9 đơn vị thành viên",
		"- Vắng mặt 2 đơn vị: Sông Hinh (có lý do: họp HĐND huyện); Tuy An.")
}

// The proposal to the province: its form, the meeting it rests on, each
// award with the units proposed, their totals, ranks and votes, the
// documents attached and the recipients.
func TestReportProposal(t *testing.T) {
	f, _ := writeDemoReport(t, demo.Year, i18n.VI)
	s := readSheet(t, f, "Tờ trình khen thưởng")
	s.contains("Số:        /TTr-KTĐ", "Sông Cầu, ngày 20 tháng 12 năm 2019", "TỜ TRÌNH",
		"Về việc đề nghị khen thưởng thành tích thi đua năm 2019", "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Phú Yên.",
		"Căn cứ kết quả chấm điểm, bình xét thi đua tại Hội nghị của Khối ngày 20 tháng 12 năm 2019,",
		"khen thưởng cho 3 tập thể có thành tích xuất sắc trong phong trào thi đua năm 2019",
		"1. Cờ thi đua của UBND tỉnh: 1 đơn vị", "2. Bằng khen của Chủ tịch UBND tỉnh: 2 đơn vị",
		"Hồ sơ kèm theo: Biên bản họp bình xét thi đua", "TM. KHỐI THI ĐUA", "KHỐI TRƯỞNG", "- Như trên;", "- Lưu: VT.")
	flag := s.find(0, "1. Cờ thi đua của UBND tỉnh: 1 đơn vị")
	s.cells(flag+1, 2, 6, "100.25|2|7/9|77.78")
	s.cells(flag+3, 2, 6, "101.75|1||")
	checkPortrait(t, f, "Tờ trình khen thưởng")
}

// The chart sheet holds the totals it is drawn from and a real Excel
// chart (columns for the two totals, a dashed line for the award minimum)
// that reads them; it prints on one landscape page.
func TestReportChart(t *testing.T) {
	dir := t.TempDir()
	path, _ := saveDemoReport(t, dir, demo.Year, i18n.VI)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := readSheet(t, f, "Biểu đồ tổng điểm")
	head := s.find(1, "Đơn vị")
	s.cells(head, 0, 5, "STT|Đơn vị|Tự chấm|Điểm xếp hạng|Mức tối thiểu CO, BK")
	s.cells(head+2, 0, 5, "2|Sông Cầu|100.75|100.25|90")
	s.cells(head+9, 0, 4, "9|Sơn Hòa|88.5|89.5")
	s.contains("Trục điểm bắt đầu từ 85")
	chart := zipEntry(t, path, "xl/charts/chart1.xml")
	for _, want := range []string{"<barChart>", "<lineChart>", "&#39;Biểu đồ tổng điểm&#39;!$C$", "&#39;Biểu đồ tổng điểm&#39;!$D$",
		"&#39;Biểu đồ tổng điểm&#39;!$E$", `val="dash"`, "BFBFBF", "404040", `<a:srgbClr val="000000"`, `<min val="85"`} {
		if !strings.Contains(chart, want) {
			t.Errorf("chart lacks %s", want)
		}
	}
	checkOnePage(t, f, "Biểu đồ tổng điểm", "landscape")
}

// --only prints the parts asked for, in their order; a period without
// any of them is refused.
func TestReportOnly(t *testing.T) {
	ctx := context.Background()
	db := demotest.Open(t)
	p, _ := db.PeriodByCode(ctx, demo.Year)
	for _, c := range []struct {
		only []string
		want []string
	}{
		{[]string{PartProposal, PartMinutes}, []string{"Biên bản họp", "Tờ trình khen thưởng"}},
		{[]string{PartCovenant}, []string{"Giao ước thi đua"}},
		{[]string{PartSummary, PartChart}, []string{"Tổng hợp xếp hạng", "Biểu đồ tổng điểm"}},
	} {
		r, err := BuildReport(ctx, db, p.ID, ReportOptions{Only: c.only})
		if err != nil || !slices.Equal(r.Sheets, c.want) {
			t.Errorf("only %v = %v, %v; want %v", c.only, r.Sheets, err, c.want)
		}
	}
	r, err := BuildReport(ctx, db, p.ID, ReportOptions{Only: []string{PartSheets}})
	if err != nil || len(r.Sheets) != 9 {
		t.Errorf("only sheets = %v, %v", r.Sheets, err)
	}
	// A bloc that has just started has no ranking, registrations or
	// proposals yet: asking only for the proposal prints nothing.
	fresh := freshBloc(t)
	if _, err := BuildReport(ctx, fresh.db, fresh.period, ReportOptions{Only: []string{PartProposal}}); model.ErrorCode(err) != ENothingToPrint {
		t.Errorf("a proposal with nobody proposed: %v", err)
	}
}

// reportOf builds a period's report and opens it again as a reader would.
func reportOf(t *testing.T, db *storage.DB, periodID string, opt ReportOptions) *excelize.File {
	t.Helper()
	opt.Date = time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC)
	r, err := BuildReport(context.Background(), db, periodID, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// zipEntry reads one file out of a workbook.
func zipEntry(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == name {
			r, _ := f.Open()
			defer r.Close()
			b, _ := io.ReadAll(r)
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}

// checkPortrait checks that a letter prints on portrait A4 at full size
// (fitted to the width, as long as it runs), its pages numbered at the top
// from the second.
func checkPortrait(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	pl, _ := f.GetPageLayout(sheet)
	if *pl.Orientation != "portrait" || *pl.FitToHeight != 0 || pl.FirstPageNumber == nil || *pl.FirstPageNumber != 1 {
		t.Errorf("%s page = %s fit height %d first %v", sheet, *pl.Orientation, *pl.FitToHeight, pl.FirstPageNumber)
	}
	hf, _ := f.GetHeaderFooter(sheet)
	if hf == nil || !hf.DifferentFirst || !strings.Contains(hf.OddHeader, "&P") || hf.FirstHeader != "" {
		t.Errorf("%s page numbers = %+v", sheet, hf)
	}
}

// fresh is a bloc that has only just been set up.
type fresh struct {
	db     *storage.DB
	period string
}

// freshBloc sets up a bloc of two units with a one-criterion table and a
// period, and nothing else.
func freshBloc(t *testing.T) fresh {
	t.Helper()
	f, _ := blocOf(t, []model.Unit{{Code: "A", Name: "Đơn vị A"}, {Code: "B", Name: "Đơn vị B"}})
	return f
}

// blocOf sets up a bloc of the given units (the first leads it) with a
// one-criterion table of 100 points and a period; it returns the leader.
func blocOf(t *testing.T, units []model.Unit) (fresh, model.Actor) {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, t.TempDir()+"/fresh.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	b, err := db.CreateBloc(ctx, storage.BlocSetup{Code: "K1", Name: "Khối thi đua số 1", Units: units,
		LeaderCode: units[0].Code})
	if err != nil {
		t.Fatal(err)
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: b.LeaderUnitID}
	vid, err := db.CreateDraft(ctx, leader, "Bảng", "", []model.Criterion{{ID: "I", Code: "I", Title: "Tiêu chí", Kind: model.Standard, Max: model.Whole(100)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		t.Fatal(err)
	}
	p, err := db.CreatePeriod(ctx, leader, model.Period{Code: "2020", Label: "Năm 2020", Kind: model.Year, CriteriaVersionID: vid}, model.DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	return fresh{db, p.ID}, leader
}

// A summary of up to 30 units prints on one page with its signatures, at a
// size that can still be read; 31 units run over pages, the header
// repeated and the signatures kept with the last rows.
func TestSummaryOnePage(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{30, 31} {
		units := make([]model.Unit, n)
		for i := range units {
			place := []string{"thành phố", "thị xã", "huyện"}[i%3]
			units[i] = model.Unit{Code: fmt.Sprintf("U%02d", i), ShortName: fmt.Sprintf("Đơn vị %02d", i),
				Name: fmt.Sprintf("Phòng Lao động - Thương binh và Xã hội %s Số %02d", place, i)}
		}
		f, leader := blocOf(t, units)
		all, _ := f.db.Units(ctx, "")
		for i, u := range all {
			if _, err := f.db.SaveScores(ctx, storage.ScoreBatch{PeriodID: f.period, UnitID: u.ID, Stage: model.StageSelf,
				Actor: leader, Entries: []storage.ScoreEntry{{Criterion: "I", Input: fmt.Sprint(70 + i)}}}); err != nil {
				t.Fatal(err)
			}
		}
		r, err := BuildReport(ctx, f.db, f.period, ReportOptions{Only: []string{PartSummary}})
		if err != nil {
			t.Fatal(err)
		}
		p := r.book.rows(r.Sheets[0])
		var b strings.Builder
		r.WriteTo(&b)
		wb, _ := excelize.OpenReader(strings.NewReader(b.String()))
		pl, _ := wb.GetPageLayout(r.Sheets[0])
		t.Logf("%d units: %s, scale %.0f%%", n, *pl.Orientation, p.scale*100)
		if n == 30 && (*pl.FitToHeight != 1 || p.scale < 0.5) {
			t.Errorf("30 units: fit height %d at %.2f", *pl.FitToHeight, p.scale)
		}
		if n == 31 && *pl.FitToHeight != 0 {
			t.Errorf("31 units on one page")
		}
		if n == 30 {
			checkRowsFit(t, wb)
		}
	}
}

// A bloc of 40 units still prints a chart that can be read: the chart and
// its note alone on the first landscape page (not scaled with a 40-row
// table to a third of its size), each column marked with its rank instead
// of a name one letter a line, and the table from the second page, its
// header repeated.
func TestReportChartManyUnits(t *testing.T) {
	ctx := context.Background()
	units := make([]model.Unit, 40)
	for i := range units {
		units[i] = model.Unit{Code: fmt.Sprintf("U%02d", i), ShortName: fmt.Sprintf("Xã Hòa Thịnh Đông Bắc %02d", i),
			Name: fmt.Sprintf("Ủy ban nhân dân xã Hòa Thịnh Đông Bắc %02d", i)}
	}
	f, leader := blocOf(t, units)
	all, _ := f.db.Units(ctx, "")
	for i, u := range all {
		if _, err := f.db.SaveScores(ctx, storage.ScoreBatch{PeriodID: f.period, UnitID: u.ID, Stage: model.StageSelf,
			Actor: leader, Entries: []storage.ScoreEntry{{Criterion: "I", Input: fmt.Sprint(55 + i)}}}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := BuildReport(ctx, f.db, f.period, ReportOptions{Only: []string{PartChart}})
	if err != nil {
		t.Fatal(err)
	}
	sheet := r.Sheets[0]
	p := r.book.rows(sheet)
	pl, _ := r.book.f.GetPageLayout(sheet)
	head := readSheet(t, r.book.f, sheet).find(1, "Đơn vị")
	first := 0.0
	for row := 0; row < head; row++ {
		first += p.height(row)
	}
	_, pageH := pageSpec{landscape: true}.printable()
	if *pl.Orientation != "landscape" || pl.AdjustTo == nil || *pl.AdjustTo < 60 || first*p.scale > pageH {
		t.Errorf("chart page: %s at %v%%, first page %.0f of %.0f points", *pl.Orientation, pl.AdjustTo, first*p.scale, pageH)
	}
	props, _ := r.book.f.GetSheetProps(sheet)
	if props.FitToPage == nil || *props.FitToPage {
		t.Errorf("the chart and its 40-row table are fitted to one page")
	}
	var b strings.Builder
	r.WriteTo(&b)
	path := filepath.Join(t.TempDir(), "chart.xlsx")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	chart := zipEntry(t, path, "xl/charts/chart1.xml")
	if want := fmt.Sprintf("!$A$%d:$A$%d", head+2, head+41); !strings.Contains(chart, want) || strings.Contains(chart, "!$B$") {
		t.Errorf("chart categories are not the ranks %s", want)
	}
	if brk := fmt.Sprintf(`<brk id="%d"`, head); !strings.Contains(zipEntry(t, path, "xl/worksheets/sheet1.xml"), brk) {
		t.Errorf("no page break before the table (%s)", brk)
	}
}
