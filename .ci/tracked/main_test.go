package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A repository with one file of each kind: check names exactly the ones
// that must not be tracked.
func TestCheck(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	self, err := os.Executable() // this test, a real program of this platform
	if err != nil {
		t.Fatal(err)
	}
	prog, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	pe := make([]byte, 0x100)
	copy(pe, "MZ")
	binary.LittleEndian.PutUint32(pe[0x3c:], 0x80)
	copy(pe[0x80:], "PE\x00\x00")
	files := []struct {
		name string
		data []byte
		mode os.FileMode
		want string
	}{
		{"README.md", []byte("# hello\n"), 0o644, ""},
		{"MZ.txt", []byte("MZ is a text that starts like a Windows program\n" + strings.Repeat(".", 100)), 0o644, ""},
		{"run", []byte("#!/usr/bin/env bash\necho hi\n"), 0o755, ""},
		{"exactly-1MB.bin", make([]byte, 1<<20), 0o644, ""},
		{"big.db", make([]byte, 1<<20+1), 0o644, "over the limit of 1 MB"},
		{"thidua", prog, 0o755, "a program"},
		{"renamed.dat", prog, 0o644, "a program"},
		{"tool.exe", pe, 0o644, "a program (PE, Windows)"},
		{"macos", []byte{0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1}, 0o644, "a program (Mach-O)"},
		{"notes.txt", []byte("not a script\n"), 0o755, "executable (mode 100755)"},
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
	git("init", "-q")
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, f.mode); err != nil {
			t.Fatal(err)
		}
		git("add", f.name)
	}
	entries, err := trackedFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(files) {
		t.Fatalf("%d tracked files, want %d", len(entries), len(files))
	}
	want := map[string]string{}
	for _, f := range files {
		want[f.name] = f.want
	}
	for _, e := range entries {
		got, err := check(dir, e)
		if err != nil {
			t.Fatal(err)
		}
		if w := want[e.path]; (got == "") != (w == "") || !strings.Contains(got, w) {
			t.Errorf("%s (mode %s): %q, want %q", e.path, e.mode, got, w)
		}
	}
}
