package sheet

import (
	"strings"
	"unicode"
)

// Before Unicode, Vietnamese offices wrote with TCVN3 fonts (".VnTime",
// "ABC" keyboards) and VNI fonts ("VNI-Times"). Such text looks right on a
// PC with the font, but the cell holds other letters: "Céng hßa x· héi chñ
// nghÜa ViÖt Nam" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI). Importing it
// would store gibberish, so it is refused with a reason instead.

// legacyFont reports whether a font name is one of the TCVN3 or VNI fonts.
func legacyFont(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return strings.HasPrefix(n, ".vn") || strings.HasPrefix(n, "vni-") || strings.HasPrefix(n, "vni ")
}

// vietLatin1 are the Vietnamese letters in the Latin-1 block; every other
// letter or sign of that block is a tell-tale of TCVN3 or VNI text, apart
// from the few signs real tables use (guillemets quote in Unicode text).
const vietLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ" + "×÷°±«»"

// letters counts, in s, the letters only Unicode Vietnamese has (ă, đ, ơ,
// ư and the toned vowels of Latin Extended Additional) and the characters
// that only TCVN3 or VNI text has.
//
// TCVN3 also puts capitals inside words ("chÝ", "ViÖt") and VNI writes a
// circumflex as a letter after its vowel ("tieâu"), which Unicode
// Vietnamese never does: both count as tell-tales too.
func letters(s string) (viet, legacy int) {
	prev := ' '
	for _, r := range s {
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9, strings.ContainsRune("ăĂđĐơƠưƯĩĨũŨ", r):
			viet++
		case r >= 0xA1 && r <= 0xFF && !strings.ContainsRune(vietLatin1, r):
			legacy++
		case r >= 0xC0 && r <= 0xDE && unicode.IsLower(prev):
			legacy++
		case (r == 'â' || r == 'Â') && strings.ContainsRune("aeoAEO", prev):
			legacy++ // VNI's circumflex after its vowel: "eâ" for ê
		}
		prev = r
	}
	return viet, legacy
}

// legacyText reports whether s reads as TCVN3 or VNI text: several of their
// tell-tale characters and none of Unicode Vietnamese's own letters.
func legacyText(s string) bool {
	viet, legacy := letters(s)
	return viet == 0 && legacy >= 2
}

// nonASCII reports whether s has a character outside ASCII: text in a
// legacy font that is plain ASCII ("10", "I.") reads the same in Unicode.
func nonASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return true
		}
	}
	return false
}

// legacyCell reports whether a cell's text, written in font, is legacy
// text. A legacy font over true Unicode letters is accepted: the data is
// right even if the PC shows it badly.
func legacyCell(text, font string) bool {
	if legacyText(text) {
		return true
	}
	viet, _ := letters(text)
	return legacyFont(font) && nonASCII(text) && viet == 0
}
