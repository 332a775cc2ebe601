package storage

import (
	"context"
	"fmt"
	"strings"

	"thidua/model"
)

// resultWrite runs fn as a leader-owned change to a period's results
// (exclusions, eligibility, votes), audited with what changed.
func (db *DB) resultWrite(ctx context.Context, actor model.Actor, periodID string, fact model.Fact, fn func(tx *Tx) (auditEntry, error)) error {
	return db.write(ctx, func(tx *Tx) error {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		b, err := blocByID(ctx, tx, p.BlocID)
		if err != nil {
			return err
		}
		if _, err := model.MayWrite(actor, fact, "", b); err != nil {
			return err
		}
		locks, err := periodLocks(ctx, tx, periodID)
		if err != nil {
			return err
		}
		for _, l := range locks {
			if l.Kind == model.LockPublished && fact == model.FactResult {
				return model.CheckLocks(locks, "", model.StageBloc)
			}
		}
		e, err := fn(tx)
		if err != nil {
			return err
		}
		e.Action, e.PeriodID = ActResult, periodID
		_, err = writeAudit(ctx, tx, actor, e)
		return err
	})
}

// SetExclusion records that a unit is not ranked this period ("không xét")
// with a reason; an empty reason ranks it again.
func (db *DB) SetExclusion(ctx context.Context, actor model.Actor, periodID, unitID, reason string) error {
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		reason = model.NFC(reason)
		if _, err := unitByID(ctx, tx, unitID); err != nil {
			return auditEntry{}, err
		}
		var err error
		if reason == "" {
			_, err = tx.ExecContext(ctx, `DELETE FROM exclusion WHERE period_id = ? AND unit_id = ?`, periodID, unitID)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO exclusion (period_id, unit_id, reason) VALUES (?, ?, ?)
				ON CONFLICT (period_id, unit_id) DO UPDATE SET reason = excluded.reason`, periodID, unitID, reason)
		}
		return auditEntry{UnitID: unitID, New: "exclusion", Reason: reason}, err
	})
}

// SetAwardBlock makes a unit ineligible for an award ("" for every award)
// with a reason; an empty reason lifts the block.
func (db *DB) SetAwardBlock(ctx context.Context, actor model.Actor, periodID string, b model.Block) error {
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		b.Reason, b.Award = model.NFC(b.Reason), model.NormalizeCode(b.Award)
		if _, err := unitByID(ctx, tx, b.UnitID); err != nil {
			return auditEntry{}, err
		}
		var err error
		if b.Reason == "" {
			_, err = tx.ExecContext(ctx, `DELETE FROM award_block WHERE period_id = ? AND unit_id = ? AND award_code = ?`,
				periodID, b.UnitID, b.Award)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO award_block (period_id, unit_id, award_code, reason) VALUES (?, ?, ?, ?)
				ON CONFLICT (period_id, unit_id, award_code) DO UPDATE SET reason = excluded.reason`,
				periodID, b.UnitID, b.Award, b.Reason)
		}
		return auditEntry{UnitID: b.UnitID, New: "block " + b.Award, Reason: b.Reason}, err
	})
}

// SetTieVotes records the meeting's decision among tied units: order maps
// unit ids to their place (1 first). It replaces any earlier decision.
func (db *DB) SetTieVotes(ctx context.Context, actor model.Actor, periodID string, order map[string]int) error {
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM tie_vote WHERE period_id = ?`, periodID); err != nil {
			return auditEntry{}, err
		}
		var parts []string
		for unit, n := range order {
			if _, err := tx.ExecContext(ctx, `INSERT INTO tie_vote (period_id, unit_id, vote_order) VALUES (?, ?, ?)`,
				periodID, unit, n); err != nil {
				return auditEntry{}, err
			}
			parts = append(parts, fmt.Sprintf("%s=%d", unit, n))
		}
		return auditEntry{New: "tie_vote " + strings.Join(parts, ",")}, nil
	})
}

func tieVotes(ctx context.Context, tx *Tx, periodID string) (map[string]int, error) {
	out := map[string]int{}
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, vote_order FROM tie_vote WHERE period_id = ?`, periodID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var u string
		var n int
		if err := rows.Scan(&u, &n); err != nil {
			return nil, err
		}
		out[u] = n
	}
	return out, rows.Err()
}

func awardBlocks(ctx context.Context, tx *Tx, periodID string) ([]model.Block, error) {
	var out []model.Block
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, award_code, reason FROM award_block WHERE period_id = ? ORDER BY unit_id, award_code`, periodID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var b model.Block
		if err := rows.Scan(&b.UnitID, &b.Award, &b.Reason); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// SetBallot records the counts of a secret ballot for an award and the votes
// in favour of each unit (by unit id). Only counts are kept.
func (db *DB) SetBallot(ctx context.Context, actor model.Actor, periodID string, b model.Ballot, votes map[string]int) error {
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		b.Award = model.NormalizeCode(b.Award)
		if err := b.Validate(); err != nil {
			return auditEntry{}, err
		}
		r, err := rules(ctx, tx, periodID, nil)
		if err != nil {
			return auditEntry{}, err
		}
		if _, ok := r.Award(b.Award); !ok {
			return auditEntry{}, model.Errorf(model.EAwardUnknown, b.Award)
		}
		for unit, n := range votes {
			u, err := unitByID(ctx, tx, unit)
			if err != nil {
				return auditEntry{}, err
			}
			if n < 0 || n > b.Valid {
				return auditEntry{}, model.Errorf(model.EVoteAboveValid, u.Code, n, b.Valid)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO ballot (period_id, award_code, issued, returned, valid, invalid)
			VALUES (?,?,?,?,?,?) ON CONFLICT (period_id, award_code) DO UPDATE SET issued = excluded.issued,
			returned = excluded.returned, valid = excluded.valid, invalid = excluded.invalid`,
			periodID, b.Award, b.Issued, b.Returned, b.Valid, b.Invalid); err != nil {
			return auditEntry{}, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM vote WHERE period_id = ? AND award_code = ?`, periodID, b.Award); err != nil {
			return auditEntry{}, err
		}
		for unit, n := range votes {
			if _, err := tx.ExecContext(ctx, `INSERT INTO vote (period_id, award_code, unit_id, votes_for) VALUES (?,?,?,?)`,
				periodID, b.Award, unit, n); err != nil {
				return auditEntry{}, err
			}
		}
		return auditEntry{New: fmt.Sprintf("ballot %s %d/%d/%d/%d", b.Award, b.Issued, b.Returned, b.Valid, b.Invalid)}, nil
	})
}

func ballots(ctx context.Context, tx *Tx, periodID string) (map[string]model.Ballot, map[string]map[string]int, error) {
	bs := map[string]model.Ballot{}
	vs := map[string]map[string]int{}
	rows, err := tx.QueryContext(ctx, `SELECT award_code, issued, returned, valid, invalid FROM ballot WHERE period_id = ?`, periodID)
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var b model.Ballot
		if err := rows.Scan(&b.Award, &b.Issued, &b.Returned, &b.Valid, &b.Invalid); err != nil {
			rows.Close()
			return nil, nil, err
		}
		bs[b.Award] = b
	}
	rows.Close()
	rows, err = tx.QueryContext(ctx, `SELECT award_code, unit_id, votes_for FROM vote WHERE period_id = ?`, periodID)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var award, unit string
		var n int
		if err := rows.Scan(&award, &unit, &n); err != nil {
			return nil, nil, err
		}
		if vs[award] == nil {
			vs[award] = map[string]int{}
		}
		vs[award][unit] = n
	}
	return bs, vs, rows.Err()
}
