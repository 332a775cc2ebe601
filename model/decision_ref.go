package model

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Refusals of a decision's reference, each a catalogue id: what is
// missing or wrong is named, so the officer knows what to add.
const (
	EDecisionRefEmpty    = "decision_ref.empty"
	EDecisionRefNoNumber = "decision_ref.no_number"
	EDecisionRefNumber   = "decision_ref.bad_number"
	EDecisionRefNoDate   = "decision_ref.no_date"
	EDecisionRefTwoDates = "decision_ref.two_dates"
	EDecisionRefDate     = "decision_ref.bad_date"
)

// maxDecisionRef bounds what is read: a reference is one line.
const maxDecisionRef = 200

var (
	// "ngày 20 tháng 01 năm 2020", the date as a decision's header writes it.
	refWords = regexp.MustCompile(`(?i)(?:ngày|ngay)\s*(\d{1,2})\s*(?:tháng|thang)\s*(\d{1,2})\s*,?\s*(?:năm|nam)\s*(\d{2,4})`)
	// Spaces typed around the slashes of "512 / QĐ-UBND" or "5 / 1 / 2026".
	refSlash = regexp.MustCompile(`\s*/\s*`)
	refDMY   = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$`)
	refISO   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	// The number: digits, then the symbol's parts after slashes
	// ("512/QĐ-UBND", "12/2020/QĐ-UBND"); digits alone are read too.
	refNumberShape = regexp.MustCompile(`^\d{1,7}(?:/[\p{L}\p{N}][\p{L}\p{N}.\-]*)*$`)
	// The words around a reference, folded: "Quyết định số … ngày …".
	refWordsSkipped = map[string]bool{"quyet": true, "dinh": true, "qd": true, "so": true, "no": true, "no.": true,
		"number": true, "ngay": true, "date": true, "dated": true, "of": true, "decision": true, "ky": true, "ban": true, "hanh": true}
)

// ParseDecisionRef reads a decision's reference as offices type it —
// "Quyết định số 512/QĐ-UBND ngày 20/01/2020", "Số 12/QĐ-UBND ngày
// 5/1/2026", "12/QĐ-UBND, 05-01-2026", "số 512/QĐ-UBND ngày 20 tháng 01
// năm 2020", "No. 512/QD-UBND 2020-01-20" — into its number and its date.
// It is the one reader of a decision's reference: the province's decisions
// on units and on individuals, typed on the command line or in the
// interface. Both parts are required (a decision is cited by number and
// date, Nghị định 30/2020/NĐ-CP on official documents); a reference
// without a date, with two different dates, a number that does not begin
// with digits or a day that does not exist is refused with what is wrong.
func ParseDecisionRef(s string) (number string, date time.Time, err error) {
	s = strings.Join(strings.Fields(NFC(strings.Map(refRune, s))), " ")
	if s == "" {
		return "", time.Time{}, Errorf(EDecisionRefEmpty)
	}
	if utf8.RuneCountInString(s) > maxDecisionRef {
		return "", time.Time{}, Errorf(EDecisionRef, quote(s))
	}
	var dates []string // as typed, for the refusal
	var days []time.Time
	bad := ""
	addDate := func(text, d, m, y string) {
		t, ok := dayOf(d, m, y)
		if !ok {
			bad = text
			return
		}
		dates, days = append(dates, text), append(days, t)
	}
	rest := refWords.ReplaceAllStringFunc(s, func(w string) string {
		p := refWords.FindStringSubmatch(w)
		addDate(w, p[1], p[2], p[3])
		return " "
	})
	var numbers []string
	for _, tok := range strings.FieldsFunc(refSlash.ReplaceAllString(rest, "/"), refSeparator) {
		tok = strings.TrimRight(tok, ".")
		folded := Fold(tok)
		switch {
		case tok == "" || refWordsSkipped[folded] || refWordsSkipped[folded+"."]:
		case refISO.MatchString(tok):
			p := refISO.FindStringSubmatch(tok)
			addDate(tok, p[3], p[2], p[1])
		case refDMY.MatchString(tok):
			p := refDMY.FindStringSubmatch(tok)
			addDate(tok, p[1], p[2], p[3])
		default:
			// "số12/QĐ-UBND", "ngày5/1/2026": a word stuck to what follows.
			for _, w := range []string{"số", "so", "ngày", "ngay"} {
				if len(tok) > len(w) && strings.EqualFold(tok[:len(w)], w) && tok[len(w)] >= '0' && tok[len(w)] <= '9' {
					tok = tok[len(w):]
				}
			}
			if p := refDMY.FindStringSubmatch(tok); p != nil {
				addDate(tok, p[1], p[2], p[3])
				continue
			}
			numbers = append(numbers, tok)
		}
	}
	switch {
	case bad != "":
		return "", time.Time{}, Errorf(EDecisionRefDate, quote(bad))
	case len(numbers) == 0:
		return "", time.Time{}, Errorf(EDecisionRefNoNumber, quote(s))
	case len(numbers) > 1:
		return "", time.Time{}, Errorf(EDecisionRef, quote(s))
	case !refNumberShape.MatchString(numbers[0]):
		return "", time.Time{}, Errorf(EDecisionRefNumber, quote(numbers[0]))
	case len(days) == 0:
		return "", time.Time{}, Errorf(EDecisionRefNoDate, quote(s))
	}
	for i := range days[1:] {
		if !days[i+1].Equal(days[0]) {
			return "", time.Time{}, Errorf(EDecisionRefTwoDates, quote(dates[0]), quote(dates[i+1]))
		}
	}
	return numbers[0], days[0], nil
}

// refRune drops control and format characters and makes odd spaces and
// hyphens plain.
func refRune(r rune) rune {
	switch {
	case r == '\u00a0' || r == '\u202f' || unicode.IsSpace(r):
		return ' '
	case r >= '\u2010' && r <= '\u2013' || r == '\u2212': // hyphens and dashes of word processors
		return '-'
	case unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
		return -1
	}
	return r
}

// refSeparator splits a reference into its words.
func refSeparator(r rune) bool {
	return r == ' ' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')'
}

// dayOf is the day d/m/y when it exists and lies in 1945–2200 (a
// two-digit year is refused: "5/1/26" is not a date a decision carries).
func dayOf(d, m, y string) (time.Time, bool) {
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	ok := len(y) == 4 && t.Day() == day && int(t.Month()) == month && year >= 1945 && year <= 2200
	return t, ok
}
