// Command corpusgen writes storage/sheet's corpus of odd workbooks into a
// folder, for the tests that read them with the real binary: built without
// the race detector, it makes the largest of them in a second, where the
// instrumented test process would take minutes.
//
// Usage: corpusgen DIR: it writes every file and prints one line per file:
// its name, its file and whether it is heavy.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"thidua/storage/sheet"
	"thidua/storage/sheet/sheettest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: corpusgen DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	for i, o := range sheettest.Corpus(limits()) {
		file := filepath.Join(dir, fmt.Sprintf("%03d.xlsx", i))
		if err := os.WriteFile(file, o.Bytes(), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s\t%s\t%v\n", o.Name, file, o.Heavy)
	}
}

// limits are the reader's budgets and error codes.
func limits() sheettest.Limits {
	o := func(code string) sheettest.Outcome { return sheettest.Outcome(code) }
	b := sheet.Budgets()
	return sheettest.Limits{
		Unpacked: b.Unpacked, Part: b.Part, Parts: b.Parts, Sheets: b.Sheets, Rows: b.Rows,
		Columns: b.Columns, Cells: b.Cells, Merges: b.Merges, Strings: b.Strings, Text: b.Text,
		StringBytes: b.StringBytes, Styles: b.Styles, FileSize: b.FileSize,
		LimitUnpacked: o(sheet.ELimitUnpacked), LimitParts: o(sheet.ELimitParts), LimitSheets: o(sheet.ELimitSheets),
		LimitRows: o(sheet.ELimitRows), LimitColumns: o(sheet.ELimitColumns), LimitCells: o(sheet.ELimitCells),
		LimitMerges: o(sheet.ELimitMerges), LimitStrings: o(sheet.ELimitStrings), LimitText: o(sheet.ELimitText),
		LimitTextShared: o(sheet.ELimitTextShared), LimitStyles: o(sheet.ELimitStyles), TooLarge: o(sheet.ETooLarge),
		Damaged: o(sheet.EDamaged), NotXLSX: o(sheet.ENotXLSX), OldXLS: o(sheet.EOldXLS), NoWorksheet: o(sheet.ENoWorksheet),
		DamagedSheet: o(sheet.EDamagedSheet),
	}
}
