package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func run(t *testing.T, file string) (*summary, string) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	s, err := summarize(f, &out)
	if err != nil {
		t.Fatal(err)
	}
	s.report(&out, 1)
	return s, out.String()
}

// A passing run shows only the packages' lines, the slowest test and the
// closing count; what passing tests logged stays hidden, as with go test.
func TestPassingRun(t *testing.T) {
	s, out := run(t, "testdata/passing.json")
	if !s.ok() {
		t.Error("a passing run failed")
	}
	want := "ok  \tx/a\t2.731s\n?   \tx/c\t[no test files]\n\nslowest tests:\n     2.5s  TestSlow  x/a\n" +
		"slowest packages:\n     2.7s  x/a\ntests: 3 passed, 0 failed, 0 skipped\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// A failing test, a build error and a skipped test: the run fails, and
// says why in go test's words.
func TestFailingRun(t *testing.T) {
	s, out := run(t, "testdata/failing.json")
	if s.ok() {
		t.Error("a failing run passed")
	}
	for _, w := range []string{
		"cannot use \"x\"", "FAIL\tx/b [build failed]", "a_test.go:4: boom", "--- FAIL: TestFail/sub",
		"FAIL\tx/a\t", "build failed\n", "tests: 1 passed, 2 failed, 1 skipped\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	for _, w := range []string{"hidden", "=== RUN"} {
		if strings.Contains(out, w) {
			t.Errorf("output shows %q:\n%s", w, out)
		}
	}
}

// Nothing on the input (go test never started) is a failure, not a pass.
func TestEmptyRunFails(t *testing.T) {
	s, err := summarize(strings.NewReader(""), &bytes.Buffer{})
	if err != nil || s.ok() {
		t.Errorf("an empty run: ok %v, err %v", s.ok(), err)
	}
}
