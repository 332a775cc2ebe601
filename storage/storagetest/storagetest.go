// Package storagetest holds helpers for tests of thidua's databases.
package storagetest

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// Content is a content hash of a database, read through its own
// read-only connection (so it sees what is committed, in the WAL too).
// With all unset it leaves out the logs (audit, received files, holds,
// outbox, the totals cache) and the times rows were written: two databases with the same
// content then hold the same data whatever order it arrived in. With all
// set it is every row of every table as is.
func Content(t testing.TB, path string, all bool) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := sha256.New()
	var names []string
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'
		AND (? OR name NOT IN ('audit', 'received_file', 'hold', 'sent_file', 'export_seq', 'sheet_total')) ORDER BY name`, all)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	rows.Close()
	skip := map[string]bool{"updated_at": true, "applied_at": true, "created_at": true, "file_digest": true, "manifest": true}
	for _, name := range names {
		rows, err := db.Query(`SELECT * FROM "` + name + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			v := make([]any, len(cols))
			p := make([]any, len(cols))
			for i := range v {
				p[i] = &v[i]
			}
			if err := rows.Scan(p...); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for i, c := range cols {
				if all || !skip[c] {
					fmt.Fprintf(&b, "%s=%q ", c, v[i])
				}
			}
			lines = append(lines, b.String())
		}
		rows.Close()
		sort.Strings(lines)
		fmt.Fprintln(h, name, len(lines))
		for _, l := range lines {
			fmt.Fprintln(h, l)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
