package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"thidua/model"
	"thidua/model/i18n"
)

func unitsBook(t *testing.T, rows ...[]any) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func TestReadUnits(t *testing.T) {
	b := unitsBook(t,
		[]any{"DANH SÁCH ĐƠN VỊ THÀNH VIÊN CỤM THI ĐUA SỐ 3"},
		[]any{},
		[]any{"Mã", "Tên đơn vị", "Tên gọn"},
		[]any{"xuanlanh", "Ủy ban nhân dân xã Xuân Lãnh", "Xuân Lãnh"},
		[]any{"XUANPHUOC", "Ủy ban nhân dân xã Xuân Phước"},
	)
	units, err := ReadUnits(b)
	if err != nil || len(units) != 2 || units[0].Code != "XUANLANH" || units[1].Name != "Ủy ban nhân dân xã Xuân Phước" {
		t.Fatalf("units = %+v, %v", units, err)
	}
	bad := unitsBook(t, []any{"Mã", "Tên đơn vị"}, []any{"A", "Xã An"}, []any{"A", "Xã Ấn"})
	_, err = ReadUnits(bad)
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "Sheet1") || !strings.Contains(msg, "mã A đã có ở dòng 2") {
		t.Errorf("duplicate: %q", msg)
	}
}
