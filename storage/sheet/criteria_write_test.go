package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/sheet/sheettest"
)

// full lists everything of a tree that an export must keep, in table
// order.
func full(tree *model.Tree) string {
	var out []string
	for _, c := range tree.Nodes() {
		out = append(out, strings.Join([]string{c.Code, c.Title, c.Kind.String(), c.Max.String(), c.Rule.String(),
			c.Guidance, string(rune('0' + tree.Depth(c.ID))), map[bool]string{true: "capped"}[c.Capped]}, "|"))
	}
	return strings.Join(out, "\n")
}

func demoTree(t *testing.T) *model.Tree {
	t.Helper()
	return openDemo(t).tree
}

// roundTrip writes a tree and reads it back.
func roundTrip(t *testing.T, tree *model.Tree, lang i18n.Lang) (*model.Tree, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCriteria(&buf, tree, CriteriaOptions{Lang: lang, Bloc: "Khối thi đua", Label: "Năm 2019"}); err != nil {
		t.Fatal(err)
	}
	table, err := ReadCriteria(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	if p := ProblemErrors(table); p != nil {
		t.Fatal(model.Message(i18n.VI, p))
	}
	back, err := table.Tree()
	if err != nil {
		t.Fatal(err)
	}
	return back, buf.Bytes()
}

// The demo's table (full codes, rules, a capped bonus part) and a
// province's (codes repeated under different parents) come back exactly,
// in both languages.
func TestCriteriaRoundTrip(t *testing.T) {
	province, err := ReadCriteria(bytes.NewReader(sheettest.Province(t, sheettest.ProvinceRows()).Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	provinceTree, _ := province.Tree()
	for _, tree := range []*model.Tree{demoTree(t), provinceTree} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			back, _ := roundTrip(t, tree, lang)
			if got, want := full(back), full(tree); got != want {
				t.Errorf("%s round trip differs:\n%s\n---\n%s", lang, got, want)
			}
		}
	}
}

// The exported sheet is what an office expects to see and print: numbers
// as numbers with comma decimals, codes as text, A4 with the header row
// repeated.
func TestCriteriaExportCells(t *testing.T) {
	_, file := roundTrip(t, demoTree(t), i18n.VI)
	f, err := excelize.OpenReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "Bảng tiêu chí" {
		t.Fatalf("sheets = %v", got)
	}
	const s = "Bảng tiêu chí"
	rows, _ := f.GetRows(s)
	head := -1
	for i, r := range rows {
		if len(r) > 0 && r[0] == "Mã" {
			head = i
		}
	}
	if head < 0 || strings.Join(rows[head], "|") != "Mã|Nội dung tiêu chí|Điểm tối đa|Hướng dẫn chấm|Loại|Cấp|Cách tính|Giới hạn|Diễn giải cách tính" {
		t.Fatalf("header row %d: %v", head, rows)
	}
	find := func(code string) int {
		for i, r := range rows {
			if len(r) > 0 && r[0] == code {
				return i + 1
			}
		}
		t.Fatalf("no row %s", code)
		return 0
	}
	cases := []struct {
		code, max, format string
		cells             []string
	}{
		{"I", "70", "[$-42A]#,##0", []string{"THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN", "", "nhóm", "1", "", ""}},
		{"I.1.1", "3", "[$-42A]#,##0", []string{"Giải quyết việc làm mới đạt chỉ tiêu được giao", "Đạt 100% chỉ tiêu trở lên: 3 điểm; cứ giảm 1% trừ 0,1 điểm; đạt dưới 70%: 0 điểm", "chuẩn", "3", "target full=100 step=1 loss=0.1 zero=70", ""}},
		{"IV", "5", "[$-42A]#,##0", []string{"ĐIỂM THƯỞNG (tối đa không quá 5 điểm)", "Mức tối đa áp dụng cho tổng các mục IV.*", "nhóm", "1", "", "có"}},
		{"IV.5", "0.5", "[$-42A]#,##0.0", []string{"Vận động Quỹ Đền ơn đáp nghĩa vượt kế hoạch", "0,5 điểm", "điểm thưởng", "2", "binary", ""}},
		{"V.1", "3", "[$-42A]#,##0", []string{"Không gửi hoặc gửi chậm báo cáo sơ kết, tổng kết, bảng tự chấm điểm về Khối", "chậm: trừ 1 điểm/lần; không gửi: trừ 3 điểm", "điểm trừ", "2", "", ""}},
	}
	for _, c := range cases {
		r := find(c.code)
		maxCell := cell(r-1, 2)
		if v, _ := f.GetCellValue(s, maxCell, excelize.Options{RawCellValue: true}); v != c.max {
			t.Errorf("%s max = %q", c.code, v)
		}
		if typ, _ := f.GetCellType(s, maxCell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s max is not a number cell: %v", c.code, typ)
		}
		if got := numFmt(t, f, s, maxCell); got != c.format {
			t.Errorf("%s max format = %q, want %q", c.code, got, c.format)
		}
		if typ, _ := f.GetCellType(s, cell(r-1, 0)); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("%s code is not text: %v", c.code, typ)
		}
		got := []string{get(rows[r-1], 1), get(rows[r-1], 3), get(rows[r-1], 4), get(rows[r-1], 5), get(rows[r-1], 6), get(rows[r-1], 7)}
		if strings.Join(got, "|") != strings.Join(c.cells, "|") {
			t.Errorf("%s row = %q", c.code, got)
		}
	}
	checkPage(t, f, s, "landscape", head, head)
}

// numFmt returns the number format code of a cell.
func numFmt(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// checkPage checks a sheet prints on A4 in the given orientation, fitted
// to the page's width, in Times New Roman, with rows head0..head1 (0-based)
// repeated on every page.
func checkPage(t *testing.T, f *excelize.File, sheet, orientation string, head0, head1 int) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != orientation || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("%s page = size %d %s fit %d×%d", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	props, err := f.GetSheetProps(sheet)
	if err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("%s does not fit to page: %+v %v", sheet, props, err)
	}
	want := "'" + sheet + "'!$" + itoa(head0+1) + ":$" + itoa(head1+1)
	found := false
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == sheet {
			found = d.RefersTo == want
			if !found {
				t.Errorf("%s print titles = %q, want %q", sheet, d.RefersTo, want)
			}
		}
	}
	if !found {
		t.Errorf("%s has no repeated header rows", sheet)
	}
	if font, _ := f.GetDefaultFont(); font != Font {
		t.Errorf("default font = %q", font)
	}
}
