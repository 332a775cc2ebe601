package sheet_test

import (
	"bytes"
	"strings"
	"testing"

	"thidua/model/people"
	"thidua/storage/sheet"
	"thidua/storage/sheet/sheettest"
)

// A staff list as offices keep it: a title block, a merged "Năm sinh" over
// "Nam"/"Nữ", a group heading and the signature under it.
func TestReadStaffWorkbook(t *testing.T) {
	b := sheettest.New(t).Sheet("DS",
		sheettest.Row{"UBND HUYỆN ĐÔNG HÒA"},
		sheettest.Row{"DANH SÁCH CÁN BỘ, CÔNG CHỨC"},
		sheettest.Row{},
		sheettest.Row{"STT", "Họ và tên", "Năm sinh", nil, "Chức vụ"},
		sheettest.Row{nil, nil, "Nam", "Nữ"},
		sheettest.Row{"I", "Lãnh đạo phòng"},
		sheettest.Row{1, "NGUYỄN VĂN AN", 1975, nil, "Trưởng phòng"},
		sheettest.Row{2, "Trần Thị Bình", nil, "12/03/1988", "Chuyên viên"},
		sheettest.Row{nil, "Người lập biểu"},
	).Merge("DS", "C4", "D4")
	st, err := sheet.ReadStaff(bytes.NewReader(b.Bytes()), 2026)
	if err != nil {
		t.Fatal(err)
	}
	if !st.OK() || len(st.Rows) != 2 {
		t.Fatalf("problems %v, rows %+v", st.Problems, st.Rows)
	}
	an, binh := st.Rows[0].Person, st.Rows[1].Person
	if an.Name != "Nguyễn Văn An" || an.Sex != people.Male || an.BirthYear != 1975 || an.Position != "Trưởng phòng" {
		t.Errorf("an = %+v", an)
	}
	if binh.Sex != people.Female || binh.BirthYear != 1988 || st.Rows[1].Ref.Line != 8 {
		t.Errorf("binh = %+v at %v", binh, st.Rows[1].Ref)
	}
}

// The CSV path reads the same list; a file that is not a list is refused
// with a message, not a crash.
func TestReadStaffCSV(t *testing.T) {
	csv := "Danh sách cán bộ\nSTT;Họ và tên;Giới tính;Năm sinh;Chức vụ\n1;Lê Thị Ánh;Nữ;1990;Kế toán\n2;Phạm Văn Cường;Nam;1985;Chuyên viên\n"
	st, err := sheet.ReadStaffCSV(strings.NewReader(csv), 2026)
	if err != nil || !st.OK() || len(st.Rows) != 2 || st.Rows[1].Person.Name != "Phạm Văn Cường" {
		t.Fatalf("%+v %v", st, err)
	}
	for _, bad := range []string{"", "a,b,c\n1,2,3\n", "\x00\x01\x02PK"} {
		if _, err := sheet.ReadStaffCSV(strings.NewReader(bad), 2026); err == nil {
			t.Errorf("%q was read", bad)
		}
	}
	if _, err := sheet.ReadStaff(strings.NewReader("PK\x03\x04 not a zip"), 2026); err == nil {
		t.Error("a broken workbook was read")
	}
}
