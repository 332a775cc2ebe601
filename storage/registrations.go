package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"thidua/model"
)

// Registrations returns a unit's registration lines for a period, in item
// order.
func (db *DB) Registrations(ctx context.Context, periodID, unitID string) ([]model.Registration, error) {
	var out []model.Registration
	err := db.read(ctx, func(tx *Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT unit_id, item, detail, criterion_id, target FROM registration
			WHERE period_id = ? AND unit_id = ? ORDER BY item`, periodID, unitID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r model.Registration
			if err := rows.Scan(&r.UnitID, &r.Item, &r.Detail, &r.CriterionID, &r.Target); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// SetRegistration adds or changes one registration line of a unit; an empty
// detail removes it. Only the unit (or the leader on its behalf) may write
// it, and not after its sheet is locked.
func (db *DB) SetRegistration(ctx context.Context, actor model.Actor, periodID string, r model.Registration) error {
	return db.write(ctx, func(tx *Tx) error {
		return setRegistration(ctx, tx, actor, periodID, r)
	})
}

func setRegistration(ctx context.Context, tx *Tx, actor model.Actor, periodID string, r model.Registration) error {
	p, err := periodByID(ctx, tx, periodID)
	if err != nil {
		return err
	}
	b, err := blocByID(ctx, tx, p.BlocID)
	if err != nil {
		return err
	}
	if _, err := model.MayWrite(actor, model.FactRegistration, r.UnitID, b); err != nil {
		return err
	}
	locks, err := periodLocks(ctx, tx, periodID)
	if err != nil {
		return err
	}
	if err := model.CheckLocks(locks, r.UnitID, model.StageSelf); err != nil {
		return err
	}
	r.Item, r.Detail, r.Target = model.NFC(r.Item), model.NFC(r.Detail), model.NFC(r.Target)
	if r.Item == "" {
		return model.Errorf(EEmptyItem)
	}
	var old string // the audit's before: none for a new item
	err = tx.QueryRowContext(ctx, `SELECT detail || ' ' || target FROM registration WHERE period_id = ? AND unit_id = ? AND item = ?`,
		periodID, r.UnitID, r.Item).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	action := ActRegSet
	if strings.TrimSpace(r.Detail) == "" {
		action = ActRegDelete
		_, err = tx.ExecContext(ctx, `DELETE FROM registration WHERE period_id = ? AND unit_id = ? AND item = ?`, periodID, r.UnitID, r.Item)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
			VALUES (?,?,?,?,?,?,?) ON CONFLICT (period_id, unit_id, item) DO UPDATE SET detail = excluded.detail,
			criterion_id = excluded.criterion_id, target = excluded.target, updated_at = excluded.updated_at`,
			periodID, r.UnitID, r.Item, r.Detail, r.CriterionID, r.Target, tx.stamp())
	}
	if err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, PeriodID: periodID, UnitID: r.UnitID,
		CriterionID: r.CriterionID, Old: old, New: strings.TrimSpace(r.Detail + " " + r.Target)})
	return err
}
