package exchange_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
	"thidua/storage/exchange/exchangetest"
)

// A process killed (SIGKILL) while applying files leaves the database
// exactly before or exactly after each file: the stored slice always
// hashes to the applied submission's content hash, that submission is the
// last file recorded, and the integrity check passes. The child applies a
// long run of versions of one unit's 300-criterion sheet, one transaction
// each, and is killed at a random moment, many times.
func TestApplySurvivesSIGKILL(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL")
	}
	ctx := context.Background()
	b, dir := newBloc(t, exchangetest.Spec{Code: "KCRASH", Units: 1, Criteria: 300})
	reopen(t, b)
	var files []string
	for v := 1; v <= 40; v++ {
		p := filepath.Join(dir, "files", fmt.Sprintf("v%02d.sqlite", v))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := b.Submission(ctx, p, b.Units[0], v); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	seqs := map[string]int64{}
	hashes := map[int64]string{}
	for _, p := range files {
		f, err := exchange.Verify(ctx, p, exchange.VerifyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		seqs[p], hashes[f.Manifest.Seq] = f.Manifest.Seq, f.Manifest.ContentHash
	}
	b.DB.Close()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	killedMidway := 0
	for round := range 12 {
		_, path := leaderCopy(t, b, fmt.Sprintf("round%02d", round))
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperApplyLoop$")
		cmd.Env = append(os.Environ(), "THIDUA_CRASH_DB="+path, "THIDUA_CRASH_FILES="+strings.Join(files, string(os.PathListSeparator)))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r := bufio.NewReader(out)
		if line, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(line, "ready") {
			cmd.Process.Kill()
			t.Fatalf("child: %q %v", line, err)
		}
		time.Sleep(time.Duration(rng.IntN(500)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		applied := check(t, path, hashes)
		t.Logf("round %d: %d files applied", round, applied)
		if applied > 0 && applied < len(files) {
			killedMidway++
		}
	}
	if killedMidway == 0 {
		t.Log("no kill landed between the first and the last file; the machine is very fast or very slow")
	}
}

// check opens a database after a kill and returns how many files it
// holds applied; it fails the test unless the database is exactly after
// its last recorded file.
func check(t *testing.T, path string, hashes map[int64]string) int {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	defer db.Close()
	if ok, err := db.Integrity(ctx); err != nil || ok != "ok" {
		t.Fatalf("integrity after SIGKILL: %q %v", ok, err)
	}
	st, err := db.InboxState(ctx)
	if err != nil {
		t.Fatal(err)
	}
	applied, last := 0, int64(0)
	for _, f := range st.Received {
		if f.Status == model.StatusApplied {
			applied++
			last = max(last, f.Seq)
		}
	}
	var unit, period string
	for key, a := range st.Applied {
		period, unit, _ = strings.Cut(key, "/")
		if a.Seq != last || a.ContentHash != hashes[last] {
			t.Fatalf("applied state seq %d, last file %d", a.Seq, last)
		}
	}
	if applied == 0 {
		return 0
	}
	slice, err := db.UnitSlice(ctx, period, unit)
	if err != nil {
		t.Fatal(err)
	}
	if exchange.ContentHash(model.KindSubmission, slice) != hashes[last] {
		t.Fatalf("after SIGKILL the stored slice is not file %d's", last)
	}
	return applied
}

// TestHelperApplyLoop is not a test: it is the child of
// TestApplySurvivesSIGKILL. It applies the files one by one, as many
// separate merges, until it is killed.
func TestHelperApplyLoop(t *testing.T) {
	path := os.Getenv("THIDUA_CRASH_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		os.Exit(3)
	}
	fmt.Println("ready")
	os.Stdout.Sync()
	for _, f := range strings.Split(os.Getenv("THIDUA_CRASH_FILES"), string(os.PathListSeparator)) {
		if _, err := exchange.Apply(ctx, db, []string{f}, exchange.MergeOptions{}); err != nil {
			os.Exit(4)
		}
	}
	time.Sleep(time.Hour)
}
