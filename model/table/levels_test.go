package table

import (
	"strings"
	"testing"

	"thidua/model/i18n"
)

// Rows without a number under a criterion are its scoring levels only when
// they cannot be its children: the best is its maximum and one gives 0 or
// they add up to more. Otherwise they stay what they were: criteria
// without a code, refused row by row.
func TestLevelsOnlyWhenNotChildren(t *testing.T) {
	head := []string{"STT", "Nội dung", "Điểm tối đa"}
	cases := []struct {
		name   string
		rows   [][]string
		levels bool
	}{
		{"levels with a zero", [][]string{{"1", "Báo cáo", "2"}, {"", "Đúng hạn", "2"}, {"", "Chậm", "0"}}, true},
		{"levels adding up to more", [][]string{{"1", "Báo cáo", "2"}, {"", "Đúng hạn", "2"}, {"", "Chậm 1 ngày", "1"}}, true},
		{"children adding up to it", [][]string{{"1", "Báo cáo", "2"}, {"", "Quý", "1"}, {"", "Năm", "1"}}, false},
		{"none reaches the maximum", [][]string{{"1", "Báo cáo", "2"}, {"", "Đúng hạn", "1"}, {"", "Chậm", "0"}}, false},
		{"one row only", [][]string{{"1", "Báo cáo", "2"}, {"", "Đúng hạn", "2"}}, false},
		{"above the maximum", [][]string{{"1", "Báo cáo", "2"}, {"", "Đúng hạn", "3"}, {"", "Chậm", "0"}}, false},
	}
	for _, c := range cases {
		r, err := Read([]Sheet{{Name: "S", Rows: append([][]string{head}, c.rows...)}})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var notes []string
		for _, n := range r.Notes {
			notes = append(notes, n.Message().Localize(i18n.VI))
		}
		got := strings.Contains(strings.Join(notes, "\n"), "các mức điểm")
		if got != c.levels {
			t.Errorf("%s: read as levels %v, want %v (notes %q)", c.name, got, c.levels, notes)
		}
		if c.levels && (!r.OK() || len(r.Rows) != 1) {
			t.Errorf("%s: %d criteria, problems %v", c.name, len(r.Rows), r.Problems)
		}
		if !c.levels && r.OK() {
			t.Errorf("%s: rows without a code accepted", c.name)
		}
	}
}
