package app

import (
	"context"
	"io"

	"thidua/model"
	"thidua/model/people"
	"thidua/storage"
	"thidua/storage/sheet"
)

// ReadStaffFile reads a unit's staff list from a workbook (.xlsx) or a CSV
// file through the bounded readers: the people, and the problems and
// notes with their sheet and row. year is the period's, for the age check.
func ReadStaffFile(ctx context.Context, path string, year int) (*people.Staff, error) {
	var st *people.Staff
	err := readFile(ctx, path, nil, func(r io.Reader) (err error) {
		if isWorkbook(path) {
			st, err = sheet.ReadStaff(r, year)
		} else {
			st, err = sheet.ReadStaffCSV(r, year)
		}
		return err
	})
	return st, err
}

// EStaffProblems: the list read has problems; nothing was written.
const EStaffProblems = "people_app.problems"

// ImportStaffFile reads a staff list and writes it for unitID, all or
// nothing: a list with any problem is refused (the problems are in the
// staff returned, each with its place) and nothing is written.
func (s App) ImportStaffFile(ctx context.Context, actor model.Actor, unitID, path string, year int) (*people.Staff, storage.StaffImport, error) {
	st, err := ReadStaffFile(ctx, path, year)
	if err != nil {
		return nil, storage.StaffImport{}, err
	}
	if !st.OK() {
		return st, storage.StaffImport{}, model.Errorf(EStaffProblems, len(st.Problems))
	}
	res, err := s.ImportStaff(ctx, actor, unitID, st.People(), path)
	return st, res, err
}
