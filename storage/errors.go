package storage

import "thidua/model"

// Codes of the errors storage gives people; each is a message id in the
// catalogue (model/i18n).
const (
	EDBOpen       = "db.open"
	EDBIsDir      = "db.is_dir"
	EDBNotThidua  = "db.not_thidua"
	EDBIsExchange = "db.is_exchange"
	EDBCorrupt    = model.EDBCorrupt
	EDBNewer      = "db.newer"
	ENoBloc       = model.ENoBloc
	EBlocExists   = "db.bloc_exists"
	EBlocNoName   = "bloc.no_name"
	EBackup       = "db.backup"
	EBackupFull   = "db.backup_full"
	EBackupDenied = "db.backup_denied"
	EPeriodScored = "db.period_scored"
	// ECriteriaSame: a draft issued unchanged is a version already issued.
	ECriteriaSame  = "criteria.same_as"
	ECSVTwice      = "csv.twice"
	EScoreTwice    = "score.twice"
	ETwice         = "entry.twice"
	ENothingToUndo = "score.nothing_to_undo"
	EUndoNotYours  = "score.undo_not_yours"
	// EOverrideReason: another party changes a self-score the unit signed
	// without saying why.
	EOverrideReason = "score.override_reason"
	EEmptyItem      = "registration.no_item"
)
