package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"strings"

	"thidua/model/i18n"
)

// Error is a domain error: a stable code (also the message id in the i18n
// catalogue) and the values its message names. It is shown to people through
// Localize; Error() gives the English text for logs and wrapped errors.
type Error struct {
	Code   string
	Params []any
	// Cause is the technical error behind this one (an operating system's,
	// SQLite's, a zip or XML reader's), for logs and --debug only: people
	// are shown the translated message, never this text.
	Cause error
}

// Errorf returns a domain error with the given code and message parameters.
func Errorf(code string, params ...any) *Error {
	return &Error{Code: code, Params: params}
}

// Error implements error with the English message.
func (e *Error) Error() string { return e.Localize(i18n.EN) }

// WithCause records the technical error behind e and returns e.
func (e *Error) WithCause(cause error) *Error {
	e.Cause = cause
	return e
}

// Unwrap returns the technical cause, so errors.Is still sees it.
func (e *Error) Unwrap() error { return e.Cause }

// Technical returns the technical causes in err's chain, one per line, for
// --debug and crash logs; "" when there are none.
func Technical(err error) string {
	var lines []string
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			lines = append(lines, err.Error())
			break
		}
		for _, p := range e.Params {
			if pe, ok := p.(error); ok {
				if t := Technical(pe); t != "" {
					lines = append(lines, t)
				}
			}
		}
		err = e.Cause
	}
	return strings.Join(lines, "\n")
}

// Localize implements i18n.Localizer: the message in language l.
func (e *Error) Localize(l i18n.Lang) string {
	ps := make([]any, len(e.Params))
	copy(ps, e.Params)
	nested := false
	for _, p := range ps {
		_, isLoc := p.(i18n.Localizer)
		nested = nested || isLoc
	}
	if !nested {
		return i18n.T(l, e.Code, ps...)
	}
	// A whole sentence within a message ends with its own full stop, which
	// the message's own after it doubled ("… một tên tệp mới.. Hãy …").
	return doubledStop.ReplaceAllString(i18n.T(l, e.Code, ps...), "$1.$2")
}

// doubledStop is two full stops ending a sentence, not part of an
// ellipsis nor of a name ("bao..cao.sqlite").
var doubledStop = regexp.MustCompile(`([^.])\.\.(\s|$)`)

// ErrorCode returns the code of the first domain error in err's chain, or
// EInternal for anything else.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// Message returns the text to show a person for err in language l: the
// translated message of a domain error (any error in the chain that is an
// i18n.Localizer), or a translated "internal error" with a short code of
// the technical detail (ErrorID) that a support call can quote; the detail
// itself is shown only by --debug and written to the error log.
func Message(l i18n.Lang, err error) string {
	var loc i18n.Localizer
	if errors.As(err, &loc) {
		return loc.Localize(l)
	}
	return i18n.T(l, EInternal, ErrorID(err))
}

// ErrorID is a short code for an error's technical text: the same failure
// gives the same code, which names its log file.
func ErrorID(err error) string {
	sum := sha256.Sum256([]byte(err.Error()))
	return hex.EncodeToString(sum[:4])
}

// Error codes. Each is also a message id in the catalogue (model/i18n).
const (
	EInternal = "internal"

	// EDBCorrupt: the database file is damaged; the interface offers to
	// restore a backup.
	EDBCorrupt = "db.corrupt"
	// EDBReplaced: the database file was replaced, renamed or deleted by
	// another program while open; nothing more is saved into it.
	EDBReplaced = "db.replaced"
	// ENoBloc: the database holds no bloc yet; the interface shows the
	// welcome.
	ENoBloc = "db.no_bloc"

	// Typed numbers.
	EEmpty           = "number.empty"
	ENotNumber       = "number.not_number"
	EAmbiguousNumber = "number.ambiguous"
	ETooPrecise      = "number.too_precise"
	ETooLarge        = "number.too_large"

	// Scores.
	ENegative       = "score.negative"
	EAboveMax       = "score.above_max"
	EOffStep        = "score.off_step"
	ENotScorable    = "score.not_scorable"
	EBadInput       = "score.bad_input"
	ENeedsReason    = "score.needs_reason"
	EStageUnknown   = "score.stage_unknown"
	ECountNotWhole  = "score.count_not_whole"
	ETargetZero     = "score.target_zero"
	EPercentInvalid = "score.percent_invalid"

	// Criteria tree.
	ECriterionUnknown   = "criteria.unknown"
	ECriterionAmbiguous = "criteria.ambiguous"
	ETreeDuplicateID    = "criteria.duplicate_id"
	ETreeUnknownParent  = "criteria.unknown_parent"
	ETreeCycle          = "criteria.cycle"
	ETreeEmpty          = "criteria.empty"
	ETreeTooDeep        = "criteria.too_deep"
	ETreeEmptyGroup     = "criteria.empty_group"
	ETreeLeafChildren   = "criteria.leaf_with_children"
	ETreeMixedSections  = "criteria.mixed_sections"
	ETreeChildrenAbove  = "criteria.children_above_max"
	ETreeChildrenBelow  = "criteria.children_below_max"
	ETreeMaxNotPositive = "criteria.max_not_positive"
	ETreeDuplicateCode  = "criteria.duplicate_code"
	ETreeNoCode         = "criteria.no_code"
	ETreeNoTitle        = "criteria.no_title"
	ETreeNoStandard     = "criteria.no_standard"
	ETreeRuleOnGroup    = "criteria.rule_on_group"
	ETreeRuleInvalid    = "criteria.rule_invalid"
	ERuleText           = "criteria.rule_text"
	ETreeKindUnknown    = "criteria.kind_unknown"
	ETreeIssued         = "criteria.issued"
	ETreeNotIssued      = "criteria.not_issued"

	// Rules of the bloc.
	ERuleBadTieBreak  = "rules.bad_tie_break"
	ERuleBadNumbering = "rules.bad_numbering"
	ERuleBadStep      = "rules.bad_step"
	ERuleBadCap       = "rules.bad_cap"
	ERuleBadThreshold = "rules.bad_threshold"
	ERuleBadQuota     = "rules.bad_quota"
	ERuleBadVoteBase  = "rules.bad_vote_base"
	ERuleNoAwardName  = "rules.no_award_name"
	ERuleDupAward     = "rules.dup_award"

	// Units, periods, roles.
	EUnitUnknown      = "unit.unknown"
	EUnitNoCode       = "unit.no_code"
	EUnitBadCode      = "unit.bad_code"
	EUnitNoName       = "unit.no_name"
	EUnitDuplicate    = "unit.duplicate"
	EUnitWithdrawn    = "unit.withdrawn"
	EPeriodUnknown    = "period.unknown"
	EPeriodNoCode     = "period.no_code"
	EPeriodBadDates   = "period.bad_dates"
	EPeriodNoCriteria = "period.no_criteria"
	EPeriodDuplicate  = "period.duplicate"
	ENotAllowed       = "role.not_allowed"
	ENotOwnUnit       = "role.not_own_unit"
	ELocked           = "lock.locked"
	ENotLocked        = "lock.not_locked"

	// Votes and awards.
	EVoteCounts       = "vote.counts"
	EVoteAboveValid   = "vote.above_valid"
	EAwardUnknown     = "award.unknown"
	EDecisionBad      = "award.decision_bad"
	EDecisionNoTarget = "award.decision_no_target"
	EAwardBlocked     = "award.skip_blocked"
	EAwardBelowMin    = "award.skip_below_min"
	EAwardVoteFailed  = "award.skip_vote"
)

// RowErrors lists problems of an imported file, each with its place, so
// the person can find the row. Nothing is written while there is one.
type RowErrors []*Error

// Error implements error.
func (e RowErrors) Error() string { return e.Localize(i18n.EN) }

// Localize implements i18n.Localizer: one line per problem.
func (e RowErrors) Localize(l i18n.Lang) string {
	lines := make([]string, len(e))
	for i, x := range e {
		lines[i] = x.Localize(l)
	}
	return strings.Join(lines, "\n")
}
