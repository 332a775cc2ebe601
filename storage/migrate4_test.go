package storage

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"thidua/model"
)

// A database of schema 3 with holds and applied files keeps them through
// migration 4, which copies the hold and submission tables to widen their
// CHECKs; the new kinds then fit.
func TestMigration4KeepsHolds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	names, _, err := migrationNames()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names[:3] {
		body, err := migrationFS.ReadFile("migrations/" + n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
	}
	for _, s := range []string{
		fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 3", ApplicationID),
		`INSERT INTO received_file VALUES ('d1', 'a.sqlite', 10, '2026-01-01T00:00:00Z', 'bloc_export', 'p', 'u', 'k', 5, 'h',
			'2026-01-01T00:00:00Z', 'held', '{}')`,
		`INSERT INTO hold (file_digest, kind, period_id, unit_id, held_at) VALUES ('d1', 'key_changed', 'p', 'u', '2026-01-01')`,
		`INSERT INTO submission VALUES ('p', 'u', 'bloc_export', 'k', 4, 'h0', '{}', 'd0', '2026-01-01')`,
	} {
		if _, err := raw.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	hs, err := db.Holds(ctx, true)
	if err != nil || len(hs) != 1 || hs[0].Kind != model.HoldKeyChanged || hs[0].File.Seq != 5 {
		t.Fatalf("holds after migration: %+v %v", hs, err)
	}
	st, err := db.InboxState(ctx)
	if err != nil || st.Applied[SliceKey("p", "u")].Seq != 4 {
		t.Fatalf("applied after migration: %+v %v", st.Applied, err)
	}
	err = db.write(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO hold (file_digest, kind, period_id, unit_id, held_at)
			VALUES ('d1', 'unit_key_changed', 'p', 'u', '2026-01-02')`); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO submission VALUES ('p', 'province', 'province_decision', 'k', 1, 'h', '{}',
			'd2', '2026-01-02')`)
		return err
	})
	if err != nil {
		t.Errorf("the new kinds do not fit: %v", err)
	}
}
