package storage

import (
	"context"

	"thidua/model"
)

// noteUnitSeqs keeps the newest signed slice of each unit a bloc file
// carried: a newer seq of the same key, or another key (phase B held it
// until the province accepted it), replaces what is kept.
func noteUnitSeqs(ctx context.Context, tx *Tx, period string, signed map[string]model.AppliedState) error {
	for unit, s := range signed {
		if _, err := tx.exec(ctx, `INSERT INTO unit_seq (period_id, unit_id, key_id, export_seq, content_hash)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, unit_id) DO UPDATE SET key_id = excluded.key_id,
			export_seq = excluded.export_seq, content_hash = excluded.content_hash
			WHERE excluded.key_id <> unit_seq.key_id OR excluded.export_seq > unit_seq.export_seq`,
			period, unit, s.KeyID, s.Seq, s.ContentHash); err != nil {
			return err
		}
	}
	return nil
}
