package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
)

// StartPeriodFrom starts a new period from an old one ("năm mới từ năm
// trước"), in one transaction: the period p (model.NextPeriod of the old
// one, edited) with the old period's rules and awards, scored on the old
// period's table until the draft copied from that table — labelled
// draftLabel, its criteria keeping their ids so that what changed can be
// shown — is issued; the roster is the bloc's and carries over. It returns
// the period and the draft's id. The registrations of the new period open
// empty, until its registration deadline.
func (db *DB) StartPeriodFrom(ctx context.Context, actor model.Actor, fromID string, p model.Period, draftLabel string) (model.Period, string, error) {
	var draft string
	err := db.write(ctx, func(tx *Tx) error {
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		from, err := periodByID(ctx, tx, fromID)
		if err != nil {
			return err
		}
		tree, err := versionTree(ctx, tx, from.CriteriaVersionID)
		if err != nil {
			return err
		}
		r, err := rules(ctx, tx, from.ID, tree)
		if err != nil {
			return err
		}
		if p.Kind != model.Year {
			r.Awards = nil // the awards are proposed at the year's end
		}
		p.CriteriaVersionID = from.CriteriaVersionID
		if p, err = createPeriod(ctx, tx, actor, b.ID, p, r); err != nil {
			return err
		}
		if draft, err = createDraft(ctx, tx, actor, b.ID, draftLabel, from.CriteriaVersionID, tree.Nodes()); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO period_origin (period_id, from_period_id, draft_id) VALUES (?,?,?)`,
			p.ID, from.ID, draft); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPeriodAdd, PeriodID: p.ID, Old: from.Code,
			New: p.Code + " " + p.Label + " from " + from.Code + ", draft " + draft})
		return err
	})
	return p, draft, err
}

// PeriodOrigin returns how a period was started from another, if it was.
func (db *DB) PeriodOrigin(ctx context.Context, periodID string) (model.PeriodOrigin, bool, error) {
	var o model.PeriodOrigin
	found := false
	err := db.read(ctx, func(tx *Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT period_id, from_period_id, draft_id FROM period_origin WHERE period_id = ?`,
			periodID).Scan(&o.PeriodID, &o.FromPeriodID, &o.DraftID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	return o, found, err
}

// useIssuedDraft pins the periods started with draft versionID, now
// issued, to it — those not scored yet; a period already scored keeps its
// table (its scores were given against it), and the leader is told by the
// criteria screen, which still shows the period on the old table. It
// returns the codes of the periods it pinned.
func useIssuedDraft(ctx context.Context, tx *Tx, actor model.Actor, versionID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT o.period_id, p.code, p.criteria_version_id FROM period_origin o
		JOIN period p ON p.period_id = o.period_id
		WHERE o.draft_id = ? AND p.criteria_version_id <> o.draft_id
		AND NOT EXISTS (SELECT 1 FROM score s WHERE s.period_id = o.period_id)`, versionID)
	if err != nil {
		return nil, err
	}
	var pins [][3]string // period id, code, the version it was on
	for rows.Next() {
		var p [3]string
		if err := rows.Scan(&p[0], &p[1], &p[2]); err != nil {
			rows.Close()
			return nil, err
		}
		pins = append(pins, p)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}
	var codes []string
	for _, p := range pins {
		if _, err := tx.ExecContext(ctx, `UPDATE period SET criteria_version_id = ? WHERE period_id = ?`, versionID, p[0]); err != nil {
			return nil, err
		}
		if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActCriteriaUse, PeriodID: p[0], Old: p[2], New: versionID,
			Reason: "issued"}); err != nil {
			return nil, err
		}
		codes = append(codes, p[1])
	}
	return codes, nil
}
