package facts

import (
	"strings"
	"testing"
)

func TestTables(t *testing.T) {
	for _, name := range []string{TBloc, TUnit, TScore, TUnitSigned, TRanking} {
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
	}
	sub := MustTable(TUnitSigned)
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
	tb := MustTable(TExplanation)
	if err := tb.Check(Row{"p", "u", "c", "a"}); err != nil {
		t.Error(err)
	}
	for _, r := range []Row{{"p", "u", "c"}, {"p", "u", "c", int64(1)}, {"p", "u", nil, "a"}, {"p", []byte("u"), "c", "a"}} {
		if tb.Check(r) == nil {
			t.Errorf("%v accepted", r)
		}
	}
	v := MustTable(TVersion)
	if err := v.Check(Row{"v", "b", "h", "l", nil, "t"}); err != nil {
		t.Errorf("NULL in a nullable column: %v", err)
	}
}

func TestByName(t *testing.T) {
	tb := MustTable(TScore)
	r := Row{"p", "u", "c", "bloc", int64(950), "9,5", "note", "", nil}
	if tb.Str(r, "criterion_id") != "c" || tb.Int(r, "points_x100") != 950 || tb.Str(r, "based_on") != "" || tb.Bytes(r, "note") != nil {
		t.Errorf("read by name: %v", r)
	}
	tb.Set(r, "note", "other")
	if r[6] != "other" {
		t.Errorf("set by name: %v", r)
	}
	defer func() {
		if recover() == nil {
			t.Error("a column that is not there is a bug")
		}
	}()
	tb.Str(r, "no_such_column")
}

func TestSortAndDiff(t *testing.T) {
	tb := MustTable(TRegistration)
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
	changes, n := DiffSet([]string{TRegistration}, Set{TRegistration: old}, Set{TRegistration: next})
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
