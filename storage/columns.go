package storage

import "thidua/model/table"

// Heading names a column of an imported table (see model/table).
type Heading = table.Heading

// The headings of imported tables are matched by model/table's rules.
var (
	// HeadingKey is the form headings are compared in.
	HeadingKey = table.HeadingKey
	// FindHeadings finds each field's column in a header row.
	FindHeadings = table.FindHeadings
	// HeadCode is the number of a criterion ("STT", "Mã").
	HeadCode = table.HeadCode
	// HeadTitle is the text of a criterion ("Nội dung tiêu chí").
	HeadTitle = table.HeadTitle
)

// Headings shared by every score file: the unit, the note and the evidence.
var (
	// HeadUnit is the unit's code.
	HeadUnit = Heading{Exact: []string{"unit", "don vi", "ma don vi"}}
	// HeadNote is the note or explanation beside a score.
	HeadNote = Heading{Exact: []string{"note", "ghi chu", "giai trinh", "nhan xet"}, Contains: []string{"ghi chu", "giai trinh"}}
	// HeadEvidence is the evidence reference beside a score.
	HeadEvidence = Heading{Exact: []string{"evidence", "minh chung"}, Contains: []string{"minh chung"}}
)
