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

// PrintableFrame is Printable for a whole screen the interface draws: its
// own colours (SGR sequences: ESC [ … m) and line feeds are kept, and every
// other escape sequence, control character and hidden character is
// removed, so that text from a file, however it slipped into the frame,
// cannot move the cursor, clear the screen, retitle the window or reorder
// a line. Removing (rather than showing a symbol) keeps the layout that was
// measured without them.
func PrintableFrame(s string) string {
	if clean(s, true) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			n := sgrLen(s[i:])
			if n > 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
			i += escLen(s[i:])
			continue
		case r == '\n', r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && size == 1, r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, Hidden(r),
			r == '\u2028', r == '\u2029':
			// removed
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// sgrLen is the length of the SGR sequence (colours and attributes) s
// starts with, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s) && i < 64; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// escLen is the length of the escape sequence s starts with: a CSI
// sequence, an OSC or other string sequence up to its terminator, or ESC
// and one character.
func escLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	_, size := utf8.DecodeRuneInString(s[1:])
	return 1 + size
}

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
