package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/model"
)

// Codes of the recovery errors.
const (
	ENoBackup      = "db.no_backup"
	EBackupBad     = "db.backup_bad"
	ERestore       = "db.restore"
	ERestoreInside = "db.restore_inside"
)

// Damaged reports whether err says the database file cannot be read as a
// sound thidua database: damaged pages, or a header that no longer says
// what it is. Restoring a backup is the remedy for both.
func Damaged(err error) bool {
	switch model.ErrorCode(err) {
	case EDBCorrupt, EDBNotThidua:
		return true
	}
	return false
}

// QuickCheck reads every page of the database and reports damage as an
// EDBCorrupt error. It takes time in proportion to the file's size, so the
// interface runs it after its first frame.
func (db *DB) QuickCheck(ctx context.Context) error {
	rows, err := db.ro.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return openError(db.path, err)
	}
	defer rows.Close()
	var first string // the first line of the check's report: "ok" or a problem
	if rows.Next() {
		if err := rows.Scan(&first); err != nil {
			return openError(db.path, err)
		}
	}
	if err := rows.Err(); err != nil {
		return openError(db.path, err)
	}
	if first != "ok" {
		return model.Errorf(EDBCorrupt, db.path)
	}
	return nil
}

// BackupFile is one backup of a database.
type BackupFile struct {
	Path   string
	Time   time.Time // when it was taken (from its name)
	Reason string    // the ASCII reason in its name ("truoc-khi-nhap-diem")
	Size   int64
}

// BackupsOf lists the backups of the database at path, newest first. It
// does not open the database, so it works when the database is damaged.
func BackupsOf(path string) ([]BackupFile, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	names, err := listBackups(BackupDir(abs), base+"-")
	if err != nil {
		return nil, err
	}
	var out []BackupFile
	for _, n := range names {
		st, err := os.Stat(n)
		if err != nil {
			continue
		}
		b := BackupFile{Path: n, Size: st.Size(), Time: st.ModTime()}
		// "<base>-20191231-153000123-reason.db"
		rest := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(n), base+"-"), ".db")
		if parts := strings.SplitN(rest, "-", 3); len(parts) >= 2 {
			if t, err := time.ParseInLocation("20060102150405", parts[0]+parts[1][:min(6, len(parts[1]))], time.Local); err == nil {
				b.Time = t
			}
			if len(parts) == 3 {
				b.Reason = parts[2]
			}
		}
		out = append(out, b)
	}
	return out, nil
}

// CheckBackup opens a backup read-only and checks that it is a sound thidua
// database this build can open. Nothing is written to it.
func CheckBackup(ctx context.Context, path string) error {
	if err := checkHeader(path); err != nil {
		return model.Errorf(EBackupBad, path, err)
	}
	// Stamped as thidua's is not enough: another program's tables behind
	// the stamp would be put in place of the database.
	if err := checkOwner(ctx, path); err != nil {
		return model.Errorf(EBackupBad, path, err)
	}
	conn, err := sql.Open("sqlite", dsn(path, "mode=ro", "_pragma=query_only(1)"))
	if err != nil {
		return model.Errorf(EBackupBad, path, Reason(err))
	}
	defer conn.Close()
	var version, appID int
	var verdict string
	err = conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version)
	if err == nil {
		err = conn.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID)
	}
	if err == nil {
		err = conn.QueryRowContext(ctx, "PRAGMA quick_check").Scan(&verdict)
	}
	switch {
	case err != nil:
		return model.Errorf(EBackupBad, path, PathReason(path, err))
	case appID != ApplicationID || version < 1:
		return model.Errorf(EBackupBad, path, model.Errorf(EDBNotThidua, path))
	case version > SchemaVersion():
		return model.Errorf(EBackupBad, path, model.Errorf(EDBNewer, path, version, SchemaVersion()))
	case verdict != "ok":
		return model.Errorf(EBackupBad, path, model.Errorf(RDamaged).WithCause(errors.New(verdict)))
	}
	return nil
}

// Restore puts a backup in place of the database at path, which must not be
// open. The backup is checked first; the file it replaces is never deleted
// but moved aside, beside it, as "<name>-before-restore-<time>.db" (with its
// write-ahead log), and that name is returned. The copy is written under a
// temporary name, synced and renamed, so the database is at every moment
// either the old file or the whole backup.
func Restore(ctx context.Context, path, backup string, now time.Time) (aside string, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", model.Errorf(ERestore, path, Reason(err))
	}
	if filepath.Clean(backup) == abs {
		return "", model.Errorf(ERestoreInside, backup)
	}
	if err := CheckBackup(ctx, backup); err != nil {
		return "", err
	}
	// Never under a program that has the database open: it would go on
	// writing into the file moved aside.
	release, err := LockExclusive(abs)
	if err != nil {
		return "", err
	}
	defer release()
	tmp := abs + ".restoring"
	if err := copyFile(backup, tmp); err != nil {
		removeTemp(tmp)
		return "", model.Errorf(ERestore, abs, PathReason(abs, err))
	}
	base := strings.TrimSuffix(abs, filepath.Ext(abs))
	if _, err := os.Stat(abs); err == nil {
		aside = fmt.Sprintf("%s-before-restore-%s.db", base, now.Format("20060102-150405"))
		if err := os.Rename(abs, aside); err != nil {
			removeTemp(tmp)
			return "", model.Errorf(ERestore, abs, PathReason(abs, err))
		}
		// The old file's log belongs with it, never with the restored file.
		for _, suffix := range []string{"-wal", "-shm"} {
			if _, err := os.Stat(abs + suffix); err == nil {
				if err := os.Rename(abs+suffix, aside+suffix); err != nil {
					removeTemp(tmp)
					return "", putBack(aside, abs, model.Errorf(ERestore, abs, PathReason(abs, err)))
				}
			}
		}
	}
	if err := os.Rename(tmp, abs); err != nil {
		removeTemp(tmp)
		err = model.Errorf(ERestore, abs, PathReason(abs, err))
		if aside != "" {
			err = putBack(aside, abs, err)
		}
		return "", err
	}
	syncDir(filepath.Dir(abs))
	return aside, nil
}

// NewestGoodBackup returns the newest backup of the database at path that
// passes CheckBackup, or an ENoBackup error.
func NewestGoodBackup(ctx context.Context, path string) (BackupFile, error) {
	list, err := BackupsOf(path)
	if err != nil {
		return BackupFile{}, model.Errorf(ENoBackup, BackupDir(path))
	}
	for _, b := range list {
		if CheckBackup(ctx, b.Path) == nil {
			return b, nil
		}
	}
	return BackupFile{}, model.Errorf(ENoBackup, BackupDir(path))
}

// putBack moves the database set aside back in place after a restore that
// failed, and adds to cause where it stays if that fails too.
func putBack(aside, abs string, cause error) error {
	if err := os.Rename(aside, abs); err != nil {
		return errors.Join(cause, fmt.Errorf("the database stays at %s: %w", aside, err))
	}
	return cause
}

// copyFile copies src to dst and syncs dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer closeRead(in)
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close() // the failed copy is what to report
		return err
	}
	if err := out.Sync(); err != nil {
		_ = out.Close() // the failed Sync is what to report
		return err
	}
	return out.Close()
}
