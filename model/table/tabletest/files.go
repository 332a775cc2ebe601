package tabletest

import (
	"regexp"
	"strconv"
	"strings"
)

// CSVText is a fixture's first sheet as Excel on Vietnamese Windows saves
// it as CSV: a byte-order mark, semicolons, CRLF, every row as wide as the
// widest; a merged range's text in its first cell only.
func (f Fixture) CSVText() string {
	var b strings.Builder
	b.WriteString("\xef\xbb\xbf")
	width := 0
	for _, r := range f.Rows {
		width = max(width, len(r))
	}
	for _, r := range f.Rows {
		// Excel writes every row as wide as the widest.
		r = append(append([]string(nil), r...), make([]string, width-len(r))...)
		for i, c := range r {
			if i > 0 {
				b.WriteByte(';')
			}
			if strings.ContainsAny(c, ";\"\n") {
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
