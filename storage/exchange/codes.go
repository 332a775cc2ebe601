package exchange

// Codes of the messages the exchange gives people; each is a message id in
// the catalogue (model/i18n/catalog_exchange.go).
const (
	// Phase A: the file itself (merge.md §2.7 A1–A11).
	EEmpty          = "exchange.empty"
	ETooBig         = "exchange.too_big"
	EUnreadable     = "exchange.unreadable"
	ENotThidua      = "exchange.not_thidua"
	EWorkingDB      = "exchange.working_db"
	EWAL            = "exchange.wal"
	ENewer          = "exchange.newer"
	EOlder          = "exchange.older"
	ETruncated      = "exchange.truncated"
	EDamaged        = "exchange.damaged"
	EValueTooLarge  = "exchange.value_too_large"
	ESchema         = "exchange.schema"
	EManifest       = "exchange.manifest"
	EContentHash    = "exchange.content_hash"
	ESignature      = "exchange.signature"
	ENotOwned       = "exchange.not_owned"
	ERows           = "exchange.rows"
	EBounds         = "exchange.bounds"
	ECriteriaHash   = "exchange.criteria_hash"
	ECriteriaUnkown = "exchange.criteria_unknown"
	ENested         = "exchange.nested"
	ENestedKey      = "exchange.nested_key"
	EStructure      = "exchange.structure"
	EEndorsement    = "exchange.endorsement"
	EPanic          = "exchange.panic"
	ETimeout        = "exchange.timeout"
	EChild          = "exchange.child"
	EChanged        = "exchange.changed"

	// Phase B: the file against this installation.
	EKindHere     = "exchange.kind_here"
	ESendToLeader = "exchange.send_to_leader"
	EUseJoin      = "exchange.use_join"
	ENoMerge      = "exchange.no_merge"
	EOtherBloc    = "exchange.other_bloc"
	// ETwinBloc, EJoinTwinBloc: a file of a bloc with this bloc's code that
	// another computer set up on its own (a new leader who started afresh
	// instead of taking the handover; a unit that joined that one).
	ETwinBloc     = "exchange.twin_bloc"
	EJoinTwinBloc = "exchange.join.twin_bloc"
	// ETwinBlocProvince: the same at a province, a bloc file.
	ETwinBlocProvince = "exchange.twin_bloc_province"
	EOtherPeriod      = "exchange.other_period"
	ENotInRoster      = "exchange.not_in_roster"
	EWithdrawn        = "exchange.withdrawn"
	ESignedByOther    = "exchange.signed_by_other"
	ELeaderUnit       = "exchange.leader_unit"
	EDecisionRow      = "exchange.decision_row"

	EDuplicate = "exchange.duplicate"
	// EDuplicateHeld, EDuplicateDeclined, EDuplicateStale: a file received
	// before that is waiting for a decision, was declined, or was older.
	EDuplicateHeld     = "exchange.duplicate_held"
	EDuplicateDeclined = "exchange.duplicate_declined"
	EDuplicateStale    = "exchange.duplicate_stale"
	// EDuplicateBatch: the same file twice in one merge, under two names.
	EDuplicateBatch = "exchange.duplicate_batch"
	EUnchanged      = "exchange.unchanged"
	EStale          = "exchange.stale"
	EUnitStale      = "exchange.unit_stale"
	EHeldPrefix     = "exchange.hold." // + model.HoldKind
	EHoldDeclined   = "exchange.hold_declined"
	// EHeldAhead: an older send after one made on a clock set in the
	// future, held for the leader to pick.
	EHeldAhead = "exchange.hold.fork_ahead"

	// Warnings shown beside an outcome.
	WEnrolWrong    = "exchange.warn.enrol_wrong"
	WClock         = "exchange.warn.clock"
	WDeadline      = "exchange.warn.deadline"
	WRegistration  = "exchange.warn.registration"
	WUnsigned      = "exchange.warn.unsigned"
	WMapDropped    = "exchange.warn.map_dropped"
	WMapOverMax    = "exchange.warn.map_over_max"
	WExportDiffers = "exchange.warn.export_differs"

	// Joining a bloc from a setup file.
	EJoinNotSetup  = "exchange.join.not_setup"
	EJoinOtherUnit = "exchange.join.other_unit"
	EJoinOtherBloc = "exchange.join.other_bloc"
	EJoinKey       = "exchange.join.key"
	EJoinCancelled = "exchange.join.cancelled"
	EJoinRole      = "exchange.join.role"
	EWriteCheck    = "exchange.write_check"
)
