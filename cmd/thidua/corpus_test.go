package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// oddFile is a workbook of storage/sheet's corpus, written to disk.
type oddFile struct {
	name, path string
	heavy      bool
}

var (
	corpusOnce  sync.Once
	corpusFiles []oddFile
	corpusErr   error
)

// corpus writes the corpus with testdata/corpusgen (built without the
// race detector) once per test run.
func corpus(t testing.TB) []oddFile {
	t.Helper()
	corpusOnce.Do(func() {
		dir, err := os.MkdirTemp("", "thidua-corpus-")
		if err != nil {
			corpusErr = err
			return
		}
		gen := filepath.Join(dir, "corpusgen")
		if out, err := exec.Command("go", "build", "-o", gen, "./testdata/corpusgen").CombinedOutput(); err != nil {
			corpusErr = fmt.Errorf("build corpusgen: %v\n%s", err, out)
			return
		}
		out, err := exec.Command(gen, dir).Output()
		if err != nil {
			corpusErr = fmt.Errorf("corpusgen: %v", err)
			return
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Split(line, "\t")
			corpusFiles = append(corpusFiles, oddFile{f[0], f[1], f[2] == "true"})
		}
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	return corpusFiles
}

// corpusFile is the path of one workbook of the corpus.
func corpusFile(t testing.TB, name string) string {
	t.Helper()
	for _, f := range corpus(t) {
		if f.name == name {
			return f.path
		}
	}
	t.Fatalf("no %s in the corpus", name)
	return ""
}

// The corpus through the real binary, as a person runs it: every heavy
// file (each budget at its edge) and a sample of the others, read by
// criteria import --dry-run and (but for the heavy files refused at a
// budget, which the first already read) by score import, exit 0 or 1 with a
// message in the chosen language, never a panic, and within the promise of
// DESIGN §7 in memory (peak resident set under 300 MB, measured by GNU
// time). Times are only logged: the machine is shared; make bench has them.
func TestCorpusThroughTheBinary(t *testing.T) {
	t.Parallel() // the work is in child processes, beside the tmux tests that mostly wait
	if testing.Short() {
		t.Skip("builds the binary and reads the corpus's largest files")
	}
	bin := binary(t)
	dir := t.TempDir()
	// GNU time measures the peak memory of the program alone (the kernel's
	// figure for a child of this test would include the test's own).
	gnuTime, _ := exec.LookPath("/usr/bin/time")
	if gnuTime == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("GNU time is missing (.ci/run installs it)")
		}
		t.Log("no /usr/bin/time: memory is not measured")
	}
	type run struct {
		what string
		args []string
	}
	var runs []run
	n := 0
	for i, o := range corpus(t) {
		if !o.heavy && !strings.HasPrefix(o.name, "hostile/") && i%15 != 0 {
			continue // the readers' own test reads them all
		}
		n++
		runs = append(runs, run{o.name + ": criteria import", []string{"criteria", "import", o.path, "--dry-run", "--lang", "en"}})
		if !o.heavy || strings.HasPrefix(o.name, "limit/under-") {
			// The same reader again, through the old score sheets' door.
			runs = append(runs, run{o.name + ": score import", []string{"score", "import", o.path, "--db", "", "--period", "2019", "--unit", "DONGXUAN"}})
		}
	}
	// Two at a time, each with its own database (a second program on the
	// same file would be refused): each run is one process reading one
	// file on one core, and the test took 40 s one file after another.
	var (
		mu             sync.Mutex
		worstTime      time.Duration
		worstRSS       int64
		worstT, worstM string
		wg             sync.WaitGroup
		next           = make(chan run)
	)
	for w := range 2 {
		peak := filepath.Join(dir, fmt.Sprint("peak", w))
		db := demoDB(t)
		wg.Go(func() {
			for r := range next {
				args := slices.Clone(r.args)
				if i := slices.Index(args, "--db"); i >= 0 {
					args[i+1] = db
				}
				took, rss := readThroughBinary(t, bin, gnuTime, peak, r.what, args)
				mu.Lock()
				if took > worstTime {
					worstTime, worstT = took, r.what
				}
				if rss > worstRSS {
					worstRSS, worstM = rss, r.what
				}
				mu.Unlock()
			}
		})
	}
	for _, r := range runs {
		next <- r
	}
	close(next)
	wg.Wait()
	t.Logf("%d of %d files; slowest: %s in %v; most memory: %s, %d MB", n, len(corpus(t)), worstT,
		worstTime.Round(time.Millisecond), worstM, worstRSS>>20)
}

// readThroughBinary runs the binary on one file of the corpus (GNU time,
// when there is one, writing its peak memory to peak) and checks that it
// ended well: exit 0 or 1 with a message, no panic, under 300 MB.
func readThroughBinary(t *testing.T, bin, gnuTime, peak, what string, args []string) (time.Duration, int64) {
	cmd := exec.Command(bin, args...)
	if gnuTime != "" {
		cmd = exec.Command(gnuTime, append([]string{"-f", "%M", "-o", peak, bin}, args...)...)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	code := cmd.ProcessState.ExitCode()
	if err != nil && code != 1 {
		t.Errorf("%s: %v (exit %d)\n%s", what, err, code, errb.String())
	}
	if code == 1 && !strings.HasPrefix(errb.String(), "thidua: ") && !strings.Contains(errb.String(), "\n  ! ") {
		t.Errorf("%s: refused without a message:\n%s", what, errb.String())
	}
	for _, bad := range []string{"panic", "goroutine", "runtime error", "Internal error", "Lỗi nội bộ"} {
		if strings.Contains(out.String()+errb.String(), bad) {
			t.Errorf("%s: %q in the output:\n%s", what, bad, errb.String())
		}
	}
	var rss int64
	if gnuTime != "" {
		// The last line: a failing command's status comes first.
		kb, _ := os.ReadFile(peak)
		lines := strings.Split(strings.TrimSpace(string(kb)), "\n")
		if _, err := fmt.Sscan(lines[len(lines)-1], &rss); err != nil {
			t.Errorf("%s: no memory figure: %q", what, kb)
		}
		rss <<= 10
	}
	if rss > 300<<20 {
		t.Errorf("%s: %d MB of memory", what, rss>>20)
	}
	return took, rss
}
