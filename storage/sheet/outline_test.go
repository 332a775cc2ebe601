package sheet

import (
	"strings"
	"testing"
	ctable "thidua/model/table"

	"thidua/model"
	"thidua/model/i18n"
)

// Codes alone give the tree, the way offices number tables: roman parts,
// sections, dotted criteria, letters, bullets, numbers repeated under each
// part.
func TestOutlineParents(t *testing.T) {
	codes := []string{"I.", "1.", "1.1", "a)", "b)", "1.2", "2.", "-", "-", "II", "1", "2", "III", "1"}
	want := []int{-1, 0, 1, 2, 2, 1, 0, 6, 6, -1, 9, 9, -1, 12}
	got := ctable.OutlineParents(codes)
	for i := range codes {
		if got[i] != want[i] {
			t.Errorf("%d %q: parent %d, want %d", i, codes[i], got[i], want[i])
		}
	}
	// "C" after "B" is a letter; "I" after "H" too; alone, "I" is a part.
	if p := ctable.OutlineParents([]string{"A", "1", "B", "1", "C", "V"}); p[4] != -1 || p[5] != 4 {
		t.Errorf("letters: %v", p)
	}
}

func TestSplitCode(t *testing.T) {
	for in, want := range map[string][2]string{
		"I. THỰC HIỆN NHIỆM VỤ":        {"I.", "THỰC HIỆN NHIỆM VỤ"},
		"1.2. Giảm nghèo":              {"1.2.", "Giảm nghèo"},
		"a) Rà soát hộ nghèo":          {"a)", "Rà soát hộ nghèo"},
		"PHẦN A. Chấm điểm":            {"PHẦN A.", "Chấm điểm"},
		"- Gửi chậm báo cáo":           {"-", "Gửi chậm báo cáo"},
		"Tổng cộng":                    {"", "Tổng cộng"},
		"Tuy Hòa, ngày 10 tháng 1 năm": {"", "Tuy Hòa, ngày 10 tháng 1 năm"},
	} {
		code, text, ok := ctable.SplitCode(in)
		if code != want[0] || text != want[1] || ok != (want[0] != "") {
			t.Errorf("SplitCode(%q) = %q %q %v", in, code, text, ok)
		}
	}
}

// A header names its columns in many ways; an exact heading wins over one
// that only contains a phrase.
func TestFindCriteriaColumns(t *testing.T) {
	c, missing := ctable.FindColumns([]string{"Số TT", "Tối đa không quá", "Nội dung chấm điểm", "Điểm chuẩn (điểm tối đa)", "Giới hạn"})
	if len(missing) > 0 || c.Code != 0 || c.Title != 2 || c.Max != 3 || c.Capped != 4 {
		t.Errorf("columns = %+v, missing %v", c, missing)
	}
	if _, missing := ctable.FindColumns([]string{"STT", "Tên đơn vị", "Điểm tự chấm"}); strings.Join(missing, ",") != "title,max" {
		t.Errorf("missing = %v", missing)
	}
}

// Office numbering in a CSV file gives the same tree as in a workbook (a
// deduction heading without a maximum takes the sum of its items), and the
// table's problems name their line.
func TestCriteriaCSVOutlineAndProblems(t *testing.T) {
	csv := "STT;Nội dung tiêu chí;Điểm tối đa\n" +
		"I.;Nhiệm vụ chuyên môn;10\n1.;Việc làm;6\na);Việc làm mới;3\nb);Xuất khẩu lao động;3\n2.;Giảm nghèo;4\n" +
		"II.;Thi đua (tối đa không quá 5 điểm);5\n1.;Đăng ký;3\n2.;Hội nghị;3\n" +
		"III;ĐIỂM TRỪ;\n1;Báo cáo chậm;2\n"
	tbl, err := ReadCriteriaCSV(strings.NewReader(csv))
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	if p := ProblemErrors(tbl); p != nil {
		t.Fatalf("problems: %s", model.Message(i18n.VI, p))
	}
	tree, _ := tbl.Tree()
	var got []string
	for _, c := range tree.Nodes() {
		s := tree.PathString(c.ID) + ":" + c.Kind.String() + ":" + c.Max.String()
		if c.Capped {
			s += "*"
		}
		got = append(got, s)
	}
	want := "I.:group:10 I. / 1.:group:6 I. / 1. / a):standard:3 I. / 1. / b):standard:3 I. / 2.:standard:4 " +
		"II.:group:5* II. / 1.:standard:3 II. / 2.:standard:3 III:group:2 III / 1:deduction:2"
	if strings.Join(got, " ") != want {
		t.Errorf("tree:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	bad := strings.Replace(csv, "I.;Nhiệm vụ chuyên môn;10", "I.;Nhiệm vụ chuyên môn;9", 1)
	bad = strings.Replace(bad, "b);Xuất", "a);Xuất", 1)
	tbl, err = ReadCriteriaCSV(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	msg := model.Message(i18n.VI, ProblemErrors(tbl))
	for _, want := range []string{"Dòng 2: Các tiêu chí con của I. cộng lại 10 điểm, vượt điểm tối đa 9", "Dòng 5: Mã a) bị trùng trong cùng nhóm I. / 1."} {
		if !strings.Contains(msg, want) {
			t.Errorf("problems lack %q:\n%s", want, msg)
		}
	}
}
