package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"thidua/model"
)

// openTestDB opens a fresh database file in a temporary folder.
func openTestDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "thidua.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func fileHash(t testing.TB, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestOpenSetsPragmasAndSchema(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	checks := map[string]string{
		"PRAGMA journal_mode":   "wal",
		"PRAGMA foreign_keys":   "1",
		"PRAGMA synchronous":    "2", // FULL
		"PRAGMA trusted_schema": "0",
		"PRAGMA user_version":   itoa(SchemaVersion()),
		"PRAGMA application_id": itoa(ApplicationID),
	}
	for q, want := range checks {
		var got string
		if err := db.rw.QueryRowContext(ctx, q).Scan(&got); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", q, got, err, want)
		}
	}
	var busy int
	db.rw.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&busy)
	if busy < 5000 {
		t.Errorf("busy_timeout = %d", busy)
	}
	if _, err := db.ro.ExecContext(ctx, "CREATE TABLE x (a)"); err == nil {
		t.Error("the reader pool can write")
	}
	if _, err := db.Installation(ctx); model.ErrorCode(err) != ENoBloc {
		t.Errorf("a new database has no bloc: %v", err)
	}
}

func itoa(n int) string { return model.Whole(int64(n)).String() }

// Opening and closing a database that is up to date writes nothing to it.
func TestReopenDoesNotWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a b #1 Sông Cầu.db") // spaces, '#', Vietnamese
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	seed(t, db)
	db.Close()
	before := fileHash(t, path)
	for i := 0; i < 2; i++ {
		db, err = Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Units(context.Background(), ""); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	if fileHash(t, path) != before {
		t.Error("opening and reading changed the file")
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("a -wal file was left behind: %v", err)
	}
}

func TestOpenRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	other := filepath.Join(dir, "other.sqlite")
	odb, _ := sql.Open("sqlite", other)
	odb.Exec("PRAGMA application_id = 42; CREATE TABLE t (x)")
	odb.Close()
	newer := filepath.Join(dir, "newer.db")
	ndb, _ := Open(context.Background(), newer)
	ndb.rw.Exec("PRAGMA user_version = 99")
	ndb.Close()
	exch := filepath.Join(dir, "exchange.sqlite")
	edb, _ := sql.Open("sqlite", exch)
	edb.Exec("PRAGMA application_id = 1414022229; CREATE TABLE manifest (x)")
	edb.Close()
	cases := map[string]string{
		write("notes.txt", bytes.Repeat([]byte("Báo cáo tổng kết "), 50)): EDBNotThidua,
		other: EDBNotThidua,
		newer: EDBNewer,
		exch:  EDBIsExchange,
		dir:   EDBIsDir,
	}
	for path, code := range cases {
		var before [32]byte
		st, _ := os.Stat(path)
		if !st.IsDir() {
			before = fileHash(t, path)
		}
		_, err := Open(context.Background(), path)
		if model.ErrorCode(err) != code {
			t.Errorf("%s: %v, want %s", filepath.Base(path), err, code)
		}
		if !st.IsDir() && fileHash(t, path) != before {
			t.Errorf("%s was modified", filepath.Base(path))
		}
	}
}

func TestBackup(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	path, err := db.Backup(ctx, "trước khi nhập điểm")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != BackupDir(db.Path()) {
		t.Errorf("backup in %s", path)
	}
	if want := "truoc-khi-nhap-diem.db"; !bytes.HasSuffix([]byte(path), []byte(want)) {
		t.Errorf("backup name %s, want ASCII ending %s", filepath.Base(path), want)
	}
	// The backup is a complete, openable database with the same data.
	bdb, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	units, err := bdb.Units(ctx, "")
	bdb.Close()
	if err != nil || len(units) != len(f.units) {
		t.Errorf("backup units = %d, %v", len(units), err)
	}
	for i := 0; i < KeepBackups+3; i++ {
		if _, err := db.Backup(ctx, "lần "+itoa(i)); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := db.Backups()
	if len(list) != KeepBackups {
		t.Errorf("%d backups kept, want %d", len(list), KeepBackups)
	}
	if left, _ := filepath.Glob(filepath.Join(BackupDir(db.Path()), "*.partial")); len(left) > 0 {
		t.Errorf("partial files left: %v", left)
	}
}
