package storage

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"thidua/model"
)

// Codes of the errors of writing a file (an export, a report, a backup's
// target), each with a message that says what to do.
const (
	EWriteFull   = "file.write_full"
	EWriteDenied = "file.write_denied"
	EWrite       = "file.write"
)

// removeTemp removes a temporary file on the way out of a write that
// failed: the write's error is the one to report, and a file that stays
// keeps its temporary name (.partial, .restoring), never taken for a
// whole one.
func removeTemp(path string) { _ = os.Remove(path) }

// CloseRead closes a file that was only read: its Close has nothing to
// report that the reads did not.
func CloseRead(c io.Closer) { _ = c.Close() }

func closeRead(c io.Closer) { CloseRead(c) }

// WriteAtomic writes a file through write under a temporary name in the
// same folder (made if missing), syncs it and renames it to path, so that a file under the
// final name is always complete: an office PC loses power, a USB stick is
// pulled out, and a half-written file must never be sent or printed. On
// failure the temporary file is removed and the error says why in words
// (a full disk, a read-only folder).
func WriteAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	// A folder typed for the first time (a new one on a USB stick) is made.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return WriteError(path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.partial")
	if err != nil {
		return WriteError(path, err)
	}
	fail := func(err error) error {
		_ = tmp.Close() // err is the failure to report
		removeTemp(tmp.Name())
		return WriteError(path, err)
	}
	if err := write(tmp); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it private
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		removeTemp(tmp.Name())
		return WriteError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		removeTemp(tmp.Name())
		return WriteError(path, err)
	}
	syncDir(dir)
	return nil
}

// WriteError turns the failure to write path into a message for people: a
// full disk and a folder that cannot be written to are named as such.
// Errors that already speak to people pass unchanged.
func WriteError(path string, err error) error {
	var me *model.Error
	var se *sqlite.Error
	switch {
	case errors.As(err, &me):
		return err
	case errors.As(err, &se):
		// VACUUM INTO writes through SQLite, which names the cause its way.
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL:
			return model.Errorf(EWriteFull, path)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			return model.Errorf(EWriteDenied, path)
		}
	case errors.Is(err, syscall.ENOSPC), isDiskFull(err):
		return model.Errorf(EWriteFull, path)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS), isWriteProtected(err):
		return model.Errorf(EWriteDenied, path)
	}
	return model.Errorf(EWrite, path, PathReason(path, err))
}
