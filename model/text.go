package model

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normal form C with surrounding space trimmed.
// Every text a person types or a file brings is normalised once, when it is
// committed, so that "Sông Cầu" typed by an IME and pasted from a PDF are the
// same string to the database.
func NFC(s string) string {
	return strings.TrimSpace(norm.NFC.String(s))
}

// Narrow returns s with the full-width forms of ASCII characters that
// some input methods type (８, ，, ％, ／) turned into the ASCII ones, so
// that a number typed that way is read as the number it shows.
func Narrow(s string) string {
	if !strings.ContainsFunc(s, isWide) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isWide(r) {
			return r - 0xFEE0
		}
		return r
	}, s)
}

// isWide reports whether r is the full-width form of an ASCII character.
func isWide(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

// Fold returns the accent-free, lower-case search key of s: "Đông Hòa" and
// "dong hoa" fold to the same key, so a search ignores diacritics.
// Vietnamese "đ" is a letter of its own, not d with a mark, so it is mapped
// by hand.
func Fold(s string) string {
	out := s
	if !isASCII(s) {
		// A transform chain allocates tens of kilobytes: they are reused,
		// one per goroutine at a time, since imports fold every row.
		t := foldChains.Get().(transform.Transformer)
		var err error
		if out, _, err = transform.String(t, s); err != nil {
			out = s
		}
		foldChains.Put(t)
	}
	out = strings.Map(func(r rune) rune {
		if r == 'đ' || r == 'Đ' {
			return 'd'
		}
		return unicode.ToLower(r)
	}, out)
	return strings.Join(strings.Fields(out), " ")
}

var foldChains = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// MatchFold reports whether every word of query occurs in text, ignoring case
// and accents: "song cau" matches "Phòng LĐTBXH thị xã Sông Cầu".
func MatchFold(text, query string) bool {
	t := Fold(text)
	for _, w := range strings.Fields(Fold(query)) {
		if !strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// Collator orders strings the Vietnamese way: "Đ" after "D", "ư" after "u",
// tones as secondary differences. A Collator is not safe for concurrent use.
type Collator struct{ c *collate.Collator }

// NewCollator returns a Vietnamese collator.
func NewCollator() *Collator {
	return &Collator{c: collate.New(language.Vietnamese)}
}

// Less reports whether a sorts before b.
func (c *Collator) Less(a, b string) bool { return c.c.CompareString(a, b) < 0 }

// Compare returns -1, 0 or 1.
func (c *Collator) Compare(a, b string) int { return c.c.CompareString(a, b) }

// SortStrings sorts s in Vietnamese order.
func SortStrings(s []string) {
	c := NewCollator()
	sort.SliceStable(s, func(i, j int) bool { return c.Less(s[i], s[j]) })
}
