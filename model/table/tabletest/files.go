package tabletest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// CSVText is a fixture's first sheet as Excel on Vietnamese Windows saves
// it as CSV: a byte-order mark, semicolons, CRLF, every row as wide as the
// widest; a merged range's text in its first cell only.
func (f Fixture) CSVText() string { return "\xef\xbb\xbf" + f.csv(';') }

// csv is the fixture's first sheet with sep between the fields.
func (f Fixture) csv(sep byte) string {
	var b strings.Builder
	width := 0
	for _, r := range f.Rows {
		width = max(width, len(r))
	}
	for _, r := range f.Rows {
		// Excel writes every row as wide as the widest.
		r = append(append([]string(nil), r...), make([]string, width-len(r))...)
		for i, c := range r {
			if i > 0 {
				b.WriteByte(sep)
			}
			if strings.ContainsAny(c, string(sep)+"\"\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.String()
}

// Cell is a cell as an office's Excel holds it: numbers typed as numbers
// ("20", "12.99", "1.000" for a thousand) become numeric cells (float64),
// everything else text.
func Cell(s string) any {
	if thousandsRE.MatchString(s) {
		// "1.000" typed in Excel on Vietnamese Windows is the number 1000.
		n, _ := strconv.Atoi(strings.ReplaceAll(s, ".", ""))
		return float64(n)
	}
	if numberRE.MatchString(s) {
		if n, err := strconv.ParseFloat(s, 64); err == nil {
			return n
		}
	}
	return s
}

var (
	numberRE    = regexp.MustCompile(`^(0|[1-9][0-9]*)(\.[0-9]+)?$`)
	thousandsRE = regexp.MustCompile(`^[1-9][0-9]{0,2}(\.[0-9]{3})+$`)
)

// CSVBytes is the fixture's CSV in another of the encodings Excel writes:
// "utf16" ("Unicode Text": UTF-16 with a byte-order mark, tabs) or
// "cp1258" ("CSV (Comma delimited)" on Vietnamese Windows: code page 1258,
// tones as combining marks, semicolons).
func (f Fixture) CSVBytes(enc string) []byte {
	text := f.csv(';')
	switch enc {
	case "utf16":
		text = f.csv('\t')
		out := []byte{0xff, 0xfe}
		for _, u := range utf16.Encode([]rune(text)) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	case "cp1258":
		var out []byte
		for _, r := range text {
			out = append(out, cp1258(r)...)
		}
		return out
	}
	return []byte(text)
}

// cp1258 encodes a rune as Windows code page 1258 does: a letter it has
// whole, or the letter without its tone and the tone as a combining mark
// ("ế" is "ê" then U+0301).
func cp1258(r rune) []byte {
	if b, ok := charmap.Windows1258.EncodeRune(r); ok {
		return []byte{b}
	}
	var base, tone []rune
	for _, d := range norm.NFD.String(string(r)) {
		if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", d) {
			tone = append(tone, d)
		} else {
			base = append(base, d)
		}
	}
	var out []byte
	for _, x := range append([]rune(norm.NFC.String(string(base))), tone...) {
		b, ok := charmap.Windows1258.EncodeRune(x)
		if !ok {
			b = '?'
		}
		out = append(out, b)
	}
	return out
}
