package table

import (
	"strings"

	"thidua/model"
)

// nameHeadings gives a bonus or deduction heading typed without a number
// ("ĐIỂM THƯỞNG" below the total) the next number of the table's parts
// (IV after III, PHẦN C after PHẦN B), so that a person can name it; a note
// says so.
func nameHeadings(res *Result, rows []parsed) {
	last := ""
	for i := range rows {
		p := &rows[i]
		code := strings.TrimSpace(p.c.Code)
		if code == "" && p.level == 0 && sectionOf(p.c.Title) != model.Standard {
			p.c.Code, p.given = nextPart(last, sectionOf(p.c.Title)), true
			last = p.c.Code
			res.Notes = append(res.Notes, Note{Ref: p.ref, ID: p.c.ID, Err: model.Errorf(NCodeGiven, p.c.Code, cut(p.c.Title, 40))})
			continue
		}
		if st := codeStyle(code); st == "roman" || st == "part" || st == "upper" {
			if last == "" || codeStyle(last) == st {
				last = code
			}
		}
	}
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// nextPart is the part number after last, in its style.
func nextPart(last string, section model.Kind) string {
	bare := BareCode(last)
	suffix := strings.TrimPrefix(strings.TrimSpace(last), bare)
	switch codeStyle(last) {
	case "roman":
		for i, r := range romans[:len(romans)-1] {
			if r == bare {
				return romans[i+1] + suffix
			}
		}
	case "upper":
		if bare < "Z" {
			return string(rune(bare[0]+1)) + suffix
		}
	case "part":
		words := strings.Fields(bare)
		n := words[len(words)-1]
		next := ""
		for i, r := range romans[:len(romans)-1] {
			if r == strings.ToUpper(n) {
				next = romans[i+1]
			}
		}
		if next == "" {
			next = nextOrdinal(n)
		}
		if next == "" && len(n) == 1 && n[0] >= 'A' && n[0] < 'Z' {
			next = string(rune(n[0] + 1))
		}
		if next != "" {
			return strings.Join(append(words[:len(words)-1], next), " ")
		}
	}
	if section == model.Bonus {
		return "Thưởng"
	}
	return "Trừ"
}

// nextOrdinal is the ordinal after word ("HAI" after "NHẤT"), in its case.
func nextOrdinal(word string) string {
	list := strings.Split(ordinals, "|")
	for i := 0; i+2 < len(list); i++ {
		if list[i] == word {
			return list[i+2]
		}
	}
	return ""
}
