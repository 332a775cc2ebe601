// Package wire is version 1 of thidua's exchange file: a SQLite database
// marked with its application id and format version, holding the shared
// tables of package facts (plus the manifest) under the DDL made here. The
// writer and the verifier in package exchange read the DDL from here, so
// the file a writer makes and the schema the verifier allows are the same
// text. It does no I/O.
package wire

import (
	"fmt"
	"strings"

	"thidua/model/facts"
)

// Version is the exchange format this build writes and reads.
const Version = 1

// ApplicationID marks an exchange file in the SQLite header ("THDU").
const ApplicationID = 0x54484455

// TableDDL returns a table's CREATE TABLE statement, exactly as a file
// holds it.
func TableDDL(t *facts.Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (", t.Name)
	for i, c := range t.Cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.Name + " " + c.Type.SQL())
		if t.Rowid && i == 0 {
			b.WriteString(" PRIMARY KEY")
		} else if !c.Null {
			b.WriteString(" NOT NULL")
		}
		if c.Check != "" {
			b.WriteString(" CHECK (" + c.Check + ")")
		}
	}
	if !t.Rowid {
		fmt.Fprintf(&b, ", PRIMARY KEY (%s)", strings.Join(t.PK, ", "))
		b.WriteString(") STRICT, WITHOUT ROWID")
	} else {
		b.WriteString(") STRICT")
	}
	return b.String()
}

// DDL returns every statement of a version-1 file, manifest first.
func DDL() []string {
	out := []string{TableDDL(&facts.Manifest)}
	for _, t := range facts.Tables {
		out = append(out, TableDDL(t))
	}
	return out
}
