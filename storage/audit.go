package storage

import (
	"context"
	"database/sql"

	"thidua/model"
)

// Audit actions.
const (
	ActScoreSet      = model.ActScoreSet
	ActScoreClear    = "score.clear"
	ActScoreUndo     = "score.undo"
	ActUnitAdd       = "unit.add"
	ActUnitEdit      = "unit.edit"
	ActUnitWithdraw  = "unit.withdraw"
	ActUnitRestore   = "unit.restore"
	ActBlocSetup     = "bloc.setup"
	ActPeriodAdd     = "period.add"
	ActPeriodEdit    = "period.edit"
	ActRulesSet      = "rules.set"
	ActCriteriaAdd   = "criteria.draft"
	ActCriteriaIssue = "criteria.issue"
	ActCriteriaUse   = "criteria.use"
	ActRegSet        = "registration.set"
	ActRegDelete     = "registration.delete"
	ActLock          = "lock"
	ActUnlock        = "unlock"
	ActResult        = "result.set"
	ActImport        = "import"
)

// auditEntry is one committed change, before it is written.
type auditEntry struct {
	Action      string
	PeriodID    string
	UnitID      string
	CriterionID string
	Stage       string
	Old, New    string
	Reason      string
	Source      string // the imported file the change came from
	UndoOf      int64
}

// writeAudit records a change made by actor inside tx.
func writeAudit(ctx context.Context, tx *Tx, actor model.Actor, e auditEntry) (int64, error) {
	if tx.installID == "" {
		if err := tx.QueryRowContext(ctx, `SELECT install_id FROM installation`).Scan(&tx.installID); err != nil && err != sql.ErrNoRows {
			return 0, err
		}
	}
	var undo any
	if e.UndoOf > 0 {
		undo = e.UndoOf
	}
	res, err := tx.exec(ctx, `INSERT INTO audit (at, install_id, actor_role, actor_unit, action, period_id, unit_id,
		criterion_id, stage, old_value, new_value, reason, source_file, undo_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		tx.stamp(), tx.installID, actor.Role.String(), actor.UnitID, e.Action, e.PeriodID, e.UnitID,
		e.CriterionID, e.Stage, e.Old, e.New, e.Reason, e.Source, undo)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// History returns the changes to one unit's scores in a period, newest
// first; criterionID "" returns the whole sheet's history. It only ever
// returns the asked unit's rows.
func (db *DB) History(ctx context.Context, periodID, unitID, criterionID string) ([]model.Change, error) {
	var out []model.Change
	err := db.read(ctx, func(tx *Tx) error {
		// This installation's own lines, newest first, then those the
		// leaders before it kept (a handover's, with no id: not undone).
		rows, err := tx.QueryContext(ctx, `SELECT id, at, actor_role, actor_unit, action, criterion_id, stage, old_value,
			new_value, reason, source_file, undo FROM (
			SELECT 0 AS src, audit_id AS id, at, actor_role, actor_unit, action, criterion_id, stage, old_value, new_value,
				reason, source_file, coalesce(undo_of, 0) AS undo, audit_id AS seq
			FROM audit WHERE period_id = ?1 AND unit_id = ?2 AND (?3 = '' OR criterion_id = ?3)
			UNION ALL SELECT 1, 0, at, actor_role, actor_unit, action, criterion_id, stage, old_value, new_value,
				reason, source_file, 0, seq
			FROM audit_handed WHERE period_id = ?1 AND unit_id = ?2 AND (?3 = '' OR criterion_id = ?3))
			ORDER BY src, CASE src WHEN 0 THEN '' ELSE at END DESC, seq DESC`, periodID, unitID, criterionID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c model.Change
			var at, role string
			if err := rows.Scan(&c.ID, &at, &role, &c.UnitID, &c.Action, &c.CriterionID, &c.Stage,
				&c.Old, &c.New, &c.Reason, &c.Source, &c.UndoOf); err != nil {
				return err
			}
			c.At = parseTime(at)
			c.Role, _ = model.ParseRole(role)
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}
