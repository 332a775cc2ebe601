package model

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// resolveByPaths is how Resolve read a ref before the codes were worked
// out once per tree: every reading built every row's path anew (1.9 ms
// per unknown code in a 300-criterion table, two minutes for a file of
// 300,000 score lines).
func resolveByPaths(t *Tree, ref string) (string, string) {
	ref = strings.TrimSpace(ref)
	norm := func(s string) string { return strings.ToUpper(strings.TrimSpace(NFC(s))) }
	want := codeTokens(ref)
	if len(want) == 0 {
		return "", ECriterionUnknown
	}
	pathTokens := func(i int) []string {
		var out []string
		for _, code := range t.Path(t.nodes[i].ID) {
			out = append(out, codeTokens(code)...)
		}
		return out
	}
	tail := func(i int) bool {
		var tail []string
		path := t.Path(t.nodes[i].ID)
		for k := len(path) - 1; k >= 0; k-- {
			tail = append(codeTokens(path[k]), tail...)
			if len(tail) >= len(want) {
				return equalTokens(tail, want)
			}
		}
		return false
	}
	readings := []func(i int) bool{
		func(i int) bool { return norm(t.nodes[i].Code) == norm(ref) },
		func(i int) bool { return equalTokens(pathTokens(i), want) },
		func(i int) bool { return equalTokens(codeTokens(t.nodes[i].Code), want) },
		tail,
	}
	ambiguous := false
	for _, match := range readings {
		var hits []int
		for i := range t.nodes {
			if match(i) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 1 {
			return t.nodes[hits[0]].ID, ""
		}
		ambiguous = ambiguous || len(hits) > 1
	}
	if ambiguous {
		return "", ECriterionAmbiguous
	}
	return "", ECriterionUnknown
}

// Resolve reads every ref as building each row's path did, on random
// tables with repeated, empty and odd codes and refs written every way.
func TestResolveReadsAsThePathsDid(t *testing.T) {
	codes := []string{"I.", "II", "1.", "1", "2.", "a)", "b", "", " ", "đ)", "III.1", "1.a", "x"}
	refs := []string{"I", "II.1", "1", "2.a)", "a", "II / 1.", "I.1.a", "1.a", "b)", "III.1.2", "đ", " ii . 1 ", "x.x", "", "II.1.b"}
	rnd := rand.New(rand.NewSource(3))
	for round := 0; round < 300; round++ {
		var rows []Criterion
		for i := 0; i < 25; i++ {
			parent := ""
			if i > 0 && rnd.Intn(4) > 0 {
				parent = rows[rnd.Intn(len(rows))].ID
			}
			rows = append(rows, Criterion{ID: fmt.Sprint("c", i), ParentID: parent, Position: i, Code: codes[rnd.Intn(len(codes))]})
		}
		tree, err := NewTree(rows)
		if err != nil {
			t.Fatal(err)
		}
		for _, ref := range refs {
			wantID, wantCode := resolveByPaths(tree, ref)
			c, err := tree.Resolve(ref)
			code := ""
			if err != nil {
				code = ErrorCode(err)
			}
			if c.ID != wantID || code != wantCode {
				t.Fatalf("round %d, %q: %q %v, the paths read %q %s", round, ref, c.ID, err, wantID, wantCode)
			}
		}
	}
}
