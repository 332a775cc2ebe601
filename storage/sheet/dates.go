package sheet

import (
	"strconv"
	"strings"
	"time"
)

// Excel keeps a date as a number of days, shown as a date by the cell's
// format: "1/2" typed in a points cell becomes 1 February, stored as 46054.
// Where a number is read (points, maxima, measures) such a cell is given
// as the date it shows, which is then refused as not a number with the
// date in the message, never read as 46,054 points.

// builtinDate reports whether Excel's built-in number format id shows a
// date or a time (ECMA-376 §18.8.30, and the ids of East Asian builds).
func builtinDate(id int) bool {
	return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58
}

// dateFormat reports whether a custom number format shows a date or a
// time: a day, year or hour code outside quoted text, escaped characters
// and bracketed parts ("[$-42A]", "[Red]").
func dateFormat(code string) bool {
	quoted, bracket := false, false
	for i := 0; i < len(code); i++ {
		switch ch := code[i]; {
		case quoted:
			quoted = ch != '"'
		case bracket:
			bracket = ch != ']'
		case ch == '"':
			quoted = true
		case ch == '[':
			bracket = true
		case ch == '\\' || ch == '_' || ch == '*':
			i++ // the next character is shown as it is, or is padding
		case strings.IndexByte("dDyYhH", ch) >= 0:
			return true
		}
	}
	return false
}

// shownDate gives the date a number cell in a date format shows
// ("01/02/2026"), and whether it is one.
func (g *grid) shownDate(r, c int) (string, bool) {
	m := g.cellMeta(r, c)
	s := int(m.style)
	if m.kind != kindNumber || s < 0 || s >= len(g.styles.date) || !g.styles.date[s] {
		return "", false
	}
	raw := strings.TrimSpace(g.raw(r, c))
	days, err := strconv.ParseFloat(raw, 64)
	if err != nil || days < -1e6 || days > 1e7 {
		return raw, true
	}
	day := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).Add(time.Duration(days * float64(24*time.Hour)))
	if days != float64(int64(days)) {
		return day.Format("02/01/2006 15:04"), true
	}
	return day.Format("02/01/2006"), true
}
