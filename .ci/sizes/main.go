// Command sizes prints the Go files over 400 lines and the functions over
// 80 lines (STYLE.md: files stay under ~400 lines, functions under 80) and
// exits 1 when it finds any that .ci/size-pending does not list.
//
// Not measured, on purpose:
//   - _test.go files: a table test or an end-to-end flow reads best whole;
//   - the message catalogue (model/i18n/catalog*.go): one long list of
//     messages, split by screen already, is data rather than code.
//
// .ci/size-pending lists offenders being split on another branch, one a
// line: a file ("tui/app.go") or a function ("tui/app.go Model.Update").
// It is temporary: an entry that is no longer over its limit fails the run
// too, so the list only ever shrinks.
//
//	go run ./.ci/sizes [-pending .ci/size-pending] [root]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The limits: more than this many lines is too long.
const (
	maxFileLines = 400
	maxFuncLines = 80
)

// exempt reports whether a file is left out of the measure (see the
// package comment for why).
func exempt(path string) bool {
	if strings.HasSuffix(path, "_test.go") {
		return true
	}
	dir, name := filepath.Split(filepath.ToSlash(path))
	return dir == "model/i18n/" && strings.HasPrefix(name, "catalog")
}

// offender is one file or function over its limit. Its key is how
// .ci/size-pending names it: the path, or the path and the function.
type offender struct {
	key   string
	where string // path:line
	what  string
	lines int
	limit int
}

func main() {
	pendingFile := flag.String("pending", ".ci/size-pending", "the temporary list of known offenders")
	flag.Parse()
	root := "."
	if flag.NArg() > 0 {
		root = flag.Arg(0)
	}
	pending, err := readPending(*pendingFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes:", err)
		os.Exit(2)
	}
	found, err := measure(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes:", err)
		os.Exit(2)
	}
	if !report(os.Stdout, found, pending, *pendingFile) {
		os.Exit(1)
	}
}

// measure walks the Go files under root (hidden folders and testdata
// aside) and returns every file and function over its limit, by path.
func measure(root string) ([]offender, error) {
	var found []offender
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || exempt(rel) {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		offs, err := measureFile(rel, src)
		found = append(found, offs...)
		return err
	})
	return found, err
}

// measureFile measures one file: its lines and each function's, from the
// func keyword to the closing brace (the doc comment is not counted).
func measureFile(path string, src []byte) ([]offender, error) {
	var found []offender
	if n := bytes.Count(src, []byte("\n")); n > maxFileLines {
		found = append(found, offender{key: path, where: path, what: "file", lines: n, limit: maxFileLines})
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		from, to := fset.Position(fn.Pos()), fset.Position(fn.End())
		if n := to.Line - from.Line + 1; n > maxFuncLines {
			name := funcName(fn)
			found = append(found, offender{
				key: path + " " + name, where: fmt.Sprintf("%s:%d", path, from.Line),
				what: "func " + name, lines: n, limit: maxFuncLines,
			})
		}
	}
	return found, nil
}

// funcName is a function's name, with its receiver's type for a method:
// "Model.Update".
func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr: // a generic receiver: T[A]
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name + "." + fn.Name.Name
		}
		return fn.Name.Name
	}
}

// readPending reads the list of known offenders; a missing file is an
// empty list.
func readPending(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // only read
	pending := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			pending[line] = true
		}
	}
	return pending, sc.Err()
}

// report prints every offender, pending ones marked as such, and every
// pending entry that is over its limit no more; it returns whether the
// run passes: no offender outside the list and no stale entry in it.
func report(w io.Writer, found []offender, pending map[string]bool, pendingFile string) bool {
	sort.Slice(found, func(i, j int) bool { return found[i].where < found[j].where })
	ok := true
	seen := map[string]bool{}
	for _, o := range found {
		mark := "TOO LONG"
		if pending[o.key] {
			mark = "pending "
			seen[o.key] = true
		} else {
			ok = false
		}
		fmt.Fprintf(w, "%s  %s: %s is %d lines (limit %d)\n", mark, o.where, o.what, o.lines, o.limit)
	}
	var stale []string
	for k := range pending {
		if !seen[k] {
			stale = append(stale, k)
		}
	}
	sort.Strings(stale)
	for _, k := range stale {
		fmt.Fprintf(w, "STALE     %s is within its limit now (or gone): remove it from %s\n", k, pendingFile)
		ok = false
	}
	if !ok {
		fmt.Fprintf(w, "sizes: split what is TOO LONG into pieces with a purpose each (STYLE.md)\n")
	}
	fmt.Fprintf(w, "sizes: %d over the limits, %d of them pending in %s\n", len(found), len(seen), pendingFile)
	return ok
}
