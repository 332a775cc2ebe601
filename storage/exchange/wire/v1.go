package wire

import (
	"thidua/model"
	"thidua/model/facts"
)

// v1Carried are the tables a file of each kind could fill in format 1,
// which its content hash covers (empty ones too), as format 1 had them.
var v1Carried = map[model.FileKind][]string{
	model.KindSetup: {facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules,
		facts.TAwardRule, facts.TReturn},
	model.KindSubmission: {facts.TRegistration, facts.TScore, facts.TExplanation},
	model.KindBlocFile: {facts.TBloc, facts.TUnit, facts.TVersion, facts.TCriterion, facts.TPeriod, facts.TRules,
		facts.TAwardRule, facts.TReturn, facts.TRegistration, facts.TScore, facts.TExplanation, facts.TLock,
		facts.TExclusion, facts.TAwardBlock, facts.TTieVote, facts.TBallot, facts.TVote, facts.TRanking, facts.TUnitSigned},
}

// v1DDL is format version 1 exactly as files already sent hold it: every
// table of the time, empty or not, ids as text in every row. It is kept
// as text, never built from package facts, so that a change to the shared
// tables can never change what a version-1 file must look like.
var v1DDL = []string{
	"CREATE TABLE manifest (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), format_version INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('setup', 'unit_submission', 'bloc_export')), author_role TEXT NOT NULL CHECK (author_role IN ('leader', 'unit', 'province')), bloc_id TEXT NOT NULL, bloc_code TEXT NOT NULL, period_id TEXT NOT NULL, period_code TEXT NOT NULL, author_unit_id TEXT NOT NULL, author_unit_code TEXT NOT NULL, addressee_unit_id TEXT, addressee_code TEXT, criteria_version TEXT NOT NULL, export_seq INTEGER NOT NULL CHECK (export_seq > 0), prev_content_hash TEXT, created_at TEXT NOT NULL, app_version TEXT NOT NULL, content_hash TEXT NOT NULL, public_key BLOB NOT NULL CHECK (length(public_key) = 32), enroll_mac BLOB, enroll_code BLOB, signature BLOB NOT NULL CHECK (length(signature) = 64)) STRICT",
	"CREATE TABLE bloc (bloc_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, leader_unit_id TEXT NOT NULL, deputy_unit_id TEXT, PRIMARY KEY (bloc_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE unit (unit_id TEXT NOT NULL, bloc_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, short_name TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')), withdrawn_reason TEXT NOT NULL, public_key BLOB CHECK (length(public_key) = 32), key_verified TEXT CHECK (key_verified IN ('setup_code', 'phone', 'tofu', 'self')), PRIMARY KEY (unit_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE criteria_version (version_id TEXT NOT NULL, bloc_id TEXT NOT NULL, version_hash TEXT NOT NULL, label TEXT NOT NULL, parent_id TEXT, issued_at TEXT NOT NULL, PRIMARY KEY (version_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE criterion (version_id TEXT NOT NULL, criterion_id TEXT NOT NULL, parent_id TEXT, position INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('group', 'standard', 'bonus', 'deduction')), max_x100 INTEGER NOT NULL, capped INTEGER NOT NULL CHECK (capped IN (0, 1)), rule TEXT NOT NULL, guidance TEXT NOT NULL, PRIMARY KEY (version_id, criterion_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE period (period_id TEXT NOT NULL, bloc_id TEXT NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('half_year', 'year', 'other')), starts TEXT NOT NULL, ends TEXT NOT NULL, version_id TEXT NOT NULL, registration_closes TEXT NOT NULL, self_score_closes TEXT NOT NULL, PRIMARY KEY (period_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE period_rules (period_id TEXT NOT NULL, step_x100 INTEGER NOT NULL, bonus_cap_x100 INTEGER NOT NULL, deduction_cap_x100 INTEGER NOT NULL, tie_breaks TEXT NOT NULL, numbering TEXT NOT NULL CHECK (numbering IN ('skip', 'dense')), PRIMARY KEY (period_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE award_rule (period_id TEXT NOT NULL, award_code TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, quota INTEGER NOT NULL, min_total_x100 INTEGER NOT NULL, vote_required INTEGER NOT NULL, threshold TEXT NOT NULL, vote_base TEXT NOT NULL CHECK (vote_base IN ('members', 'ballots')), PRIMARY KEY (period_id, award_code)) STRICT, WITHOUT ROWID",
	"CREATE TABLE return_reason (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, criterion_id TEXT NOT NULL, reason TEXT NOT NULL, returned_at TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, criterion_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE registration (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, item TEXT NOT NULL, detail TEXT NOT NULL, criterion_id TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, item)) STRICT, WITHOUT ROWID",
	"CREATE TABLE score (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, criterion_id TEXT NOT NULL, stage TEXT NOT NULL CHECK (stage IN ('self', 'bloc', 'province')), points_x100 INTEGER NOT NULL, input TEXT NOT NULL, note TEXT NOT NULL, evidence TEXT NOT NULL, based_on TEXT, PRIMARY KEY (period_id, unit_id, criterion_id, stage)) STRICT, WITHOUT ROWID",
	"CREATE TABLE explanation (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, criterion_id TEXT NOT NULL, answer TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, criterion_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE lock (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('submitted', 'accepted', 'closed', 'published')), reason TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, kind)) STRICT, WITHOUT ROWID",
	"CREATE TABLE exclusion (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (period_id, unit_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE award_block (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, award_code TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, award_code)) STRICT, WITHOUT ROWID",
	"CREATE TABLE tie_vote (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, vote_order INTEGER NOT NULL, PRIMARY KEY (period_id, unit_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE ballot (period_id TEXT NOT NULL, award_code TEXT NOT NULL, issued INTEGER NOT NULL, returned INTEGER NOT NULL, valid INTEGER NOT NULL, invalid INTEGER NOT NULL, PRIMARY KEY (period_id, award_code)) STRICT, WITHOUT ROWID",
	"CREATE TABLE vote (period_id TEXT NOT NULL, award_code TEXT NOT NULL, unit_id TEXT NOT NULL, votes_for INTEGER NOT NULL, PRIMARY KEY (period_id, award_code, unit_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE ranking (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, stage TEXT NOT NULL CHECK (stage IN ('self', 'bloc', 'province')), total_x100 INTEGER NOT NULL, rank INTEGER NOT NULL, tied INTEGER NOT NULL, proposal TEXT NOT NULL, PRIMARY KEY (period_id, unit_id)) STRICT, WITHOUT ROWID",
	"CREATE TABLE unit_submission (period_id TEXT NOT NULL, unit_id TEXT NOT NULL, format_version INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('setup', 'unit_submission', 'bloc_export')), author_role TEXT NOT NULL CHECK (author_role IN ('leader', 'unit', 'province')), bloc_id TEXT NOT NULL, bloc_code TEXT NOT NULL, period_code TEXT NOT NULL, author_unit_code TEXT NOT NULL, criteria_version TEXT NOT NULL, export_seq INTEGER NOT NULL CHECK (export_seq > 0), prev_content_hash TEXT, created_at TEXT NOT NULL, app_version TEXT NOT NULL, content_hash TEXT NOT NULL, public_key BLOB NOT NULL CHECK (length(public_key) = 32), enroll_mac BLOB, signature BLOB NOT NULL CHECK (length(signature) = 64), PRIMARY KEY (period_id, unit_id)) STRICT, WITHOUT ROWID",
}
