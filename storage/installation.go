package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
)

// newID returns a new time-ordered UUIDv7 as text.
func newID() string { return model.NewID() }

// Installation returns this copy of thidua's role, bloc and unit. It fails
// with ENoBloc while no bloc has been set up.
func (db *DB) Installation(ctx context.Context) (model.Installation, error) {
	var inst model.Installation
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		inst, err = installation(ctx, tx)
		return err
	})
	return inst, err
}

func installation(ctx context.Context, tx *Tx) (model.Installation, error) {
	var inst model.Installation
	var role string
	var bloc, unit sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT install_id, role, bloc_id, unit_id FROM installation`).Scan(&inst.ID, &role, &bloc, &unit)
	if errors.Is(err, sql.ErrNoRows) {
		return inst, model.Errorf(ENoBloc)
	}
	if err != nil {
		return inst, err
	}
	inst.Role, _ = model.ParseRole(role)
	inst.BlocID, inst.UnitID = bloc.String, unit.String
	if inst.BlocID == "" {
		return inst, model.Errorf(ENoBloc)
	}
	return inst, nil
}

// setInstallation records the installation's role, bloc and own unit,
// keeping its id if it has one.
func setInstallation(ctx context.Context, tx *Tx, role model.Role, blocID, unitID string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO installation (singleton, install_id, role, bloc_id, unit_id, created_at)
		VALUES (1, ?, ?, ?, ?, ?)
		ON CONFLICT (singleton) DO UPDATE SET role = excluded.role, bloc_id = excluded.bloc_id, unit_id = excluded.unit_id`,
		newID(), role.String(), blocID, unitID, tx.stamp())
	return err
}

// Setting returns a local preference, or "" if unset.
func (db *DB) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := db.ro.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return v, err
}

// SetSetting stores a local preference.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	return db.write(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
}
