package storage

// Held files: a file verified but not applied until a person decides
// (a changed key, a roster that dropped a unit), listed and decided here.

import (
	"bytes"
	"context"
	"database/sql"
	"errors"

	"thidua/model"
)

// Holds lists the holds, newest first; open only when open is set.
func (db *DB) Holds(ctx context.Context, open bool) ([]model.Hold, error) {
	var out []model.Hold
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = holds(ctx, tx, `(? = 0 OR h.decided_at IS NULL)`, boolInt(open))
		return err
	})
	return out, err
}

// HoldByID returns one hold.
func (db *DB) HoldByID(ctx context.Context, id int64) (model.Hold, error) {
	var h model.Hold
	err := db.read(ctx, func(tx *Tx) error {
		list, err := holds(ctx, tx, `h.hold_id = ?`, id)
		if err == nil && len(list) == 0 {
			err = model.Errorf(EHoldUnknown, id)
		}
		if err == nil {
			h = list[0]
		}
		return err
	})
	return h, err
}

func holds(ctx context.Context, tx *Tx, where string, args ...any) ([]model.Hold, error) {
	var out []model.Hold
	err := scanEach(ctx, tx, `SELECT h.hold_id, h.kind, h.period_id, h.unit_id, h.held_at, coalesce(h.decision, ''),
		coalesce(h.decided_at, ''), h.decided_by, h.reason, `+prefixed("r.", receivedColumns)+`
		FROM hold h JOIN received_file r USING (file_digest) WHERE `+where+` ORDER BY h.hold_id DESC`, func(r scanner) error {
		var h model.Hold
		var kind, at, decided string
		var f model.ReceivedFile
		var fat, fkind, fcreated, fstatus string
		err := r.Scan(&h.ID, &kind, &h.PeriodID, &h.UnitID, &at, &h.Decision, &decided, &h.By, &h.Reason,
			&f.Digest, &f.Name, &f.Size, &fat, &fkind, &f.PeriodID, &f.UnitID, &f.KeyID, &f.Seq, &f.ContentHash,
			&fcreated, &fstatus, &f.Report)
		h.Kind, _ = model.ParseHoldKind(kind)
		h.HeldAt, h.DecidedAt = parseTime(at), parseTime(decided)
		f.At, f.CreatedAt = parseTime(fat), parseTime(fcreated)
		f.Kind, _ = model.ParseFileKind(fkind)
		f.Status, _ = model.ParseMergeStatus(fstatus)
		h.File = f
		out = append(out, h)
		return err
	}, args...)
	return out, err
}

func prefixed(p, cols string) string {
	out := []byte{}
	for i, part := range bytes.Split([]byte(cols), []byte(",")) {
		if i > 0 {
			out = append(out, ',', ' ')
		}
		out = append(out, p...)
		out = append(out, bytes.TrimSpace(part)...)
	}
	return string(out)
}

// decideHold closes an open hold with a decision, logged.
func decideHold(ctx context.Context, tx *Tx, actor model.Actor, id int64, decision, reason string) error {
	var h struct{ period, unit, digest, kind string }
	var decided sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT period_id, unit_id, file_digest, kind, decided_at FROM hold WHERE hold_id = ?`, id).
		Scan(&h.period, &h.unit, &h.digest, &h.kind, &decided)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Errorf(EHoldUnknown, id)
	}
	if err != nil {
		return err
	}
	if decided.Valid {
		return model.Errorf(EHoldDecided, id)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE hold SET decided_at = ?, decision = ?, decided_by = ?, reason = ? WHERE hold_id = ?`,
		tx.stamp(), decision, actorName(actor), model.NFC(reason), id); err != nil {
		return err
	}
	action := ActHoldAccept
	if decision == "declined" {
		action = ActHoldDecline
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, PeriodID: h.period, UnitID: h.unit, Old: h.kind,
		New: decision, Reason: model.NFC(reason), Source: h.digest})
	return err
}

// DeclineHold refuses a held file: nothing of it is applied, the decision
// and its reason are logged, and the file stays archived.
func (db *DB) DeclineHold(ctx context.Context, actor model.Actor, id int64, reason string) error {
	return db.write(ctx, func(tx *Tx) error {
		if err := decideHold(ctx, tx, actor, id, "declined", reason); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE received_file SET status = 'rejected'
			WHERE file_digest = (SELECT file_digest FROM hold WHERE hold_id = ?)`, id)
		return err
	})
}
