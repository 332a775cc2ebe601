package storage

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"thidua/model"
)

const unitColumns = `unit_id, bloc_id, code, name, short_name, kind, status, withdrawn_reason`

// scanUnit reads the unitColumns of a row, then any extra columns into
// extra.
func scanUnit(s interface{ Scan(...any) error }, extra ...any) (model.Unit, error) {
	var u model.Unit
	var status string
	err := s.Scan(append([]any{&u.ID, &u.BlocID, &u.Code, &u.Name, &u.ShortName, &u.Kind, &status, &u.WithdrawnReason},
		extra...)...)
	if status == "withdrawn" {
		u.Status = model.Withdrawn
	}
	return u, err
}

// cleanUnit normalises a unit's text as it is committed: NFC names, upper-case
// codes.
func cleanUnit(u model.Unit) model.Unit {
	u.Code = model.NormalizeCode(u.Code)
	u.Name = model.NFC(u.Name)
	u.ShortName = model.NFC(u.ShortName)
	u.Kind = model.NFC(u.Kind)
	u.WithdrawnReason = model.NFC(u.WithdrawnReason)
	return u
}

// AddUnit adds a member unit to the installation's bloc.
func (db *DB) AddUnit(ctx context.Context, actor model.Actor, u model.Unit) (model.Unit, error) {
	err := db.write(ctx, func(tx *Tx) error {
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		u.BlocID = b.ID
		u, err = addUnit(ctx, tx, actor, u)
		return err
	})
	return u, err
}

// setupBloc returns the installation's bloc after checking that actor may
// change its setup.
func setupBloc(ctx context.Context, tx *Tx, actor model.Actor) (model.Bloc, error) {
	inst, err := installation(ctx, tx)
	if err != nil {
		return model.Bloc{}, err
	}
	b, err := blocByID(ctx, tx, inst.BlocID)
	if err != nil {
		return b, err
	}
	_, err = model.MayWrite(actor, model.FactSetup, "", b)
	return b, err
}

func addUnit(ctx context.Context, tx *Tx, actor model.Actor, u model.Unit) (model.Unit, error) {
	u = cleanUnit(u)
	if err := u.Validate(); err != nil {
		return u, err
	}
	if u.ID == "" {
		u.ID = newID()
	}
	if taken, err := codeTaken(ctx, tx, u.BlocID, u.Code, u.ID); err != nil || taken {
		if err == nil {
			err = model.Errorf(model.EUnitDuplicate, u.Code)
		}
		return u, err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO unit (unit_id, bloc_id, code, name, short_name, name_fold, kind, status,
		withdrawn_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		u.ID, u.BlocID, u.Code, u.Name, u.ShortName, unitFold(u), u.Kind, u.Status.String(), u.WithdrawnReason, tx.stamp())
	if err != nil {
		return u, err
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActUnitAdd, UnitID: u.ID, New: u.Code + " " + u.Name})
	return u, err
}

// unitFold is the search key of a unit: its names without accents.
func unitFold(u model.Unit) string { return model.Fold(u.Name + " " + u.ShortName) }

func codeTaken(ctx context.Context, tx *Tx, blocID, code, exceptID string) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit WHERE bloc_id = ? AND code = ? AND unit_id <> ?`, blocID, code, exceptID).Scan(&n)
	return n > 0, err
}

// UpdateUnit changes a unit's code, name and kind.
func (db *DB) UpdateUnit(ctx context.Context, actor model.Actor, u model.Unit) (model.Unit, error) {
	err := db.write(ctx, func(tx *Tx) error {
		b, err := setupBloc(ctx, tx, actor)
		if err != nil {
			return err
		}
		old, err := unitByID(ctx, tx, u.ID)
		if err != nil {
			return err
		}
		u = cleanUnit(u)
		u.BlocID, u.Status, u.WithdrawnReason = b.ID, old.Status, old.WithdrawnReason
		if err := u.Validate(); err != nil {
			return err
		}
		if taken, err := codeTaken(ctx, tx, b.ID, u.Code, u.ID); err != nil || taken {
			if err == nil {
				err = model.Errorf(model.EUnitDuplicate, u.Code)
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE unit SET code = ?, name = ?, short_name = ?, name_fold = ?, kind = ? WHERE unit_id = ?`,
			u.Code, u.Name, u.ShortName, unitFold(u), u.Kind, u.ID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActUnitEdit, UnitID: u.ID,
			Old: old.Code + " " + old.Name + " / " + old.Kind, New: u.Code + " " + u.Name + " / " + u.Kind})
		return err
	})
	return u, err
}

// WithdrawUnit marks a unit as withdrawn with a reason; its data stays and
// it is no longer ranked. Units are never deleted. withdraw=false restores
// it.
func (db *DB) WithdrawUnit(ctx context.Context, actor model.Actor, unitID, reason string, withdraw bool) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := setupBloc(ctx, tx, actor); err != nil {
			return err
		}
		old, err := unitByID(ctx, tx, unitID)
		if err != nil {
			return err
		}
		status, action := model.Active, ActUnitRestore
		if withdraw {
			status, action = model.Withdrawn, ActUnitWithdraw
		} else {
			reason = ""
		}
		reason = model.NFC(reason)
		if _, err := tx.ExecContext(ctx, `UPDATE unit SET status = ?, withdrawn_reason = ? WHERE unit_id = ?`,
			status.String(), reason, unitID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, UnitID: unitID,
			Old: old.Status.String(), New: status.String(), Reason: reason})
		return err
	})
}

// Units returns the bloc's units in Vietnamese name order ("Đ" after "D").
// A non-empty query keeps the units whose code or name contains every word
// of it, ignoring case and accents: "song cau" finds "Sông Cầu".
func (db *DB) Units(ctx context.Context, query string) ([]model.Unit, error) {
	var out []model.Unit
	err := db.read(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		out, err = units(ctx, tx, inst.BlocID, query)
		return err
	})
	return out, err
}

func units(ctx context.Context, tx *Tx, blocID, query string) ([]model.Unit, error) {
	where := []string{"bloc_id = ?"}
	args := []any{blocID}
	for _, w := range strings.Fields(model.Fold(query)) {
		where = append(where, `(name_fold LIKE ? ESCAPE '\' OR lower(code) LIKE ? ESCAPE '\')`)
		pattern := "%" + escapeLike(w) + "%"
		args = append(args, pattern, pattern)
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+unitColumns+`, public_key, coalesce(key_verified, '') FROM unit WHERE `+
		strings.Join(where, " AND "), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Unit
	for rows.Next() {
		var pub []byte
		var verified string
		u, err := scanUnit(rows, &pub, &verified)
		if err != nil {
			return nil, err
		}
		u.Fingerprint, u.KeyVerified = model.Fingerprint(pub), verified
		out = append(out, u)
	}
	coll := model.NewCollator()
	sort.SliceStable(out, func(i, j int) bool {
		if c := coll.Compare(out[i].SortName(), out[j].SortName()); c != 0 {
			return c < 0
		}
		return coll.Less(out[i].Name, out[j].Name)
	})
	return out, rows.Err()
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// UnitByCode finds a unit of the installation's bloc by its code.
func (db *DB) UnitByCode(ctx context.Context, code string) (model.Unit, error) {
	var u model.Unit
	err := db.read(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		u, err = unitByCode(ctx, tx, inst.BlocID, code)
		return err
	})
	return u, err
}

func unitByCode(ctx context.Context, tx *Tx, blocID, code string) (model.Unit, error) {
	u, err := scanUnit(tx.QueryRowContext(ctx, `SELECT `+unitColumns+` FROM unit WHERE bloc_id = ? AND code = ?`,
		blocID, model.NormalizeCode(code)))
	if errors.Is(err, sql.ErrNoRows) {
		return u, model.Errorf(model.EUnitUnknown, strings.TrimSpace(code))
	}
	return u, err
}

func unitByID(ctx context.Context, tx *Tx, id string) (model.Unit, error) {
	u, err := scanUnit(tx.queryRow(ctx, `SELECT `+unitColumns+` FROM unit WHERE unit_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return u, model.Errorf(model.EUnitUnknown, id)
	}
	return u, err
}
