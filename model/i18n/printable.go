package i18n

import (
	"strings"
	"unicode/utf8"
)

// Text that came from a file or a database (a unit's name in a setup file,
// a criterion's title in a workbook, a return reason, a code in a hostile
// exchange file) is data. Printed raw, an escape sequence in it would clear
// the screen, retitle the window, hide text or fake a result line; a
// carriage return would overwrite a line; bidirectional controls would show
// text in another order than it is stored. Printable is the one function
// that turns such text into what may be shown on a terminal, used by every
// command and by the interface.

// Printable returns s made safe to show on one line of a terminal: control
// characters (ESC, BEL, CR, LF, and the rest of C0 and DEL) are shown as
// their visible symbols (␛ ␇ ␍ ␊), tabs as spaces, C1 controls and invalid
// UTF-8 as �, line and paragraph separators as spaces, and the
// bidirectional controls that reorder text (RLO, LRI…) and byte-order marks
// are removed. Everything else, Vietnamese included, is kept as it is.
func Printable(s string) string { return printable(s, false) }

// PrintableLines is Printable for text shown on several lines (a note, a
// list): line feeds and tabs are kept, everything else is as Printable.
func PrintableLines(s string) string { return printable(s, true) }

func printable(s string, lines bool) string {
	if clean(s, lines) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case lines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Control Pictures block: ␀ … ␟
		case r == 0x7f:
			b.WriteRune('\u2421') // ␡
		case r >= 0x80 && r < 0xa0:
			b.WriteRune('\uFFFD')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case Hidden(r):
			// removed
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// clean reports whether s needs no change: valid UTF-8 without control,
// hidden or separator characters. It looks at bytes, so the common case
// (Vietnamese text included) costs one pass and no allocation.
func clean(s string, lines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20:
			if !lines || (c != '\n' && c != '\t') {
				return false
			}
		case c == 0x7f:
			return false
		case c == 0xC2: // U+0080–U+00BF: C1 controls are U+0080–U+009F
			if i+1 < len(s) && s[i+1] < 0xA0 {
				return false
			}
		case c == 0xD8: // U+061C, the Arabic letter mark
			if i+1 < len(s) && s[i+1] == 0x9C {
				return false
			}
		case c == 0xE2: // U+200E/F, U+2028–U+202E, U+2066–U+2069
			if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] == 0x8E || s[i+2] == 0x8F || s[i+2] >= 0xA8 && s[i+2] <= 0xAE) ||
				s[i+1] == 0x81 && s[i+2] >= 0xA6 && s[i+2] <= 0xA9) {
				return false
			}
		case c == 0xEF: // U+FEFF
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}

// Hidden reports whether r is a character that changes how text around it
// is shown without showing itself: the bidirectional marks, embeddings,
// overrides and isolates, and the byte-order mark.
func Hidden(r rune) bool {
	switch {
	case r == '\u061C', r == '\u200E', r == '\u200F', r == '\uFEFF':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}
