package model

// UnitState is everything known about one unit in one period that bears on
// its place in the ranking.
type UnitState struct {
	Unit   Unit
	Layers Layers
	// Accepted: the bloc finished its review of the sheet, possibly without
	// changing a score; the unit then ranks on the bloc stage.
	Accepted bool
	// Excluded is the leader's reason for not ranking the unit ("không
	// xét"); "" when it is ranked.
	Excluded string
	// VoteOrder is the meeting's decision among fully tied units (1 first).
	VoteOrder int
	// LeaderOwnReview: the bloc scores of the leader's own unit were set by
	// the leader rather than the deputy.
	LeaderOwnReview bool
	// Returned: the leader returned the sheet and the return is still open.
	Returned bool
	// Overridden counts the self-scores the leader changed after the unit
	// signed them.
	Overridden int
}

// Candidate adds up a unit's sheet at the stage that ranks it: the highest
// stage present (province > bloc > self); a unit the bloc has not reviewed
// ranks on its self-scores and is flagged. Units withdrawn, excluded by the
// leader, without any score, or with criteria left blank are not ranked, and
// the reason says which.
func (t *Tree) Candidate(s UnitState, caps Caps) Candidate {
	stage := RankStage(s.Layers.Top(), s.Accepted)
	sheet := s.Layers.Effective(stage)
	return CandidateOf(s, stage, len(sheet), t.Totals(sheet, caps))
}

// RankStage is the stage that ranks a unit whose highest stage with scores
// is top: a sheet the bloc accepted without changing a score ranks on the
// bloc stage.
func RankStage(top Stage, accepted bool) Stage {
	if top == StageSelf && accepted {
		return StageBloc
	}
	return top
}

// CandidateOf is the candidate of a unit ranked at stage with totals, its
// sheet holding rows scores: Candidate's work once the totals are known
// (storage keeps them beside the scores). s.Layers is not read.
func CandidateOf(s UnitState, stage Stage, rows int, totals Totals) Candidate {
	c := Candidate{
		UnitID:    s.Unit.ID,
		Code:      s.Unit.Code,
		Name:      s.Unit.Name,
		ShortName: s.Unit.ShortName,
		Totals:    totals,
		Stage:     stage,
		Reviewed:  stage > StageSelf,
		VoteOrder: s.VoteOrder,
	}
	switch {
	case s.Unit.Status == Withdrawn:
		c.NotRanked = Errorf(RankWithdrawn, s.Unit.WithdrawnReason)
	case s.Excluded != "":
		c.NotRanked = Errorf(RankExcluded, s.Excluded)
	case rows == 0:
		c.NotRanked = Errorf(RankNoSubmission)
	case !totals.Complete():
		c.NotRanked = Errorf(RankIncomplete, len(totals.Missing), totals.Scorable)
	}
	if !c.Reviewed && c.NotRanked == nil {
		c.Flags = append(c.Flags, Errorf(FlagNoReview))
	}
	if s.LeaderOwnReview {
		c.Flags = append(c.Flags, Errorf(FlagLeaderOwnReview))
	}
	if s.Returned {
		c.Flags = append(c.Flags, Errorf(FlagReturned))
	}
	if s.Overridden > 0 {
		c.Flags = append(c.Flags, Errorf(FlagOverridden+"_count", s.Overridden))
	}
	return c
}

// Reasons a unit is not ranked.
const (
	RankWithdrawn    = "rank.withdrawn"
	RankExcluded     = "rank.excluded"
	RankNoSubmission = "rank.no_submission"
	RankIncomplete   = "rank.incomplete"
)
