package model

import (
	"strings"
)

// Stage is who gave a score: the unit itself, the bloc's review, or the
// province's review. Stages never overwrite each other; each is its own
// column.
type Stage int

const (
	// StageSelf is the unit's self-score ("tự chấm").
	StageSelf Stage = iota
	// StageBloc is the bloc's review score ("khối chấm").
	StageBloc
	// StageProvince is the province's review score ("tỉnh thẩm định").
	StageProvince
	numStages
)

// Stages lists every stage, lowest first.
var Stages = [...]Stage{StageSelf, StageBloc, StageProvince}

var stageNames = [...]string{"self", "bloc", "province"}

// String returns "self", "bloc" or "province".
func (s Stage) String() string {
	if s >= 0 && s < numStages {
		return stageNames[s]
	}
	return "stage?"
}

// ParseStage reads a stage name, also in Vietnamese ("tự chấm", "khối").
func ParseStage(s string) (Stage, error) {
	for i, n := range stageNames {
		if s == n {
			return Stage(i), nil
		}
	}
	switch Fold(s) {
	case "self", "tu cham", "tu", "":
		return StageSelf, nil
	case "bloc", "khoi", "khoi cham", "cum":
		return StageBloc, nil
	case "province", "tinh":
		return StageProvince, nil
	}
	return StageSelf, Errorf(EStageUnknown, quote(s))
}

// Score is one committed score of one unit for one criterion at one stage.
type Score struct {
	CriterionID string
	Stage       Stage
	Points      Points
	// Input is what the officer typed for a computed rule, in canonical form
	// ("3" occurrences, "96.5%", "1250/1300", "1" achieved); "" when the
	// points were typed directly.
	Input    string
	Note     string
	Evidence string
}

// ValidatePoints checks points typed for criterion c: within [0, max], on
// the score step if the bloc sets one, and scorable at all. It refuses with
// a coded error naming the limit and never clamps.
func ValidatePoints(c Criterion, p Points, step Points) error {
	if !c.Scorable() {
		return Errorf(ENotScorable, strings.TrimSpace(c.Code))
	}
	if p < 0 {
		return Errorf(ENegative, p)
	}
	if p > c.Max {
		return Errorf(EAboveMax, p, c.Max, strings.TrimSpace(c.Code))
	}
	if step > 0 && p%step != 0 {
		return Errorf(EOffStep, p, step)
	}
	return nil
}

// Evaluate turns what the officer typed for criterion c into points: typed
// points are validated against the maximum and the bloc's step; a rule's
// measure is computed and rounded down to the step (to the hundredth when
// the bloc sets none), so typed and computed points obey one step. It
// returns the points and the canonical input to store with them.
func Evaluate(c Criterion, input string, step Points) (Points, string, error) {
	if !c.Scorable() {
		return 0, "", Errorf(ENotScorable, strings.TrimSpace(c.Code))
	}
	p, canon, err := c.Rule.ScoreStep(input, c.Max, step)
	if err != nil {
		return 0, "", err
	}
	if c.Rule.IsDirect() {
		if err := ValidatePoints(c, p, step); err != nil {
			return 0, "", err
		}
	}
	return p, canon, nil
}

// Sheet is the points of one unit at one stage, by criterion id. A missing
// key means "not scored"; 0 is a score.
type Sheet map[string]Points

// Layers holds one unit's sheets for every stage.
type Layers [numStages]Sheet

// Set records points for a criterion at a stage.
func (l *Layers) Set(s Stage, id string, p Points) {
	if l[s] == nil {
		l[s] = Sheet{}
	}
	l[s][id] = p
}

// Has reports whether any score exists at stage s.
func (l *Layers) Has(s Stage) bool { return len(l[s]) > 0 }

// Top returns the highest stage that has any score (StageSelf if none).
func (l *Layers) Top() Stage {
	for s := numStages - 1; s > StageSelf; s-- {
		if l.Has(s) {
			return s
		}
	}
	return StageSelf
}

// Effective returns the sheet as seen at stage upto: for each criterion, the
// score of the highest stage at or below upto that has one. A reviewer only
// types the scores they change; the rest stand as the unit gave them.
func (l *Layers) Effective(upto Stage) Sheet {
	out := Sheet{}
	for s := StageSelf; s <= upto && s < numStages; s++ {
		for id, p := range l[s] {
			out[id] = p
		}
	}
	return out
}

// ScoreLine is one score read from a file (a CSV sheet or a workbook),
// with the place it came from, for storage to save with the same
// validation as typing.
type ScoreLine struct {
	Sheet     string // the worksheet of a workbook; "" for CSV
	Line      int
	Unit      string // unit code
	Criterion string // criterion code or path
	Input     string
	Note      *string // nil when the file has no note column
	Evidence  *string
	Stage     Stage
}

// Below returns the score a review at stage is compared with: the score of
// the highest stage under it that has one (at says what a stage holds).
func Below(stage Stage, at func(Stage) (Points, bool)) (Points, bool) {
	for s := stage - 1; s >= StageSelf; s-- {
		if p, ok := at(s); ok {
			return p, true
		}
	}
	return 0, false
}

// NeedsReason reports whether a score p typed at stage needs a reason: a
// review score that differs from the score below it (Below) says why.
func NeedsReason(stage Stage, p Points, at func(Stage) (Points, bool)) bool {
	if stage <= StageSelf {
		return false
	}
	below, ok := Below(stage, at)
	return ok && below != p
}
