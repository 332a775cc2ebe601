package model

import (
	"strings"
)

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

// VoteInput is what has been recorded of the secret ballots.
type VoteInput struct {
	Members int               // active member units (the "all members" base)
	Ballots map[string]Ballot // by award code
	Votes   map[string]map[string]int
}

// Propose goes down the ranking and proposes units for each award in
// order, at most one award per unit (the first it qualifies for). A unit is
// passed over when it is blocked, below the minimum total, or failed the
// vote; the award then passes to the next eligible unit, and the skip says
// so. Units tied at the quota line are marked for the meeting to decide.
func Propose(r Ranking, rules []AwardRule, blocks []Block, v VoteInput) Proposals {
	var out Proposals
	taken := map[string]bool{}
	blocked := func(unit, award string) (string, bool) {
		for _, b := range blocks {
			if b.UnitID == unit && (b.Award == "" || b.Award == award) {
				return b.Reason, true
			}
		}
		return "", false
	}
	for _, a := range rules {
		ballot, voted := v.Ballots[a.Code]
		var chosen []int // indexes into r.Ranked
		var pending []Skip
		lastRank := 0
		for i, pos := range r.Ranked {
			if len(chosen) >= a.Quota {
				if pos.Rank == lastRank && eligibleQuiet(pos, a, blocked, taken) {
					// Tied with the last unit in the quota.
					for _, k := range chosen {
						if r.Ranked[k].Rank == lastRank {
							markTie(&out, r.Ranked[k].UnitID, a.Code)
						}
					}
					out.List = append(out.List, Proposal{UnitID: pos.UnitID, Award: a.Code, Status: TieAtQuota})
					taken[pos.UnitID] = true
				}
				continue
			}
			if taken[pos.UnitID] {
				continue
			}
			if reason, ok := blocked(pos.UnitID, a.Code); ok {
				pending = append(pending, Skip{UnitID: pos.UnitID, Award: a.Code, Reason: Errorf(EAwardBlocked, reason)})
				continue
			}
			if a.MinTotal > 0 && pos.Totals.Total < a.MinTotal {
				pending = append(pending, Skip{UnitID: pos.UnitID, Award: a.Code, Reason: Errorf(EAwardBelowMin, pos.Totals.Total, a.MinTotal)})
				continue
			}
			p := Proposal{UnitID: pos.UnitID, Award: a.Code}
			switch {
			case a.VoteRequired && voted:
				p.Votes = v.Votes[a.Code][pos.UnitID]
				p.Base = v.Members
				if a.Base == BaseBallots {
					p.Base = ballot.Valid
				}
				if !a.Threshold.Pass(p.Votes, p.Base) {
					pending = append(pending, Skip{UnitID: pos.UnitID, Award: a.Code,
						Reason: Errorf(EAwardVoteFailed, p.Votes, p.Base, a.Threshold.String())})
					continue
				}
			case a.VoteRequired:
				p.Status = AwaitingVote
			}
			out.List = append(out.List, p)
			taken[pos.UnitID] = true
			chosen = append(chosen, i)
			lastRank = pos.Rank
		}
		// A skipped unit's award passes to the first unit proposed below it.
		for _, s := range pending {
			s.PassedTo = passedTo(r, out.List, s.UnitID, a.Code)
			out.Skips = append(out.Skips, s)
		}
	}
	return out
}

// eligibleQuiet reports whether pos could take award a, without recording
// anything.
func eligibleQuiet(pos Position, a AwardRule, blocked func(string, string) (string, bool), taken map[string]bool) bool {
	if taken[pos.UnitID] {
		return false
	}
	if _, ok := blocked(pos.UnitID, a.Code); ok {
		return false
	}
	return a.MinTotal == 0 || pos.Totals.Total >= a.MinTotal
}

func markTie(out *Proposals, unit, award string) {
	for i := range out.List {
		if out.List[i].UnitID == unit && out.List[i].Award == award {
			out.List[i].Status = TieAtQuota
		}
	}
}

func passedTo(r Ranking, list []Proposal, unit, award string) string {
	below := false
	for _, pos := range r.Ranked {
		if pos.UnitID == unit {
			below = true
			continue
		}
		if !below {
			continue
		}
		for _, p := range list {
			if p.UnitID == pos.UnitID && p.Award == award {
				return p.UnitID
			}
		}
	}
	return ""
}
