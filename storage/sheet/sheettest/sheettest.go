// Package sheettest writes the workbooks that tests read, in the shapes
// offices make them: a province's criteria table with a merged title block,
// roman-numeral parts, a bonus and a deduction part, blank spacer rows and
// the place and signature under it; and a unit's old score sheet.
package sheettest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model/table/tabletest"

	"github.com/xuri/excelize/v2"
)

// Row is one row of cells from column A; nil leaves a cell blank. Strings
// are written as text (so "20" is a number stored as text), numbers as
// numbers.
type Row []any

// Book is a workbook being written by a test.
type Book struct {
	t     testing.TB
	f     *excelize.File
	first bool
}

// New starts an empty workbook.
func New(t testing.TB) *Book {
	t.Helper()
	return &Book{t: t, f: excelize.NewFile(), first: true}
}

// Sheet adds a sheet (the first call renames the workbook's only sheet)
// holding rows from row 1.
func (b *Book) Sheet(name string, rows ...Row) *Book {
	b.t.Helper()
	if b.first {
		b.must(b.f.SetSheetName("Sheet1", name))
		b.first = false
	} else if _, err := b.f.NewSheet(name); err != nil {
		b.t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if s, ok := v.(string); ok {
				b.must(b.f.SetCellStr(name, ref, s))
				continue
			}
			b.must(b.f.SetCellValue(name, ref, v))
		}
	}
	return b
}

// Merge merges a range, as title rows and headings are.
func (b *Book) Merge(sheet, from, to string) *Book {
	b.t.Helper()
	b.must(b.f.MergeCell(sheet, from, to))
	return b
}

// Font writes a cell in a font, such as the old ".VnTime".
func (b *Book) Font(sheet, ref, family string) *Book {
	b.t.Helper()
	id, err := b.f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: family, Size: 13}})
	if err != nil {
		b.t.Fatal(err)
	}
	b.must(b.f.SetCellStyle(sheet, ref, ref, id))
	return b
}

// Percent shows a cell as a percentage (it then holds 0.96 for 96%).
func (b *Book) Percent(sheet, ref string) *Book {
	b.t.Helper()
	id, err := b.f.NewStyle(&excelize.Style{NumFmt: 10})
	if err != nil {
		b.t.Fatal(err)
	}
	b.must(b.f.SetCellStyle(sheet, ref, ref, id))
	return b
}

// Date shows a cell as a date (Excel's built-in format 14): a number
// typed as "1/2" becomes the 1st of February, kept as its serial.
func (b *Book) Date(sheet, ref string) *Book {
	b.t.Helper()
	id, err := b.f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		b.t.Fatal(err)
	}
	b.must(b.f.SetCellStyle(sheet, ref, ref, id))
	return b
}

// Bytes returns the workbook's file.
func (b *Book) Bytes() []byte {
	b.t.Helper()
	buf, err := b.f.WriteToBuffer()
	if err != nil {
		b.t.Fatal(err)
	}
	return buf.Bytes()
}

// Write saves the workbook as dir/name and returns the path.
func (b *Book) Write(dir, name string) string {
	b.t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		b.t.Fatal(err)
	}
	return path
}

func (b *Book) must(err error) {
	b.t.Helper()
	if err != nil {
		b.t.Fatal(err)
	}
}

// ProvinceSheet is the name of the criteria sheet of Province.
const ProvinceSheet = "Tiêu chí"

// ProvinceRows are the rows of a province's criteria table from the header
// row on; Province puts them under its title block, so ProvinceRows()[k]
// is Excel row k+5. The table has 50 standard points: part I (30: sections
// "1" and "2" with "1.1", "a)"…), part II capped by its heading ("tối đa
// không quá 20 điểm") over children worth 25 and numbered "1." again, a
// bonus part whose maximum only its heading states, a deduction part with
// no maximum at all, numbers stored as text ("20"), a comma decimal
// ("12,5"), a blank spacer row and a total row.
func ProvinceRows() []Row {
	return []Row{
		{"STT", "Nội dung tiêu chí", "Điểm chuẩn (điểm tối đa)", "Hướng dẫn chấm"}, // row 5
		{"(1)", "(2)", "(3)", "(4)"},
		{"I. THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", nil, 30},
		{1, "Lao động, việc làm", "20"},
		{"1.1", "Giải quyết việc làm mới đạt chỉ tiêu", "12,5", "Đạt 100%: 12,5 điểm; cứ giảm 1% trừ 0,5 điểm"},
		{"1.2", "Đưa người lao động đi làm việc ở nước ngoài", 7.5}, // row 10
		{2, "Giảm nghèo", 10},
		{"a)", "Rà soát hộ nghèo đúng quy trình", 5},
		{"b)", "Thực hiện chính sách hỗ trợ người nghèo", 5, "Mỗi chính sách chậm trừ 0,5 điểm"},
		{},
		{"II", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG (tối đa không quá 20 điểm)", 20}, // row 15
		{"1.", "Đăng ký, ký kết giao ước thi đua đúng thời gian", 15},
		{"2.", "Tham gia đầy đủ các hoạt động của Khối", 10, "Vắng mỗi lần trừ 0,5 điểm"},
		{"III", "ĐIỂM THƯỞNG (tối đa không quá 5 điểm)"},
		{1, "Được tặng Cờ thi đua hoặc Bằng khen trong năm", 3},
		{2, "Có mô hình mới, cách làm hay được công nhận", 3}, // row 20
		{"IV", "ĐIỂM TRỪ"},
		{1, "Gửi chậm báo cáo", 2, "0,5 điểm/lần"},
		{2, "Số liệu báo cáo sai, phải điều chỉnh", 1},
		{"Tổng cộng", nil, 50},
		{}, // row 25
		{nil, nil, "Tuy Hòa, ngày 10 tháng 01 năm 2019"},
		{nil, nil, "TM. BAN THI ĐUA - KHEN THƯỞNG"},
	}
}

// ProvinceRowsWith returns ProvinceRows changed by edit (rows[k] is Excel
// row k+5), for a broken variant of the table.
func ProvinceRowsWith(edit func(rows []Row)) []Row {
	rows := ProvinceRows()
	for i := range rows {
		rows[i] = append(Row(nil), rows[i]...)
	}
	edit(rows)
	return rows
}

// Province writes a criteria table in the shape a province sends it: a
// merged title block (the issuing body and the national motto), the title,
// then rows (ProvinceRows or a variant) from row 5. Part I's heading is
// merged across the number and text columns, as offices type it.
func Province(t testing.TB, rows []Row) *Book {
	t.Helper()
	all := append([]Row{
		{"UBND TỈNH PHÚ YÊN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"BAN THI ĐUA - KHEN THƯỞNG", nil, "Độc lập - Tự do - Hạnh phúc"},
		{},
		{"BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA KHỐI CÁC PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI NĂM 2019"},
	}, rows...)
	return New(t).Sheet(ProvinceSheet, all...).
		Merge(ProvinceSheet, "A1", "B1").Merge(ProvinceSheet, "C1", "D1").
		Merge(ProvinceSheet, "A2", "B2").Merge(ProvinceSheet, "C2", "D2").
		Merge(ProvinceSheet, "A4", "D4").Merge(ProvinceSheet, "A7", "B7")
}

// OldScoreSheetName is the sheet of OldScoreSheet.
const OldScoreSheetName = "Tự chấm"

// OldScoreSheet is Đồng Xuân's 2019 self-score sheet as the unit kept it
// in Excel before thidua: a title block naming the unit, a header with a
// measure column ("Số liệu") and a column-numbering row, then rows (from
// Excel row 7; OldScoreRows or a variant), the total, the place and date
// and the signature. Cell D9 is shown as a percentage.
func OldScoreSheet(t testing.TB, rows ...Row) *Book {
	t.Helper()
	all := []Row{
		{"KHỐI THI ĐUA CÁC PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"Đơn vị: Phòng LĐTBXH huyện Đồng Xuân", nil, nil, "Độc lập - Tự do - Hạnh phúc"},
		{},
		{"BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2019"},
		{"TT", "Nội dung tiêu chí", "Điểm tối đa", "Số liệu", "Điểm tự chấm", "Ghi chú"},
		{"A", "B", "1", "2", "3", "4"},
	}
	all = append(all, rows...)
	all = append(all, Row{nil, "Tổng cộng", 100, nil, 95}, Row{},
		Row{nil, nil, nil, "Đồng Xuân, ngày 10 tháng 12 năm 2019"}, Row{nil, nil, nil, "THỦ TRƯỞNG ĐƠN VỊ"})
	return New(t).Sheet(OldScoreSheetName, all...).Merge(OldScoreSheetName, "A4", "F4").Percent(OldScoreSheetName, "D9")
}

// OldScoreRows are the scored rows of Đồng Xuân's old sheet (Excel rows
// 7–16), against the demo's criteria table: subtotals, a percentage cell
// for a target rule (90%), a measure typed as text for bands, points from
// which a count and an achieved-or-not are read back ("1,5": one late
// round; 0: not achieved), notes, a blank score and comma decimals.
func OldScoreRows() []Row {
	return []Row{
		{"I", "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", 70, nil, 66},
		{"I.1", "Lao động, việc làm", 10, nil, 9},
		{"I.1.1", "Giải quyết việc làm mới đạt chỉ tiêu được giao", 3, 0.9, 2},
		{"I.1.2", "Đưa người lao động đi làm việc ở nước ngoài", 2, "100", 2},
		{"I.1.3", "Thu thập, cập nhật thông tin cung - cầu lao động", 2, nil, "1,5"},
		{"I.2.3", "Tỷ lệ lao động qua đào tạo đạt chỉ tiêu", 2, nil, 0},
		{"II", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ QUẢN LÝ", 20, nil, 19},
		{"II.1", "Ban hành kế hoạch, chương trình công tác năm", 2, nil, 1, "Chậm kế hoạch 10 ngày"},
		{"II.2", "Thực hiện chế độ thông tin, báo cáo", 4},
		{"II.5", "Thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo", 3, nil, "2,5", ""},
	}
}

// Fixture writes a criteria-table fixture of model/table/tabletest as the
// office's file in dir: a workbook (numbers as numeric cells, "=…" as
// formulas, its merged ranges and hidden rows, its further sheets) or, for a CSV fixture, the CSV Excel saves;
// it returns the path.
func Fixture(t testing.TB, f tabletest.Fixture, dir string) string {
	t.Helper()
	if f.CSV {
		path := filepath.Join(dir, f.Name+".csv")
		if err := os.WriteFile(path, []byte(f.CSVText()), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	b := New(t).Sheet(f.Sheet, cellRows(f.Rows)...)
	for _, m := range f.Merges {
		from, to, _ := strings.Cut(m, ":")
		b.Merge(f.Sheet, from, to)
	}
	for r, row := range f.Rows {
		for c, v := range row {
			if strings.HasPrefix(v, "=") { // a total typed as a formula
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				b.must(b.f.SetCellFormula(f.Sheet, ref, v[1:]))
			}
		}
	}
	for _, h := range f.Hidden {
		b.must(b.f.SetRowVisible(f.Sheet, h, false))
	}
	for _, o := range f.Others {
		b.Sheet(o.Name, cellRows(o.Rows)...)
	}
	return b.Write(dir, f.Name+".xlsx")
}

// cellRows are a fixture's rows as an office's Excel holds them: numbers
// typed as numbers are numeric cells, empty cells are blank.
func cellRows(in [][]string) []Row {
	rows := make([]Row, len(in))
	for i, r := range in {
		for _, c := range r {
			if c == "" {
				rows[i] = append(rows[i], nil)
				continue
			}
			rows[i] = append(rows[i], tabletest.Cell(c))
		}
	}
	return rows
}
