package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/storage/demo/demotest"
)

// Faults a database file meets on an office PC: damage on disk, a lost
// power cut, a file from another version. The answer is always a message
// and a way on, never a crash, and the damaged file is never destroyed.

// Damage anywhere in the file gives a message and an exit code, never a
// Go panic; the damaged file is left as it was.
func TestDamageAnywhereNeverCrashes(t *testing.T) {
	clean := demoDB(t)
	st, err := os.Stat(clean)
	if err != nil {
		t.Fatal(err)
	}
	pages := st.Size() / 4096
	rng := rand.New(rand.NewPCG(5, 23))
	good, _ := os.ReadFile(clean)
	for i := 0; i < 24; i++ {
		db := filepath.Join(t.TempDir(), "thidua.db")
		if err := os.WriteFile(db, good, 0o644); err != nil {
			t.Fatal(err)
		}
		page := rng.Int64N(pages)
		if i == 0 {
			page = 0 // the header and the schema
		}
		demotest.Spoil(t, db, page*4096+rng.Int64N(2048), 1+rng.Int64N(2048))
		before := digest(t, db)
		for _, args := range [][]string{
			{"rank", "--db", db, "--period", "2019", "--json"},
			{"units", "--db", db},
			{"score", "--db", db, "--period", "2019", "--unit", "SONGCAU", "I.1.1=1"},
		} {
			out, errs, code := runCmd(t, nil, args...)
			if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") || code > 1 {
				t.Fatalf("page %d, %s: exit %d\n%s%s", page, args[0], code, out, errs)
			}
			if code == 1 && !strings.Contains(errs, "thidua: ") {
				t.Errorf("page %d, %s: no message: %q", page, args[0], errs)
			}
		}
		if code := digestChangedOnlyBy(t, db, before); code != "" {
			t.Errorf("page %d: %s", page, code)
		}
	}
}

// digestChangedOnlyBy reports a damaged file that a read changed. A score
// that saved (the damage missed the pages it needs) may change it; that is
// what a working database is for.
func digestChangedOnlyBy(t *testing.T, db string, before [32]byte) string {
	t.Helper()
	if digest(t, db) == before {
		return ""
	}
	if _, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019", "--json"); code != 0 {
		return "the file changed though it cannot be read: " + errs
	}
	return ""
}

// thidua restore puts the newest good backup back and keeps the damaged
// file aside; --list shows what there is.
func TestRestoreCommand(t *testing.T) {
	db := demoDB(t)
	if _, errs, code := runCmd(t, nil, "backup", "--db", db); code != 0 {
		t.Fatal(errs)
	}
	out, _, code := runCmd(t, nil, "restore", "--db", db, "--list", "--json")
	if code != 0 || !strings.Contains(out, `"reason":"sao-luu-thu-cong"`) {
		t.Fatalf("list: %d %s", code, out)
	}
	demotest.Spoil(t, db, 0, 100)
	damaged := digest(t, db)
	_, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019")
	if code != 1 || !strings.Contains(errs, "thidua restore") {
		t.Fatalf("rank on damaged file: %d %s", code, errs)
	}
	out, errs, code = runCmd(t, map[string]string{"THIDUA_LANG": "en"}, "restore", "--db", db)
	if code != 0 || !strings.Contains(out, "Restored") || !strings.Contains(out, "before-restore") {
		t.Fatalf("restore: %d %s %s", code, out, errs)
	}
	asides, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "*-before-restore-*.db"))
	if len(asides) != 1 || digest(t, asides[0]) != damaged {
		t.Errorf("damaged file kept as %v", asides)
	}
	if out, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019", "--json"); code != 0 || !strings.Contains(out, "TUYHOA") {
		t.Errorf("rank after restore: %d %s", code, errs)
	}
	// Without any backup: a message, the file untouched.
	lone := filepath.Join(t.TempDir(), "lone.db")
	if err := os.WriteFile(lone, bytes.Repeat([]byte("x"), 8192), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runCmd(t, nil, "restore", "--db", lone); code != 1 || !strings.Contains(errs, "Không có bản sao lưu") {
		t.Errorf("restore without backups: %d %s", code, errs)
	}
}

// A person opens thidua on a damaged database: the recovery screen offers
// the backups, enter restores the newest, and the interface opens on it.
func TestE2EDamagedAtStartOffersRestore(t *testing.T) {
	bin := binary(t)
	db := demoDB(t)
	if out, err := exec.Command(bin, "backup", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("backup: %v %s", err, out)
	}
	demotest.Spoil(t, db, 0, 100)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khôi phục dữ liệu", "bị hỏng", "sao-luu-thu-cong", "Enter khôi phục")
	tm.keys("Enter")
	tm.waitFor("Đã khôi phục từ bản sao lưu", "before-restore")
	tm.keys("Enter")
	tm.waitFor("Đơn vị thành viên (9)", "Khối trưởng: Sông Cầu")
	tm.keys("q")
	tm.waitExit()
}

// Damage the first screen does not touch is found by the check that runs
// after the first frame: a notice, r closes the file and offers the backups.
func TestE2EDamageFoundWhileOpen(t *testing.T) {
	bin := binary(t)
	db := demoDB(t)
	if out, err := exec.Command(bin, "backup", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("backup: %v %s", err, out)
	}
	// The last pages hold indexes the units screen does not read.
	st, _ := os.Stat(db)
	demotest.Spoil(t, db, st.Size()-3*4096, 3*4096)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Tệp dữ liệu bị hỏng", "Nhấn r")
	tm.keys("r")
	tm.waitFor("Khôi phục dữ liệu", "sao-luu-thu-cong")
	tm.keys("Enter")
	tm.waitFor("Đã khôi phục từ bản sao lưu")
	tm.keys("Enter")
	tm.waitFor("Đơn vị thành viên (9)")
	tm.keys("q")
	tm.waitExit()
}
