package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/storage"
)

// The soak (make soak) kills the program at random moments on the national
// stress set: a province merging forty bloc files, a backup of the
// province's 300 MB database, a leader exporting its bloc file. It needs
// THIDUA_SOAK and THIDUA_NATIONAL (a folder `thidua gen` wrote).

func soakSet(t *testing.T) string {
	t.Helper()
	if os.Getenv("THIDUA_SOAK") == "" {
		t.Skip("the soak runs with THIDUA_SOAK=1 and THIDUA_NATIONAL set: make soak")
	}
	return nationalSet(t)
}

// killAt starts the program and kills it (SIGKILL, as a power cut) after a
// random moment up to within; it reports whether the program was still
// running when killed.
func killAt(t *testing.T, rng *rand.Rand, within time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(os.Environ(), "THIDUA_LANG=en")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
		return false
	case <-time.After(time.Duration(rng.Int64N(int64(within)))):
		cmd.Process.Kill()
		<-done
		return true
	}
}

// sound fails the test unless SQLite's full integrity check passes.
func sound(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("%s after a kill: integrity_check %q %v", path, res, err)
	}
}

// fingerprint sums what a period holds at the province: score rows, their
// points and notes, per stage.
func fingerprint(t *testing.T, path, periodLike string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT s.stage, count(*), sum(s.points_x100), sum(length(s.note)) FROM score s
		JOIN period p ON p.period_id = s.period_id WHERE p.code LIKE ? GROUP BY s.stage ORDER BY s.stage`, periodLike)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var stage string
		var n, pts, notes int64
		if err := rows.Scan(&stage, &n, &pts, &notes); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s:%d/%d/%d ", stage, n, pts, notes)
	}
	return b.String()
}

// A province merging forty bloc files is killed again and again: after
// each kill the database is sound, and running the same command again
// finishes the work; at the end the province holds exactly what a merge
// never interrupted holds.
func TestSoakProvinceMergeKilled(t *testing.T) {
	set := soakSet(t)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 5))
	var h1 []string
	files, _ := filepath.Glob(filepath.Join(set, "bloc-files", "*.sqlite"))
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "-H1-") {
			h1 = append(h1, f)
		}
	}
	if len(h1) == 0 {
		t.Fatal("no half-year bloc files in the set")
	}
	db := filepath.Join(t.TempDir(), "tỉnh.db")
	// The first files of each bloc are held until the leaders' keys are
	// checked: killed while recording the holds.
	kills := 0
	for i := 0; i < 6; i++ {
		if killAt(t, rng, 8*time.Second, append([]string{"--db", db, "merge", "--province"}, h1...)...) {
			kills++
		}
		if _, err := os.Stat(db); err == nil {
			sound(t, db)
		}
	}
	out, errs, code := runCmd(t, nil, append([]string{"--db", db, "merge", "--province", "--json"}, h1...)...)
	var merged struct {
		Files []struct{ Status string } `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &merged); err != nil {
		t.Fatalf("merge --json: %v\n%s", err, out)
	}
	for _, f := range merged.Files {
		if f.Status != "held" {
			t.Fatalf("merge after %d kills: a file %s, want held (exit %d %s)", kills, f.Status, code, errs)
		}
	}
	// Accepting the holds applies the files, each in its own transaction:
	// killed many times while applying, then run to the end.
	for i := 0; i <= 8; i++ {
		ids := pendingHolds(t, db)
		if len(ids) == 0 {
			break
		}
		args := append([]string{"--db", db, "hold", "accept"}, ids...)
		if i == 8 {
			if _, errs, code := runCmd(t, nil, args...); code != 0 {
				t.Fatalf("accepting the rest (%v): exit %d %s", ids, code, errs)
			}
			break
		}
		if killAt(t, rng, 30*time.Second, args...) {
			kills++
		}
		sound(t, db)
	}
	if ids := pendingHolds(t, db); len(ids) > 0 {
		t.Fatalf("holds left undecided: %v", ids)
	}
	if got, want := fingerprint(t, db, "%H1%"), fingerprint(t, filepath.Join(set, "province.db"), "%H1%"); got != want || got == "" {
		t.Errorf("after %d kills the province holds %s, a clean merge %s", kills, got, want)
	}
	t.Logf("%d kills during the province's merge; the result equals a clean merge", kills)
}

// pendingHolds lists the ids of the holds not decided yet.
func pendingHolds(t *testing.T, db string) []string {
	t.Helper()
	out, errs, code := runCmd(t, nil, "--db", db, "hold", "--json")
	if code != 0 {
		t.Fatalf("hold --json: exit %d %s", code, errs)
	}
	var list struct {
		Holds []struct {
			ID       int64  `json:"id"`
			Decision string `json:"decision"`
		} `json:"holds"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("hold --json: %v\n%s", err, out)
	}
	var ids []string
	for _, h := range list.Holds {
		if h.Decision == "" {
			ids = append(ids, fmt.Sprint(h.ID))
		}
	}
	return ids
}

// A backup of the province's 300 MB database killed at random moments
// leaves only whole backups under their final names.
func TestSoakBackupKilled(t *testing.T) {
	set := soakSet(t)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	db := filepath.Join(t.TempDir(), "province.db")
	data, err := os.ReadFile(filepath.Join(set, "province.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o644); err != nil {
		t.Fatal(err)
	}
	kills := 0
	for i := 0; i < 10; i++ {
		if killAt(t, rng, 4*time.Second, "--db", db, "backup") {
			kills++
		}
	}
	list, _ := filepath.Glob(filepath.Join(storage.BackupDir(db), "*.db"))
	for _, b := range list {
		if err := storage.CheckBackup(context.Background(), b); err != nil {
			t.Errorf("a backup under its final name is not whole: %v", err)
		}
	}
	sound(t, db)
	t.Logf("%d kills, %d whole backups", kills, len(list))
}

// A leader's export of its bloc file (15,000 scores) killed at random
// moments never leaves a file under its final name that does not verify.
func TestSoakExportKilled(t *testing.T) {
	set := soakSet(t)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	db := filepath.Join(t.TempDir(), "leader.db")
	data, err := os.ReadFile(filepath.Join(set, "K01", "leader.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "gửi tỉnh")
	kills, whole := 0, 0
	for i := 0; i < 12; i++ {
		if killAt(t, rng, 3*time.Second, "--db", db, "export", "--period", "2025", "--out", out) {
			kills++
		}
		files, _ := filepath.Glob(filepath.Join(out, "*"))
		for _, f := range files {
			if strings.HasSuffix(f, ".partial") {
				continue
			}
			if _, errs, code := runCmd(t, nil, "--db", db, "verify", f); code != 0 {
				t.Errorf("kill %d left %s, which does not verify: %s", i, filepath.Base(f), errs)
			}
			whole++
			os.Remove(f)
		}
		sound(t, db)
	}
	t.Logf("%d kills, %d whole files", kills, whole)
}
