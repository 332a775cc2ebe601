package sheet

import (
	"io"
	"regexp"

	"thidua/model"
	ctable "thidua/model/table"
)

// ReadCriteria reads a criteria table from a workbook through the one
// import path (model/table), in the shapes provinces send them: title rows
// above a header row (possibly two rows, with a merged "Điểm" over its
// sub-columns, and a row numbering the columns), the office's numbering,
// bonus and deduction parts recognised by their headings even below the
// "Tổng cộng" row, notes and signatures after the table. The first sheet
// that holds such a table is read; thidua's own export reads back exactly.
//
// A file that is not a usable workbook, or a sheet in a legacy font, is
// refused with the sheet, the row and the reason; what is wrong inside the
// table is in the result's problems, each with its sheet and row.
func ReadCriteria(r io.Reader) (_ *ctable.Result, err error) {
	defer recoverRead(&err) // no file, however odd, crashes thidua
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer closeRead(f)
	sheets, err := sheetCells(f)
	if err != nil {
		return nil, err
	}
	return ctable.Read(sheets)
}

// sheetCells reads every sheet of a workbook that is not blank as cells,
// refusing one in an old Vietnamese font; a workbook of blank sheets is
// refused naming the first.
func sheetCells(f *workbook) ([]ctable.Sheet, error) {
	var sheets []ctable.Sheet
	var why error
	for _, s := range f.sheets {
		g, err := readGrid(f, s)
		if err != nil {
			return nil, err
		}
		if g.blank() {
			if why == nil {
				why = model.Errorf(EEmpty, s.name)
			}
			continue
		}
		if err := g.checkLegacy(); err != nil {
			return nil, err
		}
		sheets = append(sheets, g.cells())
	}
	if len(sheets) == 0 {
		return nil, why
	}
	return sheets, nil
}

// totalRE recognises the row that adds a score sheet up ("Tổng cộng",
// "Tổng số điểm", "Cộng").
var totalRE = regexp.MustCompile(`^(tong cong|tong so diem|tong diem|cong diem|total)\b|^cong$`)
