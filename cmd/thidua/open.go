package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
)

// dbPath is the database a command works on: --db, else THIDUA_DB, else
// thidua.db in the user's local data folder (%LOCALAPPDATA%\thidua on
// Windows, never the roaming profile).
func (c *cli) dbPath() string {
	if c.db != "" {
		return c.db
	}
	if p := c.io.getenv("THIDUA_DB"); p != "" {
		return p
	}
	return filepath.Join(xdg.DataHome, "thidua", "thidua.db")
}

// open opens the database; it must already hold a bloc unless fresh is set.
func (c *cli) open(ctx context.Context) (*storage.DB, error) {
	path := c.dbPath()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, model.Errorf("cli.no_db", path)
	}
	return storage.Open(ctx, path)
}

// session is an open database, who writes through it, and the period a
// command works on.
type session struct {
	db     *storage.DB
	actor  model.Actor
	period model.Period
}

// session opens the database, works out the acting role (--as) and finds
// the period (the latest one when code is empty). The caller closes s.db.
func (c *cli) session(ctx context.Context, as, periodCode string) (*session, error) {
	db, err := c.open(ctx)
	if err != nil {
		return nil, err
	}
	s := &session{db: db}
	if s.actor, err = c.actor(ctx, db, as); err == nil {
		s.period, err = period(ctx, db, periodCode)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// openTable opens a table given on the command line, a workbook (.xlsx)
// or a CSV file, and says which it is; other formats are a usage mistake.
func (c *cli) openTable(file string) (f *os.File, xlsx bool, err error) {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".xlsx":
		xlsx = true
	case ".csv", ".txt":
	default:
		return nil, false, usageError{i18n.T(c.lang, "sheet.cli.formats", file)}
	}
	if f, err = storage.OpenRegular(file); err != nil {
		return nil, false, err
	}
	return f, xlsx, nil
}

// removeUnfinished removes a database this command made and could not
// finish, so that nothing half-made is left, and returns the error that
// stopped the command, with the removal's own if it failed too.
func removeUnfinished(path string, cause error) error {
	if err := storage.RemoveDatabase(path); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// closeRead closes a file that was only read: its Close has nothing to
// report that the reads did not.
func closeRead(f io.Closer) { _ = f.Close() }
