package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
)

// The province's decisions on individuals (migration 0009): typed at the
// province on the proposals a bloc sent up, carried down in its decision
// file (the bloc's) and the leader's setup files (each unit its own
// people's), and, where a form was given, written into the person's
// history so that the next checks see it.

// ActNomineeDecide is the audit action of a decision on an individual.
const ActNomineeDecide = "nominee.decide"

// ENomineeNotUpward: a decision on a proposal the bloc did not send up.
const ENomineeNotUpward = "people_db.not_upward"

// EProvinceOnly: a decision typed anywhere but at the province.
const EProvinceOnly = "people_db.province_only"

// DecideNominee records the province's decision on a person's proposal
// in a period, audited; refused unless the bloc proposed that person
// for that form upward.
func (db *DB) DecideNominee(ctx context.Context, actor model.Actor, periodID string, d people.Decision) error {
	d.Reason = people.Clean(d.Reason)
	if err := d.Validate(); err != nil {
		return err
	}
	return db.write(ctx, func(tx *Tx) error {
		inst, _, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		if inst.Role != model.RoleProvince || actor.Role != model.RoleProvince {
			return model.Errorf(EProvinceOnly)
		}
		who, err := personByID(ctx, tx, d.Person)
		if err != nil {
			return err
		}
		if err := proposalThere(ctx, tx, periodID, who, d.Form, true); err != nil {
			return err
		}
		b, err := book(ctx, tx, periodID, who.Unit)
		if err != nil {
			return err
		}
		if err := people.CheckDecision(b, d); err != nil {
			return err
		}
		old := facts.Set{}
		if err := fill(ctx, tx, old, []string{facts.TNomineeDecision}, `period_id = ? AND person_id = ? AND form = ?`,
			periodID, d.Person, d.Form.Code()); err != nil {
			return err
		}
		c := facts.Change{Table: facts.TNomineeDecision, Kind: facts.New, New: DecisionRow(periodID, who.Unit, d)}
		if len(old[facts.TNomineeDecision]) > 0 {
			c.Kind, c.Old = facts.Changed, old[facts.TNomineeDecision][0]
		}
		if err := writeNomineeDecisionWhy(ctx, tx, actor, c, "", false, d.Reason); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE nominee_decision SET reason = ? WHERE period_id = ? AND person_id = ? AND form = ?`,
			d.Reason, periodID, d.Person, d.Form.Code())
		return err
	})
}

// DecisionRow is a decision on an individual as files carry it.
func DecisionRow(periodID, unitID string, d people.Decision) facts.Row {
	to := ""
	if d.Ruling == people.RulingDowngraded {
		to = d.DowngradedTo.Code()
	}
	return facts.Row{periodID, unitID, d.Person, d.Form.Code(), d.Ruling.String(), to, d.Number, d.Date}
}

// decisionOfRow reads a file's decision row, checked as if typed.
func decisionOfRow(r facts.Row) (people.Decision, error) {
	t := facts.MustTable(facts.TNomineeDecision)
	var d people.Decision
	var ok bool
	d.Person, d.Number, d.Date = t.Str(r, "person_id"), t.Str(r, "number"), t.Str(r, "decided_on")
	if d.Form, ok = people.FormOf(t.Str(r, "form")); !ok {
		return d, model.Errorf(people.EFormUnknown, t.Str(r, "form"))
	}
	if d.Ruling, ok = people.ParseRuling(t.Str(r, "outcome")); !ok {
		return d, model.Errorf(people.EDecisionTarget, d.Form.Code())
	}
	if to := t.Str(r, "downgraded_to"); to != "" {
		if d.DowngradedTo, ok = people.FormOf(to); !ok {
			return d, model.Errorf(people.EFormUnknown, to)
		}
	}
	return d, d.Validate()
}

// proposalThere checks that a person's unit proposed them for form in
// the period and, with upward, that the bloc sent the proposal up.
func proposalThere(ctx context.Context, tx *Tx, periodID string, who people.Person, f people.Form, upward bool) error {
	q := `SELECT 1 FROM nominee_proposal WHERE period_id = ? AND person_id = ? AND form = ?`
	code := ENomineeNone
	if upward {
		q = `SELECT 1 FROM nominee_upward WHERE period_id = ? AND person_id = ? AND form = ?`
		code = ENomineeNotUpward
	}
	var one int
	err := tx.QueryRowContext(ctx, q, periodID, who.ID, f.Code()).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Errorf(code, who.Name, f)
	}
	return err
}

// writeNomineeDecision writes one changed decision on an individual,
// audited with the file it came from. A file's row (fromFile) must name
// a person of its unit the unit proposed (sent up, at the leader:
// upward); where a form was given, the person's history gets it, and
// loses what a replaced decision gave.
func writeNomineeDecision(ctx context.Context, tx *Tx, actor model.Actor, c facts.Change, source string, fromFile bool) error {
	return writeNomineeDecisionWhy(ctx, tx, actor, c, source, fromFile, "")
}

// writeNomineeDecisionWhy is writeNomineeDecision with the reason typed
// at the province, kept in the audit.
func writeNomineeDecisionWhy(ctx context.Context, tx *Tx, actor model.Actor, c facts.Change, source string, fromFile bool, reason string) error {
	t := facts.MustTable(facts.TNomineeDecision)
	r := c.New
	if r == nil {
		r = c.Old
	}
	period, unit, person := t.Str(r, "period_id"), t.Str(r, "unit_id"), t.Str(r, "person_id")
	p, err := periodByID(ctx, tx, period)
	if err != nil {
		return err
	}
	year := people.PeriodOf(p).Year
	bad := func(err error) error { return model.Errorf(EPeopleFactRow, facts.TNomineeDecision, err) }
	if c.Old != nil {
		old, err := decisionOfRow(c.Old)
		if err != nil {
			return bad(err)
		}
		if f, ok := old.Given(); ok {
			if _, err := tx.ExecContext(ctx, `DELETE FROM person_award WHERE person_id = ? AND year = ? AND form = ? AND decision = ?`,
				person, year, f.Code(), old.Text()); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM nominee_decision WHERE period_id = ? AND person_id = ? AND form = ?`,
			period, person, t.Str(c.Old, "form")); err != nil {
			return err
		}
	}
	if c.New != nil {
		d, err := decisionOfRow(c.New)
		if err != nil {
			return bad(err)
		}
		who, err := personByID(ctx, tx, person)
		if err != nil || who.Unit != unit {
			return bad(model.Errorf(model.EFileRowUnit, facts.TNomineeDecision))
		}
		if fromFile {
			inst, _, err := installationAny(ctx, tx)
			if err != nil {
				return err
			}
			if err := proposalThere(ctx, tx, period, who, d.Form, inst.Role == model.RoleLeader); err != nil {
				return bad(err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_decision (period_id, unit_id, person_id, form, outcome, downgraded_to,
			number, decided_on) VALUES (?,?,?,?,?,?,?,?)`, c.New...); err != nil {
			return err
		}
		if f, ok := d.Given(); ok && fromFile {
			if _, err := tx.ExecContext(ctx, `INSERT INTO person_award (person_id, year, form, decision) VALUES (?,?,?,?)
				ON CONFLICT (person_id, year, form) DO UPDATE SET decision = excluded.decision`, person, year, f.Code(), d.Text()); err != nil {
				return err
			}
		}
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeDecide, PeriodID: period, UnitID: unit, CriterionID: person,
		Old: nomineeDecisionText(c.Old), New: nomineeDecisionText(c.New), Reason: reason, Source: source})
	return err
}

// nomineeDecisionText is a decision row as the audit shows it.
func nomineeDecisionText(r facts.Row) string {
	if r == nil {
		return ""
	}
	t := facts.MustTable(facts.TNomineeDecision)
	return fmt.Sprintf("nominee decision %s %s %s %s %s", t.Str(r, "form"), t.Str(r, "outcome"), t.Str(r, "downgraded_to"),
		t.Str(r, "number"), t.Str(r, "decided_on"))
}

// attachDecisions sets each nominee's decision, where one came back.
func attachDecisions(ctx context.Context, tx *Tx, periodID string, ns []people.Nominee) error {
	set := facts.Set{}
	if err := fill(ctx, tx, set, []string{facts.TNomineeDecision}, `period_id = ?`, periodID); err != nil {
		return err
	}
	t := facts.MustTable(facts.TNomineeDecision)
	byKey := map[string]facts.Row{}
	for _, r := range set[facts.TNomineeDecision] {
		byKey[t.Str(r, "person_id")+"|"+t.Str(r, "form")] = r
	}
	why, err := decisionReasons(ctx, tx, periodID)
	if err != nil {
		return err
	}
	for i := range ns {
		key := ns[i].Person + "|" + ns[i].Form.Code()
		if r, ok := byKey[key]; ok {
			d, err := decisionOfRow(r)
			if err != nil {
				return err
			}
			d.Reason = why[key]
			ns[i].Decision = &d
		}
	}
	return nil
}

// decisionReasons are the reasons typed at the province for a period's
// decisions on individuals, by person and form (migration 0011).
func decisionReasons(ctx context.Context, tx *Tx, periodID string) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT person_id, form, reason FROM nominee_decision WHERE period_id = ? AND reason <> ''`, periodID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var person, form, reason string
		if err := rows.Scan(&person, &form, &reason); err != nil {
			return nil, err
		}
		out[person+"|"+form] = reason
	}
	return out, rows.Err()
}
