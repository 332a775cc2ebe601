package model

import "time"

// Errors of the province's commands.
const (
	// EBlocUnknown: no bloc of that code in the database.
	EBlocUnknown = "province.bloc_unknown"
	// EProvinceEmpty: a province that has merged no bloc file yet.
	EProvinceEmpty = "province.empty"
)

// ENeedsReasonProvince: a province score differs from the stage below
// without a reason.
const ENeedsReasonProvince = "score.needs_reason_province"

// ReasonNeeded is the refusal of a review score at stage that differs from
// the stage below without a reason.
func ReasonNeeded(stage Stage) string {
	if stage == StageProvince {
		return ENeedsReasonProvince
	}
	return ENeedsReason
}

// BlocPeriod is a bloc and its period that a command or screen works on.
type BlocPeriod struct {
	Bloc   Bloc
	Period Period
}

// BlocState is where a bloc stands at the province for a period.
type BlocState int

const (
	// BlocNoFile: no bloc file received for the period yet.
	BlocNoFile BlocState = iota
	// BlocHeld: its last file waits for the province's decision.
	BlocHeld
	// BlocMerged: its file is merged; the province has not reviewed it.
	BlocMerged
	// BlocReviewed: the province scored some of its units.
	BlocReviewed
	// BlocDecided: the province recorded award decisions.
	BlocDecided
)

var blocStateNames = [...]string{"no_file", "held", "merged", "reviewed", "decided"}

// String returns "no_file", "held", "merged", "reviewed" or "decided".
func (s BlocState) String() string { return blocStateNames[s] }

// ProvinceBloc is one bloc on the province's board for a period.
type ProvinceBloc struct {
	Bloc   Bloc
	Leader Unit
	// Period is the bloc's period of the code asked; ID "" when it has none.
	Period Period
	Units  int // active member units
	// Last is the last bloc file received for the period, nil if none.
	Last *ReceivedFile
	// KeyVerified is how the leader's key was verified ("" when none).
	KeyVerified    string
	OpenHolds      int
	ProvinceScores int // province review scores of the period
	Decisions      int // award decisions recorded
}

// State is where the bloc stands.
func (b ProvinceBloc) State() BlocState {
	switch {
	case b.Decisions > 0:
		return BlocDecided
	case b.ProvinceScores > 0:
		return BlocReviewed
	case b.OpenHolds > 0:
		return BlocHeld
	case b.Last == nil:
		return BlocNoFile
	}
	return BlocMerged
}

// Deadline is the bloc's deadline for the period: the self-scoring
// deadline it set, else the period's end; zero when neither is known.
func (b ProvinceBloc) Deadline() time.Time {
	if !b.Period.SelfScoreCloses.IsZero() {
		return b.Period.SelfScoreCloses
	}
	return b.Period.Ends
}

// DaysLeft is the number of whole days from now to the deadline (negative
// when past); ok is false when there is no deadline.
func (b ProvinceBloc) DaysLeft(now time.Time) (days int, ok bool) {
	d := b.Deadline()
	if d.IsZero() {
		return 0, false
	}
	y, m, dd := now.Date()
	today := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	y, m, dd = d.Date()
	return int(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Sub(today).Hours() / 24), true
}
