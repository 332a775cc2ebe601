package table

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"thidua/model"
)

// How offices number a criteria table, and how the tree is recovered from
// the numbers alone: parts "I.", "II." (or "A", "A.", "PHẦN A", "Phần I"),
// sections "1.", "2.", criteria "1.1" or "a)", bullets "-" and "+". The
// same number repeats under different parents, so a row's place comes from
// the rows above it: a code that extends an earlier one ("1.2" after "1.")
// sits under it; a row numbered in the style of an open ancestor is that
// ancestor's sibling; any other style opens a new level below the row
// above.

var (
	romanRE  = lazyRE(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)
	lromanRE = lazyRE(`^(i{1,3}|iv|v|vi{1,3}|ix|x)$`)
	arabicRE = lazyRE(`^[0-9]{1,3}$`)
	dottedRE = lazyRE(`^[0-9]{1,3}(\.[0-9]{1,3})+$`)
	// partRE is a part named in words: "PHẦN I", "Phần A", "MỤC 2".
	partRE = lazyRE(`^(phan|muc|chuong) +(thu +)?[0-9a-z]{1,5}$|^(tieu chi|tieu chuan|nhom) +(thu +|so +)?([0-9]{1,2}|[ivxl]{1,5}|[a-z])$`)
)

// codeStyle names the numbering style of a code: "roman", "upper",
// "arabic", "dotted2" (two numbers), "lower", "lroman", "part", "bullet-",
// "none" for no code and "other" for anything else.
func codeStyle(code string) string {
	c := BareCode(code)
	switch {
	case c == "":
		return "none"
	case strings.ContainsAny(c, "-+*•–—·") && len([]rune(c)) == 1:
		if c == "–" || c == "—" {
			return "bullet-"
		}
		return "bullet" + c
	case romanRE().MatchString(c):
		return "roman"
	case len(c) == 1 && c >= "A" && c <= "Z":
		return "upper"
	case arabicRE().MatchString(c):
		return "arabic"
	case dottedRE().MatchString(c):
		return "dotted" + string(rune('0'+strings.Count(c, ".")+1))
	case lromanRE().MatchString(c) && len(c) > 1:
		return "lroman"
	case len([]rune(c)) == 1 && unicode.IsLower([]rune(c)[0]):
		return "lower"
	case partRE().MatchString(model.Fold(c)):
		return "part"
	}
	return "other"
}

// BareCode is a code without the punctuation around it: "I." → "I",
// "a)" → "a", "(2)" → "2"; codes that differ only there are the same.
func BareCode(code string) string {
	c := strings.TrimSpace(model.NFC(code))
	c = strings.TrimLeft(c, "(")
	return strings.TrimSpace(strings.TrimRight(c, ".):"))
}

// IsCode reports whether s looks like a criterion's number rather than
// text: "I.", "2", "1.2", "a)", "-", "PHẦN A".
func IsCode(s string) bool {
	st := codeStyle(s)
	return st != "other" && st != "none"
}

// ordinals are the parts "PHẦN THỨ NHẤT" to "PHẦN THỨ MƯỜI" are named by.
const ordinals = `NHẤT|nhất|HAI|hai|BA|ba|TƯ|tư|NĂM|năm|SÁU|sáu|BẢY|bảy|TÁM|tám|CHÍN|chín|MƯỜI|mười`

// codeTextRE splits "I. THỰC HIỆN NHIỆM VỤ" or "a) Tuyển sinh…" into the
// number and the text; romanTextRE does so for a roman numeral typed
// without its dot before a heading in capitals ("II CÔNG TÁC …").
var (
	codeTextRE  = lazyRE(`^((?:PHẦN|Phần|phần)\s+(?:THỨ|thứ)\s+(?:` + ordinals + `)[.:]?|(?:TIÊU CHÍ|Tiêu chí|TIÊU CHUẨN|Tiêu chuẩn|NHÓM|Nhóm)\s+(?:THỨ\s+|thứ\s+|SỐ\s+|số\s+)?(?:[0-9]{1,2}|[IVXL]{1,5}|[A-Z])[.:]?|(?:PHẦN|Phần|phần|MỤC|Mục)\s+(?:THỨ\s+|thứ\s+)?[0-9A-Za-z]{1,5}[.:]?|[IVXLCDM]{1,5}[.)]|[A-Z][.)]|[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|[a-zđ][.)]|[-+•–])\s*[:.\-–]?\s+(\S.*)$`)
	romanTextRE = lazyRE(`^([IVX]{1,4})\s+(\p{Lu}\S*(?:\s.*)?)$`)
)

// SplitCode separates a leading number from text typed in one cell, as a
// heading merged across the code and title columns is ("I. THỰC HIỆN
// NHIỆM VỤ CHUYÊN MÔN"). ok is false when s does not start with a number.
func SplitCode(s string) (code, text string, ok bool) {
	s = strings.TrimSpace(model.NFC(s))
	if m := codeTextRE().FindStringSubmatch(s); m != nil {
		return strings.TrimRight(strings.TrimSpace(m[1]), ":"), m[2], true // "PHẦN I: …"
	}
	if m := romanTextRE().FindStringSubmatch(s); m != nil && romanRE().MatchString(m[1]) {
		return m[1], m[2], true
	}
	return "", s, false
}

// outlineRow is what linking needs of a row: its code, an explicit level
// (0: none) and whether it is a bonus or deduction heading without a
// number, which is always a part of its own.
type outlineRow struct {
	code    string
	level   int
	section model.Kind // the section its heading names (Standard: none)
	given   bool       // its number was given by the reader (nameHeadings)
}

// link gives every row its parent (an index into rows, -1 for a top-level
// part) from explicit levels, codes extending earlier codes, and numbering
// styles. bad lists rows whose explicit level skips a level.
func link(rows []outlineRow) (parents []int, bad []int) {
	parents = make([]int, len(rows))
	levels := make([]int, len(rows))
	styles := make([]string, len(rows))
	var stack []int            // open ancestors by level: stack[0] is the current part
	placed := map[string]int{} // a code, as placeByCode compares it: its latest placed row
	for i, r := range rows {
		styles[i] = codeStyle(r.code)
		lv := r.level
		switch {
		case lv > 0:
		case r.section != model.Standard && (BareCode(r.code) == "" || r.given):
			lv = 1 // an unnumbered "ĐIỂM THƯỞNG" heading is a part
		default:
			lv = placeByCode(rows, levels, styles, stack, placed, i)
			if r.section != model.Standard && lv > 1 && !inSection(rows, stack[:lv-1]) {
				// "C. ĐIỂM TRỪ" numbered unlike the parts above it is a
				// part of its own, never an item of a standard group.
				lv = 1
			}
		}
		if lv > len(stack)+1 {
			bad = append(bad, i)
			parents[i] = -1
			continue
		}
		levels[i] = lv
		if c := trimCode(r.code); c != "" {
			placed[c] = i
		}
		stack = append(stack[:lv-1], i)
		parents[i] = -1
		if lv > 1 {
			parents[i] = stack[lv-2]
		}
	}
	return parents, bad
}

// inSection reports whether one of the open rows is a bonus or
// deduction heading.
func inSection(rows []outlineRow, open []int) bool {
	for _, k := range open {
		if rows[k].section != model.Standard {
			return true
		}
	}
	return false
}

// placeByCode finds the level of row i from its code and the open rows;
// placed holds each code's latest row already placed.
func placeByCode(rows []outlineRow, levels []int, styles []string, stack []int, placed map[string]int, i int) int {
	code := trimCode(rows[i].code)
	// A code that extends an earlier one ("I.1.2" after "I.1", "2.a)"
	// after "2.") sits under the nearest such row. Only a few earlier
	// codes can be extended by this one (extensions lists them): each is
	// looked up, never every earlier row, so a table of many thousand
	// rows (a hostile file) is linked in linear time.
	nearest := -1
	for _, pc := range extensions(code) {
		if j, ok := placed[pc]; ok && j > nearest && levels[j] > 0 {
			nearest = j
		}
	}
	if nearest >= 0 {
		return levels[nearest] + 1
	}
	style := letterOrRoman(rows, styles, stack, i)
	if style == "other" {
		style = "shape " + shape(code) // "1a", "2b": siblings by their shape
	}
	styles[i] = style
	for d := len(stack) - 1; d >= 0; d-- {
		if styles[stack[d]] == style {
			return d + 1 // a sibling of that ancestor
		}
	}
	return len(stack) + 1
}

// trimCode is a row's code as codes are compared: without spaces around
// it or dots after it.
func trimCode(code string) string { return strings.TrimRight(strings.TrimSpace(code), ".") }

// extensions lists the codes code may extend (extends): each part before
// one of its dots, and, for "1a" or "2b)", the number before the letter.
func extensions(code string) []string {
	var out []string
	for p := 1; p < len(code); p++ {
		if code[p] == '.' {
			out = append(out, code[:p])
		}
	}
	base := strings.TrimSuffix(code, ")")
	if r, size := utf8.DecodeLastRuneInString(base); size > 0 && (r >= 'a' && r <= 'z' || r == 'đ') {
		out = append(out, base[:len(base)-size])
	}
	var kept []string
	for _, pc := range out {
		if pc != "" && extends(code, pc) {
			kept = append(kept, pc)
		}
	}
	return kept
}

// extendsRE is what may follow a number for a code that extends it
// without a dot: a letter ("1a", "2b)").
var extendsRE = lazyRE(`^[a-zđ]\)?$`)

// extends reports whether code continues code pc: "I.1.2" after "I.1",
// "2.a)" after "2", "1a" after "1".
func extends(code, pc string) bool {
	if strings.HasPrefix(code, pc+".") {
		return true
	}
	rest := strings.TrimPrefix(code, pc)
	return rest != code && pc[len(pc)-1] >= '0' && pc[len(pc)-1] <= '9' && extendsRE().MatchString(rest)
}

// shape is a code with its digits as 9 and its letters as a or A: the
// numbering style of a code no rule names.
func shape(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsDigit(r):
			return '9'
		case unicode.IsUpper(r):
			return 'A'
		case unicode.IsLetter(r):
			return 'a'
		}
		return r
	}, BareCode(code))
}

// OutlineParents gives each code its parent's index (-1 for a top-level
// part) the way a criteria table's numbering nests, for sheets that carry
// codes but no levels, such as a unit's old score sheet.
func OutlineParents(codes []string) []int {
	rows := make([]outlineRow, len(codes))
	for i, c := range codes {
		rows[i] = outlineRow{code: c}
	}
	parents, _ := link(rows)
	return parents
}

// letterOrRoman settles a one-letter code that is both a letter and a
// roman numeral by the rows open above it: "C" after "B" and "i" after "h"
// are letters; "I", "i" or "v" anywhere else are roman numerals, so that
// "i.", "ii.", "iii." number siblings.
func letterOrRoman(rows []outlineRow, styles []string, stack []int, i int) string {
	style, c := styles[i], BareCode(rows[i].code)
	var letter, roman string
	switch {
	case style == "roman" && len(c) == 1:
		letter, roman = "upper", "roman"
	case style == "lower" && strings.ContainsAny(c, "ivx") && len(c) == 1:
		letter, roman = "lower", "lroman"
	default:
		return style
	}
	for _, k := range stack {
		if styles[k] == letter && follows(BareCode(rows[k].code), c) {
			return letter
		}
	}
	return roman
}

// follows reports whether letter b comes right after a, in the Latin or
// the Vietnamese alphabet ("đ" after "d", "x" after "v").
func follows(a, b string) bool {
	const vi = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if len([]rune(la)) != 1 || len([]rune(lb)) != 1 {
		return false
	}
	if []rune(lb)[0] == []rune(la)[0]+1 {
		return true
	}
	i := strings.Index(vi, la)
	return i >= 0 && strings.HasPrefix(vi[i+len(la):], lb)
}
