package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"thidua/model"
)

// KeepBackups is how many automatic backups are kept per database.
const KeepBackups = 10

// BackupDir is the folder that holds the backups of the database at path:
// "backups" beside it.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

// Backup writes a consistent copy of the database to a dated file in the
// backups folder and keeps the newest KeepBackups of them. It is taken before
// any operation that replaces data. The copy is made with VACUUM INTO (never
// by copying the live file, whose recent commits may still sit in the WAL),
// written under a temporary name, synced, then renamed, so a backup file
// that exists is complete.
func (db *DB) Backup(ctx context.Context, reason string) (string, error) {
	dir := BackupDir(db.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", backupError(dir, err)
	}
	base := strings.TrimSuffix(filepath.Base(db.path), filepath.Ext(db.path))
	stamp := db.Now().Format("20060102-150405.000")
	stamp = strings.Replace(stamp, ".", "", 1)
	name := fmt.Sprintf("%s-%s-%s.db", base, stamp, slug(reason))
	final := filepath.Join(dir, name)
	tmp := final + ".partial"
	removeTemp(tmp)
	if _, err := db.rw.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		removeTemp(tmp)
		return "", backupError(dir, err)
	}
	if err := syncFile(tmp); err != nil {
		removeTemp(tmp)
		return "", backupError(dir, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		removeTemp(tmp)
		return "", backupError(dir, err)
	}
	syncDir(dir)
	if err := pruneBackups(dir, base+"-", KeepBackups); err != nil {
		return final, err
	}
	return final, nil
}

// Backups lists the backups of this database, newest first.
func (db *DB) Backups() ([]string, error) {
	base := strings.TrimSuffix(filepath.Base(db.path), filepath.Ext(db.path))
	return listBackups(BackupDir(db.path), base+"-")
}

func listBackups(dir, prefix string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, prefix) && strings.HasSuffix(n, ".db") {
			out = append(out, filepath.Join(dir, n))
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(out))) // names carry the time
	return out, nil
}

func pruneBackups(dir, prefix string, keep int) error {
	list, err := listBackups(dir, prefix)
	if err != nil {
		return err
	}
	for _, old := range list[min(keep, len(list)):] {
		if err := os.Remove(old); err != nil {
			return err
		}
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close() // the failed Sync is what to report
		return err
	}
	return f.Close()
}

// syncDir makes a rename durable where the system allows it (not Windows).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync() // a folder cannot be synced everywhere: best effort
		closeRead(f)
	}
}

// slug turns a reason into an ASCII file-name part.
func slug(s string) string {
	s = model.Fold(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		out = "backup"
	}
	if len(out) > 40 {
		out = out[:40]
	}
	return out
}

// backupError says why a backup could not be written: a full disk and a
// folder that cannot be written to in words, anything else as SQLite or
// the system put it.
func backupError(dir string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_FULL:
			return model.Errorf(EBackupFull, dir)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			return model.Errorf(EBackupDenied, dir)
		}
		return model.Errorf(EBackup, dir, Reason(err))
	}
	switch model.ErrorCode(WriteError(dir, err)) {
	case EWriteFull:
		return model.Errorf(EBackupFull, dir)
	case EWriteDenied:
		return model.Errorf(EBackupDenied, dir)
	}
	return model.Errorf(EBackup, dir, PathReason(dir, err))
}
