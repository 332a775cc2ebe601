package model

import "time"

// ReceivedFile is an exchange file received and kept, with what came of
// it; a rejected file is not kept.
type ReceivedFile struct {
	Digest      string // SHA-256 of the bytes, hex
	Name        string
	Size        int64
	At          time.Time
	Kind        FileKind
	PeriodID    string
	UnitID      string // the author
	KeyID       string
	Seq         int64
	ContentHash string
	CreatedAt   time.Time // the author's clock at export
	Status      MergeStatus
	Report      string // JSON: why, in every language
}

// AppliedSlice is what is applied for one slice (a unit's submission at
// the leader, a bloc's file at the province) and when.
type AppliedSlice struct {
	AppliedState
	Kind     FileKind
	Manifest string // JSON of the signed manifest
	Digest   string
	At       time.Time
}

// Hold is a file waiting for the leader's decision (or decided).
type Hold struct {
	ID        int64
	Kind      HoldKind
	PeriodID  string
	UnitID    string
	HeldAt    time.Time
	Decision  string // "" while open; accepted, declined, superseded
	DecidedAt time.Time
	By        string
	Reason    string
	File      ReceivedFile
}

// SentFile is a file this installation wrote and checked, as its outbox
// remembers it.
type SentFile struct {
	Kind        FileKind
	PeriodID    string
	UnitID      string
	Seq         int64
	ContentHash string
	Digest      string
	Name        string
	At          time.Time // when it was written (set by the outbox)
}

// InboxRow is one unit on the leader's inbox board for a period.
type InboxRow struct {
	Unit        Unit
	KeyVerified string // how its key was verified; "" while none is pinned
	Last        *ReceivedFile
	Applied     *AppliedSlice
	OpenHolds   int
	Review      ReviewState
	Flagged     int // bloc scores flagged "changed after review"
	Overridden  int // self-scores the leader changed after the unit signed them
	Returned    int // criteria returned and not closed (the whole sheet counts one)
	BlocScores  int // bloc review scores of the unit's sheet
	SelfScores  int // self-scores held for the period, from files or typed here
	Deadline    time.Time
}

// Waiting reports whether the bloc still waits for the unit's self-scores:
// no file, and none typed in from paper; the leader's own unit (reviewed
// by the deputy) never waits.
func (r InboxRow) Waiting(leaderUnit string) bool {
	return r.Review == ReviewMissing && r.SelfScores == 0 && r.Unit.ID != leaderUnit
}

// Gaps are what a bloc file would go without, as the leader is told
// before writing it: active units that sent nothing (and had nothing typed
// in from paper), units whose sheet is returned and not closed, and units
// the bloc has not reviewed (neither accepted nor scored at the bloc
// stage). The leader's own unit is reviewed by the deputy and not listed
// as missing.
type Gaps struct {
	Missing, Returned, Unreviewed []Unit
}

// BlocGaps works out the gaps from the inbox board.
func BlocGaps(rows []InboxRow, leaderUnit string) Gaps {
	var g Gaps
	for _, r := range rows {
		switch {
		case r.Unit.Status != Active:
		case r.Waiting(leaderUnit):
			g.Missing = append(g.Missing, r.Unit)
		case r.Returned > 0 || r.Review == ReviewReturned:
			g.Returned = append(g.Returned, r.Unit)
		case r.Unit.ID != leaderUnit && r.Review != ReviewAccepted && r.BlocScores == 0:
			g.Unreviewed = append(g.Unreviewed, r.Unit)
		}
	}
	return g
}
