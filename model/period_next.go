package model

import (
	"strconv"
	"time"
)

// PeriodOrigin is how a period was started from another one: the period it
// was made from and the draft of the criteria table copied for it, which
// the period is scored on once the leader issues it.
type PeriodOrigin struct {
	PeriodID     string
	FromPeriodID string
	DraftID      string
}

// NextPeriod is the period that follows from: the same kind, its dates and
// deadlines a year later (a date that does not exist then, 29 February,
// becomes 28 February), scored on the same table until the draft copied
// for it is issued. code and label name the new period.
func NextPeriod(from Period, code, label string) Period {
	p := Period{BlocID: from.BlocID, Code: NormalizeCode(code), Label: NFC(label), Kind: from.Kind,
		CriteriaVersionID: from.CriteriaVersionID}
	p.Starts, p.Ends = nextYear(from.Starts), nextYear(from.Ends)
	p.RegistrationCloses, p.SelfScoreCloses = nextYear(from.RegistrationCloses), nextYear(from.SelfScoreCloses)
	if p.Label == "" {
		p.Label = p.Code
	}
	return p
}

// nextYear is the same day a year later; zero stays zero.
func nextYear(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	n := t.AddDate(1, 0, 0)
	if n.Day() != t.Day() { // 29 February: AddDate rolls over into March
		n = n.AddDate(0, 0, -n.Day())
	}
	return n
}

// NextYearText writes a period's code or label for the next year: each
// year in it (four digits from 1900 to 2199) one later — "2019" is "2020",
// "Tổng kết năm 2019" is "Tổng kết năm 2020", "2019-2020" is "2020-2021".
// Text without a year is returned as it is.
func NextYearText(s string) string {
	r := []rune(s)
	var out []rune
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && r[j] >= '0' && r[j] <= '9' {
			j++
		}
		if j == i {
			out = append(out, r[i])
			i++
			continue
		}
		digits := string(r[i:j])
		if y, err := strconv.Atoi(digits); err == nil && len(digits) == 4 && y >= 1900 && y < 2199 {
			digits = strconv.Itoa(y + 1)
		}
		out = append(out, []rune(digits)...)
		i = j
	}
	return string(out)
}
