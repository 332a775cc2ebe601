package model

import (
	"encoding/json"
	"time"
)

// ScoreRecord is a stored score with who set it and when.
type ScoreRecord struct {
	Score
	SetBy     Actor
	UpdatedAt time.Time
	Flag      string // a remark on the score, e.g. FlagChangedAfter
}

// ScoreSheet is one unit's score sheet for a period: every stage, with the
// table, rules and locks it is scored under.
type ScoreSheet struct {
	Period Period
	Unit   Unit
	Tree   *Tree
	Rules  Rules
	Locks  []Lock
	// Rows holds the stored scores by criterion id and stage.
	Rows map[string]map[Stage]ScoreRecord
	// Returns are the leader's reasons for returning the sheet, by
	// criterion id ("" for the whole sheet); Answers are the unit's
	// answers ("giải trình"), keyed the same way.
	Returns, Answers map[string]string
}

// Layers returns the sheet's points per stage, for totals.
func (s *ScoreSheet) Layers() Layers {
	var l Layers
	for id, stages := range s.Rows {
		for st, r := range stages {
			l.Set(st, id, r.Points)
		}
	}
	return l
}

// Change is one line of a value's history: who changed what, when, from
// what to what, why, and from which file.
type Change struct {
	ID          int64
	At          time.Time
	Role        Role
	UnitID      string // the actor's unit
	Action      string
	CriterionID string
	Stage       string
	Old, New    string // the stored forms of the values
	Reason      string
	Source      string
	UndoOf      int64 // the change this one undid
}

// ActScoreSet is the action of a change that set a score (typed,
// imported or merged); its reason is the one a report prints.
const ActScoreSet = "score.set"

// CriteriaVersion describes one version of a bloc's criteria table.
type CriteriaVersion struct {
	ID       string
	Label    string
	ParentID string
	Hash     string    // set once issued
	IssuedAt time.Time // zero while a draft
	Rows     int
	Periods  []string // codes of the periods that use it
}

// Issued reports whether the version is issued (and so immutable).
func (v CriteriaVersion) Issued() bool { return !v.IssuedAt.IsZero() }

// ScoreEntry is one criterion's score as typed.
type ScoreEntry struct {
	// Criterion is a criterion id, or a code or path as people type it.
	Criterion string
	// Input is what was typed: points, or for a computed rule the count,
	// percentage or "achieved".
	Input string
	// Note and Evidence replace the stored ones when not nil.
	Note, Evidence *string
	// Clear removes the score (blank is not zero).
	Clear bool
	// Reason says why; a review score that differs from the self-score
	// needs one.
	Reason string
}

// ScoreBatch is a set of scores for one unit's sheet at one stage. It is
// saved in one transaction: every entry is validated first, and if any is
// refused nothing is written.
type ScoreBatch struct {
	PeriodID string
	UnitID   string
	Stage    Stage
	Actor    Actor
	Entries  []ScoreEntry
	Source   string // the imported file the scores came from, if any
	// Once refuses a criterion given twice, naming both entries: what a
	// person gives in one go (an imported file, a command line) must
	// never be settled by "the last one wins". Without it, a batch is a
	// sequence of edits, each judged after the ones before it.
	Once bool
}

// SaveResult reports what a batch changed.
type SaveResult struct {
	Scores  []Score // the scores as saved, in entry order (cleared ones omitted)
	Changed int     // entries that changed something (others were identical)
	Flag    *Error  // set when the write is allowed but must be shown
	// Audit holds the ids of the changes written, for undoing exactly the
	// person's own changes (storage UndoLast).
	Audit []int64
}

// Undone is what an undo reverted: a criterion's score before the undo and
// the value it went back to (nil for no score).
type Undone struct {
	CriterionID   string
	Before, After *Score
}

// storedScore is the audit form of a score's value.
type storedScore struct {
	Points   string `json:"p"`
	Input    string `json:"i,omitempty"`
	Note     string `json:"n,omitempty"`
	Evidence string `json:"e,omitempty"`
}

// EncodeScore is the stored (audit) form of a score's value: its points,
// input, note and evidence as compact JSON; "" for no score.
func EncodeScore(s *Score) string {
	if s == nil {
		return ""
	}
	b, _ := json.Marshal(storedScore{Points: s.Points.String(), Input: s.Input, Note: s.Note, Evidence: s.Evidence})
	return string(b)
}

// DecodeScore reads the form written by EncodeScore.
func DecodeScore(v string) (*Score, error) {
	if v == "" {
		return nil, nil
	}
	var s storedScore
	if err := json.Unmarshal([]byte(v), &s); err != nil {
		return nil, err
	}
	p, err := ParsePoints(s.Points)
	if err != nil {
		return nil, err
	}
	return &Score{Points: p, Input: s.Input, Note: s.Note, Evidence: s.Evidence}, nil
}

// At returns what the sheet holds for a criterion at a stage, as Below
// and NeedsReason read it.
func (s *ScoreSheet) At(criterionID string) func(Stage) (Points, bool) {
	return func(st Stage) (Points, bool) {
		r, ok := s.Rows[criterionID][st]
		return r.Points, ok
	}
}

// Effective returns the points that stand for a criterion at stage: its
// own, or the stage below's where the review kept it.
func (s *ScoreSheet) Effective(criterionID string, stage Stage) (Points, bool) {
	if p, ok := s.At(criterionID)(stage); ok {
		return p, true
	}
	return Below(stage, s.At(criterionID))
}
