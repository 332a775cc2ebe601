// Package demotest gives tests their own copy of the demo database. The demo
// is written once per test binary and then copied, because writing it (a
// hundred fsynced transactions) is slow under the race detector.
package demotest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"thidua/storage"
	"thidua/storage/demo"
)

var (
	once     sync.Once
	template []byte
	failure  error
)

func build() {
	dir, err := os.MkdirTemp("", "thidua-demo-")
	if err != nil {
		failure = err
		return
	}
	defer func() { _ = os.RemoveAll(dir) }() // a temporary folder
	path := filepath.Join(dir, "demo.db")
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		failure = err
		return
	}
	if err := demo.Write(context.Background(), db); err != nil {
		db.Close()
		failure = err
		return
	}
	if err := db.Close(); err != nil {
		failure = err
		return
	}
	template, failure = os.ReadFile(path)
}

// Path writes a fresh copy of the demo database into dir and returns its
// path.
func Path(t testing.TB, dir string) string {
	t.Helper()
	once.Do(build)
	if failure != nil {
		t.Fatalf("demo: %v", failure)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "demo.db")
	if err := os.WriteFile(path, template, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Open opens a fresh copy of the demo database, closed when the test ends.
func Open(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), Path(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Spoil overwrites n bytes of the file at offset with a pattern, as a
// failing disk or an interrupted copy would.
func Spoil(t testing.TB, path string, offset, n int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }() // only read
	buf := make([]byte, n)
	for i := range buf {
		buf[i] = 0x5A
	}
	if _, err := f.WriteAt(buf, offset); err != nil {
		t.Fatal(err)
	}
}
