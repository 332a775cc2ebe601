package model

import (
	"thidua/model/facts"
	"thidua/model/i18n"
)

// FileInfo is what an exchange file says about itself, as people are
// shown it: before joining a bloc with it, in a merge's outcome, after
// writing it. The exchange package reads it from the file's signed
// manifest and its rows.
type FileInfo struct {
	Path          string // as given
	Name          string // base name, safe to print
	Kind          FileKind
	BlocCode      string
	BlocName      string // from the file's bloc row, when it carries one
	PeriodID      string
	PeriodCode    string
	AuthorCode    string
	AddresseeID   string // setup only: the unit it is for
	AddresseeCode string
	AddresseeName string
	Seq           int64
	ContentHash   string
	Fingerprint   string // the author's key, as read aloud
	// Endorsed: the author's key is a new leader's, endorsed by the leader
	// key this installation pinned (a handover), or the province's key
	// pinned here (its confirmation of a new leader); nothing to confirm.
	Endorsed bool
}

// Receipt is the short code both sides read on the phone to confirm which
// version of a file arrived.
func (f FileInfo) Receipt() string { return Receipt(f.Seq, f.ContentHash) }

// WrittenFile is an exchange file thidua wrote and checked.
type WrittenFile struct {
	Path     string
	Digest   string
	Size     int64
	File     FileInfo
	Warnings []*Error // what the file goes without, and why
}

// Receipt is the code the sender reads to the receiver on the phone.
func (w WrittenFile) Receipt() string { return w.File.Receipt() }

// MergeOutcome is what happened, or in a preview would happen, to one file
// of a merge.
type MergeOutcome struct {
	Path   string
	Name   string // base name, safe to print
	Digest string
	Size   int64
	Status MergeStatus
	Hold   HoldKind
	HoldID int64
	Reason *Error    // why, and what to do next; nil for a plain apply
	File   *FileInfo // nil when the file could not be read that far
	Unit   string    // the author's code
	Counts facts.Counts
	// Changes are the rows the file adds, changes or removes, for
	// drill-down; a province keeps them only in a preview (forty bloc
	// files of 15,000 rows each would not fit an old PC's memory).
	Changes  []facts.Change
	Warnings []*Error
	DryRun   bool
	// Nominees is how many proposals of individuals the file brings (a
	// unit's, or every unit's in a bloc file).
	Nominees int
}

// Message ids of a plain apply, done or previewed.
const (
	EApplied    = "exchange.applied"
	EWouldApply = "exchange.would_apply"
)

// Message returns the outcome in words for people, in language l.
func (o *MergeOutcome) Message(l i18n.Lang) string {
	if o.Reason != nil {
		return o.Reason.Localize(l)
	}
	id := EApplied
	if o.DryRun {
		id = EWouldApply
	}
	return i18n.T(l, id, o.Counts.New, o.Counts.Changed, o.Counts.Removed, o.Counts.Unchanged)
}
