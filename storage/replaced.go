package storage

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// checkIdentity refuses to write when the file at the database's path is
// no longer the one opened: another program restored a backup over it,
// moved it or deleted it. SQLite would go on writing into the old file
// (renamed, or deleted but still open), and a value shown as saved would not
// be in the file at the path. Once found, the database stays refused until
// it is opened again.
func (db *DB) checkIdentity() error {
	if db.ident == nil {
		return nil
	}
	if db.replaced.Load() {
		return model.Errorf(EDBReplaced, db.path)
	}
	st, err := os.Stat(db.path)
	if err == nil && os.SameFile(st, db.ident) {
		return nil
	}
	db.replaced.Store(true)
	return model.Errorf(EDBReplaced, db.path)
}

// Replaced reports whether the file at the database's path is no longer
// the one opened (the interface checks it now and then, to say so before
// the person types into a file that is gone).
func (db *DB) Replaced() error { return db.checkIdentity() }

// CheckFile tells, without writing anything (not even the lock file beside
// it), whether the file at path may be opened as a thidua database: missing,
// empty, or thidua's own. Commands that take the lock before opening (demo)
// call it first.
func CheckFile(ctx context.Context, path string) error {
	abs, err := absPath(path)
	if err != nil {
		return err
	}
	if err := checkHeader(abs); err != nil {
		return err
	}
	return checkOwner(ctx, abs)
}

// thiduaTables are tables every thidua database has had since its first
// schema: a database without an application id but with these (and a
// schema version) was made by an earlier thidua.
var thiduaTables = []string{"installation", "bloc", "unit", "criteria_version", "criterion", "period", "score", "audit"}

// checkOwner refuses a SQLite file that is not thidua's before anything is
// written to it: one stamped with another application id (checkHeader), or
// one without an id that holds tables, unless they are an earlier thidua's.
// An empty or new file becomes thidua's. The file is read through an
// immutable read-only connection, which takes no lock, makes no -wal or
// -shm file and changes nothing.
func checkOwner(ctx context.Context, path string) error {
	appID, ok := headerID(path)
	if !ok || appID != 0 {
		return nil // missing, empty, or stamped (checkHeader judged it)
	}
	conn, err := sql.Open("sqlite", dsn(path, "mode=ro", "immutable=1", "_pragma=query_only(1)", "_pragma=trusted_schema(0)"))
	if err != nil {
		return model.Errorf(EDBOpen, path, Reason(err))
	}
	defer conn.Close()
	var version int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return openError(path, err)
	}
	rows, err := conn.QueryContext(ctx, `SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY rowid`)
	if err != nil {
		return openError(path, err)
	}
	defer rows.Close()
	tables := map[string]bool{}
	var names []string
	count := 0
	for rows.Next() {
		var typ, name string
		if err := rows.Scan(&typ, &name); err != nil {
			return openError(path, err)
		}
		count++
		if typ == "table" {
			tables[name] = true
		}
		if len(names) < 5 {
			names = append(names, fmt.Sprintf("%s %s", typ, i18n.Printable(name)))
		}
	}
	if err := rows.Err(); err != nil {
		return openError(path, err)
	}
	if count == 0 {
		return nil
	}
	ours := version > 0
	for _, t := range thiduaTables {
		ours = ours && tables[t]
	}
	if ours {
		return nil
	}
	list := strings.Join(names, ", ")
	if count > len(names) {
		list += ", …"
	}
	return model.Errorf(EDBForeign, path, count, list)
}

// headerID reads the application id of an existing SQLite file; ok is
// false for a missing or empty file.
func headerID(path string) (id uint32, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer closeRead(f)
	var h [72]byte
	if n, _ := f.ReadAt(h[:], 0); n < len(h) {
		return 0, false
	}
	return uint32(h[68])<<24 | uint32(h[69])<<16 | uint32(h[70])<<8 | uint32(h[71]), true
}

// EDBForeign: a SQLite file of another program.
const EDBForeign = "db.foreign"
