// Command vet is make lint's one pass of analysis: go vet's own analyzers
// (the list of cmd/vet) and errcheck's, run by `go vet -vettool`, so that
// the module's packages are parsed and type-checked once for both.
//
// It skips the dependencies. The go command asks a vet tool to analyse
// every dependency too, for the facts its analyzers pass from package to
// package (printf wrappers, functions that never return); from a cold build
// cache that is 45 of go vet's 58 CPU-seconds here, the standard library
// and SQLite's translated C parsed and type-checked again. The facts of a
// dependency only matter when thidua calls a wrapper defined there; the
// printf analyzer knows the standard library's own printing functions by
// name (fmt, log, testing…), and no other dependency's wrapper is called.
// So for a package outside the module, asked only for facts, the tool
// writes no facts and returns at once.
//
//	go vet -vettool=bin/tools/vet -errcheck.exclude=.ci/errcheck-excludes ./...
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kisielk/errcheck/errcheck"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/appends"
	"golang.org/x/tools/go/analysis/passes/asmdecl"
	"golang.org/x/tools/go/analysis/passes/assign"
	"golang.org/x/tools/go/analysis/passes/atomic"
	"golang.org/x/tools/go/analysis/passes/bools"
	"golang.org/x/tools/go/analysis/passes/buildtag"
	"golang.org/x/tools/go/analysis/passes/cgocall"
	"golang.org/x/tools/go/analysis/passes/composite"
	"golang.org/x/tools/go/analysis/passes/copylock"
	"golang.org/x/tools/go/analysis/passes/defers"
	"golang.org/x/tools/go/analysis/passes/directive"
	"golang.org/x/tools/go/analysis/passes/errorsas"
	"golang.org/x/tools/go/analysis/passes/framepointer"
	"golang.org/x/tools/go/analysis/passes/hostport"
	"golang.org/x/tools/go/analysis/passes/httpresponse"
	"golang.org/x/tools/go/analysis/passes/ifaceassert"
	"golang.org/x/tools/go/analysis/passes/loopclosure"
	"golang.org/x/tools/go/analysis/passes/lostcancel"
	"golang.org/x/tools/go/analysis/passes/nilfunc"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/analysis/passes/shift"
	"golang.org/x/tools/go/analysis/passes/sigchanyzer"
	"golang.org/x/tools/go/analysis/passes/slog"
	"golang.org/x/tools/go/analysis/passes/stdmethods"
	"golang.org/x/tools/go/analysis/passes/stdversion"
	"golang.org/x/tools/go/analysis/passes/stringintconv"
	"golang.org/x/tools/go/analysis/passes/structtag"
	"golang.org/x/tools/go/analysis/passes/testinggoroutine"
	"golang.org/x/tools/go/analysis/passes/tests"
	"golang.org/x/tools/go/analysis/passes/timeformat"
	"golang.org/x/tools/go/analysis/passes/unmarshal"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/analysis/passes/unsafeptr"
	"golang.org/x/tools/go/analysis/passes/unusedresult"
	"golang.org/x/tools/go/analysis/passes/waitgroup"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// module is the import path of the module this tool lints.
const module = "thidua"

func main() {
	if cfg := os.Args[len(os.Args)-1]; strings.HasSuffix(cfg, ".cfg") {
		if err := skipDependency(cfg); err != nil {
			fmt.Fprintln(os.Stderr, "vet:", err)
			os.Exit(1)
		}
	}
	unitchecker.Main(
		appends.Analyzer, asmdecl.Analyzer, assign.Analyzer, atomic.Analyzer,
		bools.Analyzer, buildtag.Analyzer, cgocall.Analyzer, composite.Analyzer,
		copylock.Analyzer, defers.Analyzer, directive.Analyzer, errorsas.Analyzer,
		framepointer.Analyzer, httpresponse.Analyzer, hostport.Analyzer,
		ifaceassert.Analyzer, loopclosure.Analyzer, lostcancel.Analyzer,
		nilfunc.Analyzer, printf.Analyzer, shift.Analyzer, sigchanyzer.Analyzer,
		slog.Analyzer, stdmethods.Analyzer, stdversion.Analyzer,
		stringintconv.Analyzer, structtag.Analyzer, tests.Analyzer,
		testinggoroutine.Analyzer, timeformat.Analyzer, unmarshal.Analyzer,
		unreachable.Analyzer, unsafeptr.Analyzer, unusedresult.Analyzer,
		waitgroup.Analyzer,
		errcheckOutsideTests,
	)
}

// skipDependency ends the process, with an empty facts file, when the go
// command asks only for the facts of a package outside the module.
func skipDependency(file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var cfg struct {
		ImportPath string
		VetxOnly   bool
		VetxOutput string
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	if !cfg.VetxOnly || cfg.ImportPath == module || strings.HasPrefix(cfg.ImportPath, module+"/") {
		return nil
	}
	if err := os.WriteFile(cfg.VetxOutput, nil, 0o666); err != nil {
		return err
	}
	os.Exit(0)
	return nil
}

// errcheckOutsideTests is errcheck (as `errcheck -ignoretests`): a call
// whose error is dropped fails the run, in the module's code but not in
// its tests, where a failed call fails the test anyway.
var errcheckOutsideTests = &analysis.Analyzer{
	Name:       errcheck.Analyzer.Name,
	Doc:        errcheck.Analyzer.Doc,
	Flags:      errcheck.Analyzer.Flags,
	ResultType: errcheck.Analyzer.ResultType,
	Run: func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Files = nil
		for _, f := range pass.Files {
			if !strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
				p.Files = append(p.Files, f)
			}
		}
		p.Report = func(d analysis.Diagnostic) {
			d.Message = "unchecked error: return it with context, or say in .ci/errcheck-excludes why dropping it is right"
			pass.Report(d)
		}
		return errcheck.Analyzer.Run(&p)
	},
}
