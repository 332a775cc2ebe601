// Package i18n is thidua's one message catalogue: every string shown to a
// person, Vietnamese first, with its English twin. Nothing else in the
// program holds user-facing text.
//
// Messages are looked up by a stable id (the same string used as an error
// code) and formatted with fmt verbs. Arguments that know how to print
// themselves per language (points with a decimal comma, dates) implement
// Localizer.
package i18n

import (
	"fmt"
	"sort"
	"strings"
)

// Lang is a user-interface language.
type Lang string

const (
	// VI is Vietnamese, the default.
	VI Lang = "vi"
	// EN is English.
	EN Lang = "en"
)

// Parse reads a language name such as "vi", "en", "vi_VN.UTF-8" or "English".
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "":
		return VI, false
	case strings.HasPrefix(s, "vi"), s == "tiếng việt":
		return VI, true
	case strings.HasPrefix(s, "en"):
		return EN, true
	}
	return VI, false
}

// Localizer is implemented by values that print differently per language,
// such as points ("9,5" in Vietnamese, "9.5" in English).
type Localizer interface {
	Localize(Lang) string
}

type entry struct{ vi, en string }

var catalog = map[string]entry{}

// register adds messages to the catalogue; each catalogue file calls it once
// from init. A duplicate id is a programming error.
func register(m map[string]entry) {
	for id, e := range m {
		if _, dup := catalog[id]; dup {
			panic("i18n: duplicate message id " + id)
		}
		catalog[id] = e
	}
}

// T returns message id in language l, formatted with args (a literal
// percent sign is written %% in every message). An unknown id
// returns the id itself so a missing translation shows up in tests and
// screens instead of vanishing.
func T(l Lang, id string, args ...any) string {
	e, ok := catalog[id]
	if !ok {
		return id
	}
	format := e.vi
	if l == EN {
		format = e.en
	}
	for i, a := range args {
		// A message's values may come from a file or a database: each is
		// made printable (Printable) as it goes in, so no message can carry
		// an escape sequence or a line of its own. A Localizer is a message
		// built the same way.
		switch a := a.(type) {
		case Localizer:
			args[i] = loc(a, l)
		case string:
			args[i] = Printable(a)
		case error:
			args[i] = Printable(a.Error())
		case fmt.Stringer:
			args[i] = Printable(a.String())
		}
	}
	return fmt.Sprintf(plural(format, args), args...)
}

// loc localizes a; a multi-line message (a list of problems) stays on its
// lines.
func loc(a Localizer, l Lang) string { return PrintableLines(a.Localize(l)) }

// Has reports whether id is in the catalogue.
func Has(id string) bool {
	_, ok := catalog[id]
	return ok
}

// IDs returns every message id, sorted; tests use it to check the catalogue.
func IDs() []string {
	ids := make([]string, 0, len(catalog))
	for id := range catalog {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Raw returns the unformatted Vietnamese and English text of id.
func Raw(id string) (vi, en string) {
	e := catalog[id]
	return e.vi, e.en
}

// TLines is T for a message whose one argument is text typed over several
// lines (a criterion's guidance, its levels on lines of one cell): each
// line is made printable on its own and they are joined by line feeds, so
// a line break shows as one, not as "␊".
func TLines(l Lang, id string, text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	out := []string{T(l, id, lines[0])}
	for _, line := range lines[1:] {
		out = append(out, Printable(line))
	}
	return strings.Join(out, "\n")
}
