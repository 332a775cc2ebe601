package app

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The arrows of ARCHITECTURE.md, as rules over import paths (the module
// name left out). The first rule whose pattern matches a package says what
// it may import from this module; "x/..." matches x and everything under
// it. Tests may import more (tests), to wire real components together.
var layers = []struct {
	pkg   string
	may   []string
	tests []string // what a test of the package may import besides
}{
	// The domain: no I/O, no UI, nothing of the layers above.
	{pkg: "model/i18n"},
	{pkg: "model/facts"},
	{pkg: "model/...", may: []string{"model/..."}},

	// The database, and the formats and work built on it.
	{pkg: "storage/exchange/wire", may: []string{"model/..."}},
	{pkg: "storage/sheet/...", may: []string{"model/...", "storage/sheet/..."},
		tests: []string{"storage/...", "model/..."}},
	{pkg: "storage/exchange/...", may: []string{"model/...", "storage", "storage/exchange/...", "storage/stress", "storage/demo/..."},
		tests: []string{"storage/..."}},
	{pkg: "storage/demo/...", may: []string{"model/...", "storage", "storage/sheet", "storage/demo/..."},
		tests: []string{"storage/..."}},
	{pkg: "storage/stress", may: []string{"model/...", "storage", "storage/demo", "storage/exchange", "storage/exchange/wire",
		"storage/sheet"}},
	{pkg: "storage/storagetest"},
	{pkg: "storage", may: []string{"model/..."}, tests: []string{"storage/..."}},

	// The application: the one place that joins storage, exchange, sheets
	// and the demo for the interface and the command line.
	{pkg: "cmd/thidua/app", may: []string{"model/...", "storage/..."}},

	// The interface: screens speak model types and the interfaces they
	// declare; kits are shared by screens; the root owns the screens.
	{pkg: "tui/internal/tuitest", may: []string{"model/...", "tui/..."}},
	{pkg: "tui", may: []string{"model/...", "tui/..."}, tests: []string{"storage/...", "cmd/thidua/app"}},
	{pkg: "tui/{screens,cover}", may: []string{"model/...", "tui/*"}},
	{pkg: "tui/...", may: []string{"model/...", "tui/" + kits}, tests: []string{"storage/...", "cmd/thidua/app", "tui/..."}},

	// The program: main and the subcommands wire everything.
	{pkg: "cmd/thidua/...", may: []string{"..."}},
}

// kits are the tui packages every screen may use; a screen never imports
// another screen or the root.
const kits = "{chrome,dialog,form,input,keys,pick,preview,scope,status,table,theme,work,internal/tuitest}"

// known are the imports that still break the arrows, with the issue step
// that removes them; the list only shrinks.
var known = map[string]bool{}

// TestLayering fails when an import breaks the arrows of ARCHITECTURE.md.
func TestLayering(t *testing.T) {
	if testing.Short() {
		t.Skip("go list of the whole module")
	}
	watchSources(t)
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports,TestImports,XTestImports", "thidua/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	seen := map[string]bool{}
	for dec.More() {
		var p struct {
			ImportPath                         string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		from := strings.TrimPrefix(p.ImportPath, "thidua/")
		check := func(imports []string, test bool) {
			for _, imp := range imports {
				to, ok := strings.CutPrefix(imp, "thidua/")
				if !ok || to == from {
					continue
				}
				edge := from + " → " + to
				if test {
					edge = from + " (test) → " + to
				}
				if allowed(from, to, test) {
					continue
				}
				seen[edge] = true
				if !known[edge] {
					t.Errorf("%s breaks the arrows of ARCHITECTURE.md", edge)
				}
			}
		}
		check(p.Imports, false)
		check(p.TestImports, true)
		check(p.XTestImports, true)
	}
	for edge := range known {
		if !seen[edge] {
			t.Errorf("%s is gone: take it off the known list", edge)
		}
	}
}

// watchSources reads every Go file of the module, so that go test's cache
// knows the result depends on them (go list runs in a child process, whose
// reads the cache does not see).
func watchSources(t *testing.T) {
	root, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	err = filepath.WalkDir(filepath.Dir(strings.TrimSpace(string(root))), func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && p != ".":
			return filepath.SkipDir
		case strings.HasSuffix(p, ".go"):
			_, err = os.ReadFile(p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// allowed reports whether package from may import to.
func allowed(from, to string, test bool) bool {
	for _, l := range layers {
		if !match(l.pkg, from) {
			continue
		}
		ok := slices.ContainsFunc(l.may, func(p string) bool { return match(p, to) })
		if test && !ok {
			ok = slices.ContainsFunc(l.tests, func(p string) bool { return match(p, to) })
		}
		return ok
	}
	return false
}

// match reports whether an import path matches a pattern: "x/..." is x
// and everything under it, "..." everything, "{a,b}" either, and a path
// element may be a path.Match pattern.
func match(pattern, pkg string) bool {
	if pattern == "..." {
		return true
	}
	if open := strings.IndexByte(pattern, '{'); open >= 0 {
		end := strings.IndexByte(pattern, '}')
		for _, alt := range strings.Split(pattern[open+1:end], ",") {
			if match(pattern[:open]+alt+pattern[end+1:], pkg) {
				return true
			}
		}
		return false
	}
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	ok, _ := path.Match(pattern, pkg)
	return ok
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, pkg string
		want         bool
	}{
		{"model/...", "model", true},
		{"model/...", "model/facts", true},
		{"model/...", "modelx", false},
		{"storage", "storage/sheet", false},
		{"tui/" + kits, "tui/form", true},
		{"tui/" + kits, "tui/internal/tuitest", true},
		{"tui/" + kits, "tui/scoring", false},
		{"...", "cmd/thidua", true},
	} {
		if got := match(c.pattern, c.pkg); got != c.want {
			t.Errorf("match(%q, %q) = %v", c.pattern, c.pkg, got)
		}
	}
	if allowed("tui/scoring", "storage", false) || !allowed("tui/scoring", "storage", true) {
		t.Error("a screen may reach storage in its tests only")
	}
	if allowed("storage", "tui", true) {
		t.Error("storage never reaches the interface")
	}
}
