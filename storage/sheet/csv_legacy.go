package sheet

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"thidua/model"
)

// decode1258 reads bytes that are not UTF-8 as Windows code page 1258, the
// ANSI code page Excel saves "CSV (Comma delimited)" in on Vietnamese
// Windows (tones as combining marks, composed by NFC), but only when the
// result is certainly Vietnamese: every word with a letter outside ASCII
// is a Vietnamese syllable with at most one tone. Text typed in the old
// TCVN3 or VNI fonts also decodes to something under code page 1258, but
// to letters no Vietnamese word has ("Phoøng", "Xaơ"), so it is refused
// with how to save the file as CSV UTF-8, never stored as broken text.
func decode1258(data []byte) (string, bool) {
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	text := model.NFC(string(out))
	vietnamese := false
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		if isASCII(w) {
			continue
		}
		if !isSyllable(w) && !isASCII(strings.NewReplacer("đ", "d", "Đ", "D").Replace(w)) {
			// Not a syllable, nor an abbreviation such as "TĐKT" or "10đ".
			return "", false
		}
		vietnamese = true
	}
	return text, vietnamese
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// toneless maps each Vietnamese vowel with a tone to the vowel without it.
var toneless = func() map[rune]rune {
	m := map[rune]rune{}
	for _, row := range []string{
		"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
		"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
	} {
		r := []rune(row)
		for _, t := range r[1:] {
			m[t] = r[0]
		}
	}
	return m
}()

// syllable is a Vietnamese syllable without its tone: an initial
// consonant, a vowel cluster and a final consonant (k for the place names
// of the Central Highlands, "Đắk Lắk").
var syllable = regexp.MustCompile(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?` +
	`(a|ă|â|e|ê|i|y|o|ô|ơ|u|ư|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|` +
	`iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu)` +
	`(ch|ng|nh|[cmnptk])?$`)

// isSyllable reports whether w is one Vietnamese syllable with at most one
// tone.
func isSyllable(w string) bool {
	var b strings.Builder
	tones := 0
	for _, r := range strings.ToLower(w) {
		if base, ok := toneless[r]; ok {
			tones++
			r = base
		}
		b.WriteRune(r)
	}
	return tones <= 1 && syllable.MatchString(b.String())
}
