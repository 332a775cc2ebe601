package exchange

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage/exchange/wire"
)

// untrusted is a connection to a file from outside. It is never the main
// database's pool, never ATTACHed, and every query runs on its one
// connection, which carries the limits.
type untrusted struct {
	db   *sql.DB
	conn *sql.Conn
}

// limits tighten SQLite for a hostile file (merge.md §2.7 A5).
var limits = map[int]int{
	sqlite3.SQLITE_LIMIT_LENGTH:              1 << 20,
	sqlite3.SQLITE_LIMIT_SQL_LENGTH:          100_000,
	sqlite3.SQLITE_LIMIT_COLUMN:              64,
	sqlite3.SQLITE_LIMIT_EXPR_DEPTH:          100,
	sqlite3.SQLITE_LIMIT_COMPOUND_SELECT:     10,
	sqlite3.SQLITE_LIMIT_ATTACHED:            0,
	sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH:       1,
	sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER:     100,
	sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 100,
	sqlite3.SQLITE_LIMIT_FUNCTION_ARG:        8,
}

// openUntrusted is the only way thidua opens a file it did not make: a
// private staging copy, read-only and immutable (no journal, no locks, no
// sidecar files), defensive, with schema functions untrusted, cell sizes
// checked, no memory mapping, writes refused, and tight limits including no
// ATTACH. Its page cache is small (512 KiB, not 2 MiB): a file is read
// once, table by table, and a province reads a second one while it
// applies the first.
func openUntrusted(ctx context.Context, path string) (*untrusted, error) {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	dsn := "file:" + (&url.URL{Path: p}).EscapedPath() + "?mode=ro&immutable=1&_defensive=1" +
		"&_pragma=trusted_schema(0)&_pragma=cell_size_check(1)&_pragma=mmap_size(0)&_pragma=query_only(1)&_pragma=cache_size(-512)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	cctx, cancel := context.WithTimeout(ctx, queryTimeout)
	defer cancel()
	conn, err := db.Conn(cctx)
	if err != nil {
		db.Close()
		return nil, err
	}
	u := &untrusted{db: db, conn: conn}
	for id, v := range limits {
		if _, err := sqlite.Limit(conn, id, v); err != nil {
			u.close()
			return nil, err
		}
	}
	return u, nil
}

func (u *untrusted) close() {
	u.conn.Close()
	u.db.Close()
}

// query runs one statement under a deadline and returns every row's values
// (int64, string, []byte or nil).
func (u *untrusted) query(ctx context.Context, timeout time.Duration, q string) ([][]any, error) {
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rows, err := u.conn.QueryContext(qctx, q)
	if err != nil {
		return nil, sqliteProblem(ctx, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, sqliteProblem(ctx, err)
	}
	var out [][]any
	for rows.Next() {
		v := make([]any, len(cols))
		ptrs := make([]any, len(v))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, sqliteProblem(ctx, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, sqliteProblem(ctx, err)
	}
	return out, nil
}

// sqliteProblem turns what SQLite says about a bad file into a rejection.
func sqliteProblem(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_TOOBIG:
			return model.Errorf(EValueTooLarge)
		case sqlite3.SQLITE_INTERRUPT:
			return model.Errorf(ETimeout)
		}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return model.Errorf(ETimeout)
	}
	return model.Errorf(EDamaged).WithCause(err)
}

// integrity runs integrity_check as the first statement (A6).
func (u *untrusted) integrity(ctx context.Context) error {
	rows, err := u.query(ctx, checkTimeout, "PRAGMA integrity_check(20)")
	if err != nil {
		return err
	}
	if len(rows) != 1 || rows[0][0] != "ok" {
		var lines []string
		for _, r := range rows {
			lines = append(lines, fmt.Sprint(r[0]))
		}
		return model.Errorf(EDamaged).WithCause(errors.New(strings.Join(lines, "; ")))
	}
	return nil
}

// schema compares sqlite_schema with a layout of the file's version
// before any payload query (A7): no views, triggers, virtual tables, extra
// tables, columns or indexes, and every CREATE statement as the writer
// made it. A version-1 file holds every table of its layout, alike in
// every kind. A sparse (version-2) file holds the manifest, ids and some
// payload tables of the version, each exactly as pinned: schema returns
// those payload tables, which the manifest's kind must then carry (nil
// for version 1: all of them).
func (u *untrusted) schema(ctx context.Context, version int) (map[string]bool, error) {
	rows, err := u.query(ctx, queryTimeout, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY name`)
	if err != nil {
		return nil, err
	}
	want, err := expectedSchemas()
	if err != nil {
		return nil, err
	}
	got := make([]string, len(rows))
	for i, r := range rows {
		got[i] = schemaLine(r)
	}
	text := strings.Join(got, "\n")
	var nearest []string
	for _, l := range wire.Layouts() {
		if l.Version != version {
			continue
		}
		if l.Sparse() {
			return sparseSchema(rows, version)
		}
		w := want[schemaKey{l.Version, l.Kind.String()}]
		if text == w {
			return nil, nil
		}
		if nearest == nil || l.Kind == model.KindBlocFile {
			nearest = strings.Split(w, "\n")
		}
	}
	return nil, model.Errorf(ESchema, schemaDiff(got, nearest))
}

// sparseSchema checks a sparse file's sqlite_schema rows table by table:
// the objects of each table must be exactly those of its pinned DDL, and
// the manifest and ids must be there. It returns the payload tables held.
func sparseSchema(rows [][]any, version int) (map[string]bool, error) {
	all, err := expectedObjects()
	if err != nil {
		return nil, err
	}
	want := all[version]
	held := map[string]bool{}
	var order []string
	objects := map[string][]string{}
	for _, r := range rows {
		tbl := fmt.Sprint(r[2])
		if !held[tbl] {
			order = append(order, tbl)
		}
		held[tbl] = true
		objects[tbl] = append(objects[tbl], schemaLine(r))
	}
	for _, tbl := range order {
		if !slices.Equal(objects[tbl], want[tbl]) {
			return nil, model.Errorf(ESchema, schemaDiff(objects[tbl], want[tbl]))
		}
	}
	for _, name := range []string{facts.Manifest.Name, wire.IDs.Name} {
		if !held[name] {
			return nil, model.Errorf(ESchema, name)
		}
		delete(held, name)
	}
	return held, nil
}

// schemaDiff names the first object that differs, for the message.
func schemaDiff(got, want []string) string {
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			return strings.Split(want[i], "\t")[1]
		case i >= len(want) || got[i] != want[i]:
			return strings.Split(got[i], "\t")[1]
		}
	}
	return "?"
}

// typedSelect reads a table into rows whose values are exactly of their
// column's type (int64, string, []byte, or nil where allowed), so that a
// crafted file cannot pass off a value of one type as another. A REAL, a
// blob in a text column or a NULL where none is allowed rejects the file.
// (An empty blob reads as NULL: the columns that could hold one are either
// length-checked, and integrity_check verifies CHECK constraints, or
// signed, so a crafted one fails the signature.)
func (u *untrusted) typedSelect(ctx context.Context, t *facts.Table) ([]facts.Row, error) {
	raw, err := u.query(ctx, queryTimeout, "SELECT "+t.ColumnList()+" FROM "+t.Name)
	if err != nil {
		return nil, err
	}
	out := make([]facts.Row, len(raw))
	for i, r := range raw {
		if err := t.Check(r); err != nil {
			return nil, model.Errorf(EStructure).WithCause(err)
		}
		out[i] = r
	}
	return out, nil
}

// manifest reads the one manifest row (A8).
func (u *untrusted) manifest(ctx context.Context) (manifestRow, error) {
	rows, err := u.typedSelect(ctx, &facts.Manifest)
	if err != nil {
		return nil, err
	}
	if len(rows) != 1 {
		return nil, model.Errorf(EManifest).WithCause(fmt.Errorf("%d rows", len(rows)))
	}
	return manifestRow(rows[0]), nil
}

// payload reads every payload table of layout l into memory, ids turned
// back from their numbers in version 2.
func (u *untrusted) payload(ctx context.Context, l wire.Layout) (facts.Set, error) {
	var ids map[int64]string
	if l.NumberedIDs() {
		rows, err := u.typedSelect(ctx, &wire.IDs)
		if err != nil {
			return nil, err
		}
		ids = make(map[int64]string, len(rows))
		for _, r := range rows {
			n, id, err := wire.ParseIDRow(r)
			if err != nil {
				return nil, model.Errorf(EStructure).WithCause(err)
			}
			ids[n] = id
		}
	}
	p := facts.Set{}
	for _, t := range l.Tables {
		rows, err := u.typedSelect(ctx, l.Stored(t))
		if err != nil {
			return nil, err
		}
		if err := l.Decode(t, rows, ids); err != nil {
			return nil, model.Errorf(EStructure).WithCause(err)
		}
		if len(rows) > 0 {
			p[t.Name] = rows
		}
	}
	return p, nil
}
