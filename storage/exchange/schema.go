package exchange

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"thidua/storage/exchange/wire"
)

// newScratch opens an empty in-memory database with the v1 schema: the
// writer fills it, and the verifier reads its sqlite_schema as the
// allowlist. Its small page size keeps a unit's file small: every table
// costs at least one page.
func newScratch(ctx context.Context) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file::memory:?_pragma=page_size(1024)&_pragma=foreign_keys(0)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	for _, stmt := range wire.DDL() {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("exchange schema: %w", err)
		}
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d",
		wire.ApplicationID, wire.Version)); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// expectedSchema is the exact sqlite_schema of a v1 file, one line per
// object, ordered by name.
var expectedSchema = sync.OnceValues(func() ([]string, error) {
	ctx := context.Background()
	db, err := newScratch(ctx)
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
})

// schemaLine prints one sqlite_schema row: type, name, table and SQL,
// separated by tabs.
func schemaLine(r []any) string {
	return fmt.Sprintf("%v\t%v\t%v\t%v", r[0], r[1], r[2], r[3])
}
