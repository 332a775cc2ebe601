package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
)

// A unit that starts a new database and types (or imports) its staff
// again gives its people new ids, while the leader, and the province's
// decisions it relays in every setup file, still name the old ones.
// Refusing such a setup file whole would cut the unit off from its bloc
// for good; applying the decisions to someone guessed would let something
// wrong in. So a decision on a person this database does not hold is
// kept aside as the file has it (nominee_decision_unmatched, migration
// 0011) and shown; the unit says who it is (MatchDecision), and from then
// on the old id stands for that person (person_alias) in every later
// setup file. Decisions on people it holds are applied as before, and a
// decision on a person of another unit is still refused.

// Audit actions and errors of the decisions kept aside.
const (
	ActNomineeUnmatched = "nominee.unmatched"
	ActNomineeMatch     = "nominee.match"
	ENoUnmatched        = "people_db.no_unmatched"
	EMatchDecided       = "people_db.match_decided"
)

// sortOutDecisions takes a setup file's decisions on the unit's people
// for a period: those on people held are returned, those on an old id
// the unit matched are returned on the person matched, and the others
// replace what was kept aside for the period.
func sortOutDecisions(ctx context.Context, tx *Tx, a Arrival, period string, rows []facts.Row) ([]facts.Row, error) {
	t := facts.MustTable(facts.TNomineeDecision)
	var out, aside []facts.Row
	for _, r := range rows {
		id := t.Str(r, "person_id")
		var held string
		err := tx.QueryRowContext(ctx, `SELECT person_id FROM person WHERE person_id = ?
			UNION ALL SELECT person_id FROM person_alias WHERE old_id = ? LIMIT 1`, id, id).Scan(&held)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			aside = append(aside, r)
		case err != nil:
			return nil, err
		default:
			c := append(facts.Row(nil), r...)
			t.Set(c, "person_id", held)
			out = append(out, c)
		}
	}
	old := map[string]bool{}
	kept, err := unmatched(ctx, tx, period, a.Addressee)
	if err != nil {
		return nil, err
	}
	for _, d := range kept {
		old[people.DecisionKey(d.Person, d.Form)+"|"+d.Ruling.String()+"|"+d.Number+"|"+d.Date] = true
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nominee_decision_unmatched WHERE period_id = ? AND unit_id = ?`,
		period, a.Addressee); err != nil {
		return nil, err
	}
	for _, r := range aside {
		d, err := decisionOfRow(r)
		if err != nil {
			return nil, model.Errorf(EPeopleFactRow, facts.TNomineeDecision, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_decision_unmatched (period_id, unit_id, person_id, form, outcome,
			downgraded_to, number, decided_on, source_file) VALUES (?,?,?,?,?,?,?,?,?)`, append(r[:8:8], a.File.Name)...); err != nil {
			return nil, err
		}
		if old[people.DecisionKey(d.Person, d.Form)+"|"+d.Ruling.String()+"|"+d.Number+"|"+d.Date] {
			continue
		}
		if _, err := writeAudit(ctx, tx, a.Actor, auditEntry{Action: ActNomineeUnmatched, PeriodID: period, UnitID: a.Addressee,
			CriterionID: d.Person, New: nomineeDecisionText(r), Source: a.File.Name}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// unmatched reads the decisions kept aside for a period (a unit's, or
// every unit's for ""), in the order of their forms and ids.
func unmatched(ctx context.Context, tx *Tx, periodID, unitID string) ([]people.Decision, error) {
	rows, err := tx.QueryContext(ctx, `SELECT period_id, unit_id, person_id, form, outcome, downgraded_to, number, decided_on
		FROM nominee_decision_unmatched WHERE period_id = ? AND (? = '' OR unit_id = ?) ORDER BY form, person_id`,
		periodID, unitID, unitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []people.Decision
	for rows.Next() {
		r := make(facts.Row, 8)
		var s [8]string
		if err := rows.Scan(&s[0], &s[1], &s[2], &s[3], &s[4], &s[5], &s[6], &s[7]); err != nil {
			return nil, err
		}
		for i := range s {
			r[i] = s[i]
		}
		d, err := decisionOfRow(r)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// MatchDecision applies a decision kept aside (the old id oldID, form f)
// to personID, one of the unit's people it holds, who must be proposed
// for that form in the period and not decided on yet; the old id stands
// for the person from then on. Audited; all or nothing.
func (db *DB) MatchDecision(ctx context.Context, actor model.Actor, periodID, oldID string, f people.Form, personID string) error {
	return db.write(ctx, func(tx *Tx) error {
		var r [9]string
		err := tx.QueryRowContext(ctx, `SELECT period_id, unit_id, person_id, form, outcome, downgraded_to, number, decided_on,
			source_file FROM nominee_decision_unmatched WHERE period_id = ? AND person_id = ? AND form = ?`,
			periodID, oldID, f.Code()).Scan(&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6], &r[7], &r[8])
		if errors.Is(err, sql.ErrNoRows) {
			return model.Errorf(ENoUnmatched, f)
		}
		if err != nil {
			return err
		}
		who, err := personByID(ctx, tx, personID)
		if err != nil {
			return err
		}
		if who.Unit != r[1] {
			return model.Errorf(model.EFileRowUnit, facts.TNomineeDecision)
		}
		if _, err := mayWritePeople(ctx, tx, actor, who.Unit); err != nil {
			return err
		}
		if err := proposalThere(ctx, tx, periodID, who, f, false); err != nil {
			return err
		}
		var one int
		err = tx.QueryRowContext(ctx, `SELECT 1 FROM nominee_decision WHERE period_id = ? AND person_id = ? AND form = ?`,
			periodID, personID, f.Code()).Scan(&one)
		if err == nil {
			return model.Errorf(EMatchDecided, who.Name, f)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO person_alias (old_id, person_id) VALUES (?, ?)
			ON CONFLICT (old_id) DO UPDATE SET person_id = excluded.person_id`, oldID, personID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nominee_decision_unmatched WHERE period_id = ? AND person_id = ? AND form = ?`,
			periodID, oldID, f.Code()); err != nil {
			return err
		}
		if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeMatch, PeriodID: periodID, UnitID: who.Unit,
			CriterionID: personID, Old: oldID, New: f.Code()}); err != nil {
			return err
		}
		row := facts.Row{r[0], r[1], personID, r[3], r[4], r[5], r[6], r[7]}
		return writeNomineeDecision(ctx, tx, actor, facts.Change{Table: facts.TNomineeDecision, Kind: facts.New, New: row}, r[8], true)
	})
}
