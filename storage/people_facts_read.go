package storage

import (
	"context"
	"database/sql"
	"errors"
	"sort"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
)

// peopleIn is a file's individuals, checked, by unit.
type peopleIn struct {
	units     []string
	people    map[string][]people.Person
	regs      map[string][]people.Registration
	props     map[string][]people.Nominee
	hasUpward bool
}

// factRow returns the row's values as a table's columns name them, after
// checking each value's class.
func factRow(table string, r facts.Row) (func(col string) string, func(col string) int64, error) {
	t := facts.MustTable(table)
	if err := t.Check(r); err != nil { // the file's typed reads say which column
		return nil, nil, model.Errorf(EPeopleFactRow, table, model.Errorf("people_db.fact_type"))
	}
	str := func(col string) string { s, _ := t.Value(r, col).(string); return s }
	num := func(col string) int64 { n, _ := t.Value(r, col).(int64); return n }
	return str, num, nil
}

// readPeopleFacts reads and checks a file's rows of individuals for a
// period: every value as it would be checked when typed.
func readPeopleFacts(periodID string, set facts.Set) (*peopleIn, error) {
	in := &peopleIn{people: map[string][]people.Person{}, regs: map[string][]people.Registration{}, props: map[string][]people.Nominee{}}
	seen := map[string]bool{}
	whose := map[string]string{} // person id → unit, as the file says
	bad := func(table string, err error) error { return model.Errorf(EPeopleFactRow, table, err) }
	for _, r := range set[facts.TNomineePerson] {
		str, num, err := factRow(facts.TNomineePerson, r)
		if err != nil {
			return nil, err
		}
		sex, ok := people.ParseSex(str("sex"))
		p := people.Person{ID: str("person_id"), Unit: str("unit_id"), Name: str("name"), Position: str("position"), Sex: sex,
			BirthYear: int(num("birth_year"))}
		if err := p.Validate(); err != nil || !ok || str("period_id") != periodID || whose[p.ID] != "" {
			return nil, bad(facts.TNomineePerson, orErr(err, model.Errorf(people.EBadSex, p.Name)))
		}
		whose[p.ID] = p.Unit
		if !seen[p.Unit] {
			seen[p.Unit] = true
			in.units = append(in.units, p.Unit)
		}
		in.people[p.Unit] = append(in.people[p.Unit], p)
	}
	if err := in.readRegistrations(periodID, set, whose); err != nil {
		return nil, err
	}
	if err := in.readProposals(periodID, set, whose); err != nil {
		return nil, err
	}
	sort.Strings(in.units)
	return in, in.readUpward(periodID, set, whose)
}

func orErr(err, other error) error {
	if err != nil {
		return err
	}
	return other
}

// owned checks a row's period and that its person is one of the file's,
// of the row's unit.
func owned(table, periodID string, str func(string) string, whose map[string]string) error {
	if str("period_id") != periodID || whose[str("person_id")] == "" || whose[str("person_id")] != str("unit_id") {
		return model.Errorf(EPeopleFactRow, table, model.Errorf(EPersonUnknown, str("person_id")))
	}
	return nil
}

func (in *peopleIn) readRegistrations(periodID string, set facts.Set, whose map[string]string) error {
	byPerson := map[string]int{}
	for _, r := range set[facts.TNomineeRegistration] {
		str, _, err := factRow(facts.TNomineeRegistration, r)
		if err != nil {
			return err
		}
		if err := owned(facts.TNomineeRegistration, periodID, str, whose); err != nil {
			return err
		}
		f, ok := people.FormOf(str("form"))
		if !ok || !f.Title() {
			return model.Errorf(EPeopleFactRow, facts.TNomineeRegistration, model.Errorf(people.EFormUnknown, str("form")))
		}
		u, who := str("unit_id"), str("person_id")
		i, ok := byPerson[who]
		if !ok {
			i = len(in.regs[u])
			byPerson[who] = i
			in.regs[u] = append(in.regs[u], people.Registration{Person: who})
		}
		in.regs[u][i].Forms = append(in.regs[u][i].Forms, f)
	}
	return nil
}

func (in *peopleIn) readProposals(periodID string, set facts.Set, whose map[string]string) error {
	// The file keeps its rows in key order; the unit's order is priority.
	rows := append([]facts.Row(nil), set[facts.TNominee]...)
	prio := facts.MustTable(facts.TNominee).Col("priority")
	sort.SliceStable(rows, func(i, j int) bool {
		a, _ := rows[i][min(prio, len(rows[i])-1)].(int64)
		b, _ := rows[j][min(prio, len(rows[j])-1)].(int64)
		return a < b
	})
	for _, r := range rows {
		str, num, err := factRow(facts.TNominee, r)
		if err != nil {
			return err
		}
		if err := owned(facts.TNominee, periodID, str, whose); err != nil {
			return err
		}
		f, ok := people.FormOf(str("form"))
		outcome, known := people.ParseOutcome(str("outcome"))
		ev, evErr := decodeEvidence(str("evidence"))
		n := people.Nominee{Proposal: people.Proposal{Person: str("person_id"), Form: f, Achievement: str("achievement"), Evidence: ev,
			Reason: str("reason")}, Outcome: outcome}
		err = orErr(evErr, n.Validate())
		switch {
		case !ok:
			err = model.Errorf(people.EFormUnknown, str("form"))
		case !known || outcome == people.Refused, outcome == people.Excepted && n.Reason == "", num("priority") < 0:
			err = orErr(err, model.Errorf("people_db.fact_outcome", n.Form, str("outcome")))
		}
		if err != nil {
			return model.Errorf(EPeopleFactRow, facts.TNominee, err)
		}
		in.props[str("unit_id")] = append(in.props[str("unit_id")], n)
	}
	return nil
}

func (in *peopleIn) readUpward(periodID string, set facts.Set, whose map[string]string) error {
	rows, ok := set[facts.TNomineeUpward]
	in.hasUpward = ok
	for _, r := range rows {
		str, _, err := factRow(facts.TNomineeUpward, r)
		if err != nil {
			return err
		}
		if err := owned(facts.TNomineeUpward, periodID, str, whose); err != nil {
			return err
		}
		found := false
		for i, n := range in.props[str("unit_id")] {
			if n.Person == str("person_id") && n.Form.Code() == str("form") {
				in.props[str("unit_id")][i].Upward, found = true, true
			}
		}
		if !found {
			return model.Errorf(EPeopleFactRow, facts.TNomineeUpward, model.Errorf(ENomineeNone, str("person_id"), str("form")))
		}
	}
	return nil
}

// keepMarks returns the leader's marks on a unit's proposals of a period.
func keepMarks(ctx context.Context, tx *Tx, periodID, unitID string) (map[string]bool, error) {
	out := map[string]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT person_id, form FROM nominee_upward WHERE period_id = ? AND`+ofUnit, periodID, unitID, unitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var p, f string
		if err := rows.Scan(&p, &f); err != nil {
			return nil, err
		}
		out[p+"|"+f] = true
	}
	return out, rows.Err()
}

// upsertPerson writes a person a file brings: a new one, or the one with
// the same id in the same unit; an id of another unit's person is refused.
func upsertPerson(ctx context.Context, tx *Tx, p people.Person) error {
	old, err := personByID(ctx, tx, p.ID)
	switch {
	case model.ErrorCode(err) == EPersonUnknown:
		return insertPerson(ctx, tx, p)
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return err
	case old.Unit != p.Unit:
		return model.Errorf(EPersonOtherUnit, p.Name)
	}
	return updatePerson(ctx, tx, p)
}

// writeFactRows writes a unit's registrations and proposals from a file,
// with the leader's marks: the file's when it carries them, else those
// kept from before.
func writeFactRows(ctx context.Context, tx *Tx, periodID string, in *peopleIn, unitID string, marks map[string]bool) error {
	for _, r := range in.regs[unitID] {
		for _, f := range r.Forms {
			if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_registration (period_id, person_id, form) VALUES (?,?,?)`,
				periodID, r.Person, f.Code()); err != nil {
				return err
			}
		}
	}
	for _, n := range in.props[unitID] {
		if err := insertNominee(ctx, tx, periodID, n); err != nil {
			return err
		}
		on := n.Upward
		if !in.hasUpward {
			on = marks[n.Person+"|"+n.Form.Code()]
		}
		if on {
			if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_upward (period_id, person_id, form) VALUES (?,?,?)`,
				periodID, n.Person, n.Form.Code()); err != nil {
				return err
			}
		}
	}
	return nil
}
