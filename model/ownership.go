package model

import (
	"strings"
	"time"
)

// Role is what an installation (or the person at it) acts as.
type Role int

const (
	// RoleUnit is a member unit scoring itself.
	RoleUnit Role = iota
	// RoleLeader is the bloc leader ("khối trưởng"), also a member unit.
	RoleLeader
	// RoleDeputy is the deputy leader ("khối phó"), who reviews the
	// leader's own unit.
	RoleDeputy
	// RoleProvince is the provincial emulation office.
	RoleProvince
)

var roleNames = [...]string{"unit", "leader", "deputy", "province"}

// String returns "unit", "leader", "deputy" or "province".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "unit"
}

// ParseRole reads a role name.
func ParseRole(s string) (Role, bool) {
	for i, n := range roleNames {
		if n == strings.ToLower(strings.TrimSpace(s)) {
			return Role(i), true
		}
	}
	return RoleUnit, false
}

// Actor is who writes: a role and the unit they belong to.
type Actor struct {
	Role   Role
	UnitID string
}

// Fact is a kind of data, for ownership.
type Fact int

const (
	// FactSelfScore is a unit's self-score.
	FactSelfScore Fact = iota
	// FactRegistration is a unit's registration line.
	FactRegistration
	// FactBlocScore is a bloc review score.
	FactBlocScore
	// FactProvinceScore is a province review score.
	FactProvinceScore
	// FactSetup is the bloc itself, its roster, periods, criteria and rules.
	FactSetup
	// FactResult is the ranking's inputs owned by the leader: ballots,
	// votes, eligibility blocks, the meeting's tie decisions, locks.
	FactResult
	// FactDecision is the province's decision on a proposal.
	FactDecision
	// FactPeople is a unit's staff list, what it holds about its people
	// and the registrations and proposals of its individuals: the unit's,
	// like its self-scores.
	FactPeople
)

// ScoreFact returns the fact kind of a score at stage s.
func ScoreFact(s Stage) Fact {
	switch s {
	case StageBloc:
		return FactBlocScore
	case StageProvince:
		return FactProvinceScore
	}
	return FactSelfScore
}

// MayWrite says whether actor a may write fact f about unit (empty for facts
// that are not about one unit) in bloc b. Every row has one owner, so the
// merge never has to choose between two writers:
//
//   - a unit's self-scores and registrations belong to the unit. The leader
//     may type them in for a unit that sent paper (flagged as entered on the
//     unit's behalf; the unit's own file replaces them when it comes);
//   - bloc scores belong to the leader; for the leader's own unit they are
//     set by the deputy, or flagged when the leader sets them;
//   - setup and results belong to the leader; province scores and decisions
//     to the province (the leader may transcribe a decision from paper,
//     flagged as transcribed).
//
// A non-nil flag means the write is allowed but must be shown.
func MayWrite(a Actor, f Fact, unit string, b Bloc) (flag *Error, err error) {
	deny := Errorf(ENotAllowed, Errorf("role.name."+a.Role.String()), Errorf("fact."+f.label()))
	switch f {
	case FactSelfScore, FactRegistration, FactPeople:
		switch {
		case a.UnitID == unit && a.Role != RoleProvince:
			return nil, nil
		case a.Role == RoleLeader:
			return Errorf(FlagOnBehalf), nil
		case a.Role == RoleUnit:
			return nil, Errorf(ENotOwnUnit)
		}
		return nil, deny
	case FactBlocScore:
		switch a.Role {
		case RoleLeader:
			if unit != "" && unit == b.LeaderUnitID {
				return Errorf(FlagLeaderOwnReview), nil
			}
			return nil, nil
		case RoleDeputy:
			return nil, nil
		}
		return nil, deny
	case FactSetup, FactResult:
		if a.Role == RoleLeader {
			return nil, nil
		}
		return nil, deny
	case FactDecision:
		switch a.Role {
		case RoleProvince:
			return nil, nil
		case RoleLeader:
			return Errorf(FlagTranscribed), nil
		}
		return nil, deny
	case FactProvinceScore:
		if a.Role == RoleProvince {
			return nil, nil
		}
		return nil, deny
	}
	return nil, deny
}

func (f Fact) label() string {
	return [...]string{"self", "registration", "bloc", "province", "setup", "result", "decision", "people"}[f]
}

// Flags shown beside data that was written in an unusual but allowed way.
const (
	FlagOnBehalf        = "flag.on_behalf"
	FlagLeaderOwnReview = "flag.leader_own_review"
	FlagNoReview        = "flag.no_review"
	FlagChangedAfter    = "flag.changed_after_review"
	FlagTranscribed     = "flag.transcribed"
	// FlagOverridden marks a self-score the leader changed after the unit
	// signed it: the value is no longer the unit's.
	FlagOverridden = "flag.overridden"
	// FlagReturned: the leader returned the unit's sheet and has not closed
	// the return yet.
	FlagReturned = "flag.returned"
)

// Overrides reports whether actor a writing unit's score at stage s changes
// a value another party signed, given who set the stored value: the leader
// (or anyone but the unit) over a self-score the unit sent in its own
// signed file. Such a change needs a reason and is marked.
func Overrides(a Actor, s Stage, unit string, setBy Actor) bool {
	return s == StageSelf && setBy.Role == RoleUnit && setBy.UnitID == unit && a.UnitID != unit
}

// LockKind is why data is locked.
type LockKind int

const (
	// LockSubmitted: the unit submitted its sheet; it reopens explicitly.
	LockSubmitted LockKind = iota
	// LockAccepted: the leader accepted the unit's sheet for review.
	LockAccepted
	// LockClosed: the leader closed the period ("khóa sổ").
	LockClosed
	// LockPublished: the results are published; nothing changes any more.
	LockPublished
)

var lockNames = [...]string{"submitted", "accepted", "closed", "published"}

// String returns the lock kind's name.
func (k LockKind) String() string {
	if int(k) < len(lockNames) {
		return lockNames[k]
	}
	return "locked"
}

// ParseLockKind reads a lock kind name.
func ParseLockKind(s string) (LockKind, bool) {
	for i, n := range lockNames {
		if n == strings.TrimSpace(s) {
			return LockKind(i), true
		}
	}
	return LockClosed, false
}

// PeriodWide reports whether the lock applies to every unit.
func (k LockKind) PeriodWide() bool { return k == LockClosed || k == LockPublished }

// Lock stops changes, with a reason a person can read. Unlocking is an
// explicit, logged action.
type Lock struct {
	Kind   LockKind
	UnitID string // "" for a period-wide lock
	Reason string
	By     string // who locked: a role and unit code
	At     time.Time
}

// CheckLocks returns an error naming the lock, its reason and who can lift
// it if any lock stops a score at stage for unit.
func CheckLocks(locks []Lock, unit string, stage Stage) error {
	for _, l := range locks {
		if l.Kind.PeriodWide() || (l.UnitID == unit && stage == StageSelf) {
			return Errorf(ELocked, Errorf("lock.kind."+l.Kind.String()), l.Reason, Errorf("lock.who."+l.Kind.String()))
		}
	}
	return nil
}

// MayScore says whether actor a may write unit's score at stage in bloc b
// under the period's locks: the owner of the fact, and no lock in the way.
// Storage checks it before every score it writes, and the scoring screen
// before it lets a value be typed, so both refuse the same way.
func MayScore(a Actor, b Bloc, locks []Lock, unit string, stage Stage) (flag *Error, err error) {
	if flag, err = MayWrite(a, ScoreFact(stage), unit, b); err != nil {
		return nil, err
	}
	return flag, CheckLocks(locks, unit, stage)
}
