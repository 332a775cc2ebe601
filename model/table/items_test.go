package table_test

import (
	"strings"
	"testing"

	"thidua/model/i18n"
	"thidua/model/table"
	"thidua/model/table/tabletest"
)

// A bonus or deduction item typed without a maximum takes the first the
// table states of: its own cap, its one amount, its part's cap, and for a
// deduction the standard total; a bonus with none is refused on its row.
// Each choice is noted on the item's row.
func TestItemMaxima(t *testing.T) {
	head := [][]string{
		{"STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm"},
		{"I", "Chuyên môn", "100"},
		{"1", "Hoàn thành kế hoạch", "100"},
	}
	cases := []struct {
		name    string
		rows    [][]string
		outline string // of the parts after I
		note    string // a note that must be there
		problem string
	}{
		{"own cap", [][]string{{"II", "ĐIỂM THƯỞNG (tối đa không quá 10 điểm)", "10"}, {"1", "Sáng kiến", "", "Mỗi sáng kiến cộng 2 điểm, tối đa 6 điểm"}},
			"II:group:10* 1:bonus:6", "dòng 5: II / 1 không ghi điểm tối đa: lấy theo hướng dẫn «Mỗi sáng kiến cộng 2 điểm, tối đa 6 điểm», 6 điểm", ""},
		{"count cap", [][]string{{"II", "ĐIỂM THƯỞNG", "10"}, {"1", "Sáng kiến", "", "2 điểm/lần, tối đa 3 lần"}},
			"II:group:10 1:bonus:6", "lấy theo hướng dẫn «2 điểm/lần, tối đa 3 lần», 6 điểm", ""},
		{"amount", [][]string{{"II", "ĐIỂM TRỪ (trừ tối đa 10 điểm)"}, {"1", "Kỷ luật", "", "trừ 4 điểm"}},
			"II:group:10* 1:deduction:4", "lấy theo hướng dẫn «trừ 4 điểm», 4 điểm", ""},
		{"nested under a part's cap", [][]string{{"II", "ĐIỂM THƯỞNG (tối đa 10 điểm)"}, {"1", "Khen thưởng"}, {"-", "Bằng khen", "", "5 điểm/Bằng khen"}, {"-", "Giấy khen", "", "1 điểm/Giấy khen"}},
			"II:group:10* 1:group:20", "dòng 6: II / 1 / - không ghi điểm tối đa: lấy mức tối đa của phần II, 10 điểm", ""},
		{"deduction without a cap", [][]string{{"II", "ĐIỂM TRỪ"}, {"1", "Kỷ luật", "", "Mỗi trường hợp trừ 5 điểm"}, {"2", "Khiếu nại vượt cấp", "", "mỗi vụ việc trừ 2 điểm"}},
			"II:group:100* 1:deduction:100 2:deduction:100", "dòng 4: phần II không ghi mức trừ tối đa; các mục cộng lại 200 điểm: trừ tối đa bằng tổng điểm chuẩn, 100 điểm", ""},
		{"bonus without a cap", [][]string{{"II", "ĐIỂM THƯỞNG"}, {"1", "Sáng kiến", "", "Mỗi sáng kiến cộng 2 điểm"}},
			"", "", "dòng 5: II / 1 là điểm thưởng nhưng cả tiêu chí và phần II đều không ghi điểm tối đa"},
		{"typed part maximum is its cap", [][]string{{"II", "ĐIỂM THƯỞNG", "5"}, {"1", "Cờ thi đua", "3"}, {"2", "Bằng khen", "3"}},
			"II:group:5* 1:bonus:3 2:bonus:3", "dòng 4: các mục của phần II cộng lại 6 điểm, hơn 5 điểm ghi ở phần: 5 điểm là mức tối đa của cả phần", ""},
	}
	for _, c := range cases {
		r, err := table.Read([]table.Sheet{{Name: "S", Rows: append(append([][]string{}, head...), c.rows...)}})
		if err != nil {
			t.Fatal(err)
		}
		var notes, problems []string
		for _, n := range r.Notes {
			notes = append(notes, n.Message().Localize(i18n.VI))
		}
		for _, p := range r.Problems {
			problems = append(problems, p.Message().Localize(i18n.VI))
		}
		if c.problem != "" {
			if len(problems) != 1 || !strings.Contains(problems[0], c.problem) {
				t.Errorf("%s: problems %q", c.name, problems)
			}
			continue
		}
		tree, _ := r.Tree()
		if len(problems) > 0 || !strings.HasSuffix(tabletest.Outline(tree), c.outline) || !strings.Contains(strings.Join(notes, "\n"), c.note) {
			t.Errorf("%s: %s\nproblems %q\nnotes %q", c.name, tabletest.Outline(tree), problems, notes)
		}
	}
}

// The preview names every criterion by its whole path, whatever its code,
// so that "I / 1", "I / 2" is never followed by a bare "3".
func TestPreviewPaths(t *testing.T) {
	for _, f := range tabletest.All() {
		r, err := table.Read(f.Sheets())
		if err != nil {
			t.Fatal(err)
		}
		tree, err := r.Tree()
		if err != nil {
			t.Fatal(err)
		}
		preview := strings.Join(r.Preview(i18n.VI), "\n")
		for _, c := range tree.Leaves() {
			if line := "\n  " + tree.PathString(c.ID) + "  "; !strings.Contains(preview, line) {
				t.Errorf("%s: no line for %q in:\n%s", f.Name, tree.PathString(c.ID), preview)
			}
		}
	}
}
