package storage

import (
	"context"

	"thidua/model"
)

// RecordSent notes a file written and checked, in the outbox.
func (db *DB) RecordSent(ctx context.Context, f model.SentFile) error {
	return db.write(ctx, func(tx *Tx) error { return recordSent(ctx, tx, f) })
}

// recordSent notes a sent file in the outbox and the audit.
func recordSent(ctx context.Context, tx *Tx, f model.SentFile) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO sent_file (kind, period_id, unit_id, export_seq, content_hash, file_digest,
		file_name, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, f.Kind.String(), f.PeriodID, f.UnitID, f.Seq, f.ContentHash,
		f.Digest, f.Name, tx.stamp()); err != nil {
		return err
	}
	actor, err := installActor(ctx, tx)
	if err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActExport, PeriodID: f.PeriodID, UnitID: f.UnitID,
		New: model.Receipt(f.Seq, f.ContentHash), Source: f.Name})
	return err
}
