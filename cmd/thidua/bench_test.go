package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"thidua/storage"
)

// The interface's benchmarks run the real binary in a real terminal (tmux)
// on the national stress set that `thidua gen` writes; THIDUA_NATIONAL
// names its folder (`make bench` makes it). Without it they are skipped.

// nationalSet returns the stress set's folder, or skips the benchmark or
// test: it needs THIDUA_NATIONAL and tmux, and on Linux SIGKILL and /proc.
func nationalSet(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("THIDUA_NATIONAL")
	if dir == "" {
		tb.Skip("THIDUA_NATIONAL is not set: run `make bench` or `make soak`, or `thidua gen --out DIR` and set it to DIR")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		tb.Skip("tmux not installed")
	}
	if runtime.GOOS != "linux" {
		tb.Skip("SIGKILL and /proc")
	}
	for _, f := range []string{"province.db", filepath.Join("K01", "leader.db")} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			tb.Fatalf("THIDUA_NATIONAL=%s is not a national set: %v", dir, err)
		}
	}
	return dir
}

// benchTerminal is one tmux server whose windows each run the program
// once.
type benchTerminal struct {
	b      *testing.B
	socket string
	n      int
}

func newBenchTerminal(b *testing.B) *benchTerminal {
	b.Helper()
	bt := &benchTerminal{b: b, socket: fmt.Sprintf("thidua-bench-%d-%d", os.Getpid(), time.Now().UnixNano())}
	if out, err := exec.Command("tmux", "-u", "-L", bt.socket, "new-session", "-d", "-s", "bench", "-x", "120", "-y", "40",
		"sleep", "86400").CombinedOutput(); err != nil {
		b.Fatalf("tmux: %v %s", err, out)
	}
	b.Cleanup(func() { exec.Command("tmux", "-L", bt.socket, "kill-server").Run() })
	return bt
}

// start opens the program on db in a new window and returns the window's
// name.
func (bt *benchTerminal) start(db string) string {
	return bt.run(binary(bt.b), "--db", db)
}

// run runs a command in a new window and returns the window's name.
// COLORTERM says the terminal has true colour, as terminals outside tmux
// do: without it the colour detection runs `tmux info`, twice, which only
// happens inside tmux and would be counted here.
func (bt *benchTerminal) run(args ...string) string {
	bt.n++
	name := fmt.Sprint("w", bt.n)
	cmd := append([]string{"-L", bt.socket, "new-window", "-d", "-t", "bench", "-n", name,
		"env", "TERM=xterm-256color", "COLORTERM=truecolor", "LANG=C.UTF-8", "THIDUA_LANG=vi"}, args...)
	if out, err := exec.Command("tmux", cmd...).CombinedOutput(); err != nil {
		bt.b.Fatalf("tmux new-window: %v %s", err, out)
	}
	return name
}

func (bt *benchTerminal) screen(w string) string {
	out, _ := exec.Command("tmux", "-L", bt.socket, "capture-pane", "-p", "-t", "bench:"+w).Output()
	return string(out)
}

// waitFor polls the window, as fast as tmux answers, until every string
// is on its screen.
func (bt *benchTerminal) waitFor(w string, want ...string) {
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := bt.screen(w)
		ok := true
		for _, x := range want {
			ok = ok && strings.Contains(s, x)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			bt.b.Fatalf("the screen never showed %q:\n%s", want, s)
		}
		// Polling without a pause would take a core from the program.
		time.Sleep(5 * time.Millisecond)
	}
}

func (bt *benchTerminal) keys(w string, keys ...string) {
	for _, k := range keys {
		exec.Command("tmux", "-L", bt.socket, "send-keys", "-t", "bench:"+w, k).Run()
		time.Sleep(60 * time.Millisecond)
	}
}

func (bt *benchTerminal) close(w string) {
	exec.Command("tmux", "-L", bt.socket, "kill-window", "-t", "bench:"+w).Run()
}

// peakMemory returns the program's peak resident memory (VmHWM) in bytes.
func (bt *benchTerminal) peakMemory(w string) int64 {
	out, err := exec.Command("tmux", "-L", bt.socket, "display-message", "-p", "-t", "bench:"+w, "#{pane_pid}").Output()
	if err != nil {
		bt.b.Fatal(err)
	}
	status, err := os.ReadFile(filepath.Join("/proc", strings.TrimSpace(string(out)), "status"))
	if err != nil {
		bt.b.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				bt.b.Fatal(err)
			}
			return kb << 10
		}
	}
	bt.b.Fatal("no VmHWM")
	return 0
}

// benchCopy copies a database of the set, so that opening it leaves the
// set as gen wrote it.
func benchCopy(b *testing.B, from string) string {
	b.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		b.Fatal(err)
	}
	to := filepath.Join(b.TempDir(), filepath.Base(from))
	if err := os.WriteFile(to, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return to
}

// leaderMarkers are what the units screen of a leader's database shows
// once its data is in: the bloc's own unit in the header and the first
// unit's row.
func leaderMarkers(b *testing.B, path string) []string {
	b.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	list, err := db.Units(ctx, "")
	if err != nil || len(list) == 0 {
		b.Fatalf("units: %v", err)
	}
	return []string{"Đơn vị thành viên (", list[0].Code + " "}
}

// BenchmarkFirstFrame times the real program in a terminal from its start
// to the first frame that shows data (DESIGN §7: under 200 ms on the
// national set): on the province's database, which holds all 1.2 million
// scores, and on the first bloc's leader database (25 units, 300
// criteria, two periods, every stage). The province's first frame is its
// board of 40 blocs. The time includes starting the
// process, opening the database and tmux's own delay, which "terminal"
// measures: a shell printing one word in the same way.
func BenchmarkFirstFrame(b *testing.B) {
	set := nationalSet(b)
	cases := []struct {
		name string
		db   string
		want func(b *testing.B, path string) []string
	}{
		{"terminal", "", func(*testing.B, string) []string { return []string{"READY"} }},
		{"province", "province.db", func(*testing.B, string) []string { return []string{"Các khối thi đua — 40 khối", "K01 "} }},
		{"leader", filepath.Join("K01", "leader.db"), leaderMarkers},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var path string
			if c.db != "" {
				path = benchCopy(b, filepath.Join(set, c.db))
			}
			want := c.want(b, path)
			bt := newBenchTerminal(b)
			var runs []time.Duration
			for b.Loop() {
				start := time.Now()
				var w string
				if path == "" {
					w = bt.run("sh", "-c", "echo READY; sleep 60")
				} else {
					w = bt.start(path)
				}
				bt.waitFor(w, want...)
				runs = append(runs, time.Since(start))
				b.StopTimer()
				bt.close(w)
				time.Sleep(100 * time.Millisecond)
				b.StartTimer()
			}
			b.ReportMetric(float64(medianOf(runs).Microseconds())/1000, "ms-first-frame")
		})
	}
}

// BenchmarkResidentMemory reports the program's peak resident memory
// (DESIGN §7: under 80 MB) on a leader's database of the national set,
// after the whole-file check that runs after the first frame, the results
// (every sheet totalled and ranked) and the 300-criterion scoring form;
// and on the province's database: its board, a bloc's results and the
// ranking of every bloc's units together.
func BenchmarkResidentMemory(b *testing.B) {
	set := nationalSet(b)
	b.Run("leader", func(b *testing.B) {
		path := benchCopy(b, filepath.Join(set, "K01", "leader.db"))
		want := leaderMarkers(b, path)
		bt := newBenchTerminal(b)
		var peak int64
		for b.Loop() {
			w := bt.start(path)
			bt.waitFor(w, want...)
			time.Sleep(time.Second) // the check of the whole file
			bt.keys(w, "4")
			bt.waitFor(w, "Kết quả xếp hạng")
			bt.keys(w, "3")
			bt.waitFor(w, "Chấm điểm:", "Nội dung tiêu chí")
			bt.keys(w, "Down", "Down", "Down", "PageDown", "PageDown", "End")
			time.Sleep(500 * time.Millisecond)
			peak = max(peak, bt.peakMemory(w))
			bt.close(w)
		}
		b.ReportMetric(float64(peak)/(1<<20), "MB-peak-rss")
	})
	b.Run("province", func(b *testing.B) {
		path := benchCopy(b, filepath.Join(set, "province.db"))
		bt := newBenchTerminal(b)
		var peak int64
		for b.Loop() {
			w := bt.start(path)
			bt.waitFor(w, "Các khối thi đua — 40 khối", "K01 ")
			time.Sleep(3 * time.Second) // the check of the whole 300 MB file
			bt.keys(w, "Enter")
			bt.waitFor(w, "Kết quả xếp hạng")
			bt.keys(w, "0", "c")
			bt.waitFor(w, "Xếp hạng chung các khối — mọi loại đơn vị — ")
			peak = max(peak, bt.peakMemory(w))
			bt.close(w)
		}
		b.ReportMetric(float64(peak)/(1<<20), "MB-peak-rss")
	})
}

// medianOf returns the middle of the durations.
func medianOf(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
