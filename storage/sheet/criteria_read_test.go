package sheet

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/sheet/sheettest"
)

// describe lists a tree as "code:kind:max:depth" in table order, with a
// "*" after capped groups.
func describe(t *testing.T, tree *model.Tree) string {
	t.Helper()
	var out []string
	for _, c := range tree.Nodes() {
		s := c.Code + ":" + c.Kind.String() + ":" + c.Max.String() + ":" + string(rune('0'+tree.Depth(c.ID)))
		if c.Capped {
			s += "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// A province's table as offices type it reads to the tree a person sees in
// it, with nothing to fix.
func TestReadProvinceCriteria(t *testing.T) {
	table, err := ReadCriteria(bytes.NewReader(sheettest.Province(t, sheettest.ProvinceRows()).Bytes()))
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	if p := ProblemErrors(table); p != nil {
		t.Fatalf("problems: %s", model.Message(i18n.VI, p))
	}
	tree, err := table.Tree()
	if err != nil {
		t.Fatal(err)
	}
	want := "I.:group:30:1 1:group:20:2 1.1:standard:12.5:3 1.2:standard:7.5:3 2:group:10:2 a):standard:5:3 b):standard:5:3 " +
		"II:group:20:1* 1.:standard:15:2 2.:standard:10:2 " +
		"III:group:5:1* 1:bonus:3:2 2:bonus:3:2 IV:group:3:1 1:deduction:2:2 2:deduction:1:2"
	if got := describe(t, tree); got != want {
		t.Errorf("tree:\n got %s\nwant %s", got, want)
	}
	if tree.StandardMax() != model.Whole(50) {
		t.Errorf("standard max = %v", tree.StandardMax())
	}
	part, _ := tree.Resolve("I.")
	if part.Title != "THỰC HIỆN NHIỆM VỤ CHUYÊN MÔN" {
		t.Errorf("merged heading split into %q %q", part.Code, part.Title)
	}
	c, err := tree.Resolve("1.1")
	if err != nil || c.Guidance != "Đạt 100%: 12,5 điểm; cứ giảm 1% trừ 0,5 điểm" {
		t.Errorf("1.1 = %+v, %v", c, err)
	}
	// Every criterion remembers its row, so that problems can name it.
	if ref := table.Refs[c.ID]; ref.Sheet != sheettest.ProvinceSheet || ref.Line != 9 {
		t.Errorf("1.1 came from %+v", ref)
	}
	if c, _ := tree.Resolve("II / 1."); c.Max != model.Whole(15) {
		t.Errorf("II / 1. = %+v", c)
	}
}

// Each broken workbook is refused with the sheet, the row and the reason.
func TestReadCriteriaRefusals(t *testing.T) {
	cases := []struct {
		name string
		rows []sheettest.Row
		want string
	}{
		{"missing maximum", sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[5][2] = nil }),
			"Trang tính «Tiêu chí», dòng 10: tiêu chí I. / 1 / 1.2 chưa có điểm tối đa."},
		{"maximum not a number", sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[5][2] = "bảy rưỡi" }),
			"Trang tính «Tiêu chí», dòng 10: «bảy rưỡi» không phải là số"},
		{"same code twice under one parent", sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[5][0] = "1.1" }),
			"Trang tính «Tiêu chí», dòng 10: Mã 1.1 bị trùng"},
		{"children above the part, no cap stated", sheettest.ProvinceRowsWith(func(r []sheettest.Row) { r[2][2] = 25 }),
			"Trang tính «Tiêu chí», dòng 7:"},
	}
	for _, c := range cases {
		table, err := ReadCriteria(bytes.NewReader(sheettest.Province(t, c.rows).Bytes()))
		if err == nil {
			err = ProblemErrors(table)
		}
		if msg := model.Message(i18n.VI, err); err == nil || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.want)
		}
	}
}

// Files that are not a usable workbook are refused before any row is read.
func TestReadCriteriaRefusesOtherFiles(t *testing.T) {
	var docx bytes.Buffer
	z := zip.NewWriter(&docx)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte("<w:document/>"))
	z.Close()
	tcvn := sheettest.New(t).Sheet("Sheet1",
		sheettest.Row{"STT", "Néi dung tiªu chÝ", "§iÓm tèi ®a"},
		sheettest.Row{"I", "Céng hßa x· héi chñ nghÜa ViÖt Nam", 10}).Font("Sheet1", "B2", ".VnTime")
	vni := sheettest.New(t).Sheet("Sheet1",
		sheettest.Row{"STT", "Noäi dung tieâu chí", "Ñieåm toái ña"}, sheettest.Row{"I", "Phaàn moät", 10})
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"CSV renamed .xlsx", []byte("code,title,max\nI,Phần I,10\n"), "không phải là bảng tính Excel .xlsx"},
		{"Word file renamed .xlsx", docx.Bytes(), "không phải là bảng tính Excel .xlsx"},
		{"Excel 97-2003", append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 600)...), "Excel 97-2003 (.xls)"},
		{"empty sheet", sheettest.New(t).Sheet("Trang 1").Bytes(), "Trang tính «Trang 1» trống"},
		{"no header", sheettest.New(t).Sheet("Sheet1", sheettest.Row{"Danh sách", "đơn vị"}).Bytes(),
			"Trang tính «Sheet1»: không tìm thấy dòng tiêu đề"},
		{"TCVN3 in .VnTime", tcvn.Bytes(), "Trang tính «Sheet1», dòng 1: ô B1 có chữ theo bảng mã cũ"},
		{"VNI", vni.Bytes(), "Trang tính «Sheet1», dòng 1: ô B1 có chữ theo bảng mã cũ TCVN3 hoặc VNI"},
	}
	for _, c := range cases {
		_, err := ReadCriteria(bytes.NewReader(c.file))
		if msg := model.Message(i18n.VI, err); err == nil || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.want)
		}
	}
	// The font alone gives TCVN3 away where the letters could pass.
	font := sheettest.New(t).Sheet("Sheet1", sheettest.Row{"STT", "Nội dung", "Tối đa"}, sheettest.Row{"I", "Ph¸p", 10}).
		Font("Sheet1", "B2", ".VnTime")
	_, err := ReadCriteria(bytes.NewReader(font.Bytes()))
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "dòng 2: ô B2 viết bằng phông chữ cũ .VnTime") {
		t.Errorf("legacy font: %q", msg)
	}
}
