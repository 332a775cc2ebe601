package model

import (
	"thidua/model/facts"
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
	// KindDecision goes from the province to a bloc's leader: the award
	// decisions ("Quyết định số …/QĐ-UBND ngày …") and the province-stage
	// scores of one period; the leader passes them on in its setup files.
	KindDecision
	// KindHandover goes from the outgoing leader to the incoming one
	// (format 3): the bloc, its roster and keys, criteria, periods, rules
	// and every period's facts, with the old leader key's endorsement of
	// the new leader's key.
	KindHandover
)

var fileKindNames = [...]string{"setup", "unit_submission", "bloc_export", "province_decision", "leader_handover"}

// The province in the exchange: it has no unit of its own. Its decision
// files are signed as ProvinceCode, and a leader keeps them applied under
// the unit id ProvinceSlice.
const (
	ProvinceCode  = "TINH"
	ProvinceSlice = "province"
)

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

// unitSlice are the tables a unit owns: what its submission carries.
var unitSlice = []string{facts.TRegistration, facts.TScore, facts.TExplanation}

// PeopleSlice are the tables of individuals a file of kind k carries from
// format 2 on (facts.PeopleTables): a unit's submission its own
// people, registrations and proposals; the bloc file every unit's, and the
// leader's marks of what goes up; the province's decision file its
// decisions on the bloc's nominees, and a setup file those of its
// addressee's own people.
func PeopleSlice(k FileKind) []string {
	switch k {
	case KindDecision, KindSetup:
		return []string{facts.TNomineeDecision}
	case KindSubmission:
		return []string{facts.TNomineePerson, facts.TNomineeRegistration, facts.TNominee}
	case KindBlocFile:
		return []string{facts.TNomineePerson, facts.TNomineeRegistration, facts.TNominee, facts.TNomineeUpward}
	case KindHandover:
		return []string{facts.TNomineePerson, facts.TNomineeRegistration, facts.TNominee, facts.TNomineeUpward,
			facts.TNomineeDecision}
	}
	return nil
}

// UnitSliceTables returns the tables of scoring a unit's submission
// carries (every format).
func UnitSliceTables() []string { return append([]string(nil), unitSlice...) }

// SignedSliceTables returns every table a unit's submission carries and
// its signature covers: its scoring and, from format 2 on, its
// individuals. A bloc file's copy of these rows must hash to what the
// unit signed.
func SignedSliceTables() []string { return append(UnitSliceTables(), PeopleSlice(KindSubmission)...) }

var fileTables = map[FileKind][]string{
	KindSetup: {facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules, facts.TAwardRule, facts.TReturn,
		facts.TScore, facts.TDecision, facts.TReplacement, facts.TEndorsement, facts.TProvinceKey},
	KindDecision:   {facts.TScore, facts.TDecision, facts.TReplacement},
	KindSubmission: unitSlice,
	KindBlocFile: {facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules, facts.TAwardRule, facts.TReturn, facts.TRegistration, facts.TScore,
		facts.TExplanation, facts.TLock, facts.TExclusion, facts.TAwardBlock, facts.TTieVote, facts.TBallot, facts.TVote, facts.TRanking, facts.TUnitSigned,
		facts.TEndorsement},
	KindHandover: {facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules, facts.TAwardRule,
		facts.TReturn, facts.TRegistration, facts.TScore, facts.TExplanation, facts.TLock, facts.TExclusion, facts.TAwardBlock,
		facts.TTieVote, facts.TBallot, facts.TVote, facts.TRanking, facts.TUnitSigned, facts.TDecision, facts.TEndorsement,
		facts.TMeeting, facts.TMeetingAbsence, facts.TMeetingOffice, facts.TMeetingElection, facts.TAuditLog},
}

// FileTableAllowed reports whether a file of kind k may hold rows of table
// (merge.md §2.5): any other table must be empty.
func FileTableAllowed(k FileKind, table string) bool {
	for _, t := range append(fileTables[k], PeopleSlice(k)...) {
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
// setup, its addressee's return reasons and province-stage scores, and the
// province's decisions; a bloc file only its bloc and period, self and bloc
// stages (its ranking may stand on the province's stage); a decision file
// only province-stage scores and decisions of its period. The error names
// the offence.
func CheckFileRow(s FileScope, table string, r RowKeys) error {
	if !FileTableAllowed(s.Kind, table) {
		return Errorf(EFileTable, table)
	}
	if r.BlocID != nil && *r.BlocID != s.BlocID {
		return Errorf(EFileRowBloc, table)
	}
	// An audit line of the whole bloc names no period and no unit.
	bloc := table == facts.TAuditLog
	if r.PeriodID != nil && !(bloc && *r.PeriodID == "") {
		ok := *r.PeriodID == s.PeriodID
		if (s.Kind == KindSetup || s.Kind == KindHandover) && s.InPeriods != nil {
			ok = s.InPeriods(*r.PeriodID)
		}
		if !ok {
			return Errorf(EFileRowPeriod, table)
		}
	}
	if r.UnitID != nil {
		u := *r.UnitID
		// A lock of no unit is the whole period's (closed, published): the
		// leader's to send with the rest of the period.
		periodLock := table == facts.TLock && u == "" || bloc && (u == "" || u == ProvinceSlice)
		switch {
		case s.Kind == KindSubmission && u != s.Author,
			s.Kind == KindSetup && (table == facts.TReturn || table == facts.TScore || table == facts.TNomineeDecision) && u != s.Addressee,
			s.Kind != KindSubmission && table != facts.TUnit && !periodLock && s.InRoster != nil && !s.InRoster(u):
			return Errorf(EFileRowUnit, table)
		}
	}
	if r.Stage != nil && !stageAllowed(s.Kind, table, *r.Stage) {
		return Errorf(EFileRowStage, table)
	}
	return nil
}

// stageAllowed says which stages a file of kind k carries in table: a
// unit's own, the bloc's review beside it in a bloc file, the province's
// in the files that come down from it.
func stageAllowed(k FileKind, table, stage string) bool {
	switch k {
	case KindSubmission:
		return stage == StageSelf.String()
	case KindBlocFile:
		return stage == StageSelf.String() || stage == StageBloc.String() ||
			table == facts.TRanking && stage == StageProvince.String()
	case KindHandover:
		return true
	}
	return stage == StageProvince.String()
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
	// The rule in force rounds down to the step; files made before it
	// rounded to the hundredth, and a file already sent stays valid.
	got, _, err := c.Rule.ScoreStep(input, c.Max, step)
	legacy, _, _ := c.Rule.Score(input, c.Max)
	if err != nil || (got != p && legacy != p) {
		return Errorf(EFileScoreInput)
	}
	return nil
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
