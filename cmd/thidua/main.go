// Command thidua scores emulation blocs offline: a terminal interface over
// one SQLite file, and subcommands for scripts (see README.md).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"time"

	"thidua/model/i18n"
)

// version is stamped by the build (make build / make dist).
var version = "dev"

// main only wires the process to run: signals, standard streams and the exit
// code. It cannot return an error, so everything else lives in run.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	defer crashReport()
	restore := utf8Console()
	self, _ := os.Executable()
	code := exitCode(run(ctx, os.Args[1:], stdio{
		in: os.Stdin, out: os.Stdout, err: os.Stderr, getenv: os.Getenv, terminal: isTerminal(os.Stdin),
		errTerminal: isTerminal(os.Stderr), self: self,
	}))
	restore()
	os.Exit(code)
}

// crashReport turns a panic (a bug) into a short message for the person and
// a file with the details for whoever fixes it, never a stack trace on the
// screen of an office PC.
func crashReport() {
	r := recover()
	if r == nil {
		return
	}
	dir := filepath.Join(os.TempDir(), "thidua")
	path := filepath.Join(dir, "crash-"+time.Now().Format("20060102-150405")+".log")
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		err = os.WriteFile(path, fmt.Appendf(nil, "thidua %s\n%v\n\n%s", version, r, debug.Stack()), 0o644)
	}
	if err != nil {
		path = err.Error() // no file: the message names why instead
	}
	fmt.Fprintf(os.Stderr, "thidua: %s\nthidua: %s\n", i18n.T(i18n.VI, "cli.crash", path), i18n.T(i18n.EN, "cli.crash", path))
	os.Exit(1)
}
