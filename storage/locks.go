package storage

import (
	"context"

	"thidua/model"
)

func periodLocks(ctx context.Context, tx *Tx, periodID string) ([]model.Lock, error) {
	rows, err := tx.QueryContext(ctx, `SELECT kind, unit_id, reason, locked_by, locked_at FROM lock WHERE period_id = ?
		ORDER BY locked_at`, periodID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Lock
	for rows.Next() {
		var l model.Lock
		var kind, at string
		if err := rows.Scan(&kind, &l.UnitID, &l.Reason, &l.By, &at); err != nil {
			return nil, err
		}
		l.Kind, _ = model.ParseLockKind(kind)
		l.At = parseTime(at)
		out = append(out, l)
	}
	return out, rows.Err()
}

// Locks returns the period's locks.
func (db *DB) Locks(ctx context.Context, periodID string) ([]model.Lock, error) {
	var out []model.Lock
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = periodLocks(ctx, tx, periodID)
		return err
	})
	return out, err
}

// lockFact says who owns a lock: a unit submits its own sheet; the leader
// accepts sheets and closes or publishes the period.
func lockFact(k model.LockKind) model.Fact {
	if k == model.LockSubmitted {
		return model.FactSelfScore
	}
	return model.FactResult
}

// SetLock locks (or, with on=false, unlocks) a unit's sheet or the whole
// period, with a reason. Both directions are logged.
func (db *DB) SetLock(ctx context.Context, actor model.Actor, periodID string, l model.Lock, on bool) error {
	return db.write(ctx, func(tx *Tx) error {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		b, err := blocByID(ctx, tx, p.BlocID)
		if err != nil {
			return err
		}
		if l.Kind.PeriodWide() {
			l.UnitID = ""
		}
		if _, err := model.MayWrite(actor, lockFact(l.Kind), l.UnitID, b); err != nil {
			return err
		}
		l.Reason = model.NFC(l.Reason)
		if on {
			if _, err := tx.ExecContext(ctx, `INSERT INTO lock (period_id, unit_id, kind, reason, locked_by, locked_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period_id, unit_id, kind) DO UPDATE SET reason = excluded.reason`,
				periodID, l.UnitID, l.Kind.String(), l.Reason, actor.Role.String()+":"+actor.UnitID, tx.stamp()); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `DELETE FROM lock WHERE period_id = ? AND unit_id = ? AND kind = ?`,
				periodID, l.UnitID, l.Kind.String())
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			if n == 0 {
				return model.Errorf(model.ENotLocked, l.Kind.String())
			}
		}
		action := ActLock
		if !on {
			action = ActUnlock
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, PeriodID: periodID, UnitID: l.UnitID,
			New: l.Kind.String(), Reason: l.Reason})
		return err
	})
}
