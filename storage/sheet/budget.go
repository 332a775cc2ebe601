package sheet

import (
	"fmt"
	"runtime/debug"

	"thidua/model"
)

// Every workbook thidua reads comes from outside: a province's e-mail, a
// USB stick, a chat app. Reading one is bounded before and while it is
// read, so that no file, however made, can take more than a few seconds or
// a few hundred megabytes, or crash the program: the budgets below are
// checked on the file (size, parts, what its parts claim to unpack to) and
// again on every byte and cell actually read. A limit that is hit is named
// in the message, with what to do; nothing that was read is kept.
//
// Real files are far below every limit: a province's criteria table is a
// few hundred rows of ten columns, a unit's old score sheet the same, a list
// of units a few dozen rows. The limits are there for the files that are not
// what they seem: a sheet with one cell in column XFD on every row, a
// hundred thousand merged ranges, a zip bomb.

// Codes of the budget errors; each is a message id (catalog_trust.go).
const (
	ELimitUnpacked = "sheet.limit_unpacked"
	ELimitParts    = "sheet.limit_parts"
	ELimitSheets   = "sheet.limit_sheets"
	ELimitRows     = "sheet.limit_rows"
	ELimitColumns  = "sheet.limit_columns"
	ELimitCells    = "sheet.limit_cells"
	ELimitMerges   = "sheet.limit_merges"
	ELimitStrings  = "sheet.limit_strings"
	ELimitText     = "sheet.limit_text"
	// ELimitTextShared: a shared string (whose cell is not known yet) is
	// too long.
	ELimitTextShared = "sheet.limit_text_shared"
	ELimitStyles     = "sheet.limit_styles"
	// EUnreadable: reading failed in a way no check foresaw (a fault
	// inside a library); the file is refused like a damaged one.
	EUnreadable = "sheet.unreadable"
	// ENoWorksheet: the workbook holds no worksheet (only charts).
	ENoWorksheet = "sheet.no_worksheet"
	// EDamagedSheet: a worksheet's part cannot be read.
	EDamagedSheet = "sheet.damaged_sheet"
)

// Budgets of one workbook read. The figures are measured in BENCHMARKS.md:
// a file at every limit at once is read within the promise of DESIGN §7
// (10 s and 300 MB on 2 cores).
const (
	// maxUnpacked is what the parts thidua reads may unpack to, all
	// together (images, charts and the like are never unpacked).
	maxUnpacked = 64 << 20
	// maxPartSize is what one part may unpack to.
	maxPartSize = 32 << 20
	// maxRun is the longest stretch of a part without markup: no text of a
	// cell is longer (maxText characters), only padding made to fill the
	// memory of whoever reads it.
	maxRun = 1 << 20
	// maxParts is how many files the zip may hold.
	maxParts = 10_000
	// maxSheets is how many worksheets are looked at.
	maxSheets = 500
	// maxRows is the last row that may hold a value.
	maxRows = 50_000
	// maxColumns is how many different columns of a sheet may hold values
	// (anywhere: a column need not be near the others).
	maxColumns = 256
	// maxCells is how many cells with a value all sheets read may hold.
	maxCells = 200_000
	// maxSlots bounds the rows × columns kept for the sheets read: a table
	// is kept as rows of its used columns.
	maxSlots = 2_000_000
	// maxMerges is how many merged ranges a sheet may have, and
	// maxBookMerges all the sheets read together.
	maxMerges     = 10_000
	maxBookMerges = 50_000
	// maxStrings is how many shared strings a workbook may have, and
	// maxStringBytes their total size.
	maxStrings     = 500_000
	maxStringBytes = 16 << 20
	// maxText is the longest text of one cell, in characters: Excel's own
	// limit.
	maxText = 32_767
	// maxStyles is how many cell formats and fonts are read (Excel allows
	// 64,000 formats).
	maxStyles = 65_536
)

// Budget lists the budgets of reading a workbook, for the tests and the
// benchmark that hold the reader to them.
type Budget struct {
	FileSize, Unpacked, Part, Parts, Sheets, Rows, Columns int
	Cells, Merges, Strings, StringBytes, Text, Styles      int
}

// Budgets returns the budgets in force.
func Budgets() Budget {
	return Budget{FileSize: MaxFileSize, Unpacked: maxUnpacked, Part: maxPartSize, Parts: maxParts, Sheets: maxSheets,
		Rows: maxRows, Columns: maxColumns, Cells: maxCells, Merges: maxMerges, Strings: maxStrings,
		StringBytes: maxStringBytes, Text: maxText, Styles: maxStyles}
}

// limitError returns the error of a budget exceeded.
func limitError(code string, params ...any) error { return model.Errorf(code, params...) }

// recoverRead turns a panic met while reading a workbook (a fault in a
// library, or in thidua, on a file nobody foresaw) into the refusal of the
// file, with the technical detail kept for --debug and the crash log: a
// person sees "this file cannot be read" and what to do, never a stack
// trace, and nothing they typed is lost.
func recoverRead(err *error) {
	if r := recover(); r != nil {
		*err = model.Errorf(EUnreadable).WithCause(fmt.Errorf("panic: %v\n%s", r, debug.Stack()))
	}
}
