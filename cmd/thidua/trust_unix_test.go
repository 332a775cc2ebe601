//go:build !windows

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"thidua/storage/exchange"
)

// A folder given to merge stands for its regular .sqlite files: links
// (to a system file, to the leader's own database), pipes and folders are
// listed as skipped with what they are, and nothing outside the folder is
// read or archived.
func TestMergeFolderTakesOnlyItsOwnFiles(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	unit := filepath.Join(dir, "tuyan.db")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", filepath.Join(dir, "setup.sqlite"), "--period", "2019")
	must(t, "join", "--db", unit, filepath.Join(dir, "setup.sqlite"), "--yes")
	stick := filepath.Join(dir, "usb")
	must(t, "export", "--db", unit, "--period", "2019", "--out", filepath.Join(stick, "tuyan.sqlite"))
	os.Symlink("/etc/passwd", filepath.Join(stick, "passwd.sqlite"))
	os.Symlink(leader, filepath.Join(stick, "leader.sqlite"))
	os.Mkdir(filepath.Join(stick, "folder.sqlite"), 0o755)
	if err := syscall.Mkfifo(filepath.Join(stick, "pipe.sqlite"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCmd(t, nil, "merge", "--db", leader, "--json", stick)
	var doc struct {
		Files []struct {
			File, Status string
		} `json:"files"`
		Skipped []struct{ File, Reason string } `json:"skipped"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != 1 || len(doc.Files) != 1 || filepath.Base(doc.Files[0].File) != "tuyan.sqlite" || doc.Files[0].Status != "applied" {
		t.Errorf("merged: %d %+v", code, doc.Files)
	}
	want := map[string]string{"passwd.sqlite": "liên kết", "leader.sqlite": "liên kết", "folder.sqlite": "thư mục", "pipe.sqlite": "đường ống"}
	for _, s := range doc.Skipped {
		if w := want[filepath.Base(s.File)]; w == "" || !strings.Contains(s.Reason, w) {
			t.Errorf("skipped %s: %s", s.File, s.Reason)
		}
		delete(want, filepath.Base(s.File))
	}
	for name := range want {
		t.Errorf("%s was not listed as skipped", name)
	}
	archived, _ := os.ReadDir(exchange.ArchiveDir(leader))
	if len(archived) != 1 {
		t.Errorf("archived %d files, want only the unit's", len(archived))
	}
	// The same with words, in English.
	out, _, _ = runCmd(t, nil, "merge", "--db", leader, "--dry-run", "--lang", "en", stick)
	if !strings.Contains(out, "passwd.sqlite  [—] skipped: it is a link") {
		t.Errorf("merge output:\n%s", out)
	}
}
