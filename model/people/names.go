package people

import (
	"sort"
	"strings"

	"thidua/model"
)

// Parts splits a Vietnamese full name, written family name first, into
// its family name ("họ"), middle names ("tên đệm") and given name ("tên"):
// "Nguyễn Thị Minh Khai" gives "Nguyễn", "Thị Minh", "Khai". A one-word
// name is all given name.
func Parts(name string) (family, middle, given string) {
	w := strings.Fields(name)
	switch len(w) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", w[0]
	}
	return w[0], strings.Join(w[1:len(w)-1], " "), w[len(w)-1]
}

// NameOrder orders names the way Vietnamese offices order staff lists: by
// given name, then middle names, then family name, each in Vietnamese
// collation ("Đ" after "D", "ư" after "u", tones after letters). Ties
// keep their order. A NameOrder is not safe for concurrent use.
type NameOrder struct{ c *model.Collator }

// NewNameOrder returns the office order of names.
func NewNameOrder() *NameOrder { return &NameOrder{c: model.NewCollator()} }

// Compare returns -1, 0 or 1 as a sorts before, with or after b.
func (o *NameOrder) Compare(a, b string) int {
	fa, ma, ga := Parts(a)
	fb, mb, gb := Parts(b)
	if c := o.c.Compare(ga, gb); c != 0 {
		return c
	}
	if c := o.c.Compare(ma, mb); c != 0 {
		return c
	}
	if c := o.c.Compare(fa, fb); c != 0 {
		return c
	}
	return o.c.Compare(a, b) // the same letters: spacing or normal form
}

// Sort sorts people in office order of their names, then by year of
// birth (the elder first, as namesakes are told apart), then by id, so
// that the order never depends on how the list came in.
func Sort(ps []Person) {
	o := NewNameOrder()
	sort.SliceStable(ps, func(i, j int) bool { return o.less(ps[i], ps[j]) })
}

// less orders two people: name, then year of birth, then id.
func (o *NameOrder) less(a, b Person) bool {
	if c := o.Compare(a.Name, b.Name); c != 0 {
		return c < 0
	}
	if a.BirthYear != b.BirthYear {
		return a.BirthYear < b.BirthYear
	}
	return a.ID < b.ID
}

// Match reports whether a person answers a search: every word of the
// query, without accents or case, begins a word of the person's name or
// position. "nguyen van an" finds "Nguyễn Văn An" (and "Nguyễn Văn Anh",
// since people type names as they think of them), "pho truong" finds the
// deputy heads, and "an" does not find "Nguyễn Văn Toàn".
func Match(p Person, query string) bool {
	return every(strings.Fields(model.Fold(p.Name+" "+p.Position)), strings.Fields(model.Fold(query)), strings.HasPrefix)
}

// every reports whether each query word q has a word w with fit(w, q).
func every(words, qs []string, fit func(w, q string) bool) bool {
	for _, q := range qs {
		found := false
		for _, w := range words {
			if fit(w, q) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Search returns the people who answer the query, in office order; people
// whose name and position have every query word whole come first ("an"
// finds An before Anh; "pho truong" finds the deputy heads before the
// heads). An empty query returns everyone.
func Search(ps []Person, query string) []Person {
	var exact, prefix []Person
	qs := strings.Fields(model.Fold(query))
	for _, p := range ps {
		if !Match(p, query) {
			continue
		}
		if wholeWords(p.Name+" "+p.Position, qs) {
			exact = append(exact, p)
		} else {
			prefix = append(prefix, p)
		}
	}
	Sort(exact)
	Sort(prefix)
	return append(exact, prefix...)
}

func wholeWords(text string, qs []string) bool {
	return every(strings.Fields(model.Fold(text)), qs, func(w, q string) bool { return w == q })
}
