package storage

import (
	"context"
	"fmt"
	"strings"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
)

// The individuals as the exchange carries them (facts.PeopleTables): what
// a unit's submission or the bloc file holds of a period, read in one
// transaction, and applied from a file that passed its checks. Ready for
// the exchange format that carries these tables; the format of version 1
// does not.

// EPeopleFactRow: a row of individuals in a file cannot be right.
const EPeopleFactRow = "people_db.fact_row"

// PeopleFacts returns a period's individuals as a file of kind k carries
// them: a submission unitID's people registered or proposed, their
// registrations and proposals; a bloc file every unit's (unitID ""), with
// the leader's upward marks.
func (db *DB) PeopleFacts(ctx context.Context, periodID, unitID string, k model.FileKind) (facts.Set, error) {
	out := facts.Set{}
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = peopleFacts(ctx, tx, periodID, unitID, k)
		return err
	})
	return out, err
}

func peopleFacts(ctx context.Context, tx *Tx, periodID, unitID string, k model.FileKind) (facts.Set, error) {
	b, err := book(ctx, tx, periodID, unitID)
	if err != nil {
		return nil, err
	}
	out := facts.Set{}
	unit := map[string]string{}
	needed := map[string]bool{}
	for _, p := range b.People {
		unit[p.ID] = p.Unit
	}
	for _, r := range b.Registrations {
		needed[r.Person] = true
		for _, f := range r.Forms {
			out[facts.TNomineeRegistration] = append(out[facts.TNomineeRegistration], facts.Row{periodID, unit[r.Person], r.Person, f.Code()})
		}
	}
	for i, n := range b.Nominees {
		needed[n.Person] = true
		key := facts.Row{periodID, unit[n.Person], n.Person, n.Form.Code()}
		out[facts.TNominee] = append(out[facts.TNominee], append(key[:4:4], int64(i+1), n.Achievement, encodeEvidence(n.Evidence),
			n.Reason, n.Outcome.String()))
		if n.Upward && k == model.KindBlocFile {
			out[facts.TNomineeUpward] = append(out[facts.TNomineeUpward], key)
		}
	}
	for _, p := range b.People {
		if needed[p.ID] {
			out[facts.TNomineePerson] = append(out[facts.TNomineePerson], facts.Row{periodID, p.Unit, p.ID, p.Name, p.Position,
				p.Sex.String(), int64(p.BirthYear)})
		}
	}
	for name, rows := range out {
		facts.MustTable(name).Sort(rows)
	}
	return out, nil
}

// encodeEvidence writes a proposal's evidence as the file carries it.
func encodeEvidence(es []people.Evidence) string {
	lines := make([]string, len(es))
	for i, e := range es {
		kind := "initiative"
		if e.Kind == people.Research {
			kind = "research"
		}
		lines[i] = kind + "\t" + e.Title + "\t" + e.Ref
	}
	return strings.Join(lines, "\n")
}

// decodeEvidence reads what encodeEvidence wrote; anything else is refused.
func decodeEvidence(s string) ([]people.Evidence, error) {
	if s == "" {
		return nil, nil
	}
	var out []people.Evidence
	for _, line := range strings.Split(s, "\n") {
		parts := strings.Split(line, "\t")
		if len(parts) != 3 || parts[0] != "initiative" && parts[0] != "research" {
			return nil, model.Errorf(people.EEvidenceKind)
		}
		e := people.Evidence{Kind: people.Initiative, Title: parts[1], Ref: parts[2]}
		if parts[0] == "research" {
			e.Kind = people.Research
		}
		out = append(out, e)
	}
	return out, nil
}

// ApplyPeopleFacts replaces, for each unit the rows name, its individuals
// of the period with what a file brings, all or nothing, audited with the
// file's name. The rows must have passed model.CheckFileRow for the
// file's scope; here each is checked as a person or a proposal would be
// when typed (a name with a digit, an unknown form, an achievement too
// long refuse the file), and a person id that belongs to another unit is
// refused. The leader's marks on proposals the file keeps are kept.
func (db *DB) ApplyPeopleFacts(ctx context.Context, actor model.Actor, periodID string, set facts.Set, source string) error {
	return db.write(ctx, func(tx *Tx) error { return applyPeopleFacts(ctx, tx, actor, periodID, set, source) })
}

func applyPeopleFacts(ctx context.Context, tx *Tx, actor model.Actor, periodID string, set facts.Set, source string) error {
	in, err := readPeopleFacts(periodID, set)
	if err != nil {
		return err
	}
	for _, unitID := range in.units {
		if _, err := unitByID(ctx, tx, unitID); err != nil {
			return err
		}
		marks, err := keepMarks(ctx, tx, periodID, unitID)
		if err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM nominee_proposal WHERE period_id = ? AND`, `DELETE FROM nominee_registration WHERE period_id = ? AND`} {
			if _, err := tx.ExecContext(ctx, q+ofUnit, periodID, unitID, unitID); err != nil {
				return err
			}
		}
		for _, p := range in.people[unitID] {
			if err := upsertPerson(ctx, tx, p); err != nil {
				return err
			}
		}
		if err := writeFactRows(ctx, tx, periodID, in, unitID, marks); err != nil {
			return err
		}
		if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeSet, PeriodID: periodID, UnitID: unitID, Source: source,
			New: fmt.Sprintf("file: %d people, %d proposals", len(in.people[unitID]), len(in.props[unitID]))}); err != nil {
			return err
		}
	}
	return nil
}
