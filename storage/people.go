package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"thidua/model"
	"thidua/model/people"
)

// Audit actions of individuals.
const (
	ActPeopleImport   = "people.import"
	ActPersonSave     = "people.save"
	ActPeopleHistory  = "people.history"
	ActPeopleSettings = "people.settings"
	ActNomineeReg     = "nominee.register"
	ActNomineeSet     = "nominee.set"
	ActNomineeDrop    = "nominee.withdraw"
)

// Codes of the errors of individuals.
const (
	EPersonUnknown    = "people_db.unknown_person"
	EPersonOtherUnit  = "people_db.other_unit"
	EStaffUnitGone    = "people_db.unit_withdrawn"
	EStaffFileTooMany = "people_db.too_many"
	EStaffNotOK       = "people_db.list_has_problems"
	ENomineeRefused   = "people_db.refused"
	ENomineeNone      = "people_db.no_proposal"
	EPeopleYear       = "people_db.year"
	ESettingsJSON     = "people_db.settings_json"
)

// StaffImport says what ImportStaff did (people.ImportResult).
type StaffImport = people.ImportResult

// Staff returns a unit's staff list sorted the Vietnamese way (given name,
// middle, family); unitID "" returns every unit's people.
func (db *DB) Staff(ctx context.Context, unitID string) ([]people.Person, error) {
	var out []people.Person
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = staff(ctx, tx, unitID)
		return err
	})
	return out, err
}

const personColumns = `person_id, unit_id, name, position, sex, birth_year`

func staff(ctx context.Context, tx *Tx, unitID string) ([]people.Person, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+personColumns+` FROM person WHERE ? = '' OR unit_id = ?`, unitID, unitID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []people.Person
	for rows.Next() {
		p, err := scanPerson(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	people.Sort(out)
	return out, rows.Err()
}

func scanPerson(r interface{ Scan(...any) error }) (people.Person, error) {
	var p people.Person
	var sex string
	if err := r.Scan(&p.ID, &p.Unit, &p.Name, &p.Position, &sex, &p.BirthYear); err != nil {
		return p, err
	}
	s, ok := people.ParseSex(sex)
	if !ok {
		return p, fmt.Errorf("person %s: sex %q", p.ID, sex)
	}
	p.Sex = s
	return p, nil
}

func personByID(ctx context.Context, tx *Tx, id string) (people.Person, error) {
	p, err := scanPerson(tx.QueryRowContext(ctx, `SELECT `+personColumns+` FROM person WHERE person_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, model.Errorf(EPersonUnknown, id)
	}
	return p, err
}

// mayWritePeople checks that actor may write unit's individuals: an
// active unit of this bloc, the unit itself or the leader on its behalf.
func mayWritePeople(ctx context.Context, tx *Tx, actor model.Actor, unitID string) (model.Unit, error) {
	u, err := unitByID(ctx, tx, unitID)
	if err != nil {
		return u, err
	}
	if u.Status != model.Active {
		return u, model.Errorf(EStaffUnitGone, u.Code)
	}
	b, err := blocByID(ctx, tx, u.BlocID)
	if err != nil {
		return u, err
	}
	_, err = model.MayWrite(actor, model.FactPeople, unitID, b)
	return u, err
}

// ImportStaff writes a unit's staff list read from a file, all or nothing:
// every person is checked first and one that does not validate refuses
// the whole list, naming them. A person already on the list (the same name
// the Vietnamese way, and the same year of birth where both are known) is
// updated in place, keeping their id, proposals and history; the others
// are added; people the file does not name are kept. One audit row names
// the file.
func (db *DB) ImportStaff(ctx context.Context, actor model.Actor, unitID string, ps []people.Person, source string) (StaffImport, error) {
	var res StaffImport
	if len(ps) > people.MaxStaff {
		return res, model.Errorf(EStaffFileTooMany, len(ps), people.MaxStaff)
	}
	for i := range ps {
		ps[i].ID, ps[i].Unit = "-", unitID
		if err := ps[i].Validate(); err != nil {
			return res, model.Errorf(EStaffNotOK, i+1, err)
		}
	}
	err := db.write(ctx, func(tx *Tx) error {
		res = StaffImport{}
		if _, err := mayWritePeople(ctx, tx, actor, unitID); err != nil {
			return err
		}
		old, err := staff(ctx, tx, unitID)
		if err != nil {
			return err
		}
		matched := map[string]bool{}
		for _, p := range ps {
			o, found := sameNamed(old, p, matched)
			switch {
			case !found:
				p.ID = newID()
				err = insertPerson(ctx, tx, p)
				res.Added++
			case o.Position == p.Position && o.Sex == p.Sex && (o.BirthYear == p.BirthYear || p.BirthYear == 0) && o.Name == p.Name:
				res.Unchanged++
				continue
			default:
				p.ID = o.ID
				if p.BirthYear == 0 {
					p.BirthYear = o.BirthYear
				}
				err = updatePerson(ctx, tx, p)
				res.Updated++
			}
			if err != nil {
				return err
			}
		}
		res.Kept = len(old) - len(matched)
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPeopleImport, UnitID: unitID, Source: source,
			New: fmt.Sprintf("staff +%d ~%d =%d kept %d", res.Added, res.Updated, res.Unchanged, res.Kept)})
		return err
	})
	return res, err
}

// sameNamed finds the person of old that p is, not matched yet.
func sameNamed(old []people.Person, p people.Person, matched map[string]bool) (people.Person, bool) {
	key := model.Fold(p.Name)
	for _, o := range old {
		if matched[o.ID] || model.Fold(o.Name) != key {
			continue
		}
		if o.BirthYear == p.BirthYear || o.BirthYear == 0 || p.BirthYear == 0 {
			matched[o.ID] = true
			return o, true
		}
	}
	return people.Person{}, false
}

func insertPerson(ctx context.Context, tx *Tx, p people.Person) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO person (person_id, unit_id, name, name_fold, position, sex, birth_year, created_at)
		VALUES (?,?,?,?,?,?,?,?)`, p.ID, p.Unit, p.Name, model.Fold(p.Name), p.Position, p.Sex.String(), p.BirthYear, tx.stamp())
	return err
}

func updatePerson(ctx context.Context, tx *Tx, p people.Person) error {
	_, err := tx.ExecContext(ctx, `UPDATE person SET name = ?, name_fold = ?, position = ?, sex = ?, birth_year = ? WHERE person_id = ?`,
		p.Name, model.Fold(p.Name), p.Position, p.Sex.String(), p.BirthYear, p.ID)
	return err
}

// SavePerson adds a person typed in (ID "") or changes one, checked and
// audited; it returns the person as stored.
func (db *DB) SavePerson(ctx context.Context, actor model.Actor, p people.Person) (people.Person, error) {
	p.Name, p.Position = people.Clean(p.Name), people.Clean(p.Position)
	if n, changed := people.Recase(p.Name); changed {
		p.Name = n
	}
	err := db.write(ctx, func(tx *Tx) error {
		old := people.Person{}
		if p.ID != "" {
			var err error
			if old, err = personByID(ctx, tx, p.ID); err != nil {
				return err
			}
			if p.Unit == "" {
				p.Unit = old.Unit
			}
			if old.Unit != p.Unit {
				return model.Errorf(EPersonOtherUnit, old.Name)
			}
		}
		if _, err := mayWritePeople(ctx, tx, actor, p.Unit); err != nil {
			return err
		}
		add := p.ID == ""
		if add {
			p.ID = newID()
		}
		if err := p.Validate(); err != nil {
			return err
		}
		var err error
		if add {
			err = insertPerson(ctx, tx, p)
		} else {
			err = updatePerson(ctx, tx, p)
		}
		if err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPersonSave, UnitID: p.Unit, CriterionID: p.ID,
			Old: personText(old), New: personText(p)})
		return err
	})
	return p, err
}

func personText(p people.Person) string {
	if p.Name == "" {
		return ""
	}
	return fmt.Sprintf("%s|%s|%s|%d", p.Name, p.Position, p.Sex, p.BirthYear)
}
