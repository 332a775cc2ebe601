package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
)

func TestDDL(t *testing.T) {
	for _, tb := range facts.Tables {
		if !strings.HasSuffix(TableDDL(tb), "STRICT, WITHOUT ROWID") {
			t.Errorf("%s is not STRICT, WITHOUT ROWID", tb.Name)
		}
	}
	if !strings.HasPrefix(TableDDL(&facts.Manifest), "CREATE TABLE manifest (singleton INTEGER PRIMARY KEY CHECK (singleton = 1)") {
		t.Errorf("manifest DDL: %s", TableDDL(&facts.Manifest))
	}
}

// ddlSum is the SHA-256 of a layout's statements.
func ddlSum(l Layout) string {
	sum := sha256.Sum256([]byte(strings.Join(l.DDL(), "\n")))
	return hex.EncodeToString(sum[:])
}

// TestDDLUnchanged pins the DDL of format version 1: files already sent
// are verified against exactly this text, so it never changes (a new
// format is a new version). The rows a v1 file's tables read into are
// still package facts' tables: their DDL built today is the frozen text.
func TestDDLUnchanged(t *testing.T) {
	for _, k := range []model.FileKind{model.KindSetup, model.KindSubmission, model.KindBlocFile} {
		l, ok := LayoutOf(1, k)
		if !ok || ddlSum(l) != v1Sum {
			t.Errorf("the DDL of format 1 (%s) changed: %s", k, ddlSum(l))
		}
		for i, tb := range l.Tables {
			// Format 3 widened a CHECK (a key verified by endorsement); the
			// columns and classes a v1 file reads into are the same.
			if got := TableDDL(Layout{Version: 2}.frozen(tb)); got != v1DDL[i+1] {
				t.Errorf("table %s no longer reads a v1 file:\n%s\n%s", tb.Name, got, v1DDL[i+1])
			}
		}
	}
}

const v1Sum = "0ec7772fedd856c151579e93b4e6371fbe445c2836a45b26cb6b46b86fc2db41"

// Version 2 holds only the tables of its kind, and the ids table; a
// submission has no setup table, a setup file no score table.
func TestV2Tables(t *testing.T) {
	sub, _ := LayoutOf(2, model.KindSubmission)
	setup, _ := LayoutOf(2, model.KindSetup)
	names := func(l Layout) string {
		var out []string
		for _, s := range l.DDL() {
			out = append(out, strings.Fields(s)[2])
		}
		return strings.Join(out, " ")
	}
	if got := names(sub); got != "manifest ids registration score explanation nominee_person nominee_registration nominee" {
		t.Errorf("submission: %s", got)
	}
	// A setup file carries the province's decisions on its addressee's
	// nominees, not the nominees themselves.
	if got := names(setup); strings.Contains(got, "registration") || strings.Contains(got, "nominee_person") ||
		!strings.HasSuffix(got, "decision nominee_decision") || !strings.Contains(got, "criterion") {
		t.Errorf("setup: %s", got)
	}
	if !strings.Contains(sub.DDL()[3], "(period_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, criterion_id INTEGER NOT NULL, stage TEXT") {
		t.Errorf("score ids are not numbers: %s", sub.DDL()[3])
	}
	if _, ok := LayoutOf(5, model.KindSubmission); ok {
		t.Error("a layout of version 5")
	}
	// Version 4 added the province's replacements to the decision and
	// setup files, and the province's key to the setup file; version 3's
	// layouts, as files already sent hold them, stay without.
	for _, c := range []struct {
		k     model.FileKind
		added []string
	}{
		{model.KindDecision, []string{facts.TReplacement}},
		{model.KindSetup, []string{facts.TReplacement, facts.TProvinceKey}},
	} {
		v3, _ := LayoutOf(3, c.k)
		v4, _ := LayoutOf(4, c.k)
		for _, name := range c.added {
			if v3.Has(name) || !v4.Has(name) {
				t.Errorf("%s %s: version 3 %v, version 4 %v", c.k, name, names(v3), names(v4))
			}
		}
		if len(v4.Tables) != len(v3.Tables)+len(c.added) {
			t.Errorf("%s: version 3 %v, version 4 %v", c.k, names(v3), names(v4))
		}
	}
	for _, k := range []model.FileKind{model.KindSubmission, model.KindBlocFile, model.KindHandover} {
		v3, _ := LayoutOf(3, k)
		v4, _ := LayoutOf(4, k)
		if names(v3) != names(v4) {
			t.Errorf("%s changed in version 4: %s", k, names(v4))
		}
	}
	if _, ok := LayoutOf(2, model.KindHandover); ok {
		t.Error("a handover file in version 2")
	}
}

// A sparse layout keeps the tables asked for, in order; version 1 is not
// sparse.
func TestOnly(t *testing.T) {
	sub, _ := LayoutOf(2, model.KindSubmission)
	v1, _ := LayoutOf(1, model.KindSubmission)
	if !sub.Sparse() || v1.Sparse() {
		t.Error("sparse: version 2 only")
	}
	only := sub.Only(func(name string) bool { return name == facts.TScore || name == facts.TRegistration })
	if len(only.Tables) != 2 || only.Tables[0].Name != facts.TRegistration || !only.Has(facts.TScore) ||
		only.Has(facts.TExplanation) || len(sub.Tables) != 6 || !sub.Has(facts.TNominee) {
		t.Errorf("only: %v", only.Tables)
	}
	if ddl := only.DDL(); len(ddl) != 4 || ddl[3] != sub.DDL()[3] {
		t.Errorf("the DDL of a kept table changed: %v", ddl)
	}
}

// Rows encoded and decoded come back as they were, each id stored once.
func TestCodec(t *testing.T) {
	l, _ := LayoutOf(2, model.KindSubmission)
	p := facts.Set{facts.TScore: {
		{"p-1", "u-1", "c-1", "self", int64(200), "2", "", "", nil},
		{"p-1", "u-1", "c-2", "self", int64(100), "1", "ghi chú", "", "c-1"},
	}, facts.TExplanation: {{"p-1", "u-1", "", "giải trình"}}}
	want := facts.Set{}
	for k, rows := range p {
		for _, r := range rows {
			want[k] = append(want[k], append(facts.Row(nil), r...))
		}
	}
	stored, ids := l.Encode(p)
	if !reflect.DeepEqual(ids, []string{"p-1", "u-1", "c-1", "c-2", ""}) {
		t.Errorf("ids: %q", ids)
	}
	byNumber := map[int64]string{}
	for i, id := range ids {
		byNumber[int64(i+1)] = id
	}
	for _, tb := range l.Tables {
		for _, r := range stored[tb.Name] {
			if err := l.Stored(tb).Check(r); err != nil {
				t.Errorf("stored row: %v", err)
			}
		}
		if err := l.Decode(tb, stored[tb.Name], byNumber); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(stored, want) {
		t.Errorf("decoded %v, want %v", stored, want)
	}
	bad := []facts.Row{{int64(1), int64(9), int64(3), "self", int64(0), "", "", "", nil}}
	if err := l.Decode(facts.MustTable(facts.TScore), bad, byNumber); err == nil {
		t.Error("a dangling id number was decoded")
	}
}

// An id in the canonical form of a UUID is stored as its 16 bytes; any
// other id, upper-case or braced UUIDs too, as text; both read back.
func TestIDRow(t *testing.T) {
	for _, id := range []string{"0190a5b2-7c1e-7d3a-9f00-1234567890ab", "0190A5B2-7C1E-7D3A-9F00-1234567890AB",
		"{0190a5b2-7c1e-7d3a-9f00-1234567890ab}", "0190a5b2+7c1e-7d3a-9f00-1234567890ab", "KBENCH-c0001", ""} {
		r := IDRow(7, id)
		if err := IDs.Check(r); err != nil {
			t.Fatal(err)
		}
		n, got, err := ParseIDRow(r)
		if err != nil || n != 7 || got != id {
			t.Errorf("%q: %d %q %v", id, n, got, err)
		}
		if _, isUUID := r[2].([]byte); isUUID != (id == "0190a5b2-7c1e-7d3a-9f00-1234567890ab") {
			t.Errorf("%q stored as %v", id, r)
		}
	}
	for _, bad := range []facts.Row{{int64(1), nil, nil}, {int64(1), "x", make([]byte, 16)}, {int64(1), nil, []byte{1}}} {
		if _, _, err := ParseIDRow(bad); err == nil {
			t.Errorf("%v read", bad)
		}
	}
}

// In version 2 no two kinds share a full layout, and its DDL is pinned like
// version 1's, once files of it are sent. (A file holds only the layout's
// tables that have rows, so its manifest, not its tables, says its kind.)
func TestV2KindsApart(t *testing.T) {
	seen := map[string]model.FileKind{}
	var all []string
	for _, l := range Layouts() {
		if l.Version != 2 {
			continue
		}
		ddl := strings.Join(l.DDL(), "\n")
		if k, ok := seen[ddl]; ok {
			t.Errorf("%s and %s have the same schema", k, l.Kind)
		}
		seen[ddl] = l.Kind
		all = append(all, ddl)
	}
	if len(seen) != 4 {
		t.Errorf("%d kinds in version 2", len(seen))
	}
	sum := sha256.Sum256([]byte(strings.Join(all, "\n")))
	if got := hex.EncodeToString(sum[:]); got != v2Sum {
		t.Errorf("the DDL of format 2 changed: %s", got)
	}
}

const v2Sum = "63efe32d25b74e6c07739de75e90be14559b0223d984136b5f93626df0e5d125"
