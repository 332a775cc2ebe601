package sheet

import (
	ctable "thidua/model/table"
)

// Headings shared by every score file: the unit, the note and the evidence.
var (
	// HeadUnit is the unit's code.
	HeadUnit = ctable.Heading{Exact: []string{"unit", "don vi", "ma don vi"}}
	// HeadNote is the note or explanation beside a score.
	HeadNote = ctable.Heading{Exact: []string{"note", "ghi chu", "giai trinh", "nhan xet"}, Contains: []string{"ghi chu", "giai trinh"}}
	// HeadEvidence is the evidence reference beside a score.
	HeadEvidence = ctable.Heading{Exact: []string{"evidence", "minh chung"}, Contains: []string{"minh chung"}}
)
