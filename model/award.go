package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// VoteBase is what a vote percentage is taken of. "More than half of all
// members" and "more than half of the ballots cast" differ, and the minutes
// must say which.
type VoteBase int

const (
	// BaseMembers counts every active member unit of the bloc.
	BaseMembers VoteBase = iota
	// BaseBallots counts the valid ballots cast.
	BaseBallots
)

// String returns "members" or "ballots".
func (b VoteBase) String() string {
	if b == BaseBallots {
		return "ballots"
	}
	return "members"
}

// ParseVoteBase reads "members" or "ballots".
func ParseVoteBase(s string) (VoteBase, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "members", "":
		return BaseMembers, nil
	case "ballots":
		return BaseBallots, nil
	}
	return BaseMembers, Errorf(ERuleBadVoteBase, quote(s))
}

// Threshold is a vote pass mark as an exact fraction: "more than 1/2" is
// {1, 2, true}; "at least 2/3" is {2, 3, false}. Fractions avoid the
// rounding trap of 66,67%: 6 votes of 9 pass "at least 2/3".
type Threshold struct {
	Num, Den int
	Strict   bool // more than (true) or at least (false)
}

// Pass reports whether votes out of base pass the threshold.
func (t Threshold) Pass(votes, base int) bool {
	if base <= 0 || t.Den <= 0 {
		return false
	}
	lhs, rhs := votes*t.Den, t.Num*base
	if t.Strict {
		return lhs > rhs
	}
	return lhs >= rhs
}

// String returns ">1/2" or ">=2/3".
func (t Threshold) String() string {
	op := ">="
	if t.Strict {
		op = ">"
	}
	return fmt.Sprintf("%s%d/%d", op, t.Num, t.Den)
}

// ParseThreshold reads ">1/2", ">=2/3" or a percentage such as ">50%".
func ParseThreshold(s string) (Threshold, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	bad := Errorf(ERuleBadThreshold, quote(s))
	t := Threshold{}
	switch {
	case strings.HasPrefix(s, ">="):
		s = s[2:]
	case strings.HasPrefix(s, ">"):
		t.Strict, s = true, s[1:]
	default:
		return t, bad
	}
	if p, ok := strings.CutSuffix(s, "%"); ok {
		v, err := ParsePoints(p)
		if err != nil || v <= 0 || v > Whole(100) {
			return t, bad
		}
		t.Num, t.Den = int(v), 100*PointsPerUnit
		return t, nil
	}
	n, d, ok := strings.Cut(s, "/")
	if !ok {
		return t, bad
	}
	var err1, err2 error
	t.Num, err1 = strconv.Atoi(n)
	t.Den, err2 = strconv.Atoi(d)
	if err1 != nil || err2 != nil || t.Num <= 0 || t.Den <= 0 || t.Num > t.Den {
		return t, bad
	}
	return t, nil
}

// AwardRule is one award a bloc proposes units for, in priority order: the
// flag ("Cờ thi đua") for the leading unit, certificates ("Bằng khen") for
// the next ones.
type AwardRule struct {
	Code     string // short code: "CO", "BK"
	Name     string // printed name: "Cờ thi đua của UBND tỉnh"
	Quota    int    // at most this many units
	MinTotal Points // a unit needs at least this total; 0: no minimum
	// VoteRequired: the proposal stands only after the secret ballot passes.
	VoteRequired bool
	Threshold    Threshold
	Base         VoteBase
}

// Validate checks an award rule.
func (a *AwardRule) Validate() error {
	if strings.TrimSpace(a.Name) == "" || strings.TrimSpace(a.Code) == "" {
		return Errorf(ERuleNoAwardName)
	}
	if a.Quota < 1 {
		return Errorf(ERuleBadQuota, a.Code)
	}
	if a.MinTotal < 0 {
		return Errorf(ERuleBadCap, a.MinTotal)
	}
	if a.VoteRequired && (a.Threshold.Den <= 0 || a.Threshold.Num <= 0 || a.Threshold.Num > a.Threshold.Den) {
		return Errorf(ERuleBadThreshold, a.Threshold.String())
	}
	return nil
}

// Ballot is the count of a secret ballot for one award. Only counts are
// kept, never who voted for whom.
type Ballot struct {
	Award    string
	Issued   int // "số phiếu phát ra"
	Returned int // "số phiếu thu vào"
	Valid    int
	Invalid  int
}

// Validate checks that the counts add up.
func (b Ballot) Validate() error {
	if b.Issued < 0 || b.Returned < 0 || b.Valid < 0 || b.Invalid < 0 ||
		b.Returned > b.Issued || b.Valid+b.Invalid != b.Returned {
		return Errorf(EVoteCounts, b.Issued, b.Returned, b.Valid, b.Invalid)
	}
	return nil
}

// Block makes a unit ineligible for an award ("" for every award), with the
// reason written by the leader ("lãnh đạo bị kỷ luật cảnh cáo").
type Block struct {
	UnitID string
	Award  string
	Reason string
}

// ProposalStatus is where a unit stands for an award.
type ProposalStatus int

const (
	// Proposed: the bloc proposes the unit (by rank, and by vote if required).
	Proposed ProposalStatus = iota
	// AwaitingVote: proposed by rank; the secret ballot is not recorded yet.
	AwaitingVote
	// TieAtQuota: tied with a unit left out by the quota; the meeting's
	// vote must decide.
	TieAtQuota
)

var proposalNames = [...]string{"proposed", "awaiting_vote", "tie_at_quota"}

// String returns "proposed", "awaiting_vote" or "tie_at_quota".
func (s ProposalStatus) String() string { return proposalNames[s] }

// Proposal is a unit put forward for an award.
type Proposal struct {
	UnitID string
	Award  string
	Status ProposalStatus
	Votes  int // votes in favour, when recorded
	Base   int // the vote base used, when recorded
}

// Skip records a unit passed over for an award it ranked high enough for,
// and who the award passed to instead.
type Skip struct {
	UnitID   string
	Award    string
	Reason   *Error
	PassedTo string // unit id, "" if nobody
}

// Proposals is the award outcome of a ranking.
type Proposals struct {
	List  []Proposal
	Skips []Skip
}

// ForUnit returns the unit's proposal, if any.
func (p Proposals) ForUnit(id string) (Proposal, bool) {
	for _, x := range p.List {
		if x.UnitID == id {
			return x, true
		}
	}
	return Proposal{}, false
}

// SkipsFor returns why the unit was passed over, per award.
func (p Proposals) SkipsFor(id string) []Skip {
	var out []Skip
	for _, s := range p.Skips {
		if s.UnitID == id {
			out = append(out, s)
		}
	}
	return out
}

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
	// Replaces is the unit id whose proposal this award was given in place
	// of ("" when the unit was proposed itself).
	Replaces string
	// ReplacedBy is the unit id given the award in place of this unit,
	// when this unit's proposal was refused by a replacement.
	ReplacedBy string
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
