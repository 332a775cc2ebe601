//go:build linux

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/storage"
	"thidua/storage/demo/demotest"
)

// mountTmpfs mounts a small tmpfs (read-only if ro) and returns its folder.
// Mounting needs root (CAP_SYS_ADMIN): CI and the soak run as root; a
// developer's unprivileged run skips and says so.
func mountTmpfs(t *testing.T, size string, ro bool) string {
	t.Helper()
	dir := t.TempDir()
	opts := "size=" + size
	if ro {
		opts += ",ro"
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "thidua-test", dir).CombinedOutput(); err != nil {
		if os.Getenv("CI") != "" && os.Geteuid() == 0 {
			t.Fatalf("mount tmpfs in CI: %v %s", err, out)
		}
		t.Skipf("cannot mount a tmpfs here (%v %s): run as root for the disk-full tests", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

// listDir names a folder's entries (but the filler of a full disk).
func listDir(dir string) []string {
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != ".filler" {
			names = append(names, e.Name())
		}
	}
	return names
}

// ranking is the ranking of 2019 as the command prints it.
func ranking(t *testing.T, db string) string {
	t.Helper()
	out, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019", "--json")
	if code != 0 {
		t.Fatalf("rank: %s", errs)
	}
	return out
}

// Exports to a full disk or a read-only folder fail with a message that
// names the cause, leave no file (whole or partial) in the target, and do
// not touch the database.
func TestExportToFullOrReadOnlyDisk(t *testing.T) {
	db := demoDB(t)
	before := ranking(t, db)
	// A disk with a few kilobytes left: every export is larger.
	full := mountTmpfs(t, "64k", false)
	if err := os.WriteFile(filepath.Join(full, ".filler"), make([]byte, 60<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	ro := mountTmpfs(t, "1m", true)
	cases := []struct {
		dir, want string
	}{
		{full, "ổ đĩa đã đầy"},
		{ro, "thư mục không cho phép ghi"},
	}
	for _, tc := range cases {
		for _, args := range [][]string{
			{"report", "--period", "2019", "--out", filepath.Join(tc.dir, "Báo cáo 2019.xlsx")},
			{"criteria", "export", "--out", filepath.Join(tc.dir, "Tiêu chí 2019.xlsx")},
			{"criteria", "export", "--out", filepath.Join(tc.dir, "tieu-chi.csv")},
		} {
			_, errs, code := runCmd(t, nil, append(args, "--db", db)...)
			if code != 1 || !strings.Contains(errs, tc.want) || strings.Contains(errs, "lỗi nội bộ") {
				t.Errorf("%s to %s: exit %d, %q", args[0], tc.dir, code, errs)
			}
			if left := listDir(tc.dir); len(left) > 0 {
				t.Errorf("%s left %v in the target", args[0], left)
			}
		}
	}
	if ranking(t, db) != before {
		t.Error("a failed export changed the data")
	}
}

// A backup that does not fit on the disk fails with a message; the
// operation it was to protect does not run, nothing half-written remains,
// and the database is as it was.
func TestBackupOnFullDisk(t *testing.T) {
	// Room for the demo database (1.1 MB) and its journals, never for a
	// second copy of it.
	dir := mountTmpfs(t, "1150k", false)
	db := demotest.Path(t, dir)
	before := ranking(t, db)
	_, errs, code := runCmd(t, nil, "backup", "--db", db)
	if code != 1 || !strings.Contains(errs, "Không tạo được bản sao lưu") || !strings.Contains(errs, "ổ đĩa đã đầy") {
		t.Fatalf("backup on a full disk: exit %d %q", code, errs)
	}
	// A score import takes a backup first: refused, nothing saved.
	csv := filepath.Join(t.TempDir(), "diem.csv")
	os.WriteFile(csv, []byte("unit,code,value\nSONGCAU,I.1.1,1\n"), 0o644)
	if _, errs, code := runCmd(t, nil, "score", "import", csv, "--db", db, "--period", "2019"); code != 1 || !strings.Contains(errs, "bản sao lưu") {
		t.Errorf("import on a full disk: exit %d %q", code, errs)
	}
	partial, _ := filepath.Glob(filepath.Join(storage.BackupDir(db), "*"))
	for _, p := range partial {
		t.Errorf("left in backups: %s", filepath.Base(p))
	}
	if ranking(t, db) != before {
		t.Error("a failed backup changed the data")
	}
	ctx := context.Background()
	d, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if v, err := d.Integrity(ctx); v != "ok" {
		t.Errorf("integrity after a full disk: %s %v", v, err)
	}
}

// A database on a disk that turned read-only (a locked USB stick, a
// remounted share) gives a message for people and is not changed.
func TestDatabaseOnReadOnlyDisk(t *testing.T) {
	dir := mountTmpfs(t, "4m", false)
	db := demotest.Path(t, dir)
	before := digest(t, db)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Fatalf("remount ro: %v %s", err, out)
	}
	for _, args := range [][]string{
		{"backup", "--db", db},
		{"score", "--db", db, "--period", "2019", "--unit", "SONGCAU", "I.1.1=1"},
		{"rank", "--db", db, "--period", "2019"},
	} {
		_, errs, code := runCmd(t, nil, args...)
		if code != 1 || !strings.Contains(errs, "Không mở được cơ sở dữ liệu") || strings.Contains(errs, "lỗi nội bộ") {
			t.Errorf("%s on a read-only disk: exit %d %q", args[0], code, errs)
		}
	}
	if digest(t, db) != before {
		t.Error("the database changed")
	}
}

// roFolder is a read-only folder (a read-only tmpfs), or "" where one
// cannot be mounted.
func roFolder(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		return ""
	}
	return mountTmpfs(t, "1m", true)
}
