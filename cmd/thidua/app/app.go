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
func (s App) DemoCriteria() ([]model.Criterion, error) { return demo.Criteria() }

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
func (s App) ReadCriteriaFile(ctx context.Context, path string, progress func(done, total int)) (*table.Result, error) {
	return ReadCriteriaFile(ctx, path, progress)
}

// ReadCriteriaFile reads a criteria table from a workbook (.xlsx) or a CSV
// file, by its extension. Reading stops when ctx is done; progress, when
// set, is told the megabytes read of the file's size.
func ReadCriteriaFile(ctx context.Context, path string, progress func(done, total int)) (*table.Result, error) {
	var res *table.Result
	err := readFile(ctx, path, progress, func(r io.Reader) (err error) {
		if isWorkbook(path) {
			res, err = sheet.ReadCriteria(r)
		} else {
			res, err = sheet.ReadCriteriaCSV(r)
		}
		return err
	})
	return res, err
}

// ReadUnitsFile reads a list of units from a workbook or CSV file.
func (s App) ReadUnitsFile(ctx context.Context, path string) ([]model.Unit, error) {
	var units []model.Unit
	err := readFile(ctx, path, nil, func(r io.Reader) (err error) {
		if isWorkbook(path) {
			units, err = sheet.ReadUnits(r)
		} else {
			units, err = sheet.ParseUnitsCSV(r)
		}
		return err
	})
	return units, err
}

// readFile opens the regular file at path (a folder is refused by name)
// and gives it to read through a reader that stops when ctx is done and
// tells progress.
func readFile(ctx context.Context, path string, progress func(done, total int), read func(io.Reader) error) error {
	if err := notAFolder(path); err != nil {
		return err
	}
	f, err := storage.OpenRegular(strings.TrimSpace(path))
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }() // only read: the reads said what went wrong
	r := &progressReader{ctx: ctx, r: f, report: progress}
	if st, err := f.Stat(); err == nil {
		r.total = st.Size()
	}
	err = read(r)
	if ctx.Err() != nil {
		return ctx.Err() // stopped: whatever the reader made of it
	}
	return err
}

// progressReader reads r until ctx is done, telling report the megabytes
// read of total.
type progressReader struct {
	ctx         context.Context
	r           io.Reader
	done, total int64
	report      func(done, total int)
}

func (p *progressReader) Read(b []byte) (int, error) {
	if err := p.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := p.r.Read(b)
	p.done += int64(n)
	if p.report != nil {
		p.report(int(p.done>>20), int((p.total+1<<20-1)>>20))
	}
	return n, err
}

func isWorkbook(path string) bool {
	return strings.EqualFold(filepath.Ext(strings.TrimSpace(path)), ".xlsx")
}

// WriteReport writes a period's print-ready workbook at path, whole or not
// at all, telling progress as each unit's sheet is read; its folder is
// remembered for the next export.
func (s App) WriteReport(ctx context.Context, periodID, path string, lang i18n.Lang, progress func(done, total int)) error {
	if err := s.SetSetting(ctx, settingExportDir, filepath.Dir(path)); err != nil {
		return err
	}
	r, err := sheet.BuildReport(ctx, s.DB, periodID, sheet.ReportOptions{Lang: lang, Date: s.DB.Now(), Progress: progress})
	if err != nil {
		return err
	}
	return storage.WriteAtomic(path, func(w io.Writer) error {
		_, err := r.WriteTo(w)
		return err
	})
}

// ExportDir is the folder exports go to: the one chosen last time, else the
// user's Documents folder, else the home folder ("" if even that is
// unknown: the picker then starts where it can).
func (s App) ExportDir(ctx context.Context) (string, error) {
	dir, err := s.Setting(ctx, settingExportDir)
	switch {
	case err != nil:
		return "", err
	case dir != "":
		return dir, nil
	case xdg.UserDirs.Documents != "":
		return xdg.UserDirs.Documents, nil
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home, nil
	}
	return "", nil
}

// The settings that remember folders: where exports and reports went,
// where files were last merged from.
const (
	settingExportDir = "export_dir"
	settingImportDir = "import_dir"
)
