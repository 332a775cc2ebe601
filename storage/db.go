// Package storage keeps thidua's data in one SQLite file (modernc.org/sqlite,
// pure Go): opening with the right pragmas, embedded numbered migrations, one
// file per aggregate, the audit log, and backups.
//
// Every exported method that changes data is one transaction, built from
// unexported helpers that take (ctx, tx, …) so that larger operations (an
// import, a merge) can compose them inside a single transaction. Rows become
// model types at this boundary.
package storage

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"thidua/model"
)

// ApplicationID marks a file as a thidua working database ("THDB" in the
// SQLite header). Exchange files carry another id, so neither can be opened
// as the other by mistake.
const ApplicationID = 0x54484442

// exchangeApplicationID is the id of exchange files ("THDU"), recognised
// here only to give a helpful message.
const exchangeApplicationID = 0x54484455

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open thidua database.
type DB struct {
	rw   *sql.DB // the single writer connection
	ro   *sql.DB // readers; WAL lets them run beside the writer
	path string
	// release gives back the lock beside the file; ident is the file as
	// opened, replaced says it was found replaced (replaced.go).
	release  func()
	ident    os.FileInfo
	replaced atomic.Bool
	// Now returns the current time; tests replace it.
	Now func() time.Time
	// trees are the issued criteria tables already read (trees.go).
	trees treeCache
}

func init() {
	// DSNs here are built in code, never from input; refusing multi-statement
	// pragmas anyway keeps it that way.
	sqlite.StrictPragmas(true)
}

// Open opens the database at path, creating it (and its folder) if missing,
// and brings its schema up to date. It refuses, with a message for people, a
// file that is not a thidua database (before anything is written to it), one
// made by a newer thidua, one that is damaged, and one another program is
// replacing. While it is open, the process holds the lock beside it
// (lock.go), and every write first checks that the file at path is still
// the one opened (replaced.go).
func Open(ctx context.Context, path string) (*DB, error) {
	abs, err := absPath(path)
	if err != nil {
		return nil, err
	}
	if err := checkHeader(abs); err != nil {
		// A file with backups beside it was a thidua database: a header
		// that no longer says so is damage.
		if model.ErrorCode(err) == EDBNotThidua {
			if list, _ := BackupsOf(abs); len(list) > 0 {
				return nil, model.Errorf(EDBCorrupt, abs)
			}
		}
		return nil, err
	}
	// A file with tables that is not thidua's is refused now, read through a
	// read-only connection that changes nothing, not its journal mode nor a
	// byte of it, and leaves nothing beside it.
	if err := checkOwner(ctx, abs); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, model.Errorf(EDBOpen, abs, PathReason(abs, err))
	}
	release, err := lockDB(abs, false)
	if err != nil {
		return nil, err
	}
	db, err := open(ctx, abs)
	if err != nil {
		release()
		return nil, err
	}
	db.release = release
	return db, nil
}

// open opens the database at abs, which the caller has locked.
func open(ctx context.Context, abs string) (*DB, error) {
	// The writer: WAL so readers never block it; synchronous=FULL because
	// an office PC loses power and a committed score must survive it;
	// foreign_keys because SQLite does not check them by default;
	// busy_timeout so a second thidua on the same file waits instead of
	// failing; trusted_schema off so schema objects cannot call functions;
	// _txlock=immediate so every write transaction takes the lock at BEGIN
	// and never fails half-way with SQLITE_BUSY; temp_store in memory
	// because every score written fires the trigger that forgets the
	// unit's kept totals (schema 5), and a statement with a trigger keeps a
	// statement journal: one score's pages, which in a temporary file cost
	// a system call each and doubled the time of a merge.
	rw, err := sql.Open("sqlite", dsn(abs,
		"_pragma=busy_timeout(10000)", "_pragma=journal_mode(WAL)", "_pragma=synchronous(FULL)",
		"_pragma=foreign_keys(1)", "_pragma=trusted_schema(0)", "_pragma=temp_store(MEMORY)", "_txlock=immediate"))
	if err != nil {
		return nil, model.Errorf(EDBOpen, abs, Reason(err))
	}
	rw.SetMaxOpenConns(1)
	db := &DB{rw: rw, path: abs, Now: time.Now}
	err = db.migrate(ctx)
	if err == nil {
		// Reading the schema touches its pages: a file damaged there is
		// caught now, with a message, not on the first screen.
		var n int
		err = rw.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	}
	if err != nil {
		rw.Close()
		return nil, openError(abs, err)
	}
	if db.ident, err = os.Stat(abs); err != nil {
		rw.Close()
		return nil, openError(abs, err)
	}
	// Readers are query-only: a bug can never write through them.
	db.ro, err = sql.Open("sqlite", dsn(abs,
		"_pragma=busy_timeout(10000)", "_pragma=foreign_keys(1)", "_pragma=trusted_schema(0)", "_pragma=query_only(1)"))
	if err != nil {
		rw.Close()
		return nil, model.Errorf(EDBOpen, abs, Reason(err))
	}
	db.ro.SetMaxOpenConns(4)
	return db, nil
}

// absPath is path made absolute.
func absPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", model.Errorf(EDBOpen, path, Reason(err))
	}
	return abs, nil
}

func dirOf(path string) string { return filepath.Dir(path) }

// dsn builds a file: URI for path, made absolute. The path is escaped
// (office folders hold spaces, '#' and Vietnamese letters) and given a
// leading slash on Windows ("file:/C:/…").
func dsn(path string, params ...string) string {
	// A relative path would become one from the root ("file:/backups/…"):
	// restore --from a backup named relative to the folder failed as
	// "damaged or not thidua's".
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file:" + (&url.URL{Path: p}).EscapedPath() + "?" + strings.Join(params, "&")
}

// checkHeader looks at an existing file before SQLite does, so that a wrong
// file gets a clear message and is never modified.
func checkHeader(path string) error {
	// Opened without waiting on a named pipe: os.Open of a pipe named as
	// the database (or as a backup to restore) waited for a writer forever.
	f, err := openNoBlock(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return model.Errorf(EDBOpen, path, PathReason(path, err))
	}
	defer closeRead(f)
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return model.Errorf(EDBIsDir, path)
	} else if err == nil && !st.Mode().IsRegular() {
		return model.Errorf(ENotRegular, path, KindOf(st.Mode()))
	}
	var h [100]byte
	n, err := io.ReadFull(f, h[:])
	if n == 0 {
		return nil // an empty file: SQLite makes a database of it
	}
	if err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return model.Errorf(EDBNotThidua, path)
	}
	switch binary.BigEndian.Uint32(h[68:72]) {
	case ApplicationID, 0:
		return nil
	case exchangeApplicationID:
		return model.Errorf(EDBIsExchange, path)
	}
	return model.Errorf(EDBNotThidua, path)
}

// openError turns SQLite's corruption errors into a message for people.
func openError(path string, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return model.Errorf(EDBCorrupt, path)
		}
	}
	return model.Errorf(EDBOpen, path, PathReason(path, err))
}

// Path returns the database's file path.
func (db *DB) Path() string { return db.path }

// Close checkpoints the write-ahead log into the main file and closes it, so
// the database is one self-contained file again.
func (db *DB) Close() error {
	var errs []error
	if db.ro != nil {
		errs = append(errs, db.ro.Close())
	}
	errs = append(errs, db.rw.Close())
	if db.release != nil {
		db.release()
		db.release = nil
	}
	return errors.Join(errs...)
}

// Tx is a transaction with the moment it started, used for every timestamp
// it writes so that one change has one time.
type Tx struct {
	*sql.Tx
	now       time.Time
	installID string               // loaded on first audit write
	stmts     map[string]*sql.Stmt // see exec
	trees     *treeCache           // the database's issued tables, read once
	// dropped are the scores a setup's new criteria table could not keep
	// (criterion removed, or above its lowered maximum), each a warning
	// naming the criterion and the points typed.
	dropped []*model.Error
}

// exec runs a statement prepared once per transaction: a merge writes the
// same few statements thousands of times, and preparing one costs more than
// running it. The statements close with the transaction.
func (tx *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	stmt, err := tx.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return stmt.ExecContext(ctx, args...)
}

// queryRow reads one row through a statement prepared once per
// transaction, as exec writes: the province's board reads the same few
// rows for each of forty blocs, and preparing them each time was a third
// of the read.
func (tx *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	stmt, err := tx.prepared(ctx, query)
	if err != nil {
		return tx.QueryRowContext(ctx, query, args...) // the same error, in a Row
	}
	return stmt.QueryRowContext(ctx, args...)
}

// prepared returns the transaction's statement for query, prepared on its
// first use. A statement's rows must be read to the end (or closed) before
// it runs again: queryRow and scanEach do.
func (tx *Tx) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if stmt, ok := tx.stmts[query]; ok {
		return stmt, nil
	}
	stmt, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if tx.stmts == nil {
		tx.stmts = map[string]*sql.Stmt{}
	}
	tx.stmts[query] = stmt
	return stmt, nil
}

// Now returns the transaction's time.
func (tx *Tx) Now() time.Time { return tx.now }

// stamp returns the transaction's time as stored.
func (tx *Tx) stamp() string { return tx.now.UTC().Format(time.RFC3339) }

// write runs fn in one write transaction: committed if fn returns nil,
// rolled back otherwise. A database file replaced or removed under the
// process is never written (replaced.go).
func (db *DB) write(ctx context.Context, fn func(*Tx) error) error {
	if err := db.checkIdentity(); err != nil {
		return err
	}
	if err := db.run(ctx, db.rw, fn); err != nil {
		return err
	}
	// Replaced between the check and the commit: what was written went to
	// the old file, not to the one at the path, and is not reported saved.
	return db.checkIdentity()
}

// read runs fn in a read transaction: one consistent snapshot.
func (db *DB) read(ctx context.Context, fn func(*Tx) error) error {
	return db.run(ctx, db.ro, fn)
}

func (db *DB) run(ctx context.Context, pool *sql.DB, fn func(*Tx) error) error {
	if pool == nil {
		pool = db.rw
	}
	sqlTx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return db.damage(err)
	}
	tx := &Tx{Tx: sqlTx, now: db.Now(), trees: &db.trees}
	if err := fn(tx); err != nil {
		sqlTx.Rollback()
		return db.damage(err)
	}
	return db.damage(sqlTx.Commit())
}

// damage turns SQLite's report of a damaged file, met in any query, into
// EDBCorrupt, which the interface answers by offering a backup, and a lock
// another program (not thidua: that one holds the lock file) kept on the
// file past the busy timeout into EDBBusy, which says to close it; other
// errors pass unchanged.
func (db *DB) damage(err error) error {
	var se *sqlite.Error
	if err != nil && errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return model.Errorf(EDBCorrupt, db.path)
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return model.Errorf(EDBBusy, db.path).WithCause(err)
		}
	}
	return err
}

// formatTime stores a time as RFC 3339 UTC, or "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// formatDate stores a calendar date ("2019-12-31"), or "".
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseTime reads a stored time or date; "" is the zero time.
func parseTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Integrity runs SQLite's integrity check and returns its verdict: "ok" for a
// sound file.
func (db *DB) Integrity(ctx context.Context) (string, error) {
	var verdict string
	err := db.ro.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&verdict)
	return verdict, err
}
