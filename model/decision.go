package model

import (
	"strings"
	"time"
)

// Outcome is the province's decision on a proposal.
type Outcome int

const (
	// Awarded: the award was given.
	Awarded Outcome = iota
	// NotAwarded: the proposal was refused.
	NotAwarded
	// Downgraded: a lower award was given (a flag became a certificate).
	Downgraded
)

var outcomeNames = [...]string{"awarded", "not_awarded", "downgraded"}

// String returns "awarded", "not_awarded" or "downgraded".
func (o Outcome) String() string { return outcomeNames[o] }

// ParseOutcome reads an outcome name.
func ParseOutcome(s string) (Outcome, bool) {
	for i, n := range outcomeNames {
		if n == strings.TrimSpace(s) {
			return Outcome(i), true
		}
	}
	return Awarded, false
}

// Decision is the province's decision on one unit's proposal for one award,
// with the decision's number and date ("Quyết định số 512/QĐ-UBND").
type Decision struct {
	UnitID       string
	Award        string
	Outcome      Outcome
	DowngradedTo string // award code, for Downgraded
	Number       string
	Date         time.Time
}

// Validate checks a decision against the bloc's award rules.
func (d Decision) Validate(rules []AwardRule) error {
	known := func(code string) bool {
		for _, a := range rules {
			if a.Code == code {
				return true
			}
		}
		return false
	}
	if !known(d.Award) {
		return Errorf(EAwardUnknown, d.Award)
	}
	if d.Outcome == Downgraded && (d.DowngradedTo == "" || d.DowngradedTo == d.Award) {
		return Errorf(EDecisionNoTarget, d.Award)
	}
	if d.Outcome != Downgraded && d.DowngradedTo != "" {
		return Errorf(EDecisionBad, d.Award)
	}
	if d.Outcome != NotAwarded && strings.TrimSpace(d.Number) == "" {
		return Errorf(EDecisionBad, d.Award)
	}
	return nil
}
