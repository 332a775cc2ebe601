// Command testsummary reads `go test -json` on its standard input and
// prints what `go test` alone would print (each package's line, the output
// of failing tests and packages, build errors), then the slowest tests and
// packages and a closing count line. It exits 1 when a test, a package or a
// build failed, or when the input holds no test event at all, so a pipe
// from `go test -json` cannot pass by saying nothing.
//
//	go test -json ./... | go run ./.ci/testsummary [-n 15]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json), build events
// included.
type event struct {
	Action     string
	Package    string
	Test       string
	Elapsed    float64
	Output     string
	ImportPath string // build-output and build-fail events
}

// timing is how long one test or package took.
type timing struct {
	name    string
	pkg     string
	seconds float64
}

// summary is what the run left: counts and times.
type summary struct {
	passed, failed, skipped int
	packagesFailed          int
	buildFailed             bool
	tests, packages         []timing
	events                  int
}

func main() {
	n := flag.Int("n", 15, "how many of the slowest tests to list")
	flag.Parse()
	s, err := summarize(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(1)
	}
	s.report(os.Stdout, *n)
	if !s.ok() {
		os.Exit(1)
	}
}

// summarize streams the events from r, printing to w as go test would, and
// returns the counts and times.
func summarize(r io.Reader, w io.Writer) (*summary, error) {
	s := &summary{}
	held := map[string][]string{} // output not yet shown, by package and test
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintln(w, string(line)) // not an event: the go command's own words
			continue
		}
		s.events++
		key := e.Package + "\x00" + e.Test
		switch e.Action {
		case "build-output":
			fmt.Fprint(w, e.Output)
		case "build-fail":
			s.buildFailed = true
		case "output":
			if !strings.HasPrefix(e.Output, "=== ") { // RUN, PAUSE, CONT: go test shows them only with -v
				held[key] = append(held[key], e.Output)
			}
		case "pass", "fail", "skip":
			s.end(w, e, held[key])
			delete(held, key)
		}
	}
	if err := sc.Err(); err != nil {
		return s, fmt.Errorf("read go test -json: %w", err)
	}
	// A package that never ended (go test killed): show what it said.
	for key, out := range held {
		if len(out) > 0 {
			fmt.Fprintf(w, "(unfinished) %s\n%s", strings.ReplaceAll(key, "\x00", " "), strings.Join(out, ""))
		}
	}
	return s, nil
}

// end records a test or package that finished and prints what go test
// prints for it: a failing test's output, a package's closing line, all
// of a failing package's own output.
func (s *summary) end(w io.Writer, e event, out []string) {
	if e.Test != "" {
		t := timing{name: e.Test, pkg: e.Package, seconds: e.Elapsed}
		switch e.Action {
		case "pass":
			s.passed++
		case "fail":
			s.failed++
			fmt.Fprint(w, strings.Join(out, ""))
		case "skip":
			s.skipped++
		}
		if e.Action != "skip" && !strings.Contains(e.Test, "/") {
			s.tests = append(s.tests, t)
		}
		return
	}
	if e.Action == "fail" {
		s.packagesFailed++
		fmt.Fprint(w, strings.Join(out, ""))
		return
	}
	for _, l := range out {
		if strings.HasPrefix(l, "ok ") || strings.HasPrefix(l, "?") {
			fmt.Fprint(w, l)
		}
	}
	if e.Action == "pass" {
		s.packages = append(s.packages, timing{name: e.Package, seconds: e.Elapsed})
	}
}

// ok reports whether the run passed: something ran and nothing failed.
func (s *summary) ok() bool {
	return s.events > 0 && s.failed == 0 && s.packagesFailed == 0 && !s.buildFailed
}

// report prints the n slowest top-level tests, the slowest packages and
// the closing line. A parallel test's time includes its waits for a turn.
func (s *summary) report(w io.Writer, n int) {
	slowest := func(ts []timing, k int) []timing {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].seconds > ts[j].seconds })
		return ts[:min(k, len(ts))]
	}
	if len(s.tests) > 0 {
		fmt.Fprintf(w, "\nslowest tests:\n")
		for _, t := range slowest(s.tests, n) {
			fmt.Fprintf(w, "%8.1fs  %s  %s\n", t.seconds, t.name, t.pkg)
		}
	}
	if len(s.packages) > 0 {
		fmt.Fprintf(w, "slowest packages:\n")
		for _, p := range slowest(s.packages, 5) {
			fmt.Fprintf(w, "%8.1fs  %s\n", p.seconds, p.name)
		}
	}
	if s.buildFailed {
		fmt.Fprintln(w, "build failed")
	}
	if s.events == 0 {
		fmt.Fprintln(w, "no test ran")
	}
	fmt.Fprintf(w, "tests: %d passed, %d failed, %d skipped\n", s.passed, s.failed, s.skipped)
}
