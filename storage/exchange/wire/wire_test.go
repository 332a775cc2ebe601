package wire

import (
	"strings"
	"testing"

	"thidua/model"
)

func TestTablesCoverTheMatrix(t *testing.T) {
	for _, k := range []model.FileKind{model.KindSetup, model.KindSubmission, model.KindBlocFile} {
		for _, tb := range Tables {
			_ = model.FileTableAllowed(k, tb.Name)
		}
	}
	for _, name := range []string{model.TBloc, model.TUnit, model.TScore, model.TUnitSigned, model.TRanking} {
		if _, ok := Lookup(name); !ok {
			t.Errorf("no table %s", name)
		}
	}
	for _, tb := range Tables {
		for _, k := range tb.PK {
			if tb.Col(k) < 0 {
				t.Errorf("%s: key column %s missing", tb.Name, k)
			}
		}
		if !strings.HasSuffix(tb.DDL(), "STRICT, WITHOUT ROWID") {
			t.Errorf("%s is not STRICT, WITHOUT ROWID", tb.Name)
		}
	}
	if !strings.HasPrefix(Manifest.DDL(), "CREATE TABLE manifest (singleton INTEGER PRIMARY KEY CHECK (singleton = 1)") {
		t.Errorf("manifest DDL: %s", Manifest.DDL())
	}
	sub := MustTable(model.TUnitSigned)
	for _, c := range Manifest.Cols {
		switch c.Name {
		case "singleton", "addressee_unit_id", "addressee_code", "enroll_code", "author_unit_id":
			if c.Name != "author_unit_id" && sub.Col(c.Name) >= 0 {
				t.Errorf("unit_submission carries %s", c.Name)
			}
		default:
			if sub.Col(c.Name) < 0 {
				t.Errorf("unit_submission lacks %s", c.Name)
			}
		}
	}
}

func TestCheckTypes(t *testing.T) {
	tb := MustTable(model.TExplanation)
	if err := tb.Check(Row{"p", "u", "c", "a"}); err != nil {
		t.Error(err)
	}
	for _, r := range []Row{{"p", "u", "c"}, {"p", "u", "c", int64(1)}, {"p", "u", nil, "a"}, {"p", []byte("u"), "c", "a"}} {
		if tb.Check(r) == nil {
			t.Errorf("%v accepted", r)
		}
	}
	v := MustTable(model.TVersion)
	if err := v.Check(Row{"v", "b", "h", "l", nil, "t"}); err != nil {
		t.Errorf("NULL in a nullable column: %v", err)
	}
}

func TestSortAndDiff(t *testing.T) {
	tb := MustTable(model.TRegistration)
	old := []Row{
		{"p", "u", "b", "keep", "", ""},
		{"p", "u", "a", "old", "", ""},
		{"p", "u", "c", "gone", "", ""},
	}
	next := []Row{
		{"p", "u", "d", "new", "", ""},
		{"p", "u", "a", "changed", "", ""},
		{"p", "u", "b", "keep", "", ""},
	}
	changes, n := DiffPayload([]string{model.TRegistration}, Payload{model.TRegistration: old}, Payload{model.TRegistration: next})
	if n != (Counts{New: 1, Changed: 1, Removed: 1, Unchanged: 1}) {
		t.Errorf("counts %+v", n)
	}
	var kinds []string
	for _, c := range changes {
		kinds = append(kinds, c.Kind.String()+":"+c.Table)
	}
	if got := strings.Join(kinds, " "); got != "changed:registration unchanged:registration new:registration removed:registration" {
		t.Errorf("changes in key order: %s", got)
	}
	tb.Sort(next)
	if next[0][2] != "a" || next[2][2] != "d" {
		t.Errorf("sorted %v", next)
	}
	if got := Filter(tb, old, "item", "c"); len(got) != 1 || got[0][3] != "gone" {
		t.Errorf("filter %v", got)
	}
	if (Counts{1, 2, 3, 4}).Plus(Counts{1, 1, 1, 1}) != (Counts{2, 3, 4, 5}) {
		t.Error("plus")
	}
	if !Equal(Row{nil, int64(1), []byte{1}}, Row{nil, int64(1), []byte{1}}) || Equal(Row{nil}, Row{""}) {
		t.Error("equal")
	}
}
