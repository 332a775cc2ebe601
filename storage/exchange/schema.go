package exchange

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"

	"thidua/storage/exchange/wire"
)

// newScratch opens an empty in-memory database with the schema of layout
// l: the writer fills it, and the verifier reads its sqlite_schema as the
// allowlist. Its small page size keeps a unit's file small: every table
// costs at least one page.
func newScratch(ctx context.Context, l wire.Layout) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file::memory:?_pragma=page_size(1024)&_pragma=foreign_keys(0)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	for _, stmt := range l.DDL() {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("exchange schema: %w", err)
		}
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d",
		wire.ApplicationID, l.Version)); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// schemaKey names a layout among the expected schemas.
type schemaKey struct {
	version int
	kind    string
}

// expectedSchemas are the exact sqlite_schema of a file of every layout
// this build reads, one line per object, ordered by name.
var expectedSchemas = sync.OnceValues(func() (map[schemaKey]string, error) {
	out := map[schemaKey]string{}
	for _, l := range wire.Layouts() {
		lines, err := scratchSchema(l)
		if err != nil {
			return nil, err
		}
		out[schemaKey{l.Version, l.Kind.String()}] = strings.Join(lines, "\n")
	}
	return out, nil
})

// expectedObjects are, for each table a sparse (version-2) file may
// hold, its exact sqlite_schema lines (the table's and any index of it),
// from the layouts' empty files. A table's DDL is the same in every kind.
var expectedObjects = sync.OnceValues(func() (map[string][]string, error) {
	out := map[string][]string{}
	for _, l := range wire.Layouts() {
		if !l.Sparse() {
			continue
		}
		lines, err := scratchSchema(l)
		if err != nil {
			return nil, err
		}
		byTable := map[string][]string{}
		for _, line := range lines {
			tbl := strings.Split(line, "\t")[2]
			byTable[tbl] = append(byTable[tbl], line)
		}
		for name, ls := range byTable {
			if prev, ok := out[name]; ok && !slices.Equal(prev, ls) {
				return nil, fmt.Errorf("exchange schema: table %s differs between kinds", name)
			}
			out[name] = ls
		}
	}
	return out, nil
})

// scratchSchema reads the sqlite_schema of an empty file of layout l.
func scratchSchema(l wire.Layout) ([]string, error) {
	ctx := context.Background()
	db, err := newScratch(ctx, l)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var typ, name, tbl, text string
		if err := rows.Scan(&typ, &name, &tbl, &text); err != nil {
			return nil, err
		}
		out = append(out, schemaLine([]any{typ, name, tbl, text}))
	}
	return out, rows.Err()
}

// schemaLine prints one sqlite_schema row: type, name, table and SQL,
// separated by tabs.
func schemaLine(r []any) string {
	return fmt.Sprintf("%v\t%v\t%v\t%v", r[0], r[1], r[2], r[3])
}
