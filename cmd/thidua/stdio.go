package main

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// stdio is the process's outside world, injected so tests can run commands
// in-process.
type stdio struct {
	in       io.Reader
	out, err io.Writer
	getenv   func(string) string
	terminal bool // stdin is an interactive terminal
	// errTerminal: stderr is an interactive terminal, where long work
	// (a merge) shows how far it has come.
	errTerminal bool
	// self is this program's path, to check received files in a child
	// process; "" (in tests) checks them in-process.
	self string
}

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }
