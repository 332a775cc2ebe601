package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
	"thidua/model/facts"
)

// writeDecisionRow writes one changed decision row of the province's: a
// removed row deleted, a new or changed one written as the file has it.
// A replacement already marked on the row (replaces) is kept: the
// replacement rows, written after the decisions, say whether it stays.
func writeDecisionRow(ctx context.Context, tx *Tx, c facts.Change, period, unit, award string) error {
	if c.New == nil {
		_, err := tx.exec(ctx, `DELETE FROM decision WHERE period_id = ? AND unit_id = ? AND award_code = ?`,
			period, unit, award)
		return err
	}
	_, err := tx.exec(ctx, `INSERT INTO decision (period_id, unit_id, award_code, outcome, downgraded_to, number,
		decided_on) VALUES (?,?,?,?,?,?,?) ON CONFLICT (period_id, unit_id, award_code) DO UPDATE SET
		outcome = excluded.outcome, downgraded_to = excluded.downgraded_to, number = excluded.number,
		decided_on = excluded.decided_on`, c.New...)
	return err
}

// writeReplacement marks (or, for a removed one, unmarks) the awarded
// unit's decision with the unit it replaces, and says it for the audit.
func writeReplacement(ctx context.Context, tx *Tx, c facts.Change, period, source string) (auditEntry, error) {
	t := facts.MustTable(facts.TReplacement)
	if c.Old != nil {
		if _, err := tx.exec(ctx, `UPDATE decision SET replaces = '' WHERE period_id = ? AND unit_id = ? AND award_code = ?`,
			period, t.Str(c.Old, "by_unit_id"), t.Str(c.Old, "award_code")); err != nil {
			return auditEntry{}, err
		}
	}
	e := auditEntry{Action: ActResult, PeriodID: period, Old: replacementText(c.Old), New: replacementText(c.New),
		Source: source}
	if c.New == nil {
		e.UnitID = t.Str(c.Old, "by_unit_id")
		return e, nil
	}
	e.UnitID = t.Str(c.New, "by_unit_id")
	_, err := tx.exec(ctx, `UPDATE decision SET replaces = ? WHERE period_id = ? AND unit_id = ? AND award_code = ?`,
		t.Str(c.New, "unit_id"), period, e.UnitID, t.Str(c.New, "award_code"))
	return e, err
}

// replacementText is a replacement row as the audit shows it ("" for none).
func replacementText(r facts.Row) string {
	if r == nil {
		return ""
	}
	t := facts.MustTable(facts.TReplacement)
	return "decision " + t.Str(r, "award_code") + " in place of " + t.Str(r, "unit_id")
}

// undoReplacement, when the province decides again on a proposal it had
// given to another unit, takes that award back from the other unit: the
// new decision on the proposal replaces the whole earlier one. Audited.
func undoReplacement(ctx context.Context, tx *Tx, actor model.Actor, periodID string, q model.DecisionRequest) error {
	var by string
	err := tx.QueryRowContext(ctx, `SELECT unit_id FROM decision WHERE period_id = ? AND award_code = ? AND replaces = ?`,
		periodID, q.Award, q.UnitID).Scan(&by)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.exec(ctx, `DELETE FROM decision WHERE period_id = ? AND unit_id = ? AND award_code = ?`,
		periodID, by, q.Award); err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActResult, PeriodID: periodID, UnitID: by,
		Old: "decision " + q.Award + " in place of " + q.UnitID, Reason: "decided again"})
	return err
}
