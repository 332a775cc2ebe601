package people

import (
	"fmt"
	"strings"
	"testing"

	"thidua/model/table"
)

// FuzzReadStaff: whatever the cells, the reader returns a list or an
// error, never panics, and every person it returns validates.
func FuzzReadStaff(f *testing.F) {
	for _, seed := range []string{
		"STT|Họ và tên|Năm sinh\n1|Nguyễn Văn An|1985",
		"Họ và tên đệm|Tên|Ngày sinh\nTrần Thị|Bình|31121",
		"STT|Họ và tên|Năm sinh||Chức vụ\n||Nam|Nữ|\n1|Lê Văn C|1970|1971|x",
		"STT|Họ và tên|Giới tính\nI|Lãnh đạo|\n1|\x1b[31mAn|Nam\n|Người lập biểu|",
		"Họ và tên|Chức vụ\n" + strings.Repeat("A", 200) + "|B",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var s table.Sheet
		for _, line := range strings.Split(text, "\n") {
			s.Rows = append(s.Rows, strings.Split(line, "|"))
		}
		st, err := ReadStaff([]table.Sheet{s}, 2026)
		if err != nil {
			return
		}
		for _, r := range st.Rows {
			p := r.Person
			p.ID, p.Unit = "id", "unit"
			if err := p.Validate(); err != nil {
				t.Fatalf("read %q but it does not validate: %v", p.Name, err)
			}
		}
	})
}

// The figures for a big unit: reading a full staff list, and checking a
// proposal for every person.
func BenchmarkReadStaff(b *testing.B) {
	s := table.Sheet{Rows: [][]string{{"STT", "Họ và tên", "Chức vụ", "Giới tính", "Năm sinh"}}}
	for i := 0; i < MaxStaff; i++ {
		s.Rows = append(s.Rows, []string{fmt.Sprint(i + 1), "Nguyễn Văn " + letters(i), "Chuyên viên", "Nam", fmt.Sprint(1960 + i%40)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadStaff([]table.Sheet{s}, 2026); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	f := &fixture{in: Input{Period: Period{Year: thisYear, YearEnd: true}, Settings: DefaultSettings()}}
	for i := 0; i < MaxStaff; i++ {
		id := fmt.Sprint(i)
		f.add(id, fmt.Sprint("u", i%50), "Nguyễn Văn "+letters(i))
		f.rate(id, thisYear, Excellent).propose(id, LDTT)
		if i%5 == 0 {
			f.propose(id, CSTDCS, Initiative)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Check(f.in); err != nil {
			b.Fatal(err)
		}
	}
}

// letters names person i with letters only: "Ab", "Ac", ….
func letters(i int) string {
	return string(rune('A'+i%26)) + strings.Repeat(string(rune('a'+i/26%26)), 1+i/676)
}
