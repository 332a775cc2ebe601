package model

import (
	"fmt"
	"strings"
	"testing"
)

// diffBase is last year's small table: a part with two criteria, and a
// part of deductions.
func diffBase() []Criterion {
	return []Criterion{
		{ID: "I", Code: "I", Title: "Thực hiện nhiệm vụ", Kind: Group, Max: Whole(20), Position: 1},
		{ID: "a", ParentID: "I", Code: "1", Title: "Giảm nghèo", Kind: Standard, Max: Whole(10), Position: 1},
		{ID: "b", ParentID: "I", Code: "2", Title: "Việc làm", Kind: Standard, Max: Whole(10), Position: 2},
		{ID: "II", Code: "II", Title: "Điểm trừ", Kind: Group, Max: Whole(5), Position: 2},
		{ID: "c", ParentID: "II", Code: "1", Title: "Báo cáo chậm", Kind: Deduction, Max: Whole(5), Position: 1},
	}
}

// edit returns a copy of rows with f applied.
func edit(rows []Criterion, f func([]Criterion) []Criterion) []Criterion {
	return f(append([]Criterion(nil), rows...))
}

// describe writes a diff as "kind code" lines, to compare.
func describe(cs []CriteriaChange) string {
	var out []string
	for _, c := range cs {
		code := c.New.Code
		if c.Kind == CriterionRemoved {
			code = c.Old.Code
		}
		out = append(out, fmt.Sprintf("%s %s", c.Kind, code))
	}
	return strings.Join(out, "; ")
}

func TestDiffCriteria(t *testing.T) {
	count, err := ParseRule("count each=1")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		rows []Criterion
		want string
	}{
		{"unchanged", diffBase(), ""},
		{"a criterion added", edit(diffBase(), func(r []Criterion) []Criterion {
			r[0].Max = Whole(25)
			return append(r, Criterion{ID: "n", ParentID: "I", Code: "3", Title: "Trẻ em", Kind: Standard, Max: Whole(5), Position: 3})
		}), "max I; added 3"},
		{"a criterion removed", edit(diffBase(), func(r []Criterion) []Criterion {
			r[0].Max = Whole(10)
			return append(r[:2], r[3:]...)
		}), "max I; removed 2"},
		{"a maximum changed", edit(diffBase(), func(r []Criterion) []Criterion {
			r[1].Max, r[2].Max = Whole(12), Whole(8)
			return r
		}), "max 1; max 2"},
		{"a rule and its title changed", edit(diffBase(), func(r []Criterion) []Criterion {
			r[4].Rule, r[4].Title = count, "Báo cáo chậm, sai"
			return r
		}), "rule 1; title 1"},
		{"a kind changed", edit(diffBase(), func(r []Criterion) []Criterion {
			r[2].Kind = Bonus
			return r
		}), "kind 2"},
		{"a cap on a group", edit(diffBase(), func(r []Criterion) []Criterion {
			r[0].Capped = true
			return r
		}), "max I"},
		{"moved: same id, new code", edit(diffBase(), func(r []Criterion) []Criterion {
			r[1].Position, r[1].Code, r[2].Position, r[2].Code = 2, "2", 1, "1"
			return r
		}), "title 1; title 2"},
		{"imported again: new ids, matched by codes", edit(diffBase(), func(r []Criterion) []Criterion {
			for i := range r {
				r[i].ID = "new-" + r[i].ID
				if r[i].ParentID != "" {
					r[i].ParentID = "new-" + r[i].ParentID
				}
			}
			r[1].Max, r[1].Code = Whole(9), "1."
			return r
		}), "max 1."},
	} {
		t.Run(c.name, func(t *testing.T) {
			old, err := NewTree(diffBase())
			if err != nil {
				t.Fatal(err)
			}
			new, err := NewTree(c.rows)
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(DiffCriteria(old, new)); got != c.want {
				t.Errorf("diff = %q, want %q", got, c.want)
			}
		})
	}
}

// Codes that repeat (two parts each with a "1") are matched under their
// parts; a chain that names two criteria matches nothing; a missing side
// is everything added or removed.
func TestDiffCriteriaEdges(t *testing.T) {
	old, _ := NewTree(diffBase())
	twice := []Criterion{
		{ID: "x", Code: "A", Title: "A", Kind: Group, Max: Whole(10), Position: 1},
		{ID: "y", ParentID: "x", Code: "1", Title: "một", Kind: Standard, Max: Whole(5), Position: 1},
		{ID: "z", ParentID: "x", Code: "1", Title: "một nữa", Kind: Standard, Max: Whole(5), Position: 2},
	}
	tw, _ := NewTree(twice)
	tw2, _ := NewTree(edit(twice, func(r []Criterion) []Criterion {
		for i := range r {
			r[i].ID += "2"
			if r[i].ParentID != "" {
				r[i].ParentID += "2"
			}
		}
		return r
	}))
	if got := describe(DiffCriteria(tw, tw2)); got != "added 1; added 1; removed 1; removed 1" {
		t.Errorf("repeated codes = %q", got)
	}
	if got := describe(DiffCriteria(nil, old)); got != "added I; added 1; added 2; added II; added 1" {
		t.Errorf("from nothing = %q", got)
	}
	if got := describe(DiffCriteria(old, nil)); got != "removed I; removed 1; removed 2; removed II; removed 1" {
		t.Errorf("to nothing = %q", got)
	}
	a, r, ch := ChangeCounts([]CriteriaChange{{Kind: CriterionAdded}, {Kind: CriterionMax, New: Criterion{ID: "p"}},
		{Kind: CriterionRule, New: Criterion{ID: "p"}}, {Kind: CriterionRemoved}, {Kind: CriterionTitle, New: Criterion{ID: "q"}}})
	if a != 1 || r != 1 || ch != 2 {
		t.Errorf("counts = %d %d %d", a, r, ch)
	}
}
