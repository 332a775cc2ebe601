package storage

import (
	"archive/zip"
	"context"
	"database/sql"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// technicalText are fragments of the English of the layers below thidua
// (the operating system, SQLite, zip, XML, Go) that no message may carry.
var technicalText = []string{"attempt to write", "readonly database", "file name too long", "not a directory",
	"disk I/O error", "unzip size", "flate", "XML syntax", "no such file or directory", "permission denied",
	"(1544)", "zip:", "unexpected EOF", "errno", "sqlite", "SQLITE", "%!", "syscall", "read-only file system",
	"input/output error", "unable to open"}

// englishWords are words that give away an untranslated fragment in a
// Vietnamese message.
var englishWords = []string{" the ", " cannot ", " is not ", " file ", " folder ", " database ", " error", " failed",
	" denied", " invalid", " not found", " too long", " unable "}

// checkWords fails when a message carries technical or, in Vietnamese,
// English text.
func checkWords(t *testing.T, what string, l i18n.Lang, msg string) {
	t.Helper()
	for _, frag := range technicalText {
		if strings.Contains(msg, frag) {
			t.Errorf("%s (%s) carries %q: %s", what, l, frag, msg)
		}
	}
	if l == i18n.VI {
		low := " " + strings.ToLower(msg) + " "
		for _, w := range englishWords {
			if strings.Contains(low, w) {
				t.Errorf("%s (vi) has English %q: %s", what, strings.TrimSpace(w), msg)
			}
		}
	}
}

// The errors of the operating system, SQLite, zip and XML become a few
// named reasons, said in each language without their technical text,
// which stays for --debug.
func TestReasonsAreNamedAndTranslated(t *testing.T) {
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro.db")
	o, _ := sql.Open("sqlite", ro)
	o.Exec("CREATE TABLE t (x)")
	o.Close()
	r, _ := sql.Open("sqlite", dsn(ro, "mode=ro"))
	_, readonly := r.Exec("INSERT INTO t VALUES (1)")
	r.Close()
	bad := filepath.Join(dir, "bad.db")
	os.WriteFile(bad, append([]byte("SQLite format 3\x00"), make([]byte, 4000)...), 0o644)
	c, _ := sql.Open("sqlite", bad)
	_, corrupt := c.Exec("SELECT * FROM sqlite_schema")
	c.Close()
	syntax := &xml.SyntaxError{Msg: "unexpected end element </a>", Line: 1}
	cases := []struct {
		err  error
		code string
	}{
		{&fs.PathError{Op: "open", Path: "/x", Err: syscall.EROFS}, RReadOnly},
		{&fs.PathError{Op: "open", Path: "/x", Err: syscall.EACCES}, RDenied},
		{&fs.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}, RDiskFull},
		{&fs.PathError{Op: "open", Path: "/x", Err: syscall.ENAMETOOLONG}, RNameTooLong},
		{&fs.PathError{Op: "mkdir", Path: "/x", Err: syscall.ENOTDIR}, RNotFolder},
		{&fs.PathError{Op: "read", Path: "/x", Err: syscall.EISDIR}, RIsFolder},
		{&fs.PathError{Op: "open", Path: "/x", Err: syscall.ENOENT}, RNotFound},
		{&fs.PathError{Op: "read", Path: "/x", Err: syscall.EIO}, RDevice},
		{fmt.Errorf("reading: %w", zip.ErrFormat), RDamaged},
		{syntax, RDamaged},
		{context.Canceled, RInterrupted},
		{readonly, RReadOnly},
		{corrupt, RDamaged},
		{errors.New("something nobody foresaw"), ROther},
	}
	for _, c := range cases {
		if c.err == nil {
			t.Fatalf("no error made for %s", c.code)
		}
		got := Reason(c.err)
		if got.Code != c.code {
			t.Errorf("%v: %s, want %s", c.err, got.Code, c.code)
		}
		if model.Technical(got) == "" {
			t.Errorf("%v: the technical text is lost", c.err)
		}
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			checkWords(t, c.code, l, model.Message(l, model.Errorf(EFile, "/x", got)))
		}
	}
	// Every reason, and every message of this package's trust checks, in
	// both languages.
	for _, id := range i18n.IDs() {
		if !strings.HasPrefix(id, "reason.") && !strings.HasPrefix(id, "db.") && !strings.HasPrefix(id, "file.") &&
			!strings.HasPrefix(id, "csv.") && !strings.HasPrefix(id, "kind.") {
			continue
		}
		vi, en := i18n.Raw(id)
		checkWords(t, id, i18n.VI, vi)
		checkWords(t, id, i18n.EN, en)
	}
}

// A path that cannot be used is explained by the path itself when the
// error does not say why (SQLite's "unable to open database file").
func TestPathReason(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	os.WriteFile(file, nil, 0o644)
	cases := map[string]string{
		filepath.Join(file, "x.db"):                  RNotFolder,
		filepath.Join(dir, strings.Repeat("đ", 200)): RNameTooLong,
	}
	for path, want := range cases {
		_, err := Open(context.Background(), path)
		var me *model.Error
		if !errors.As(err, &me) || me.Code != EDBOpen {
			t.Errorf("%s: %v", filepath.Base(path), err)
			continue
		}
		if r, ok := me.Params[1].(*model.Error); !ok || r.Code != want {
			t.Errorf("%s: reason %v, want %s", filepath.Base(path), me.Params[1], want)
		}
	}
}
