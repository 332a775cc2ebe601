package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"thidua/model/i18n"
)

// Errors of the province's decisions.
const (
	EDecisionRef      = "award.decision_ref"
	EDecisionQuota    = "award.decision_quota"
	EDecisionNotProp  = "award.decision_not_proposed"
	EDecisionSameUnit = "award.decision_same_unit"
	EDecisionTaken    = "award.decision_taken"
)

var (
	refNumber = regexp.MustCompile(`(?i)(?:số|so|no\.?|number)\s*:?\s*([0-9][^\s,;]*)`)
	refDMY    = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	refWords  = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	refISO    = regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
)

// ParseDecisionRef reads a decision's reference as offices write it:
// "Quyết định số 512/QĐ-UBND ngày 20/01/2020", "số 512/QĐ-UBND ngày 20
// tháng 01 năm 2020", "No. 512/QD-UBND 2020-01-20". The number is what
// follows "số" (or "No."); the date is required and must be a real day.
func ParseDecisionRef(s string) (number string, date time.Time, err error) {
	s = NFC(strings.TrimSpace(s))
	bad := Errorf(EDecisionRef, quote(s))
	m := refNumber.FindStringSubmatch(s)
	if m == nil {
		return "", time.Time{}, bad
	}
	number = strings.TrimRight(m[1], ".")
	var d, mo, y string
	if w := refWords.FindStringSubmatch(s); w != nil {
		d, mo, y = w[1], w[2], w[3]
	} else if w := refISO.FindStringSubmatch(s); w != nil {
		y, mo, d = w[1], w[2], w[3]
	} else if w := refDMY.FindStringSubmatch(strings.Replace(s, m[0], "", 1)); w != nil {
		d, mo, y = w[1], w[2], w[3]
	} else {
		return "", time.Time{}, bad
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(mo)
	year, _ := strconv.Atoi(y)
	date = time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if date.Day() != day || int(date.Month()) != month || year < 1945 || year > 2200 {
		return "", time.Time{}, bad
	}
	return number, date, nil
}

// CheckQuota refuses decisions that give an award to more units than its
// quota: a downgrade counts for the award given.
func CheckQuota(rules []AwardRule, decisions []Decision) error {
	given := map[string]int{}
	for _, d := range decisions {
		switch d.Outcome {
		case Awarded:
			given[d.Award]++
		case Downgraded:
			given[d.DowngradedTo]++
		}
	}
	for _, a := range rules {
		if given[a.Code] > a.Quota {
			return Errorf(EDecisionQuota, a.Name, a.Quota, given[a.Code])
		}
	}
	return nil
}

// DescribeDecision says a decision in words: the award, what was decided,
// the unit it replaced and the decision's number and date.
func DescribeDecision(l i18n.Lang, d Decision, rules []AwardRule, codes map[string]string) string {
	r := Rules{Awards: rules}
	name := func(code string) string {
		if a, ok := r.Award(code); ok {
			return a.Name
		}
		return code
	}
	s := name(d.Award) + ": " + i18n.T(l, "outcome."+d.Outcome.String())
	if d.Outcome == Downgraded {
		s += " → " + name(d.DowngradedTo)
	}
	if d.Replaces != "" {
		s += i18n.T(l, "decision.replaces", codes[d.Replaces])
	}
	if d.ReplacedBy != "" {
		s += i18n.T(l, "decision.replaced_by", codes[d.ReplacedBy])
	}
	if d.Number != "" {
		s += " — " + i18n.T(l, "province.decision_ref", d.Number, d.Date.Format("02/01/2006"))
	}
	return s
}

// StageNote says which stage ranked how many units ("tỉnh thẩm định 3,
// khối chấm 22") and returns the highest of them: the ranking uses each
// unit's highest stage present.
func StageNote(l i18n.Lang, r Ranking) (top Stage, note string) {
	count := map[Stage]int{}
	for _, p := range r.Ranked {
		count[p.Stage]++
		top = max(top, p.Stage)
	}
	var parts []string
	for s := StageProvince; s >= StageSelf; s-- {
		if count[s] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", i18n.T(l, "stage."+s.String()), count[s]))
		}
	}
	if len(parts) == 0 {
		return top, ""
	}
	return top, i18n.T(l, "rank.stage_note", strings.Join(parts, ", "))
}

// DecisionRequest is the province's decision on one proposal: accept it,
// refuse it, or give the award to another unit of the bloc instead.
type DecisionRequest struct {
	UnitID  string // the unit proposed
	Award   string
	Verdict Verdict
	// Instead is the unit given the award in place of UnitID (VerdictReplace).
	Instead string
	Number  string
	Date    time.Time
}

// Verdict is what the province does with a proposal.
type Verdict int

const (
	// VerdictAccept gives the award to the unit proposed.
	VerdictAccept Verdict = iota
	// VerdictRefuse gives it to nobody.
	VerdictRefuse
	// VerdictReplace gives it to another unit of the bloc.
	VerdictReplace
)
