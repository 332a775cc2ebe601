package model

import (
	"fmt"
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
