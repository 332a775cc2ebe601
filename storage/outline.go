package storage

import "thidua/model/table"

// The numbering of criteria tables is read by package model/table, the
// one import path; these names keep the readers of other files (units,
// old score sheets) on the same rules.
var (
	// BareCode is a code without the punctuation around it ("I." → "I").
	BareCode = table.BareCode
	// IsCode reports whether s looks like a criterion's number.
	IsCode = table.IsCode
	// SplitCode separates a leading number from text typed in one cell.
	SplitCode = table.SplitCode
	// OutlineParents gives each code its parent's index, as tables nest.
	OutlineParents = table.OutlineParents
)
