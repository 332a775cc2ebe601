package model

import (
	"strings"
	"unicode"
)

// Label returns the shortest unambiguous name of id, as people cite it and
// as Resolve reads it back: its code if no other row has the same code,
// otherwise its path written the way offices write it ("II.1." for "1."
// under "II.", "I.2.a)"). Where even the path repeats (two "-" rows under
// one parent) it is the path with " / ".
func (t *Tree) Label(id string) string {
	c, ok := t.Get(id)
	if !ok {
		return id
	}
	code := strings.TrimSpace(c.Code)
	if code != "" && t.codeCount(code) == 1 {
		return code
	}
	if dotted := t.dottedPath(id); dotted != "" {
		if r, err := t.Resolve(dotted); err == nil && r.ID == id {
			return dotted
		}
	}
	return t.PathString(id)
}

// cite is Label without the check that the dotted path reads back (which
// Resolve itself uses, for its list of the rows a ref could mean).
func (t *Tree) cite(id string) string {
	c, _ := t.Get(id)
	if code := strings.TrimSpace(c.Code); code != "" && t.codeCount(code) == 1 {
		return code
	}
	if dotted := t.dottedPath(id); dotted != "" {
		return dotted
	}
	return t.PathString(id)
}

// codeCount is the number of rows whose code is code (trimmed).
func (t *Tree) codeCount(code string) int {
	n := 0
	for _, o := range t.nodes {
		if strings.TrimSpace(o.Code) == code {
			n++
		}
	}
	return n
}

// dottedPath joins the codes from the top-level part down to id the way a
// table cites a row: "II." and "1." give "II.1.", "I" and "2" give "I.2".
func (t *Tree) dottedPath(id string) string {
	var b strings.Builder
	for _, code := range t.Path(id) {
		if code == "" {
			return ""
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), ".") && !strings.HasSuffix(b.String(), ")") {
			b.WriteByte('.')
		}
		b.WriteString(code)
	}
	return b.String()
}

// codeTokens splits a code or a path of codes into its numbers, ignoring
// the punctuation and case people vary: "II.1." and "II / 1" and "ii.1"
// are the same tokens, as are "a)" and "a".
func codeTokens(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(NFC(s)), func(r rune) bool {
		return r == '.' || r == ')' || r == '(' || r == '/' || r == '›' || r == '>' || r == ':' || r == ',' || unicode.IsSpace(r)
	})
}

// Resolve finds the criterion a person means by ref: a code that no other
// row shares ("I.1.2"), or a path of codes, written as tables cite it
// ("II.1.", "I.2.a)") or with slashes ("II / 1."). Spaces, case and the
// punctuation after a number ("II" for "II.", "a" for "a)") do not matter.
// A ref that could mean several rows is refused with their labels, never
// guessed.
func (t *Tree) Resolve(ref string) (Criterion, error) {
	ref = strings.TrimSpace(ref)
	want := codeTokens(ref)
	if len(want) == 0 {
		return Criterion{}, Errorf(ECriterionUnknown, ref)
	}
	// From the most literal reading to the most lenient; the first reading
	// that names exactly one row wins.
	var ambiguous []int
	literal := normCode(ref)
	readings := []func(i int) bool{
		func(i int) bool { return t.norm[i] == literal },
		func(i int) bool { whole, _ := t.suffix(i, want); return whole },
		func(i int) bool { return equalTokens(t.tokens[i], want) },
		func(i int) bool { _, tail := t.suffix(i, want); return tail },
	}
	for _, match := range readings {
		var hits []int
		for i := range t.nodes {
			if match(i) {
				hits = append(hits, i)
			}
		}
		if len(hits) == 1 {
			return t.nodes[hits[0]], nil
		}
		if len(hits) > 1 && ambiguous == nil {
			ambiguous = hits
		}
	}
	if len(ambiguous) > 0 {
		labels := make([]string, len(ambiguous))
		for j, i := range ambiguous {
			labels[j] = t.cite(t.nodes[i].ID)
		}
		return Criterion{}, Errorf(ECriterionAmbiguous, ref, strings.Join(labels, "; "))
	}
	return Criterion{}, Errorf(ECriterionUnknown, ref)
}

// normCode is a code as the most literal reading of Resolve compares it.
func normCode(s string) string { return strings.ToUpper(strings.TrimSpace(NFC(s))) }

// suffix compares want with the codes on the path to the row at index i,
// walking up from the row without building the path: whole is whether the
// tokens of the whole path are want ("II / 1." for "a)" under "1." under
// "II."), tail whether those of its last few codes are ("1.a").
func (t *Tree) suffix(i int, want []string) (whole, tail bool) {
	n := len(want)
	for ok := true; ok; i, ok = t.index[t.nodes[i].ParentID] {
		tk := t.tokens[i]
		if len(tk) > n || !equalTokens(tk, want[n-len(tk):n]) {
			return false, tail
		}
		n -= len(tk)
		tail = tail || n == 0
	}
	return n == 0, tail
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
