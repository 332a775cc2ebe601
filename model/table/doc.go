// Package table turns a criteria table, as an office types it in Excel or
// saves it as CSV, into a criteria tree: the one import path of thidua.
// The command line, the welcome wizard and the criteria screen all read
// files through Read, show the same Preview, and write what it returns.
//
// It is pure: it takes rows of cell texts (and merged ranges) and returns
// criteria with the row each came from, every problem tied to its sheet and
// row, notes on what was skipped or assumed, and for each criterion the
// scoring rule read from its guidance with the sentence it came from
// (ReadRule). It does no I/O; storage/sheet and storage give it the cells.
package table

import (
	"regexp"
	"sync"
)

// lazyRE compiles a pattern on its first use: the reader's sixty patterns
// compiled when the program starts cost every start (the interface's
// first frame included) five milliseconds for files it may never read.
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
