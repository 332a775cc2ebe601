package sheet

import (
	"io"

	"thidua/model/people"
	ctable "thidua/model/table"
)

// ReadStaff reads a unit's staff list from a workbook through the bounded
// reader: every sheet's cells, the first sheet with a staff header read
// by people.ReadStaff (year is the period's, for the age check). What is
// wrong in the list is in the result's problems, each with its sheet and
// row.
func ReadStaff(r io.Reader, year int) (_ *people.Staff, err error) {
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
	return people.ReadStaff(sheets, year)
}

// ReadStaffCSV reads a unit's staff list from CSV (title rows above the
// header allowed, ';' separators, UTF-8 or UTF-16) through the same path.
func ReadStaffCSV(r io.Reader, year int) (*people.Staff, error) {
	s, err := csvSheet(r)
	if err != nil {
		return nil, err
	}
	return people.ReadStaff([]ctable.Sheet{s}, year)
}
