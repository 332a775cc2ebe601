package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
)

// UndoLast reverts the most recent change to a unit's sheet at a stage,
// if it is one of mine: the audit ids of the changes this person made in
// this session (SaveResult.Audit), so that undo walks back only their own
// edits, newest first, and stops at the first change someone else made (a
// merged file, another session, the demo). The undo is itself an audited
// change; the restored value keeps the setter it had. It returns what it
// undid.
func (db *DB) UndoLast(ctx context.Context, actor model.Actor, periodID, unitID string, stage model.Stage, mine []int64) (model.Undone, error) {
	var u model.Undone
	err := db.write(ctx, func(tx *Tx) error {
		sc, err := loadSheetContext(ctx, tx, periodID, unitID, stage, actor)
		if err != nil {
			return err
		}
		own := make(map[int64]bool, len(mine))
		for _, id := range mine {
			own[id] = true
		}
		var id int64
		var old, cur, at string
		err = tx.QueryRowContext(ctx, `SELECT audit_id, criterion_id, old_value, new_value, at FROM audit a
			WHERE period_id = ? AND unit_id = ? AND stage = ? AND action IN (?, ?)
			AND NOT EXISTS (SELECT 1 FROM audit u WHERE u.undo_of = a.audit_id)
			ORDER BY audit_id DESC LIMIT 1`, periodID, unitID, stage.String(), ActScoreSet, ActScoreClear).
			Scan(&id, &u.CriterionID, &old, &cur, &at)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && !own[id] && !anyOwn(own, id)) {
			return model.Errorf(ENothingToUndo)
		}
		if err != nil {
			return err
		}
		if !own[id] {
			return model.Errorf(EUndoNotYours, sc.tree.Label(u.CriterionID), parseTime(at))
		}
		if u.Before, err = model.DecodeScore(cur); err != nil {
			return err
		}
		if u.After, err = model.DecodeScore(old); err != nil {
			return err
		}
		setBy, flag, err := priorSetter(ctx, tx, periodID, unitID, stage, u.CriterionID, id, actor)
		if err != nil {
			return err
		}
		if u.After != nil {
			u.After.CriterionID, u.After.Stage = u.CriterionID, stage
		}
		if err := putScore(ctx, tx, periodID, unitID, stage, u.CriterionID, u.After, setBy, flag); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActScoreUndo, PeriodID: periodID, UnitID: unitID,
			CriterionID: u.CriterionID, Stage: stage.String(), Old: cur, New: old, UndoOf: id})
		return err
	})
	return u, err
}

// anyOwn reports whether any of own's ids is older than id: whether undo
// stopped at someone else's change with the person's own behind it (else
// there is simply nothing of theirs left).
func anyOwn(own map[int64]bool, id int64) bool {
	for k := range own {
		if k < id {
			return true
		}
	}
	return false
}

// priorSetter is who set the value an undo restores (the actor of the
// change before the undone one), so that a unit's signed value the leader
// overrode is the unit's again once the override is undone; and the flag
// the value had.
func priorSetter(ctx context.Context, tx *Tx, periodID, unitID string, stage model.Stage, criterionID string, before int64,
	fallback model.Actor) (model.Actor, string, error) {
	var role, unit, reason string
	err := tx.QueryRowContext(ctx, `SELECT actor_role, actor_unit, reason FROM audit WHERE period_id = ? AND unit_id = ?
		AND stage = ? AND criterion_id = ? AND action IN (?, ?, ?) AND audit_id < ? ORDER BY audit_id DESC LIMIT 1`,
		periodID, unitID, stage.String(), criterionID, ActScoreSet, ActScoreClear, ActScoreUndo, before).Scan(&role, &unit, &reason)
	if errors.Is(err, sql.ErrNoRows) {
		return fallback, "", nil
	}
	if err != nil {
		return fallback, "", err
	}
	a := model.Actor{UnitID: unit}
	a.Role, _ = model.ParseRole(role)
	flag := ""
	if model.Overrides(a, stage, unitID, model.Actor{Role: model.RoleUnit, UnitID: unitID}) && reason != "" {
		flag = model.FlagOverridden
	}
	return a, flag, nil
}
