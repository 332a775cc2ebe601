package storage

import (
	"context"
	"fmt"
	"strings"

	"thidua/model"
	"thidua/model/people"
)

// Book returns what a period holds about individuals: one unit's (or
// every unit's with unitID "") people, their history, registrations and
// proposals in the unit's order, with the bloc's settings.
func (db *DB) Book(ctx context.Context, periodID, unitID string) (people.Book, error) {
	var b people.Book
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		b, err = book(ctx, tx, periodID, unitID)
		return err
	})
	return b, err
}

func book(ctx context.Context, tx *Tx, periodID, unitID string) (people.Book, error) {
	var b people.Book
	p, err := periodByID(ctx, tx, periodID)
	if err != nil {
		return b, err
	}
	b.Period = people.PeriodOf(p)
	if b.Settings, err = peopleSettings(ctx, tx, p.BlocID); err != nil {
		return b, err
	}
	if b.People, err = staff(ctx, tx, unitID); err != nil {
		return b, err
	}
	if b.History, err = history(ctx, tx, unitID); err != nil {
		return b, err
	}
	if b.Registrations, err = nomineeRegistrations(ctx, tx, periodID, unitID); err != nil {
		return b, err
	}
	if b.Nominees, err = nominees(ctx, tx, periodID, unitID); err != nil {
		return b, err
	}
	if b.Unmatched, err = unmatched(ctx, tx, periodID, unitID); err != nil {
		return b, err
	}
	return b, attachDecisions(ctx, tx, periodID, b.Nominees)
}

// ofUnit is the SQL that keeps a person's rows to one unit (” for all).
const ofUnit = ` person_id IN (SELECT person_id FROM person WHERE ? = '' OR unit_id = ?)`

func history(ctx context.Context, tx *Tx, unitID string) (people.History, error) {
	var h people.History
	rows, err := tx.QueryContext(ctx, `SELECT person_id, year, form, decision FROM person_award WHERE`+ofUnit+
		` ORDER BY person_id, year, form`, unitID, unitID)
	if err != nil {
		return h, err
	}
	for rows.Next() {
		var a people.Award
		var form string
		if err := rows.Scan(&a.Person, &a.Year, &form, &a.Decision); err != nil {
			rows.Close()
			return h, err
		}
		a.Form, _ = people.FormOf(form)
		h.Awards = append(h.Awards, a)
	}
	rows.Close()
	rows, err = tx.QueryContext(ctx, `SELECT person_id, year, rating, months_served FROM person_review WHERE`+ofUnit+
		` ORDER BY person_id, year`, unitID, unitID)
	if err != nil {
		return h, err
	}
	defer rows.Close()
	for rows.Next() {
		var r people.Review
		var rating string
		if err := rows.Scan(&r.Person, &r.Year, &rating, &r.MonthsServed); err != nil {
			return h, err
		}
		r.Rating, _ = people.ParseRating(rating)
		h.Reviews = append(h.Reviews, r)
	}
	return h, rows.Err()
}

func nomineeRegistrations(ctx context.Context, tx *Tx, periodID, unitID string) ([]people.Registration, error) {
	p, err := periodByID(ctx, tx, periodID)
	if err != nil {
		return nil, err
	}
	year := people.PeriodOf(p).Year
	rows, err := tx.QueryContext(ctx, `SELECT person_id, form FROM nominee_registration WHERE period_id = ? AND`+ofUnit+
		` ORDER BY person_id, form`, periodID, unitID, unitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []people.Registration
	for rows.Next() {
		var person, form string
		if err := rows.Scan(&person, &form); err != nil {
			return nil, err
		}
		f, _ := people.FormOf(form)
		if n := len(out); n > 0 && out[n-1].Person == person {
			out[n-1].Forms = append(out[n-1].Forms, f)
			continue
		}
		out = append(out, people.Registration{Person: person, Year: year, Forms: []people.Form{f}})
	}
	return out, rows.Err()
}

func nominees(ctx context.Context, tx *Tx, periodID, unitID string) ([]people.Nominee, error) {
	rows, err := tx.QueryContext(ctx, `SELECT n.person_id, n.form, n.achievement, n.reason, n.outcome,
		EXISTS (SELECT 1 FROM nominee_upward u WHERE u.period_id = n.period_id AND u.person_id = n.person_id AND u.form = n.form)
		FROM nominee_proposal n WHERE n.period_id = ? AND n.`+strings.TrimSpace(ofUnit)+` ORDER BY n.priority, n.person_id, n.form`,
		periodID, unitID, unitID)
	if err != nil {
		return nil, err
	}
	var out []people.Nominee
	for rows.Next() {
		var n people.Nominee
		var form, outcome string
		if err := rows.Scan(&n.Person, &form, &n.Achievement, &n.Reason, &outcome, &n.Upward); err != nil {
			rows.Close()
			return nil, err
		}
		n.Form, _ = people.FormOf(form)
		n.Outcome, _ = people.ParseOutcome(outcome)
		out = append(out, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		n := &out[i]
		ev, err := tx.QueryContext(ctx, `SELECT kind, title, ref FROM nominee_evidence WHERE period_id = ? AND person_id = ? AND form = ?
			ORDER BY n`, periodID, n.Person, n.Form.Code())
		if err != nil {
			return nil, err
		}
		for ev.Next() {
			var e people.Evidence
			var kind string
			if err := ev.Scan(&kind, &e.Title, &e.Ref); err != nil {
				ev.Close()
				return nil, err
			}
			e.Kind = people.Initiative
			if kind == "research" {
				e.Kind = people.Research
			}
			n.Evidence = append(n.Evidence, e)
		}
		ev.Close()
	}
	return out, nil
}

// peopleWrite runs fn as a write of one unit's individuals in a period:
// the unit's (or the leader's on its behalf), refused once the unit's
// sheet or the period is locked, like its self-scores.
func peopleWrite(ctx context.Context, tx *Tx, actor model.Actor, periodID, unitID string) error {
	if _, err := mayWritePeople(ctx, tx, actor, unitID); err != nil {
		return err
	}
	locks, err := periodLocks(ctx, tx, periodID)
	if err != nil {
		return err
	}
	return model.CheckLocks(locks, unitID, model.StageSelf)
}

// unitsOf returns the unit of each person named, refusing one unknown.
func unitsOf(ctx context.Context, tx *Tx, ids []string) (map[string]people.Person, error) {
	out := map[string]people.Person{}
	for _, id := range ids {
		if _, ok := out[id]; ok {
			continue
		}
		p, err := personByID(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out[id] = p
	}
	return out, nil
}

// Nominate checks and writes proposals for a period, all or nothing: each
// is checked with the rules against its unit's people, history,
// registrations and the proposals already stored (a new proposal for the
// same person and form replaces the stored one in its place). If any is
// refused nothing is written and the error names the first refusal's rule;
// the verdicts say everything. Accepted and excepted proposals are
// written in the order given after the stored ones, each audited (an
// exception with its reason).
func (db *DB) Nominate(ctx context.Context, actor model.Actor, periodID string, props []people.Proposal) ([]people.Verdict, error) {
	var out []people.Verdict
	err := db.write(ctx, func(tx *Tx) error {
		out = nil
		ids := make([]string, len(props))
		for i, p := range props {
			ids[i] = p.Person
		}
		who, err := unitsOf(ctx, tx, ids)
		if err != nil {
			return err
		}
		byUnit := map[string][]int{}
		var order []string
		for i, p := range props {
			u := who[p.Person].Unit
			if _, ok := byUnit[u]; !ok {
				order = append(order, u)
			}
			byUnit[u] = append(byUnit[u], i)
		}
		out = make([]people.Verdict, len(props))
		for _, u := range order {
			if err := peopleWrite(ctx, tx, actor, periodID, u); err != nil {
				return err
			}
			if err := nominateUnit(ctx, tx, periodID, u, props, byUnit[u], out); err != nil {
				return err
			}
		}
		for _, v := range out {
			if v.Outcome == people.Refused {
				return model.Errorf(ENomineeRefused, v.Message())
			}
		}
		for _, v := range out {
			if err := writeNominee(ctx, tx, actor, periodID, who[v.Proposal.Person].Unit, v); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// nominateUnit checks the proposals at idx, all of one unit, into out.
func nominateUnit(ctx context.Context, tx *Tx, periodID, unitID string, props []people.Proposal, idx []int, out []people.Verdict) error {
	b, err := book(ctx, tx, periodID, unitID)
	if err != nil {
		return err
	}
	extra := make([]people.Proposal, len(idx))
	for k, i := range idx {
		extra[k] = props[i]
	}
	in := b.Input(extra)
	vs, err := people.Check(in)
	if err != nil {
		return err
	}
	for k, i := range idx {
		for j, p := range in.Proposals {
			if p.Person == extra[k].Person && p.Form == extra[k].Form {
				out[i] = vs[j]
			}
		}
	}
	return nil
}

func writeNominee(ctx context.Context, tx *Tx, actor model.Actor, periodID, unitID string, v people.Verdict) error {
	p := v.Proposal
	if err := insertNominee(ctx, tx, periodID, people.Nominee{Proposal: p, Outcome: v.Outcome}); err != nil {
		return err
	}
	_, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeSet, PeriodID: periodID, UnitID: unitID, CriterionID: p.Person,
		New: p.Form.Code() + " " + v.Outcome.String() + ": " + p.Achievement, Reason: p.Reason})
	return err
}

// insertNominee writes a proposal and its evidence: in its place when it
// replaces one, else after the period's others.
func insertNominee(ctx context.Context, tx *Tx, periodID string, n people.Nominee) error {
	p := n.Proposal
	var prio int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT priority FROM nominee_proposal WHERE period_id = ? AND person_id = ? AND form = ?),
		(SELECT coalesce(max(priority), 0) + 1 FROM nominee_proposal WHERE period_id = ?))`,
		periodID, p.Person, p.Form.Code(), periodID).Scan(&prio); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_proposal (period_id, person_id, form, priority, achievement, reason, outcome, updated_at)
		VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (period_id, person_id, form) DO UPDATE SET achievement = excluded.achievement,
		reason = excluded.reason, outcome = excluded.outcome, updated_at = excluded.updated_at`,
		periodID, p.Person, p.Form.Code(), prio, p.Achievement, p.Reason, n.Outcome.String(), tx.stamp()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nominee_evidence WHERE period_id = ? AND person_id = ? AND form = ?`,
		periodID, p.Person, p.Form.Code()); err != nil {
		return err
	}
	for i, e := range p.Evidence {
		kind := "initiative"
		if e.Kind == people.Research {
			kind = "research"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_evidence (period_id, person_id, form, n, kind, title, ref) VALUES (?,?,?,?,?,?,?)`,
			periodID, p.Person, p.Form.Code(), i, kind, e.Title, e.Ref); err != nil {
			return err
		}
	}
	return nil
}

// Withdraw removes a proposal of a period, the unit's, audited.
func (db *DB) Withdraw(ctx context.Context, actor model.Actor, periodID, personID string, f people.Form) error {
	return db.write(ctx, func(tx *Tx) error {
		p, err := personByID(ctx, tx, personID)
		if err != nil {
			return err
		}
		if err := peopleWrite(ctx, tx, actor, periodID, p.Unit); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM nominee_proposal WHERE period_id = ? AND person_id = ? AND form = ?`,
			periodID, personID, f.Code())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			if err == nil {
				err = model.Errorf(ENomineeNone, p.Name, f)
			}
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeDrop, PeriodID: periodID, UnitID: p.Unit,
			CriterionID: personID, Old: f.Code()})
		return err
	})
}

// SetUpward marks (or unmarks) a unit's proposal as one the bloc proposes
// to the province: the leader's, like the period's other results.
func (db *DB) SetUpward(ctx context.Context, actor model.Actor, periodID, personID string, f people.Form, on bool) error {
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM nominee_proposal WHERE period_id = ? AND person_id = ? AND form = ?`,
			periodID, personID, f.Code()).Scan(&n); err != nil {
			return auditEntry{}, err
		}
		p, err := personByID(ctx, tx, personID)
		if err != nil {
			return auditEntry{}, err
		}
		if n == 0 {
			return auditEntry{}, model.Errorf(ENomineeNone, p.Name, f)
		}
		if on {
			_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO nominee_upward (period_id, person_id, form) VALUES (?,?,?)`,
				periodID, personID, f.Code())
		} else {
			_, err = tx.ExecContext(ctx, `DELETE FROM nominee_upward WHERE period_id = ? AND person_id = ? AND form = ?`,
				periodID, personID, f.Code())
		}
		return auditEntry{UnitID: p.Unit, CriterionID: personID, New: fmt.Sprintf("%s upward=%v", f.Code(), on)}, err
	})
}
