package model

import (
	"sort"
	"time"
)

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

// CrossEntry is a unit of one bloc ranked together with the units of
// other blocs.
type CrossEntry struct {
	Bloc     Bloc
	Unit     Unit
	Position Position
}

// Kinds lists the kinds of units ranked in the results, in order, ""
// for units without one.
func Kinds(results []PeriodResult) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range results {
		for _, p := range r.Ranking.Ranked {
			if k := r.Units[p.UnitID].Kind; !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	c := NewCollator()
	sort.Slice(out, func(i, j int) bool { return c.Less(out[i], out[j]) })
	return out
}

// CrossRank ranks the ranked units of every result together (of one kind
// when kind is not "all", the empty kind included), for a province that
// wants one list: by total, then the default tie-breaks; a bloc's meeting
// order among its own tied units does not carry across blocs, so units
// still tied share a rank.
func CrossRank(results []PeriodResult, kind string, all bool) []CrossEntry {
	var cands []Candidate
	where := map[string]CrossEntry{}
	for _, r := range results {
		for _, p := range r.Ranking.Ranked {
			u := r.Units[p.UnitID]
			if !all && u.Kind != kind {
				continue
			}
			c := p.Candidate
			c.VoteOrder = 0
			cands = append(cands, c)
			where[p.UnitID] = CrossEntry{Bloc: r.Bloc, Unit: u}
		}
	}
	ranking := Rank(cands, DefaultTieBreaks(), NumberingSkip)
	out := make([]CrossEntry, 0, len(ranking.Ranked))
	for _, p := range ranking.Ranked {
		e := where[p.UnitID]
		e.Position = p
		out = append(out, e)
	}
	return out
}
