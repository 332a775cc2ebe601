package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"
)

// MergeStatus is the outcome of one file (DESIGN §5).
type MergeStatus int

const (
	// StatusApplied: the file's slice replaced the old one (in a preview:
	// it would).
	StatusApplied MergeStatus = iota
	// StatusUnchanged: same content as what is applied; nothing changed.
	StatusUnchanged
	// StatusStale: older than what is applied; skipped.
	StatusStale
	// StatusHeld: waits for the leader's decision (HoldKind says why).
	StatusHeld
	// StatusRejected: refused; the database was not touched.
	StatusRejected
)

var statusNames = [...]string{"applied", "unchanged", "stale", "held", "rejected"}

// String returns the status as printed in JSON.
func (s MergeStatus) String() string { return statusNames[s] }

// ParseMergeStatus reads a status name.
func ParseMergeStatus(s string) (MergeStatus, bool) {
	for i, n := range statusNames {
		if n == s {
			return MergeStatus(i), true
		}
	}
	return StatusRejected, false
}

// HoldKind is why a file waits for a decision.
type HoldKind int

const (
	// HoldNone: not held.
	HoldNone HoldKind = iota
	// HoldUnverified: the author's first key came without a valid enrolment
	// proof ("Chờ xác minh"): phone the unit and compare fingerprints.
	HoldUnverified
	// HoldKeyChanged: a known author signed with a new key ("Khóa đã thay
	// đổi").
	HoldKeyChanged
	// HoldFork: another file with the same seq and other content
	// ("Xung đột"): the leader picks one whole version.
	HoldFork
	// HoldLate: arrived after the unit's sheet or the period was locked
	// ("Đến sau khi khóa sổ").
	HoldLate
	// HoldCriteria: made on an older known criteria version; applying maps
	// its rows onto the current table.
	HoldCriteria
	// HoldCrossBloc: a unit of the file already belongs to another bloc
	// (province).
	HoldCrossBloc
	// HoldUnitKey: a bloc file carries a unit signed with a key other than
	// the one the province holds for it (province), decided like a changed
	// leader key.
	HoldUnitKey
)

var holdNames = [...]string{"", "unverified_key", "key_changed", "fork", "late", "criteria_version", "cross_bloc",
	"unit_key_changed"}

// String returns the hold kind as stored and printed.
func (h HoldKind) String() string {
	if h >= 0 && int(h) < len(holdNames) {
		return holdNames[h]
	}
	return "hold"
}

// ParseHoldKind reads a hold kind name.
func ParseHoldKind(s string) (HoldKind, bool) {
	for i, n := range holdNames {
		if n == s && i > 0 {
			return HoldKind(i), true
		}
	}
	return HoldNone, false
}

// AppliedState is what is applied for one slice (a unit's submission at the
// leader, a bloc's file at the province): from which key, which seq and
// which content.
type AppliedState struct {
	KeyID       string
	Seq         int64
	ContentHash string
}

// Arrival is what phase B knows about an incoming, verified file.
type Arrival struct {
	KeyID       string
	Seq         int64
	ContentHash string
	Pinned      string // key id pinned for the author; "" if none yet
	EnrolmentOK bool   // the file proves its first key with the enrolment code
	Locked      bool   // a lock stops changes to the slice
	OlderTable  bool   // made on an older, known criteria version
	CrossBloc   bool   // a unit of the file belongs to another bloc
	// UnitStale: a bloc file carries a unit's signed slice older than one
	// the province applied before (a rollback by the leader).
	UnitStale bool
	// UnitKeyChanged: a bloc file carries a unit with a key other than the
	// one the province holds for it.
	UnitKeyChanged bool
	// AppliedAhead: the applied version's seq is beyond this computer's
	// clock, so it was made on a clock set in the future; an older seq
	// may then be a newer version (the author's database restored after
	// the clock was put right) and is held, not skipped as stale.
	AppliedAhead bool
	Applied      *AppliedState
	// Accepted are the holds the leader has already accepted for this
	// file: those checks are passed.
	Accepted []HoldKind
}

// Classify decides phase B (merge.md §2.7): keys first, then order and
// content, then locks and the criteria table. Identical content is
// "unchanged" and older content "stale" whatever else holds, since neither
// changes anything; so is a bloc file that rolls a unit back, which no
// decision may take.
func Classify(a Arrival) (MergeStatus, HoldKind) {
	pass := func(h HoldKind) bool { return slices.Contains(a.Accepted, h) }
	switch {
	case a.Pinned == "" && !a.EnrolmentOK && !pass(HoldUnverified):
		return StatusHeld, HoldUnverified
	case a.Pinned != "" && a.Pinned != a.KeyID && !pass(HoldKeyChanged):
		return StatusHeld, HoldKeyChanged
	}
	if p := a.Applied; p != nil && p.KeyID == a.KeyID {
		switch {
		case p.ContentHash == a.ContentHash:
			return StatusUnchanged, HoldNone
		case a.Seq < p.Seq && a.AppliedAhead && !pass(HoldFork):
			return StatusHeld, HoldFork
		case a.Seq < p.Seq && !a.AppliedAhead:
			return StatusStale, HoldNone
		case a.Seq == p.Seq && !pass(HoldFork):
			return StatusHeld, HoldFork
		}
	}
	switch {
	case a.UnitStale:
		return StatusStale, HoldNone
	case a.UnitKeyChanged && !pass(HoldUnitKey):
		return StatusHeld, HoldUnitKey
	case a.CrossBloc && !pass(HoldCrossBloc):
		return StatusHeld, HoldCrossBloc
	case a.Locked && !pass(HoldLate):
		return StatusHeld, HoldLate
	case a.OlderTable && !pass(HoldCriteria):
		return StatusHeld, HoldCriteria
	}
	return StatusApplied, HoldNone
}

// NextSeq is an author's next export_seq: max(last + 1, now in Unix
// seconds). It always grows for one author, even with a wrong clock, and an
// export from a restored backup still sorts after the earlier ones when the
// clock is right.
func NextSeq(last, unixNow int64) int64 {
	return max(last+1, unixNow, 1)
}

// SeqAhead reports whether seq, made as NextSeq makes it, lies more than a
// day beyond the clock's now: it came from a clock set in the future.
func SeqAhead(seq int64, now time.Time) bool { return seq > now.Unix()+24*60*60 }

// KeyID identifies a public key: the first 16 bytes of its SHA-256, in hex.
func KeyID(pub []byte) string {
	if len(pub) == 0 {
		return ""
	}
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:16])
}

// Fingerprint is a public key as people read it aloud on the phone: 20
// digits in 5 groups of 4 ("0421-7730-…"), from the key's SHA-256.
func Fingerprint(pub []byte) string {
	if len(pub) == 0 {
		return ""
	}
	sum := sha256.Sum256(pub)
	n := new(big.Int).SetBytes(sum[:10])
	n.Mod(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil))
	d := fmt.Sprintf("%020s", n.String())
	return d[0:4] + "-" + d[4:8] + "-" + d[8:12] + "-" + d[12:16] + "-" + d[16:20]
}

// SameFingerprint reports whether what a person typed is fingerprint fp,
// ignoring spaces, dashes and dots.
func SameFingerprint(typed, fp string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	return fp != "" && digits(typed) == digits(fp)
}

// Receipt is the short code both sides read on the phone to confirm which
// version of a file arrived: its seq and the first 8 hex digits of its
// content hash.
func Receipt(seq int64, contentHash string) string {
	return fmt.Sprintf("%d-%.8s", seq, contentHash)
}

// ReturnReason is the leader's reason for returning one criterion of a
// unit's submission ("trả lại", asking for an explanation, "giải trình");
// an empty CriterionID is about the whole sheet.
type ReturnReason struct {
	UnitID      string
	CriterionID string
	Reason      string
	At          time.Time
}

// Explanation is a unit's answer to a return, for one criterion.
type Explanation struct {
	UnitID      string
	CriterionID string
	Answer      string
	At          time.Time
}

// ReviewState is where a unit's submission stands in the bloc's review.
type ReviewState int

const (
	// ReviewMissing: nothing received yet for the period ("còn thiếu").
	ReviewMissing ReviewState = iota
	// ReviewReceived: a submission is applied, not reviewed yet.
	ReviewReceived
	// ReviewReturned: the leader returned it with reasons; the unit has not
	// sent a new file since.
	ReviewReturned
	// ReviewAnswered: the unit sent a new file after the return.
	ReviewAnswered
	// ReviewAccepted: the leader accepted the sheet.
	ReviewAccepted
)

var reviewNames = [...]string{"missing", "received", "returned", "answered", "accepted"}

// String returns the state's name.
func (r ReviewState) String() string { return reviewNames[r] }

// ReviewOf works out the review state: accepted wins; a return stands
// until a submission is applied after it.
func ReviewOf(applied, returned time.Time, accepted bool) ReviewState {
	switch {
	case accepted:
		return ReviewAccepted
	case !returned.IsZero() && !applied.After(returned):
		return ReviewReturned
	case !returned.IsZero():
		return ReviewAnswered
	case !applied.IsZero():
		return ReviewReceived
	}
	return ReviewMissing
}
