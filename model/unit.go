package model

import (
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"
)

// Bloc is an emulation bloc ("khối thi đua") or cluster ("cụm thi đua").
type Bloc struct {
	ID           string
	Code         string
	Name         string
	LeaderUnitID string // the member unit that leads the bloc this year
	DeputyUnitID string // the deputy ("khối phó"); reviews the leader's own unit
}

// UnitStatus is whether a unit takes part in the bloc.
type UnitStatus int

const (
	// Active units are scored and ranked.
	Active UnitStatus = iota
	// Withdrawn units keep their data but are not ranked; units are never
	// deleted.
	Withdrawn
)

// String returns "active" or "withdrawn".
func (s UnitStatus) String() string {
	if s == Withdrawn {
		return "withdrawn"
	}
	return "active"
}

// Unit is a member office of a bloc.
type Unit struct {
	ID     string
	BlocID string
	Code   string // short ASCII code typed in commands ("SONGCAU")
	Name   string // full official name, as printed
	// ShortName is the proper name without the office and place-type
	// prefixes ("Sông Cầu" for "Phòng LĐTBXH thị xã Sông Cầu"): units are
	// sorted by it and narrow columns show it.
	ShortName string
	Kind      string // free text: what kind of office it is
	Status    UnitStatus
	// WithdrawnReason says why a withdrawn unit left.
	WithdrawnReason string
	// Fingerprint of the unit's key, once known (exchange files).
	Fingerprint string
	// KeyVerified says how the key was verified: "setup_code", "phone",
	// "tofu" (trusted on first use, not verified), "self"; "" without a key.
	KeyVerified string
}

// SortName returns the name units are ordered by: the short name if set.
func (u *Unit) SortName() string {
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}

// placeKinds are the words that name the kind of place an office serves,
// longest first ("thị xã" before "xã"), as they appear in official names.
var placeKinds = []string{"thành phố", "thị trấn", "thị xã", "huyện", "quận", "phường", "xã", "tỉnh", "tp."}

// officeKinds are the words official names of provincial offices start
// with, for names without a place ("Sở Tài chính").
var officeKinds = []string{"văn phòng", "ban", "sở", "phòng", "trung tâm", "chi cục", "ủy ban nhân dân", "ubnd"}

// SplitUnitName derives a unit's short name and kind from its full official
// name, for lists that give only names: the place after its kind ("Phòng
// Lao động - Thương binh và Xã hội huyện Tuy An" gives "Tuy An", "Huyện"),
// or the office after its kind ("Sở Tài chính" gives "Tài chính", "Sở").
// A name it cannot read gives empty strings; the person types them.
func SplitUnitName(name string) (short, kind string) {
	name = strings.Join(strings.Fields(NFC(name)), " ")
	lower := strings.ToLower(name)
	if len(lower) != len(name) {
		return "", "" // byte offsets would not line up
	}
	bestEnd, bestKind := -1, ""
	for _, k := range placeKinds {
		for from := 0; ; {
			i := strings.Index(lower[from:], k)
			if i < 0 {
				break
			}
			i += from
			end := i + len(k)
			from = end
			// A whole word, followed by a proper name ("huyện Tuy An", not
			// "Xã hội"); the latest place wins, the longer kind on a tie.
			rest := []rune(name[min(end+1, len(name)):])
			if (i == 0 || lower[i-1] == ' ') && end < len(lower) && lower[end] == ' ' && len(rest) > 0 &&
				(unicode.IsUpper(rest[0]) || unicode.IsDigit(rest[0])) && (end > bestEnd || (end == bestEnd && len(k) > len(bestKind))) {
				bestEnd, bestKind = end, k
			}
		}
	}
	if bestEnd >= 0 {
		short = strings.TrimSpace(name[bestEnd:])
		if bestKind == "tp." {
			bestKind = "thành phố"
		}
		return short, capitalizeFirst(bestKind)
	}
	for _, k := range officeKinds {
		if strings.HasPrefix(lower, k+" ") && len(name) > len(k)+1 {
			return strings.TrimSpace(name[len(k):]), capitalizeFirst(name[:len(k)])
		}
	}
	return "", ""
}

// capitalizeFirst upper-cases the first letter of s.
func capitalizeFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// NormalizeCode returns a unit or period code in canonical form: trimmed,
// upper case.
func NormalizeCode(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// Validate checks a unit before it is stored; text is expected in NFC.
func (u *Unit) Validate() error {
	if u.Code == "" {
		return Errorf(EUnitNoCode)
	}
	for _, r := range u.Code {
		if r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return Errorf(EUnitBadCode, u.Code)
		}
	}
	if strings.TrimSpace(u.Name) == "" {
		return Errorf(EUnitNoName, u.Code)
	}
	return nil
}

// PeriodKind is the kind of an emulation period.
type PeriodKind int

const (
	// HalfYear is the mid-year review ("sơ kết 6 tháng").
	HalfYear PeriodKind = iota
	// Year is the annual review ("tổng kết năm"), the one that gives awards.
	Year
	// OtherPeriod is any other span, e.g. a school year.
	OtherPeriod
)

var periodKindNames = [...]string{"half_year", "year", "other"}

// String returns "half_year", "year" or "other".
func (k PeriodKind) String() string {
	if int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return "other"
}

// ParsePeriodKind reads a period kind name.
func ParsePeriodKind(s string) PeriodKind {
	for i, n := range periodKindNames {
		if n == s {
			return PeriodKind(i)
		}
	}
	return OtherPeriod
}

// Period is a scoring period: a label and dates, pinned to one issued
// criteria version.
type Period struct {
	ID     string
	BlocID string
	Code   string // "2019-H1", "2019", "2021-2022"
	Label  string // "Sơ kết 6 tháng đầu năm 2019"
	Kind   PeriodKind
	Starts time.Time
	Ends   time.Time
	// CriteriaVersionID is the issued criteria version scored, and
	// CriteriaHash its content hash (its identity across offices).
	CriteriaVersionID string
	CriteriaHash      string
	// Deadlines; zero means none.
	RegistrationCloses time.Time
	SelfScoreCloses    time.Time
}

// Validate checks a period before it is stored.
func (p *Period) Validate() error {
	if p.Code == "" {
		return Errorf(EPeriodNoCode)
	}
	if !p.Starts.IsZero() && !p.Ends.IsZero() && p.Ends.Before(p.Starts) {
		return Errorf(EPeriodBadDates, p.Code)
	}
	return nil
}

// Registration is one line of a unit's emulation registration ("đăng ký thi
// đua"): a target it commits to, optionally tied to a criterion.
type Registration struct {
	UnitID      string
	Item        string // short key of the line, unique per unit and period
	Detail      string
	CriterionID string // optional
	Target      string // optional target value as typed ("1.200 lao động")
}

// Installation is this copy of thidua: its id, the role it plays and the
// bloc and unit it belongs to.
type Installation struct {
	ID     string
	Role   Role
	BlocID string
	UnitID string
}

// Actor returns the installation's default actor.
func (i Installation) Actor() Actor { return Actor{Role: i.Role, UnitID: i.UnitID} }

// NewID returns a new identifier for an entity made on this machine: a
// time-ordered UUIDv7 (RFC 9562) as text.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

// BlocSetup is what a leader (or the demo) needs to start a bloc.
type BlocSetup struct {
	Code       string
	Name       string
	Units      []Unit
	LeaderCode string // the leading unit, also this installation's unit
	DeputyCode string
	Role       Role // the installation's role; leader by default
}

// NewBloc is everything the first-run wizard gathers to start a bloc.
type NewBloc struct {
	Bloc          BlocSetup   // the bloc, its units and the leader's own unit
	CriteriaLabel string      // name of the criteria table
	Criteria      []Criterion // the table's rows
	Period        Period      // the first period (its criteria version is filled in)
	Rules         Rules
}
