package model

import "time"

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
