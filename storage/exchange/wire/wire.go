// Package wire is thidua's exchange file format: a SQLite database marked
// with its application id and format version, holding the shared tables
// of package facts (plus the manifest) under the DDL made here. The writer
// and the verifier in package exchange read the layout from here, so the
// file a writer makes and the schema the verifier allows are the same
// text. It does no I/O.
//
// Four versions exist. Version 1 (files already sent; still read) holds
// every table of its time, empty or not, and every id as text in every
// row. Version 2 (written) holds, of the tables a file of its kind may
// fill (the individuals too: a unit's nominees, the leader's marks), only
// those that hold rows: a missing one reads as empty, and every table
// costs at least a page. It holds each id once, in table ids: the id
// columns of the other tables hold its number there. Both read back as
// the same rows, so the content hash, the signature and every check are
// the same for both; the manifest, not the tables, says a file's kind.
// Version 3 is version 2 with the leader's handover file and the key
// endorsements that setup, bloc and handover files carry; version 2's
// layouts are kept as they were. Version 4 is version 3 with the
// province's replacements (an award proposed for one unit given to
// another by one decision) that decision and setup files carry, and the
// province's key a setup file passes on to the unit; version 3's layouts
// are kept as they were, so files already sent read, hash and verify as
// before, and a build that knows only version 3 refuses a version-4 file
// as one from a newer program instead of misreading it.
package wire

import (
	"fmt"
	"slices"
	"strings"

	"thidua/model"
	"thidua/model/facts"
)

// Version is the exchange format this build writes.
const Version = 4

// Oldest is the oldest format this build still reads.
const Oldest = 1

// ApplicationID marks an exchange file in the SQLite header ("THDU").
const ApplicationID = 0x54484455

// IDs is version 2's table of the ids a file names, each once: as text,
// or, for an id in the canonical form of a UUID (what thidua makes), as
// its 16 bytes.
var IDs = facts.Table{Name: "ids", Rowid: true, Cols: []facts.Column{
	{Name: "n", Type: facts.Int},
	{Name: "id", Type: facts.Text, Null: true},
	{Name: "uuid", Type: facts.Blob, Null: true, Check: "length(uuid) = 16"},
}}

// Layout is how one format version lays out a file of one kind.
type Layout struct {
	Version int
	Kind    model.FileKind
	// Tables are the payload tables the file holds, in canonical order, as
	// package facts describes them (the rows a reader returns).
	Tables []*facts.Table
}

// LayoutOf returns the layout of a file of a version and kind; false if
// that version has no such kind.
func LayoutOf(version int, kind model.FileKind) (Layout, bool) {
	l := Layout{Version: version, Kind: kind}
	switch version {
	case 1:
		if kind > model.KindBlocFile {
			return l, false
		}
		for _, name := range v1Tables {
			l.Tables = append(l.Tables, facts.MustTable(name))
		}
	case 2, 3, 4:
		if kind.String() == "unknown" || version == 2 && kind > model.KindDecision {
			return l, false
		}
		for _, t := range facts.Payload() {
			if model.FileTableAllowed(kind, t.Name) && version >= since(t.Name) {
				l.Tables = append(l.Tables, t)
			}
		}
	default:
		return l, false
	}
	return l, true
}

// Layouts are every layout this build reads.
func Layouts() []Layout {
	var out []Layout
	for v := Oldest; v <= Version; v++ {
		for k := model.FileKind(0); k.String() != "unknown"; k++ {
			if l, ok := LayoutOf(v, k); ok {
				out = append(out, l)
			}
		}
	}
	return out
}

// Carried returns the tables a file of a version and kind may fill, in
// canonical order: what its content hash covers, whatever the file's
// layout, a table a sparse file leaves out as empty. Nil for a version or kind that does not exist.
func Carried(version int64, kind model.FileKind) []*facts.Table {
	if version == 1 {
		var out []*facts.Table
		for _, name := range v1Tables {
			if slices.Contains(v1Carried[kind], name) {
				out = append(out, facts.MustTable(name))
			}
		}
		return out
	}
	if l, ok := LayoutOf(int(version), kind); ok {
		return l.Tables
	}
	return nil
}

// v1Tables are the payload tables of version 1, in its order.
var v1Tables = []string{facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules,
	facts.TAwardRule, facts.TReturn, facts.TRegistration, facts.TScore, facts.TExplanation, facts.TLock,
	facts.TExclusion, facts.TAwardBlock, facts.TTieVote, facts.TBallot, facts.TVote, facts.TRanking, facts.TUnitSigned}

// Sparse reports whether a file of the layout leaves out its empty
// payload tables (version 2): the tables a file holds are then a subset
// of the layout's, each with exactly its DDL.
func (l Layout) Sparse() bool { return l.Version >= 2 }

// Only returns the layout with only the payload tables that keep
// reports true, in the same order: what a sparse file of it holds.
func (l Layout) Only(keep func(name string) bool) Layout {
	out := l
	out.Tables = nil
	for _, t := range l.Tables {
		if keep(t.Name) {
			out.Tables = append(out.Tables, t)
		}
	}
	return out
}

// Has reports whether the layout holds a payload table of that name.
func (l Layout) Has(name string) bool {
	return slices.ContainsFunc(l.Tables, func(t *facts.Table) bool { return t.Name == name })
}

// Late reports whether table t came to files of kind k after files of
// that kind were sent: the tables of individuals (format 2), and the
// signed submissions, individuals and history a handover file carries
// since its history was added to format 3. Such a table that holds no
// rows is left out of the content hash, so those files verify as they
// did; a new table set within a version, not a new version, so that every
// other kind's file stays readable by every build of format 3.
func Late(k model.FileKind, t *facts.Table) bool {
	return slices.Contains(facts.PeopleTables, t) ||
		k == model.KindHandover && (t.Name == facts.TUnitSigned || slices.Contains(facts.HistoryTables, t))
}

// added are the tables a later format added, with that format: the
// layouts of the formats before it, as files already sent hold them, lack
// them.
var added = map[string]int{facts.TEndorsement: 3, facts.TReplacement: 4, facts.TProvinceKey: 4}

// since returns the first format of version 2's line that holds a table.
func since(table string) int {
	if v, ok := added[table]; ok {
		return v
	}
	return 2
}

// frozen is table t as the layout holds it: version 2's manifest knows the
// four kinds of its time, and its roster the four ways a key was verified.
func (l Layout) frozen(t *facts.Table) *facts.Table {
	col, check := "", ""
	switch {
	case l.Version >= 3:
		return t
	case t.Name == facts.Manifest.Name:
		col, check = "kind", "kind IN ('setup', 'unit_submission', 'bloc_export', 'province_decision')"
	case t.Name == facts.TUnit:
		col, check = "key_verified", "key_verified IN ('setup_code', 'phone', 'tofu', 'self')"
	default:
		return t
	}
	out := *t
	out.Cols = append([]facts.Column(nil), t.Cols...)
	for i, c := range out.Cols {
		if c.Name == col {
			out.Cols[i].Check = check
		}
	}
	return &out
}

// NumberedIDs reports whether the layout stores ids as numbers into IDs.
func (l Layout) NumberedIDs() bool { return l.Version >= 2 }

// IDColumn reports whether a column holds an id: a text column named
// *_id. Version 2 stores those as numbers.
func IDColumn(c facts.Column) bool { return c.Type == facts.Text && strings.HasSuffix(c.Name, "_id") }

// Stored returns table t as the layout stores it: in version 2 its id
// columns are integers.
func (l Layout) Stored(t *facts.Table) *facts.Table {
	if !l.NumberedIDs() {
		return t
	}
	out := *t
	out.Cols = append([]facts.Column(nil), t.Cols...)
	for i, c := range out.Cols {
		if IDColumn(c) {
			out.Cols[i] = facts.Column{Name: c.Name, Type: facts.Int, Null: c.Null}
		}
	}
	return &out
}

// DDL returns every statement of a file of the layout, manifest first.
func (l Layout) DDL() []string {
	if l.Version == 1 {
		return append([]string(nil), v1DDL...)
	}
	out := []string{TableDDL(l.frozen(&facts.Manifest)), TableDDL(&IDs)}
	for _, t := range l.Tables {
		out = append(out, TableDDL(l.Stored(l.frozen(t))))
	}
	return out
}

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
