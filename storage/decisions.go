package storage

import (
	"context"

	"thidua/model"
)

// SetDecision records the province's decision on a unit's proposal (or
// the leader's transcription of a paper one), within the award's quota.
func (db *DB) SetDecision(ctx context.Context, actor model.Actor, periodID string, d model.Decision) error {
	return db.resultWrite(ctx, actor, periodID, model.FactDecision, func(tx *Tx) (auditEntry, error) {
		r, err := rules(ctx, tx, periodID, nil)
		if err != nil {
			return auditEntry{}, err
		}
		if err := putDecision(ctx, tx, periodID, r.Awards, d); err != nil {
			return auditEntry{}, err
		}
		return decisionAudit(d), nil
	})
}

// putDecision validates and writes one decision, and checks the period's
// decisions then keep every award within its quota.
func putDecision(ctx context.Context, tx *Tx, periodID string, awards []model.AwardRule, d model.Decision) error {
	d.Award, d.DowngradedTo = model.NormalizeCode(d.Award), model.NormalizeCode(d.DowngradedTo)
	d.Number = model.NFC(d.Number)
	if err := d.Validate(awards); err != nil {
		return err
	}
	if _, err := unitByID(ctx, tx, d.UnitID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO decision (period_id, unit_id, award_code, outcome, downgraded_to, number,
		decided_on, replaces) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (period_id, unit_id, award_code) DO UPDATE SET
		outcome = excluded.outcome, downgraded_to = excluded.downgraded_to, number = excluded.number,
		decided_on = excluded.decided_on, replaces = excluded.replaces`,
		periodID, d.UnitID, d.Award, d.Outcome.String(), d.DowngradedTo, d.Number, formatDate(d.Date), d.Replaces); err != nil {
		return err
	}
	all, err := decisions(ctx, tx, periodID)
	if err != nil {
		return err
	}
	return model.CheckQuota(awards, all)
}

func decisionAudit(d model.Decision) auditEntry {
	e := auditEntry{UnitID: d.UnitID, New: "decision " + d.Award + " " + d.Outcome.String() + " " + d.Number}
	if d.Replaces != "" {
		e.Old = "proposal of " + d.Replaces
	}
	return e
}

func decisions(ctx context.Context, tx *Tx, periodID string) ([]model.Decision, error) {
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, award_code, outcome, downgraded_to, number, decided_on, replaces
		FROM decision WHERE period_id = ? ORDER BY unit_id, award_code`, periodID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Decision
	for rows.Next() {
		var d model.Decision
		var outcome, date string
		if err := rows.Scan(&d.UnitID, &d.Award, &outcome, &d.DowngradedTo, &d.Number, &date, &d.Replaces); err != nil {
			return nil, err
		}
		d.Outcome, _ = model.ParseOutcome(outcome)
		d.Date = parseTime(date)
		out = append(out, d)
	}
	model.LinkReplacements(out, model.Replacements(out))
	return out, rows.Err()
}

// Decide records the province's decision on a proposal, in one audited
// transaction: the unit must be proposed for the award (or already
// decided on), a replacement must be another active unit of the same bloc
// not already given the award, and the award stays within its quota.
func (db *DB) Decide(ctx context.Context, actor model.Actor, periodID string, q model.DecisionRequest) error {
	return db.resultWrite(ctx, actor, periodID, model.FactDecision, func(tx *Tx) (auditEntry, error) {
		res, _, err := result(ctx, tx, periodID)
		if err != nil {
			return auditEntry{}, err
		}
		q.Award = model.NormalizeCode(q.Award)
		u, err := unitByID(ctx, tx, q.UnitID)
		if err != nil {
			return auditEntry{}, err
		}
		if err := mayDecide(res, q, u); err != nil {
			return auditEntry{}, err
		}
		if err := undoReplacement(ctx, tx, actor, periodID, q); err != nil {
			return auditEntry{}, err
		}
		d := model.Decision{UnitID: q.UnitID, Award: q.Award, Number: q.Number, Date: q.Date}
		switch q.Verdict {
		case model.VerdictRefuse, model.VerdictReplace:
			d.Outcome = model.NotAwarded
		}
		if q.Verdict == model.VerdictReplace {
			// The replacement's row first: the quota is checked with the
			// proposed unit's refusal already in place.
			if err := putDecision(ctx, tx, periodID, res.Rules.Awards, d); err != nil {
				return auditEntry{}, err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActResult, PeriodID: periodID, UnitID: d.UnitID,
				New: "decision " + d.Award + " " + d.Outcome.String() + " " + d.Number, Reason: "replaced"}); err != nil {
				return auditEntry{}, err
			}
			d = model.Decision{UnitID: q.Instead, Award: q.Award, Outcome: model.Awarded, Number: q.Number, Date: q.Date,
				Replaces: q.UnitID}
		}
		if err := putDecision(ctx, tx, periodID, res.Rules.Awards, d); err != nil {
			return auditEntry{}, err
		}
		return decisionAudit(d), nil
	})
}

// mayDecide checks a decision request against the period's result.
func mayDecide(res model.PeriodResult, q model.DecisionRequest, u model.Unit) error {
	if _, ok := res.Rules.Award(q.Award); !ok {
		return model.Errorf(model.EAwardUnknown, q.Award)
	}
	proposed := false
	if p, ok := res.Proposals.ForUnit(q.UnitID); ok && p.Award == q.Award {
		proposed = true
	}
	for _, d := range res.Decisions {
		if d.UnitID == q.UnitID && d.Award == q.Award {
			proposed = true // deciding again on a decided proposal
		}
	}
	if !proposed {
		return model.Errorf(model.EDecisionNotProp, u.Code, q.Award)
	}
	if q.Verdict != model.VerdictReplace {
		return nil
	}
	other, ok := res.Units[q.Instead]
	if !ok || q.Instead == q.UnitID {
		return model.Errorf(model.EDecisionSameUnit, u.Code)
	}
	if other.Status != model.Active {
		return model.Errorf(model.EUnitWithdrawn, other.Code)
	}
	for _, d := range res.Decisions {
		if d.UnitID == q.Instead && d.Award == q.Award && d.Outcome == model.Awarded && d.Replaces != q.UnitID {
			return model.Errorf(model.EDecisionTaken, other.Code, q.Award)
		}
	}
	return nil
}
