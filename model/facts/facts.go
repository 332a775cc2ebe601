// Package facts describes the tables thidua's installations share: the
// bloc, its roster, criteria, periods and rules, and each period's scores,
// registrations, answers, locks and results. A table has named columns of
// one value class each and a primary key; a row is its values in column
// order, read and written by column name. Rows are compared and diffed on
// their keys, which is how a merge says what a file adds, changes or
// removes.
//
// It is the one place the shared tables' shape is written down. Storage
// reads and writes the local database in these rows, and the exchange file
// (package wire) stores them, so the database, the file's DDL, the
// verifier's typed reads and the canonical hash can never drift apart. It
// does no I/O and imports nothing of thidua.
package facts

import (
	"fmt"
	"strings"
)

// Type is a column's storage class. Every table is STRICT, and reads check
// the class of every value, so a value is exactly one of: int64 (Int),
// string (Text), []byte (Blob), or nil where the column allows NULL.
type Type int

const (
	// Int is INTEGER.
	Int Type = iota
	// Text is TEXT, UTF-8.
	Text
	// Blob is BLOB.
	Blob
)

// SQL returns the type's name in SQL.
func (t Type) SQL() string { return [...]string{"INTEGER", "TEXT", "BLOB"}[t] }

// Column is one column of a file table.
type Column struct {
	Name  string
	Type  Type
	Null  bool   // NULL allowed
	Check string // a CHECK expression, or ""
}

// Table is one table of the file.
type Table struct {
	Name string
	Cols []Column
	PK   []string
	// Rowid tables: only the manifest (an INTEGER PRIMARY KEY singleton).
	Rowid bool
	pk    []int // column indexes of PK, filled by init
}

// Row is one row: values in column order.
type Row []any

// Set is rows by table name: a slice of the shared facts (what a file
// carries, what a unit owns for a period).
type Set map[string][]Row

// Col returns the index of a column, or -1.
func (t *Table) Col(name string) int {
	for i, c := range t.Cols {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// ColumnList returns the column names joined by commas, for SQL.
func (t *Table) ColumnList() string {
	names := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// Check verifies that a row has the right number of values, each of its
// column's storage class; it returns the first offending column.
func (t *Table) Check(r Row) error {
	if len(r) != len(t.Cols) {
		return fmt.Errorf("%s: %d values for %d columns", t.Name, len(r), len(t.Cols))
	}
	for i, c := range t.Cols {
		ok := false
		switch r[i].(type) {
		case nil:
			ok = c.Null
		case int64:
			ok = c.Type == Int
		case string:
			ok = c.Type == Text
		case []byte:
			ok = c.Type == Blob
		}
		if !ok {
			return fmt.Errorf("%s.%s: value of type %T", t.Name, c.Name, r[i])
		}
	}
	return nil
}

func text(name string) Column     { return Column{Name: name, Type: Text} }
func integer(name string) Column  { return Column{Name: name, Type: Int} }
func nullText(name string) Column { return Column{Name: name, Type: Text, Null: true} }
func in(name string, v ...string) Column {
	return Column{Name: name, Type: Text, Check: name + " IN ('" + strings.Join(v, "', '") + "')"}
}

// Manifest is an exchange file's one-row description (merge.md §2.3),
// signed by its author; a bloc file carries its units' manifests (table
// unit_submission).
var Manifest = Table{Name: "manifest", Rowid: true, Cols: []Column{
	{Name: "singleton", Type: Int, Check: "singleton = 1"},
	integer("format_version"),
	in("kind", "setup", "unit_submission", "bloc_export", "province_decision", "leader_handover"),
	in("author_role", "leader", "unit", "province"),
	text("bloc_id"), text("bloc_code"),
	text("period_id"), text("period_code"),
	text("author_unit_id"), text("author_unit_code"),
	nullText("addressee_unit_id"), nullText("addressee_code"),
	text("criteria_version"),
	{Name: "export_seq", Type: Int, Check: "export_seq > 0"},
	nullText("prev_content_hash"),
	text("created_at"), text("app_version"), text("content_hash"),
	{Name: "public_key", Type: Blob, Check: "length(public_key) = 32"},
	{Name: "enroll_mac", Type: Blob, Null: true},
	{Name: "enroll_code", Type: Blob, Null: true},
	{Name: "signature", Type: Blob, Check: "length(signature) = 64"},
}}

// Tables are the payload tables, in canonical order.
var Tables = []*Table{
	{Name: TBloc, PK: []string{"bloc_id"}, Cols: []Column{
		text("bloc_id"), text("code"), text("name"), text("leader_unit_id"), nullText("deputy_unit_id")}},
	{Name: TUnit, PK: []string{"unit_id"}, Cols: []Column{
		text("unit_id"), text("bloc_id"), text("code"), text("name"), text("short_name"), text("kind"),
		in("status", "active", "withdrawn"), text("withdrawn_reason"),
		{Name: "public_key", Type: Blob, Null: true, Check: "length(public_key) = 32"},
		{Name: "key_verified", Type: Text, Null: true, Check: "key_verified IN ('setup_code', 'phone', 'tofu', 'self', 'endorsed')"}}},
	{Name: TVersion, PK: []string{"version_id"}, Cols: []Column{
		text("version_id"), text("bloc_id"), text("version_hash"), text("label"), nullText("parent_id"), text("issued_at")}},
	{Name: TCriterion, PK: []string{"version_id", "criterion_id"}, Cols: []Column{
		text("version_id"), text("criterion_id"), nullText("parent_id"), integer("position"), text("code"), text("title"),
		in("kind", "group", "standard", "bonus", "deduction"), integer("max_x100"),
		{Name: "capped", Type: Int, Check: "capped IN (0, 1)"}, text("rule"), text("guidance")}},
	{Name: TPeriod, PK: []string{"period_id"}, Cols: []Column{
		text("period_id"), text("bloc_id"), text("code"), text("label"), in("kind", "half_year", "year", "other"),
		text("starts"), text("ends"), text("version_id"), text("registration_closes"), text("self_score_closes")}},
	{Name: TRules, PK: []string{"period_id"}, Cols: []Column{
		text("period_id"), integer("step_x100"), integer("bonus_cap_x100"), integer("deduction_cap_x100"),
		text("tie_breaks"), in("numbering", "skip", "dense")}},
	{Name: TAwardRule, PK: []string{"period_id", "award_code"}, Cols: []Column{
		text("period_id"), text("award_code"), integer("position"), text("name"), integer("quota"),
		integer("min_total_x100"), integer("vote_required"), text("threshold"), in("vote_base", "members", "ballots")}},
	{Name: TReturn, PK: []string{"period_id", "unit_id", "criterion_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("criterion_id"), text("reason"), text("returned_at")}},
	{Name: TRegistration, PK: []string{"period_id", "unit_id", "item"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("item"), text("detail"), text("criterion_id"), text("target")}},
	{Name: TScore, PK: []string{"period_id", "unit_id", "criterion_id", "stage"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("criterion_id"), in("stage", "self", "bloc", "province"),
		integer("points_x100"), text("input"), text("note"), text("evidence"), nullText("based_on")}},
	{Name: TExplanation, PK: []string{"period_id", "unit_id", "criterion_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("criterion_id"), text("answer")}},
	{Name: TLock, PK: []string{"period_id", "unit_id", "kind"}, Cols: []Column{
		text("period_id"), text("unit_id"), in("kind", "submitted", "accepted", "closed", "published"), text("reason")}},
	{Name: TExclusion, PK: []string{"period_id", "unit_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("reason")}},
	{Name: TAwardBlock, PK: []string{"period_id", "unit_id", "award_code"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("award_code"), text("reason")}},
	{Name: TTieVote, PK: []string{"period_id", "unit_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), integer("vote_order")}},
	{Name: TBallot, PK: []string{"period_id", "award_code"}, Cols: []Column{
		text("period_id"), text("award_code"), integer("issued"), integer("returned"), integer("valid"), integer("invalid")}},
	{Name: TVote, PK: []string{"period_id", "award_code", "unit_id"}, Cols: []Column{
		text("period_id"), text("award_code"), text("unit_id"), integer("votes_for")}},
	{Name: TRanking, PK: []string{"period_id", "unit_id"}, Cols: []Column{
		text("period_id"), text("unit_id"), in("stage", "self", "bloc", "province"), integer("total_x100"),
		integer("rank"), integer("tied"), text("proposal")}},
	{Name: TUnitSigned, PK: []string{"period_id", "unit_id"}, Cols: embeddedManifest()},
	{Name: TDecision, PK: []string{"period_id", "unit_id", "award_code"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("award_code"), in("outcome", "awarded", "not_awarded", "downgraded"),
		text("downgraded_to"), text("number"), text("decided_on")}},
	// A replacement (format 4): the award proposed for unit_id went, by
	// the same decision, to by_unit_id instead. Both units' decision rows
	// stay beside it (the proposed unit's not awarded, the other's
	// awarded, one number and date), so that every reader that knows only
	// decisions reads the outcome right.
	{Name: TReplacement, PK: []string{"period_id", "unit_id", "award_code"}, Cols: []Column{
		text("period_id"), text("unit_id"), text("award_code"), text("by_unit_id")}},
	// A leader key's endorsement of the next leader's key (format 3): the
	// old key signs the bloc, the new leader's unit, both keys and the
	// time, so that receivers who pinned the old key move the pin.
	{Name: TEndorsement, PK: []string{"bloc_id", "old_key", "new_key"}, Cols: []Column{
		text("bloc_id"), text("unit_id"),
		{Name: "old_key", Type: Blob, Check: "length(old_key) = 32"},
		{Name: "new_key", Type: Blob, Check: "length(new_key) = 32"},
		text("endorsed_at"),
		{Name: "signature", Type: Blob, Check: "length(signature) = 64"}}},
	// The province's key as the leader pinned it (format 4): a setup file
	// passes it on, so that a unit follows the province's confirmation of
	// a new leader when the leader's computer is lost.
	{Name: TProvinceKey, PK: []string{"public_key"}, Cols: []Column{
		{Name: "public_key", Type: Blob, Check: "length(public_key) = 32"}}},
}

// embeddedManifest are the columns of a unit's signed manifest as a bloc
// file embeds it: keyed by period and unit like every per-unit table, then
// the manifest's own columns without those a submission always leaves NULL.
func embeddedManifest() []Column {
	out := []Column{text("period_id"), text("unit_id")}
	for _, c := range Manifest.Cols {
		switch c.Name {
		case "singleton", "period_id", "author_unit_id", "addressee_unit_id", "addressee_code", "enroll_code":
		case "kind":
			// Always a submission's; its CHECK stays as format 1 wrote it.
			out = append(out, in("kind", "setup", "unit_submission", "bloc_export"))
		default:
			out = append(out, c)
		}
	}
	return out
}

var byName = func() map[string]*Table {
	m := map[string]*Table{}
	for _, t := range Tables {
		m[t.Name] = t
		t.pkIndexes() // filled once, before any concurrent use
	}
	return m
}()

// Lookup returns the payload table with the given name.
func Lookup(name string) (*Table, bool) {
	t, ok := byName[name]
	return t, ok
}

// MustTable returns a payload table the code names; a typo is a bug.
func MustTable(name string) *Table {
	t, ok := byName[name]
	if !ok {
		panic("facts: no table " + name)
	}
	return t
}

// The shared tables, in canonical order (the content hash walks them in
// this order).
const (
	TBloc         = "bloc"
	TUnit         = "unit"
	TVersion      = "criteria_version"
	TCriterion    = "criterion"
	TPeriod       = "period"
	TRules        = "period_rules"
	TAwardRule    = "award_rule"
	TReturn       = "return_reason"
	TRegistration = "registration"
	TScore        = "score"
	TExplanation  = "explanation"
	TLock         = "lock"
	TExclusion    = "exclusion"
	TAwardBlock   = "award_block"
	TTieVote      = "tie_vote"
	TBallot       = "ballot"
	TVote         = "vote"
	TRanking      = "ranking"
	TUnitSigned   = "unit_submission"
	TDecision     = "decision"
	TReplacement  = "decision_replacement"
	TEndorsement  = "key_endorsement"
	TProvinceKey  = "province_key"
)

// Value returns a row's value in column col (nil if the table has no such
// column); a column name the code gets wrong is a bug.
func (t *Table) Value(r Row, col string) any {
	i := t.Col(col)
	if i < 0 {
		panic("facts: no column " + t.Name + "." + col)
	}
	if i >= len(r) {
		return nil
	}
	return r[i]
}

// Str returns a row's text in column col ("" for NULL or another class).
func (t *Table) Str(r Row, col string) string {
	s, _ := t.Value(r, col).(string)
	return s
}

// Int returns a row's integer in column col (0 for NULL or another class).
func (t *Table) Int(r Row, col string) int64 {
	n, _ := t.Value(r, col).(int64)
	return n
}

// Bytes returns a row's blob in column col (nil for NULL or another class).
func (t *Table) Bytes(r Row, col string) []byte {
	b, _ := t.Value(r, col).([]byte)
	return b
}

// Set puts v in a row's column col.
func (t *Table) Set(r Row, col string, v any) { r[t.Col(col)] = v }
