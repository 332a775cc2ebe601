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

// FileKind is the kind of an exchange file (merge.md §2.3): what it carries
// and who may sign it.
type FileKind int

const (
	// KindSetup goes from the leader to one unit: the bloc, its roster,
	// periods, rules, criteria, that unit's enrolment code and the reasons of
	// a returned submission.
	KindSetup FileKind = iota
	// KindSubmission goes from a unit to the leader: its self-scores,
	// registrations and answers to a return, for one period.
	KindSubmission
	// KindBlocFile goes from the leader to the province: the whole bloc for
	// one period, with every unit's signed submission manifest.
	KindBlocFile
)

var fileKindNames = [...]string{"setup", "unit_submission", "bloc_export"}

// String returns the kind as stored in files.
func (k FileKind) String() string {
	if k >= 0 && int(k) < len(fileKindNames) {
		return fileKindNames[k]
	}
	return "unknown"
}

// ParseFileKind reads a kind as stored in files.
func ParseFileKind(s string) (FileKind, bool) {
	for i, n := range fileKindNames {
		if n == s {
			return FileKind(i), true
		}
	}
	return KindSetup, false
}

// Tables of an exchange file, in canonical order (the content hash walks
// them in this order).
const (
	TBloc         = "bloc"
	TUnit         = "unit"
	TVersion      = "criteria_version"
	TCriterion    = "criterion"
	TPeriod       = "period"
	TRules        = "period_rules"
	TAwardRule    = "award_rule"
	TReturn       = "return_reason"
	TRegistration = "registration"
	TScore        = "score"
	TExplanation  = "explanation"
	TLock         = "lock"
	TExclusion    = "exclusion"
	TAwardBlock   = "award_block"
	TTieVote      = "tie_vote"
	TBallot       = "ballot"
	TVote         = "vote"
	TRanking      = "ranking"
	TUnitSigned   = "unit_submission"
)

// unitSlice are the tables a unit owns: what its submission carries.
var unitSlice = []string{TRegistration, TScore, TExplanation}

// UnitSliceTables returns the tables a unit's submission carries.
func UnitSliceTables() []string { return append([]string(nil), unitSlice...) }

var fileTables = map[FileKind][]string{
	KindSetup:      {TBloc, TUnit, TVersion, TCriterion, TPeriod, TRules, TAwardRule, TReturn},
	KindSubmission: unitSlice,
	KindBlocFile: {TBloc, TUnit, TVersion, TCriterion, TPeriod, TRules, TAwardRule, TReturn, TRegistration, TScore,
		TExplanation, TLock, TExclusion, TAwardBlock, TTieVote, TBallot, TVote, TRanking, TUnitSigned},
}

// FileTableAllowed reports whether a file of kind k may hold rows of table
// (merge.md §2.5): any other table must be empty.
func FileTableAllowed(k FileKind, table string) bool {
	for _, t := range fileTables[k] {
		if t == table {
			return true
		}
	}
	return false
}

// FileScope is what a file's signed manifest says it is about; rows are
// judged against it, never against what rows say about themselves.
type FileScope struct {
	Kind      FileKind
	BlocID    string
	PeriodID  string
	Author    string // the unit that signed the file
	Addressee string // setup only: the unit it is for
	// InRoster reports whether a unit id is in the file's own roster (setup
	// and bloc files); nil for submissions.
	InRoster func(unitID string) bool
	// InPeriods reports whether a period id is one of the file's periods
	// (setup files carry every period of the bloc).
	InPeriods func(periodID string) bool
}

// RowKeys are the ownership columns of one row; nil when the table has no
// such column.
type RowKeys struct {
	BlocID, PeriodID, UnitID, Stage *string
}

// CheckFileRow says whether a file of scope s may carry a row of table with
// keys r. A unit's file may carry only its own self-scores, registrations and
// answers for the manifest's bloc and period; a setup file only the bloc's
// setup and its addressee's return reasons; a bloc file only its bloc and
// period, self and bloc stages. The error names the offence.
func CheckFileRow(s FileScope, table string, r RowKeys) error {
	if !FileTableAllowed(s.Kind, table) {
		return Errorf(EFileTable, table)
	}
	if r.BlocID != nil && *r.BlocID != s.BlocID {
		return Errorf(EFileRowBloc, table)
	}
	if r.PeriodID != nil {
		ok := *r.PeriodID == s.PeriodID
		if s.Kind == KindSetup && s.InPeriods != nil {
			ok = s.InPeriods(*r.PeriodID)
		}
		if !ok {
			return Errorf(EFileRowPeriod, table)
		}
	}
	if r.UnitID != nil {
		u := *r.UnitID
		switch {
		case s.Kind == KindSubmission && u != s.Author,
			s.Kind == KindSetup && table == TReturn && u != s.Addressee,
			s.Kind != KindSubmission && table != TUnit && s.InRoster != nil && !s.InRoster(u):
			return Errorf(EFileRowUnit, table)
		}
	}
	if r.Stage != nil {
		switch *r.Stage {
		case StageSelf.String():
		case StageBloc.String():
			if s.Kind == KindSubmission {
				return Errorf(EFileRowStage, table)
			}
		default:
			return Errorf(EFileRowStage, table)
		}
	}
	return nil
}

// CheckFileScore checks a score a file brings for criterion c: scorable,
// within 0 and the maximum, on the bloc's step when typed directly, and,
// for a computed rule, equal to what the rule gives for the stored input.
// It is CheckLocks' twin for files: a file is refused, never clamped.
func CheckFileScore(c Criterion, p Points, input string, step Points) error {
	if err := ValidatePoints(c, p, 0); err != nil {
		return err
	}
	if c.Rule.IsDirect() {
		if step > 0 && p%step != 0 {
			return Errorf(EOffStep, p, step)
		}
		return nil
	}
	if input == "" {
		return Errorf(EFileScoreInput)
	}
	got, _, err := c.Rule.Score(input, c.Max)
	if err != nil || got != p {
		return Errorf(EFileScoreInput)
	}
	return nil
}

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
)

var holdNames = [...]string{"", "unverified_key", "key_changed", "fork", "late", "criteria_version", "cross_bloc"}

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
	Applied     *AppliedState
	// Accepted are the holds the leader has already accepted for this
	// file: those checks are passed.
	Accepted []HoldKind
}

// Classify decides phase B (merge.md §2.7): keys first, then order and
// content, then locks and the criteria table. Identical content is
// "unchanged" and older content "stale" whatever else holds, since neither
// changes anything.
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
		case a.Seq < p.Seq:
			return StatusStale, HoldNone
		case a.Seq == p.Seq && !pass(HoldFork):
			return StatusHeld, HoldFork
		}
	}
	switch {
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

// Error codes of the exchange rules; each is a message id in the catalogue.
const (
	EFileTable      = "exchange.row_table"
	EFileRowBloc    = "exchange.row_bloc"
	EFileRowPeriod  = "exchange.row_period"
	EFileRowUnit    = "exchange.row_unit"
	EFileRowStage   = "exchange.row_stage"
	EFileScoreInput = "exchange.score_input"
)
