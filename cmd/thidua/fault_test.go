package main

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// Faults a database file meets on an office PC: damage on disk, a lost
// power cut, a file from another version. The answer is always a message
// and a way on, never a crash, and the damaged file is never destroyed.

// Damage anywhere in the file gives a message and an exit code, never a
// Go panic; reads and refused writes leave the damaged file as it was (a
// score whose pages the damage missed saves: that is what a working
// database is for, wherever else the damage sits).
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
		saved := false
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
			if args[0] != "score" && digest(t, db) != before {
				t.Errorf("page %d: %s changed the damaged file", page, args[0])
			}
			saved = saved || (args[0] == "score" && code == 0)
		}
		if !saved && digest(t, db) != before {
			t.Errorf("page %d: a refused score changed the damaged file", page)
		}
	}
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
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	if out, err := exec.Command(bin, "backup", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("backup: %v %s", err, out)
	}
	demotest.Spoil(t, db, 0, 100)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khôi phục dữ liệu", "bị hỏng", "sao lưu thủ công", "Enter khôi phục")
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
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
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
	tm.waitFor("Khôi phục dữ liệu", "sao lưu thủ công")
	tm.keys("Enter")
	tm.waitFor("Đã khôi phục từ bản sao lưu")
	tm.keys("Enter")
	tm.waitFor("Đơn vị thành viên (9)")
	tm.keys("q")
	tm.waitExit()
}

// Two thidua processes write the same database at once, as when a leader
// runs a script while the interface is open: every command succeeds (a
// short lock is waited for, never reported) and no write is lost.
func TestTwoProcessesWriteAtOnce(t *testing.T) {
	bin := binary(t)
	db := demoDB(t)
	const n = 16 // 0,25 to 4: the bloc's step, each one a change
	units := []string{"SONGCAU", "DONGXUAN"}
	errs := make(chan error, len(units))
	for _, unit := range units {
		go func() {
			for i := 1; i <= n; i++ {
				v := model.Points(25 * i).String()
				out, err := exec.Command(bin, "score", "--db", db, "--period", "2019", "--unit", unit, "--reason", "sửa theo biên bản",
					"I.3.1="+v).CombinedOutput()
				if err != nil {
					errs <- fmt.Errorf("%s #%d: %v %s", unit, i, err, out)
					return
				}
			}
			errs <- nil
		}()
	}
	for range units {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	d, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p, _ := d.PeriodByCode(ctx, "2019")
	for _, code := range units {
		u, _ := d.UnitByCode(ctx, code)
		s, err := d.LoadSheet(ctx, p.ID, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := s.Tree.Resolve("I.3.1")
		if got := s.Rows[c.ID][model.StageSelf].Points; got != model.Points(25*n) {
			t.Errorf("%s I.3.1 = %v, want %v", code, got, model.Points(25*n))
		}
		hist, err := d.History(ctx, p.ID, u.ID, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		changes := 0
		for _, h := range hist {
			if h.Stage == model.StageSelf.String() {
				changes++
			}
		}
		if changes < n {
			t.Errorf("%s: %d changes in the history, want %d", code, changes, n)
		}
	}
}

// A backup killed at any moment leaves either no backup or a whole one
// under its final name (only a .partial file may remain), and the
// database is sound.
func TestBackupKilledAtRandomMoments(t *testing.T) {
	bin := binary(t)
	db := demoDB(t)
	rng := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < 8; i++ {
		cmd := exec.Command(bin, "backup", "--db", db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(400 * time.Millisecond))))
		cmd.Process.Kill()
		cmd.Wait()
	}
	list, _ := filepath.Glob(filepath.Join(storage.BackupDir(db), "*.db"))
	for _, b := range list {
		if err := storage.CheckBackup(context.Background(), b); err != nil {
			t.Errorf("a backup under its final name is not whole: %v", err)
		}
	}
	if _, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019"); code != 0 {
		t.Errorf("rank after killed backups: %s", errs)
	}
	t.Logf("%d whole backups after 8 kills", len(list))
}

// An export killed at any moment never leaves a partial file under the
// final name.
func TestExportKilledAtRandomMoments(t *testing.T) {
	bin := binary(t)
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "Báo cáo 2019.xlsx")
	rng := rand.New(rand.NewPCG(3, 9))
	whole := 0
	for i := 0; i < 8; i++ {
		os.Remove(out)
		cmd := exec.Command(bin, "report", "--db", db, "--period", "2019", "--out", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(600 * time.Millisecond))))
		cmd.Process.Kill()
		cmd.Wait()
		if _, err := os.Stat(out); err == nil {
			if !isWholeZip(t, out) {
				t.Errorf("kill %d: the report under its final name is not a whole workbook", i)
			}
			whole++
		}
	}
	t.Logf("%d whole reports after 8 kills", whole)
}

// isWholeZip reports whether the file is a complete zip archive (an xlsx).
func isWholeZip(t *testing.T, path string) bool {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	defer r.Close()
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			return false
		}
		_, err = io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return false
		}
	}
	return len(r.File) > 0
}

// The power goes (SIGKILL) while a person types a whole sheet in one
// burst: after restarting, the file is sound and the saved scores are
// exactly the first k of those typed, each with its line in the history:
// no score half-saved, none saved out of order, none saved without trace.
func TestE2EKilledWhileTyping(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	runs := 3
	if os.Getenv("THIDUA_SOAK") != "" {
		runs = 30
	}
	bin := binary(t)
	rng := rand.New(rand.NewPCG(2019, 12))
	for run := 0; run < runs; run++ {
		db := demoDB(t)
		ctx := context.Background()
		d, err := storage.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		// A new period, so every typed score is a change to look for.
		y, _ := d.PeriodByCode(ctx, "2019")
		rules, _ := d.Rules(ctx, y.ID)
		bloc, _ := d.Bloc(ctx)
		p, err := d.CreatePeriod(ctx, model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID},
			model.Period{Code: "2020", Label: "Tổng kết năm 2020", Kind: model.Year, CriteriaVersionID: y.CriteriaVersionID,
				Starts: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Ends: time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)}, rules)
		if err != nil {
			t.Fatal(err)
		}
		tree, _ := d.VersionTree(ctx, p.CriteriaVersionID)
		own, _ := d.UnitByCode(ctx, "SONGCAU")
		before, _ := d.LoadSheet(ctx, p.ID, own.ID)
		d.Close()

		tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
		tm.waitFor("Khối trưởng: Sông Cầu", "Tổng kết năm 2020")
		tm.keys("3")
		tm.waitFor("Chấm điểm: Sông Cầu — tự chấm")
		tm.keys("g", "Down", "Down")
		tm.waitFor("I.1.1 · ")
		var burst strings.Builder
		for _, c := range tree.Leaves() {
			burst.WriteString(strings.ReplaceAll(demo.FullMarksInput(c), ".", ",") + "\r")
		}
		tm.text(burst.String())
		time.Sleep(time.Duration(rng.Int64N(int64(700 * time.Millisecond))))
		tm.kill()

		d, err = storage.Open(ctx, db)
		if err != nil {
			t.Fatalf("run %d: reopen after SIGKILL: %v", run, err)
		}
		if v, err := d.Integrity(ctx); v != "ok" {
			t.Fatalf("run %d: integrity %s %v", run, v, err)
		}
		after, _ := d.LoadSheet(ctx, p.ID, own.ID)
		saved, gap := 0, false
		for _, c := range tree.Leaves() {
			old, hadOld := before.Rows[c.ID][model.StageSelf]
			now, hasNow := after.Rows[c.ID][model.StageSelf]
			if hadOld || !hasNow && now.Points != 0 {
				t.Fatalf("run %d: %s: the new period had a score", run, c.Code)
			}
			want := model.Points(0)
			if c.Kind == model.Standard {
				want = c.Max
			}
			switch {
			case hasNow && now.Points == want:
				if gap {
					t.Errorf("run %d: %s saved after an earlier score was lost", run, c.Code)
				}
				hist, _ := d.History(ctx, p.ID, own.ID, c.ID)
				if len(hist) == 0 || hist[len(hist)-1].New == "" {
					t.Errorf("run %d: %s saved without a history line", run, c.Code)
				}
				saved++
			case !hasNow:
				gap = true
			default:
				t.Errorf("run %d: %s = %v, neither empty nor the typed %v (was %v)", run, c.Code, now.Points, want, old.Points)
			}
		}
		d.Close()
		t.Logf("run %d: %d of %d scores saved before the kill", run, saved, len(tree.Leaves()))
	}
}

// Another program holds the write lock for two seconds while a person
// saves a score: the save waits and succeeds, and no error is shown.
func TestE2EWaitsForAShortLock(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("3")
	tm.waitFor("Chấm điểm: Sông Cầu — tự chấm")
	tm.keys(":")
	tm.text("I.3.1")
	tm.keys("Enter")
	tm.waitFor("I.3.1 · ")

	holder, err := sql.Open("sqlite", "file:"+(&url.URL{Path: filepath.ToSlash(db)}).EscapedPath()+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	conn, err := holder.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	tm.text("2,75\r")
	time.Sleep(2 * time.Second)
	s := tm.screen()
	if strings.Contains(s, "lỗi") || strings.Contains(s, "locked") || strings.Contains(s, "busy") {
		t.Errorf("an error was shown while the lock was held:\n%s", s)
	}
	if !strings.Contains(s, "2,75_") {
		t.Errorf("the save did not wait for the lock:\n%s", s)
	}
	if _, err := conn.ExecContext(context.Background(), "COMMIT"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	tm.waitFor("I.3.2 · ")
	tm.keys("q")
	tm.waitExit()
	d, _ := storage.Open(context.Background(), db)
	defer d.Close()
	p, _ := d.PeriodByCode(context.Background(), "2019")
	u, _ := d.UnitByCode(context.Background(), "SONGCAU")
	sheet, _ := d.LoadSheet(context.Background(), p.ID, u.ID)
	c, _ := sheet.Tree.Resolve("I.3.1")
	if got := sheet.Rows[c.ID][model.StageSelf].Points; got != 275 {
		t.Errorf("I.3.1 = %v after the lock, want 2.75 (waited %v)", got, time.Since(start))
	}
}
