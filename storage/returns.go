package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"thidua/model"
)

// ReturnSubmission returns a unit's submission to it ("trả lại"), with a
// reason per criterion (criterion "" for the whole sheet): the reasons
// replace earlier ones for those criteria, an "accepted" lock on the sheet
// is lifted so that the corrected file can be applied, and every step is
// logged. The reasons reach the unit in its next setup file.
func (db *DB) ReturnSubmission(ctx context.Context, actor model.Actor, periodID, unitID string, reasons []model.ReturnReason) error {
	return db.write(ctx, func(tx *Tx) error {
		sc, err := returnContext(ctx, tx, actor, periodID, unitID)
		if err != nil {
			return err
		}
		given := map[string]string{} // criterion → as first written
		for _, r := range reasons {
			id, err := criterionRef(sc.tree, r.CriterionID)
			if err != nil {
				return err
			}
			if prev, dup := given[id]; dup {
				return model.Errorf(ETwice, prev, r.CriterionID)
			}
			given[id] = r.CriterionID
			text := model.NFC(r.Reason)
			if text == "" {
				return model.Errorf(EReturnNoReason)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO return_reason (period_id, unit_id, criterion_id, reason, returned_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (period_id, unit_id, criterion_id) DO UPDATE SET reason = excluded.reason,
				returned_at = excluded.returned_at`, periodID, unitID, id, text, tx.stamp()); err != nil {
				return err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActReturn, PeriodID: periodID, UnitID: unitID,
				CriterionID: id, New: text}); err != nil {
				return err
			}
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM lock WHERE period_id = ? AND unit_id = ? AND kind = 'accepted'`, periodID, unitID)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err == nil && n > 0 {
			_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActUnlock, PeriodID: periodID, UnitID: unitID,
				New: model.LockAccepted.String(), Reason: "return"})
		}
		return err
	})
}

// ClearReturn closes a return: the leader is satisfied with the answers or
// corrections. The reasons are removed, and the decision logged.
func (db *DB) ClearReturn(ctx context.Context, actor model.Actor, periodID, unitID, note string) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := returnContext(ctx, tx, actor, periodID, unitID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM return_reason WHERE period_id = ? AND unit_id = ?`, periodID, unitID); err != nil {
			return err
		}
		_, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActReturnClear, PeriodID: periodID, UnitID: unitID,
			Reason: model.NFC(note)})
		return err
	})
}

// criterionRef finds the criterion a return or an answer is about: its id
// (as the interface sends it), or a code or path as a person types it;
// "" (or "*") is the whole sheet.
func criterionRef(tree *model.Tree, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" || ref == "*" {
		return "", nil
	}
	if c, ok := tree.Get(ref); ok {
		return c.ID, nil
	}
	c, err := tree.Resolve(ref)
	return c.ID, err
}

// Unanswered lists the criteria a unit's sheet was returned with that the
// unit has neither answered nor corrected (no self-score changed since the
// return), by criterion id ("" for the whole sheet comes first). The unit
// is warned before it sends its file without them.
func (db *DB) Unanswered(ctx context.Context, periodID, unitID string) ([]model.ReturnReason, error) {
	var out []model.ReturnReason
	err := db.read(ctx, func(tx *Tx) error {
		return scanEach(ctx, tx, `SELECT r.unit_id, r.criterion_id, r.reason, r.returned_at FROM return_reason r
			WHERE r.period_id = ?1 AND r.unit_id = ?2
			AND NOT EXISTS (SELECT 1 FROM explanation e WHERE e.period_id = r.period_id AND e.unit_id = r.unit_id
				AND e.criterion_id = r.criterion_id AND e.answer <> '')
			AND NOT EXISTS (SELECT 1 FROM score s WHERE s.period_id = r.period_id AND s.unit_id = r.unit_id
				AND s.stage = 'self' AND r.criterion_id <> '' AND s.criterion_id = r.criterion_id
				AND s.updated_at > r.returned_at)
			ORDER BY r.criterion_id`, func(r scanner) error {
			var x model.ReturnReason
			var at string
			err := r.Scan(&x.UnitID, &x.CriterionID, &x.Reason, &at)
			x.At = parseTime(at)
			out = append(out, x)
			return err
		}, periodID, unitID)
	})
	return out, err
}

// returnContext checks that actor reviews the unit's sheet (the leader, or
// the deputy for the leader's own unit) in an open period, and loads the
// table: the checks of a bloc-stage score.
func returnContext(ctx context.Context, tx *Tx, actor model.Actor, periodID, unitID string) (sheetContext, error) {
	return loadSheetContext(ctx, tx, periodID, unitID, model.StageBloc, actor)
}

// Returns lists the reasons a unit's submission was returned with (all
// units when unitID is ""), in criterion-id order.
func (db *DB) Returns(ctx context.Context, periodID, unitID string) ([]model.ReturnReason, error) {
	var out []model.ReturnReason
	err := db.read(ctx, func(tx *Tx) error {
		return scanEach(ctx, tx, `SELECT unit_id, criterion_id, reason, returned_at FROM return_reason
			WHERE period_id = ? AND (? = '' OR unit_id = ?) ORDER BY unit_id, criterion_id`, func(r scanner) error {
			var x model.ReturnReason
			var at string
			err := r.Scan(&x.UnitID, &x.CriterionID, &x.Reason, &at)
			x.At = parseTime(at)
			out = append(out, x)
			return err
		}, periodID, unitID, unitID)
	})
	return out, err
}

// SetExplanation records a unit's answer to a returned criterion
// ("giải trình"); an empty answer removes it. Only the unit writes it, and
// not while its sheet is locked.
func (db *DB) SetExplanation(ctx context.Context, actor model.Actor, periodID string, e model.Explanation) error {
	return db.SetExplanations(ctx, actor, periodID, []model.Explanation{e})
}

// SetExplanations records several answers in one transaction: all of
// them, or none. The same criterion twice is refused.
func (db *DB) SetExplanations(ctx context.Context, actor model.Actor, periodID string, list []model.Explanation) error {
	return db.write(ctx, func(tx *Tx) error {
		given := map[string]string{}
		for _, e := range list {
			sc, err := loadSheetContext(ctx, tx, periodID, e.UnitID, model.StageSelf, actor)
			if err != nil {
				return err
			}
			id, err := criterionRef(sc.tree, e.CriterionID)
			if err != nil {
				return err
			}
			if prev, dup := given[e.UnitID+"/"+id]; dup {
				return model.Errorf(ETwice, prev, e.CriterionID)
			}
			given[e.UnitID+"/"+id] = e.CriterionID
			var old string
			err = tx.QueryRowContext(ctx, `SELECT answer FROM explanation WHERE period_id = ? AND unit_id = ? AND criterion_id = ?`,
				periodID, e.UnitID, id).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("read answer: %w", err)
			}
			if err := putExplanation(ctx, tx, actor, periodID, e.UnitID, id, old, model.NFC(e.Answer), ""); err != nil {
				return err
			}
		}
		return nil
	})
}

// Explanations lists a unit's answers (all units when unitID is "").
func (db *DB) Explanations(ctx context.Context, periodID, unitID string) ([]model.Explanation, error) {
	var out []model.Explanation
	err := db.read(ctx, func(tx *Tx) error {
		return scanEach(ctx, tx, `SELECT unit_id, criterion_id, answer, updated_at FROM explanation
			WHERE period_id = ? AND (? = '' OR unit_id = ?) ORDER BY unit_id, criterion_id`, func(r scanner) error {
			var x model.Explanation
			var at string
			err := r.Scan(&x.UnitID, &x.CriterionID, &x.Answer, &at)
			x.At = parseTime(at)
			out = append(out, x)
			return err
		}, periodID, unitID, unitID)
	})
	return out, err
}

// InboxRow is one unit on the leader's inbox board for a period.
type InboxRow struct {
	Unit        model.Unit
	KeyVerified string // how its key was verified; "" while none is pinned
	Last        *Received
	Applied     *Applied
	OpenHolds   int
	Review      model.ReviewState
	Flagged     int // bloc scores flagged "changed after review"
	Overridden  int // self-scores the leader changed after the unit signed them
	Returned    int // criteria returned and not closed (the whole sheet counts one)
	BlocScores  int // bloc review scores of the unit's sheet
	SelfScores  int // self-scores held for the period, from files or typed here
	Deadline    time.Time
}

// Gaps are what a bloc file would go without, as the leader is told
// before writing it: active units that sent nothing (and had nothing typed
// in from paper), units whose sheet is returned and not closed, and units
// the bloc has not reviewed (neither accepted nor scored at the bloc
// stage). The leader's own unit is reviewed by the deputy and not listed
// as missing.
type Gaps struct {
	Missing, Returned, Unreviewed []model.Unit
}

// BlocGaps works out the gaps from the inbox board.
func BlocGaps(rows []InboxRow, leaderUnit string) Gaps {
	var g Gaps
	for _, r := range rows {
		switch {
		case r.Unit.Status != model.Active:
		case r.Review == model.ReviewMissing && r.SelfScores == 0 && r.Unit.ID != leaderUnit:
			g.Missing = append(g.Missing, r.Unit)
		case r.Returned > 0 || r.Review == model.ReviewReturned:
			g.Returned = append(g.Returned, r.Unit)
		case r.Unit.ID != leaderUnit && r.Review != model.ReviewAccepted && r.BlocScores == 0:
			g.Unreviewed = append(g.Unreviewed, r.Unit)
		}
	}
	return g
}

// Inbox returns the board of the leader's exchange screen: per unit of the
// bloc, the last file received for the period and when, its seq, the key's
// verification, open holds, the review state and the deadline.
func (db *DB) Inbox(ctx context.Context, periodID string) ([]InboxRow, error) {
	var out []InboxRow
	err := db.read(ctx, func(tx *Tx) error {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		list, err := units(ctx, tx, p.BlocID, "")
		if err != nil {
			return err
		}
		locks, err := periodLocks(ctx, tx, periodID)
		if err != nil {
			return err
		}
		for _, u := range list {
			row := InboxRow{Unit: u, Deadline: p.SelfScoreCloses}
			if err := inboxRow(ctx, tx, &row, periodID, locks); err != nil {
				return err
			}
			out = append(out, row)
		}
		return nil
	})
	return out, err
}

func inboxRow(ctx context.Context, tx *Tx, row *InboxRow, periodID string, locks []model.Lock) error {
	unit := row.Unit.ID
	var pub []byte
	if err := tx.QueryRowContext(ctx, `SELECT public_key, coalesce(key_verified, '') FROM unit WHERE unit_id = ?`, unit).
		Scan(&pub, &row.KeyVerified); err != nil {
		return err
	}
	row.Unit.Fingerprint = model.Fingerprint(pub)
	if err := scanEach(ctx, tx, `SELECT `+receivedColumns+` FROM received_file WHERE period_id = ? AND unit_id = ?
		ORDER BY received_at DESC, export_seq DESC LIMIT 1`, func(r scanner) error {
		f, err := scanReceived(r)
		row.Last = &f
		return err
	}, periodID, unit); err != nil {
		return err
	}
	if err := scanEach(ctx, tx, `SELECT key_id, export_seq, content_hash, file_digest, applied_at FROM submission
		WHERE period_id = ? AND unit_id = ?`, func(r scanner) error {
		var a Applied
		var at string
		err := r.Scan(&a.KeyID, &a.Seq, &a.ContentHash, &a.Digest, &at)
		a.At, a.Kind = parseTime(at), model.KindSubmission
		row.Applied = &a
		return err
	}, periodID, unit); err != nil {
		return err
	}
	var returned string
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM hold WHERE period_id = ?1 AND unit_id = ?2 AND decided_at IS NULL),
		(SELECT count(*) FROM score WHERE period_id = ?1 AND unit_id = ?2 AND stage = 'bloc' AND flag <> ''),
		(SELECT coalesce(max(returned_at), '') FROM return_reason WHERE period_id = ?1 AND unit_id = ?2),
		(SELECT count(*) FROM score WHERE period_id = ?1 AND unit_id = ?2 AND stage = 'self'),
		(SELECT count(*) FROM score WHERE period_id = ?1 AND unit_id = ?2 AND stage = 'self' AND flag = ?3),
		(SELECT count(*) FROM return_reason WHERE period_id = ?1 AND unit_id = ?2),
		(SELECT count(*) FROM score WHERE period_id = ?1 AND unit_id = ?2 AND stage = 'bloc')`,
		periodID, unit, model.FlagOverridden).Scan(&row.OpenHolds, &row.Flagged, &returned, &row.SelfScores, &row.Overridden,
		&row.Returned, &row.BlocScores); err != nil {
		return err
	}
	accepted := false
	for _, l := range locks {
		accepted = accepted || (l.UnitID == unit && l.Kind == model.LockAccepted)
	}
	var applied time.Time
	if row.Applied != nil {
		applied = row.Applied.At
	}
	row.Review = model.ReviewOf(applied, parseTime(returned), accepted)
	return nil
}
