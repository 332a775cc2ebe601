package people

import (
	"fmt"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/table"
)

// sheet makes a worksheet from rows written with "|" between cells.
func sheet(name string, lines ...string) table.Sheet {
	s := table.Sheet{Name: name}
	for _, l := range lines {
		s.Rows = append(s.Rows, strings.Split(l, "|"))
	}
	return s
}

// codes lists the notes' codes with their lines: "5:staff.year".
func codes(ns []table.Note) string {
	var out []string
	for _, n := range ns {
		out = append(out, fmt.Sprintf("%d:%s", n.Ref.Line, n.Err.Code))
	}
	return strings.Join(out, " ")
}

func read(t *testing.T, year int, sheets ...table.Sheet) *Staff {
	t.Helper()
	st, err := ReadStaff(sheets, year)
	if err != nil {
		t.Fatalf("ReadStaff: %v", err)
	}
	return st
}

func TestReadStaffPlain(t *testing.T) {
	s := sheet("DS",
		"PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI|||",
		"DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2026|||",
		"",
		"STT|Họ và tên|Chức vụ|Giới tính|Năm sinh",
		"1|Nguyễn Văn An|Trưởng phòng|Nam|1975",
		"2|TRẦN THỊ BÌNH|Phó Trưởng phòng|Nữ|12/05/1980",
		"3| Lê  Văn Cường |Chuyên viên|nam|1990.0",
		"4|Phạm Thị Dung|Kế toán|Nữ|",
		"||||",
		"Tổng cộng: 4 người||||",
		"5|Người ngoài danh sách|||1999",
	)
	st := read(t, 2026, s)
	if !st.OK() {
		t.Fatalf("problems: %s", codes(st.Problems))
	}
	got := st.People()
	want := []Person{
		{Name: "Nguyễn Văn An", Position: "Trưởng phòng", Sex: Male, BirthYear: 1975},
		{Name: "Trần Thị Bình", Position: "Phó Trưởng phòng", Sex: Female, BirthYear: 1980},
		{Name: "Lê Văn Cường", Position: "Chuyên viên", Sex: Male, BirthYear: 1990},
		{Name: "Phạm Thị Dung", Position: "Kế toán", Sex: Female},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("people\n got %v\nwant %v", got, want)
	}
	if st.Rows[1].Ref != (table.Ref{Sheet: "DS", Line: 6}) {
		t.Errorf("ref of row 2: %v", st.Rows[1].Ref)
	}
	if c := codes(st.Notes); c != "6:staff.recased 10:staff.footer" {
		t.Errorf("notes: %s", c)
	}
}

// "Họ và tên đệm" | "Tên" in two columns, a date of birth, groups.
func TestReadStaffSplitNameAndGroups(t *testing.T) {
	s := sheet("",
		"TT|Họ và tên đệm|Tên|Chức danh|Ngày sinh",
		"I|Lãnh đạo phòng|||",
		"1|Nguyễn Văn|An|Trưởng phòng|01/01/1975",
		"II|Chuyên viên|||",
		"2|Tô Thị|Hà|Chuyên viên|1992",
		"|Tổ Kế toán:|||",
		"3|Bàn Văn|Sinh|Kế toán|1988",
	)
	st := read(t, 2026, s)
	if !st.OK() {
		t.Fatalf("problems: %s", codes(st.Problems))
	}
	if got := names(st.People()); got != "Nguyễn Văn An, Tô Thị Hà, Bàn Văn Sinh" {
		t.Errorf("people: %s", got)
	}
	if c := codes(st.Notes); c != "2:staff.skipped_heading 3:staff.joined_name 4:staff.skipped_heading 5:staff.joined_name 6:staff.skipped_heading 7:staff.joined_name" {
		t.Errorf("notes: %s", c)
	}
}

// The old form: a merged "Năm sinh" over "Nam | Nữ", the date written under
// the person's sex.
func TestReadStaffOldForm(t *testing.T) {
	s := sheet("Sheet1",
		"STT|Họ và tên|Năm sinh||Chức vụ",
		"||Nam|Nữ|",
		"1|Nguyễn Văn An|1975||Trưởng phòng",
		"2|Trần Thị Bình||1980|Chuyên viên",
		"3|Lê Văn Cường|1990|1991|Chuyên viên",
	)
	s.Merges = []table.Merge{{Row0: 0, Col0: 2, Row1: 0, Col1: 3}}
	st := read(t, 2026, s)
	got := st.People()
	if len(got) != 2 || got[0].Sex != Male || got[0].BirthYear != 1975 || got[1].Sex != Female || got[1].BirthYear != 1980 {
		t.Errorf("people: %v", got)
	}
	if c := codes(st.Problems); c != "5:staff.both_sexes" {
		t.Errorf("problems: %s", c)
	}
}

// Every row that cannot be read is a problem on its line, and says what
// to change; the rows that can be read are still read.
func TestReadStaffProblems(t *testing.T) {
	s := sheet("DS",
		"STT|Họ và tên|Chức vụ|Giới tính|Năm sinh",
		"1|Nguyễn Văn An|Trưởng phòng|Nam|85",
		"2|Trần Thị Bình|Chuyên viên|x|1980",
		"3||Chuyên viên|Nam|1980",
		"4|Lê Văn C3|Chuyên viên|Nam|1980",
		"5|Phạm Thị Dung|Kế toán|Nữ|1850",
		"6|Hoàng Văn Em|Văn thư|Nam|1995",
		"7|Hoàng Văn Em|Văn thư|Nam|1995",
		"8|Hoàng  Văn  Em|Lái xe|Nam|1970",
		"9|Đỗ Văn Phúc|Bảo vệ|Nam|2020",
	)
	st := read(t, 2026, s)
	want := "2:staff.year 3:staff.sex 4:people.no_name 5:people.name_chars 6:people.bad_birth_year 8:staff.duplicate"
	if c := codes(st.Problems); c != want {
		t.Errorf("problems\n got %s\nwant %s", c, want)
	}
	if c := codes(st.Notes); c != "9:staff.same_name 10:staff.age" {
		t.Errorf("notes: %s", c)
	}
	if st.OK() || len(st.Rows) != 3 {
		t.Errorf("rows read: %d", len(st.Rows))
	}
	// Each problem reads as a sentence with its place.
	msg := st.Problems[0].Message().Localize(i18n.VI)
	if !strings.HasPrefix(msg, "Trang tính «DS», dòng 2: năm sinh «85» của «Nguyễn Văn An»") {
		t.Errorf("message: %s", msg)
	}
}

func TestReadStaffNoList(t *testing.T) {
	if _, err := ReadStaff(nil, 0); model.ErrorCode(err) != EStaffEmpty {
		t.Errorf("no sheets: %v", err)
	}
	if _, err := ReadStaff([]table.Sheet{sheet("A", "Họ và tên", "Nguyễn Văn An")}, 0); model.ErrorCode(err) != EStaffNoHeader {
		t.Errorf("a heading alone is not a header: %v", err)
	}
	criteria := sheet("TC", "STT|Nội dung tiêu chí|Điểm tối đa", "1|Công tác chuyên môn|10")
	if _, err := ReadStaff([]table.Sheet{criteria}, 0); model.ErrorCode(err) != EStaffNoHeader {
		t.Errorf("a criteria table: %v", err)
	}
	st := read(t, 0, sheet("A", "STT|Họ và tên|Chức vụ", "|||", "Người lập biểu||"))
	if c := codes(st.Problems); c != "0:staff.no_rows" {
		t.Errorf("header only: %s", c)
	}
	// A cover sheet first: the list is on the second.
	st = read(t, 0, sheet("Bìa", "DANH SÁCH", "Năm 2026"), sheet("DS", "Họ và tên|Năm sinh", "Nguyễn Văn An|1975"))
	if st.Sheet != "DS" || len(st.Rows) != 1 {
		t.Errorf("second sheet: %q %d", st.Sheet, len(st.Rows))
	}
}

// Hostile cells are refused with a message, never crash, never let an
// escape or a megabyte into a name.
func TestReadStaffHostile(t *testing.T) {
	wide := make([]string, 10000)
	wide[1] = "Ngô Thị Hạnh"
	s := table.Sheet{Name: "X", Rows: [][]string{
		{"STT", "Họ và tên", "Năm sinh"},
		{"1", strings.Repeat("A", 1<<20), "1980"},
		{"2", "Lý\x1b[2JVăn Nam", "1980"},
		{"3", "Mai\u202eThị Lan", "1981"},
		{"4", "=HYPERLINK(\"http://x\")", "1980"},
		wide,
		{"6"},
		{},
		{"7", "Vũ Văn Quang", "1980", "extra", "cells"},
	}}
	st := read(t, 2026, s)
	if c := codes(st.Problems); c != "2:people.name_long 3:people.name_chars 5:people.name_chars" {
		t.Errorf("problems: %s", c)
	}
	got := names(st.People())
	if got != "MaiThị Lan, Ngô Thị Hạnh, Vũ Văn Quang" {
		t.Errorf("people: %q", got)
	}
	for _, p := range st.People() {
		if err := ValidateName(p.Name); err != nil {
			t.Errorf("%q read but not valid: %v", p.Name, err)
		}
	}
}

func TestReadStaffTooMany(t *testing.T) {
	s := table.Sheet{Rows: [][]string{{"STT", "Họ và tên", "Năm sinh"}}}
	for i := 0; i <= MaxStaff; i++ {
		s.Rows = append(s.Rows, []string{fmt.Sprint(i + 1), "Nguyễn Văn " + letters(i), fmt.Sprint(1960 + i%40)})
	}
	st := read(t, 0, s)
	if len(st.Problems) != 1 || st.Problems[0].Err.Code != EStaffTooMany || len(st.Rows) != MaxStaff {
		t.Fatalf("no cap: %d problems", len(st.Problems))
	}
}
