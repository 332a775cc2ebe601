package storage

import (
	"archive/zip"
	"context"
	"encoding/xml"
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

// The operating system, SQLite, zip and XML readers explain their failures
// in English and in their own terms ("attempt to write a readonly database
// (1544)", "file name too long", "flate: corrupt input"). None of that is
// shown to a person: every such error becomes one of a few named reasons,
// translated and saying what to do, and the technical text stays in the
// error's cause, shown only by --debug.

// Codes of the reasons; each is a message id (catalog_trust.go) that
// completes a sentence such as "Cannot open the database X: …".
const (
	RReadOnly    = "reason.read_only"
	RDenied      = "reason.denied"
	RDiskFull    = "reason.disk_full"
	RNameTooLong = "reason.name_too_long"
	RNotFolder   = "reason.not_folder"
	RIsFolder    = "reason.is_folder"
	RNotFound    = "reason.not_found"
	RDamaged     = "reason.damaged"
	RTooLarge    = "reason.too_large"
	RInUse       = "reason.in_use"
	RDevice      = "reason.device"
	RInterrupted = "reason.interrupted"
	ROther       = "reason.other"
)

// Reason returns the named reason of a failure, err kept as its cause; an
// error that already speaks to people (a model.Error) is returned as it is.
func Reason(err error) *model.Error {
	var me *model.Error
	if errors.As(err, &me) {
		return me
	}
	return model.Errorf(reasonCode(err)).WithCause(err)
}

func reasonCode(err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_READONLY:
			return RReadOnly
		case sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
			return RDenied
		case sqlite3.SQLITE_FULL:
			return RDiskFull
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT:
			return RDamaged
		case sqlite3.SQLITE_TOOBIG:
			return RTooLarge
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return RInUse
		case sqlite3.SQLITE_IOERR:
			return RDevice
		case sqlite3.SQLITE_INTERRUPT:
			return RInterrupted
		case sqlite3.SQLITE_CANTOPEN:
			return ROther // the path's own reason is found by PathReason
		}
		return ROther
	}
	var xe *xml.SyntaxError
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return RInterrupted
	case errors.Is(err, syscall.ENOSPC), isDiskFull(err):
		return RDiskFull
	case errors.Is(err, syscall.EROFS), isWriteProtected(err):
		return RReadOnly
	case errors.Is(err, fs.ErrPermission):
		return RDenied
	case errors.Is(err, syscall.ENAMETOOLONG), isNameTooLong(err):
		return RNameTooLong
	case errors.Is(err, syscall.ENOTDIR), isNotFolder(err):
		return RNotFolder
	case errors.Is(err, syscall.EISDIR):
		return RIsFolder
	case errors.Is(err, fs.ErrNotExist):
		return RNotFound
	case isInUse(err):
		return RInUse
	case errors.Is(err, syscall.EIO), errors.Is(err, syscall.ENXIO):
		return RDevice
	case errors.Is(err, syscall.EFBIG):
		return RTooLarge
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm),
		errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &xe):
		return RDamaged
	}
	return ROther
}

// PathReason explains why path cannot be used, looking at the path itself
// when err does not say (SQLite's "unable to open database file"): a
// folder on the way that is a file or missing, a name too long, a folder
// that is read-only.
func PathReason(path string, err error) *model.Error {
	r := Reason(err)
	if r.Code != ROther {
		return r
	}
	if len(filepath.Base(path)) > 255 {
		return model.Errorf(RNameTooLong).WithCause(err)
	}
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		st, statErr := os.Stat(dir)
		switch {
		case statErr == nil && !st.IsDir():
			return model.Errorf(RNotFolder).WithCause(err)
		case statErr == nil:
			if st, err2 := os.Stat(path); err2 == nil && st.IsDir() {
				return model.Errorf(RIsFolder).WithCause(err)
			}
			if !writable(dir) {
				return model.Errorf(RReadOnly).WithCause(err)
			}
			return r
		case errors.Is(statErr, syscall.ENOTDIR):
			return model.Errorf(RNotFolder).WithCause(err)
		case errors.Is(statErr, syscall.ENAMETOOLONG):
			return model.Errorf(RNameTooLong).WithCause(err)
		}
		if filepath.Dir(dir) == dir {
			return r
		}
	}
}

// writable reports whether a file can be made in dir.
func writable(dir string) bool {
	f, err := os.CreateTemp(dir, ".thidua-probe-*")
	if err != nil {
		return false
	}
	_ = f.Close() // an empty probe
	removeTemp(f.Name())
	return true
}

// FileError is the failure to use the file at path, for people.
func FileError(path string, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	return model.Errorf(EFile, path, PathReason(path, err))
}

// EFile: a file cannot be used, with its reason.
const EFile = "file.cannot_use"
