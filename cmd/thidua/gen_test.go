package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// thidua gen writes a set and says what it wrote, part by part, in the
// person's language; a folder that holds files, or a size that cannot be
// made, is refused.
func TestGen(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bộ dữ liệu")
	stdout, stderr, code := runCmd(t, map[string]string{"THIDUA_LANG": "en"}, "gen", "--out", out, "--blocs", "1", "--units", "2",
		"--criteria", "3", "--workers", "1", "--seed", "5")
	if code != 0 {
		t.Fatalf("gen: exit %d %s", code, stderr)
	}
	for _, want := range []string{"1 bloc × 2 units × 3 criteria, 2 periods", "leaders' databases", "units' signed submissions",
		"province merging the bloc files", "24 scores at every stage"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("gen output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "gen.") || !strings.Contains(stderr, "bloc 1/1 done (K01)") {
		t.Errorf("a message id or no progress:\n%s\n%s", stdout, stderr)
	}
	if _, errs, code := runCmd(t, nil, "gen", "--out", out, "--blocs", "1"); code != 1 || !strings.Contains(errs, "đã có tệp") {
		t.Errorf("gen into a folder with files: exit %d %s", code, errs)
	}
	for _, args := range [][]string{{"gen"}, {"gen", "--out", t.TempDir(), "--criteria", "2"}, {"gen", "--out", t.TempDir(), "--scale", "0"}} {
		if _, _, code := runCmd(t, nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
