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
// written to it: one stamped with another application id (checkHeader), one
// without an id that holds tables, unless they are an earlier thidua's, and
// one stamped as thidua's whose tables are not thidua's (the stamp is four
// bytes any program can write: a foreign schema behind it was migrated
// over, switched to WAL, and failed on the first query as an internal
// error). An empty or new file becomes thidua's. The file is read through
// an immutable read-only connection, which takes no lock, makes no -wal or
// -shm file and changes nothing.
func checkOwner(ctx context.Context, path string) error {
	appID, ok := headerID(path)
	if !ok || appID != 0 && appID != ApplicationID {
		return nil // missing, empty, or another program's (checkHeader judged it)
	}
	stamped := appID == ApplicationID
	if stamped && walPending(path) {
		// The log beside it, not the main file, holds its latest pages: an
		// immutable read would see a stale file. A thidua database that
		// was not closed cleanly; SQLite's own open recovers it.
		return nil
	}
	s, err := readSchema(ctx, path)
	if err != nil {
		if stamped {
			return nil // SQLite's own open judges it, damage included
		}
		return openError(path, err)
	}
	if s.count == 0 {
		return nil
	}
	ours := s.version > 0
	for _, t := range thiduaTables {
		ours = ours && s.tables[t]
	}
	if ours {
		return nil
	}
	list := strings.Join(s.names, ", ")
	if s.count > len(s.names) {
		list += ", …"
	}
	return model.Errorf(EDBForeign, path, s.count, list)
}

// schema is what checkOwner reads of a file: its schema version, its
// tables (views and triggers named like them are not tables), how many
// items its schema has and the first few, printable.
type schema struct {
	version int
	tables  map[string]bool
	names   []string
	count   int
}

// readSchema reads the schema of the SQLite file at path without changing
// anything.
func readSchema(ctx context.Context, path string) (schema, error) {
	s := schema{tables: map[string]bool{}}
	conn, err := sql.Open("sqlite", dsn(path, "mode=ro", "immutable=1", "_pragma=query_only(1)", "_pragma=trusted_schema(0)"))
	if err != nil {
		return s, err
	}
	defer conn.Close()
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&s.version); err != nil {
		return s, err
	}
	rows, err := conn.QueryContext(ctx, `SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY rowid`)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var typ, name string
		if err := rows.Scan(&typ, &name); err != nil {
			return s, err
		}
		s.count++
		if typ == "table" {
			s.tables[name] = true
		}
		if len(s.names) < 5 {
			s.names = append(s.names, fmt.Sprintf("%s %s", typ, i18n.Printable(name)))
		}
	}
	return s, rows.Err()
}

// walPending reports whether a write-ahead log with pages lies beside the
// database at path.
func walPending(path string) bool {
	st, err := os.Stat(path + "-wal")
	return err == nil && st.Size() > 0
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

// EDBBusy: another program (a SQLite browser, a sync tool) holds a lock
// on the database longer than thidua waits.
const EDBBusy = "db.busy"
