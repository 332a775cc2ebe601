package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// writeDemo makes the demo database at a fresh path and returns the path.
func writeDemo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Dữ liệu thi đua", "thidua.db")
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Write(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	db.Close()
	return path
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// A database from the first schema (written by thidua before the exchange
// tables existed) opens, migrates, and ranks as it did.
func TestOlderSchemaMigrates(t *testing.T) {
	gz, err := os.Open("testdata/schema1-demo.db.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	r, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "thidua 2019.db")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatalf("open schema 1 file: %v", err)
	}
	defer db.Close()
	raw, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var version int
	if err := raw.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != storage.SchemaVersion() {
		t.Fatalf("schema %d after open (%v), want %d", version, err, storage.SchemaVersion())
	}
	p, err := db.PeriodByCode(ctx, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.Result(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range res.Ranking.Ranked {
		got = append(got, u.Code+" "+u.Totals.Total.String())
	}
	want := "TUYHOA 101.88, SONGCAU 100.3, PHUHOA 99.25, DONGHOA 99.25, TAYHOA 97.3, DONGXUAN 95, TUYAN 94, SONGHINH 92.9, SONHOA 89.5"
	if strings.Join(got, ", ") != want {
		t.Errorf("ranking after migration:\n got %s\nwant %s", strings.Join(got, ", "), want)
	}
	if v, err := db.Integrity(ctx); v != "ok" || err != nil {
		t.Errorf("integrity after migration: %s %v", v, err)
	}
}

// A damaged header is reported as damage, the file untouched; restoring the
// newest backup brings the data back and keeps the damaged file aside.
func TestRestoreAfterDamagedHeader(t *testing.T) {
	ctx := context.Background()
	path := writeDemo(t)
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(ctx, "thử"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	demotest.Spoil(t, path, 0, 100)
	before := sum(t, path)

	_, err = storage.Open(ctx, path)
	if !storage.Damaged(err) {
		t.Fatalf("open damaged file: %v, want damage", err)
	}
	if sum(t, path) != before {
		t.Fatal("opening changed the damaged file")
	}
	b, err := storage.NewestGoodBackup(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Reason != "thu" || time.Since(b.Time) > time.Hour {
		t.Errorf("backup = %+v", b)
	}
	aside, err := storage.Restore(ctx, path, b.Path, time.Date(2026, 11, 23, 8, 30, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(aside) != "thidua-before-restore-20261123-083000.db" || sum(t, aside) != before {
		t.Errorf("damaged file kept as %s", aside)
	}
	db, err = storage.Open(ctx, path)
	if err != nil {
		t.Fatalf("open restored: %v", err)
	}
	defer db.Close()
	if err := db.QuickCheck(ctx); err != nil {
		t.Error(err)
	}
	units, err := db.Units(ctx, "")
	if err != nil || len(units) != 9 {
		t.Errorf("restored units = %d, %v", len(units), err)
	}
}

// Damage inside the file is found by the quick check; a damaged backup is
// passed over for an older sound one.
func TestQuickCheckAndDamagedBackups(t *testing.T) {
	ctx := context.Background()
	path := writeDemo(t)
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	good, err := db.Backup(ctx, "tốt")
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return time.Now().Add(time.Minute) }
	bad, err := db.Backup(ctx, "hỏng")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, _ := os.Stat(path)
	demotest.Spoil(t, path, st.Size()/2, 8192)
	demotest.Spoil(t, bad, 4096, 8192)

	db, err = storage.Open(ctx, path)
	if err == nil {
		err = db.QuickCheck(ctx)
		db.Close()
	}
	if !storage.Damaged(err) {
		t.Fatalf("damaged pages: %v, want damage", err)
	}
	if err := storage.CheckBackup(ctx, bad); model.ErrorCode(err) != storage.EBackupBad {
		t.Errorf("damaged backup checked: %v", err)
	}
	if _, err := storage.Restore(ctx, path, bad, time.Now()); model.ErrorCode(err) != storage.EBackupBad {
		t.Errorf("restore from damaged backup: %v", err)
	}
	b, err := storage.NewestGoodBackup(ctx, path)
	if err != nil || b.Path != good {
		t.Fatalf("newest good backup = %s, %v; want %s", b.Path, err, good)
	}
	list, _ := storage.BackupsOf(path)
	if len(list) != 2 || list[0].Path != bad {
		t.Errorf("backups = %+v", list)
	}
	if _, err := storage.Restore(ctx, path, path, time.Now()); model.ErrorCode(err) != storage.ERestoreInside {
		t.Errorf("restore onto itself: %v", err)
	}
}

// With no backup at all, the answer says so and changes nothing.
func TestNoBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "thidua.db")
	if _, err := storage.NewestGoodBackup(context.Background(), path); model.ErrorCode(err) != storage.ENoBackup {
		t.Errorf("no backups: %v", err)
	}
}
