package model

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
