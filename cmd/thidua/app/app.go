package app

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/table"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/sheet"
)

// App is the database with what the interface and the command line need
// beyond it: the demo, the files a person points at, the report and the
// exchange files.
type App struct {
	*storage.DB
	// Version is written in the manifests of exchange files.
	Version string
	// Check runs first on each incoming exchange file (the binary checks it
	// in a child process, so that a fault in SQLite cannot take the
	// interface down with what was typed); nil checks in-process only.
	Check func(ctx context.Context, path string) error
}

// WriteDemo fills an empty database with the demo bloc.
func (s App) WriteDemo(ctx context.Context) error { return demo.Write(ctx, s.DB) }

// DemoCriteria returns the demo's criteria table, to start a bloc from.
func (s App) DemoCriteria() []model.Criterion {
	rows, err := demo.Criteria()
	if err != nil {
		panic("the embedded demo table does not parse: " + err.Error())
	}
	return rows
}

// notAFolder refuses a folder given where a file is expected, with a
// message that says so (a folder is not "maybe a Word file").
func notAFolder(path string) error {
	if st, err := os.Stat(strings.TrimSpace(path)); err == nil && st.IsDir() {
		return model.Errorf(EFolderNotFile, filepath.Base(strings.TrimSpace(path)))
	}
	return nil
}

// EFolderNotFile: a folder was given where a file is expected.
const EFolderNotFile = "pick.folder_not_file"

// ReadCriteriaFile reads a criteria table from a workbook or CSV file
// through the one import path: the table, its problems and notes, and the
// rules read from its guidance, for the preview.
func (s App) ReadCriteriaFile(path string) (*table.Result, error) {
	return ReadCriteriaFile(path)
}

// ReadCriteriaFile reads a criteria table from a workbook (.xlsx) or a CSV
// file, by its extension.
func ReadCriteriaFile(path string) (*table.Result, error) {
	if err := notAFolder(path); err != nil {
		return nil, err
	}
	path = strings.TrimSpace(path)
	f, err := storage.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if isWorkbook(path) {
		return sheet.ReadCriteria(f)
	}
	return sheet.ReadCriteriaCSV(f)
}

// ReadUnitsFile reads a list of units from a workbook or CSV file.
func (s App) ReadUnitsFile(path string) ([]model.Unit, error) {
	if err := notAFolder(path); err != nil {
		return nil, err
	}
	f, err := storage.OpenRegular(strings.TrimSpace(path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if isWorkbook(path) {
		return sheet.ReadUnits(f)
	}
	return sheet.ParseUnitsCSV(f)
}

func isWorkbook(path string) bool {
	return strings.EqualFold(filepath.Ext(strings.TrimSpace(path)), ".xlsx")
}

// WriteReport writes a period's print-ready workbook.
func (s App) WriteReport(ctx context.Context, periodID, path string, lang i18n.Lang) error {
	r, err := sheet.BuildReport(ctx, s.DB, periodID, sheet.ReportOptions{Lang: lang, Date: s.DB.Now()})
	if err != nil {
		return err
	}
	return storage.WriteAtomic(path, func(w io.Writer) error {
		_, err := r.WriteTo(w)
		return err
	})
}

// ExportDir is the folder exports go to: the one chosen last time, else the
// user's Documents folder.
func (s App) ExportDir(ctx context.Context) string {
	if dir, _ := s.Setting(ctx, "export_dir"); dir != "" {
		return dir
	}
	if xdg.UserDirs.Documents != "" {
		return xdg.UserDirs.Documents
	}
	home, _ := os.UserHomeDir()
	return home
}
