package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"thidua/model"
)

// BlocSetup is the model's description of a new bloc, named here too.
type BlocSetup = model.BlocSetup

// CreateBloc creates the bloc and its units and makes this installation the
// bloc's leader (or the given role), in one transaction.
func (db *DB) CreateBloc(ctx context.Context, s BlocSetup) (model.Bloc, error) {
	var b model.Bloc
	err := db.write(ctx, func(tx *Tx) error {
		var err error
		b, err = createBloc(ctx, tx, s)
		return err
	})
	return b, err
}

func createBloc(ctx context.Context, tx *Tx, s BlocSetup) (model.Bloc, error) {
	b := model.Bloc{ID: newID(), Code: model.NormalizeCode(s.Code), Name: model.NFC(s.Name)}
	if b.Code == "" || b.Name == "" {
		return b, model.Errorf(EBlocNoName)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO bloc (bloc_id, code, name, created_at) VALUES (?, ?, ?, ?)`,
		b.ID, b.Code, b.Name, tx.stamp()); err != nil {
		return b, err
	}
	actor := model.Actor{Role: model.RoleLeader}
	ids := map[string]string{}
	for _, u := range s.Units {
		u.BlocID = b.ID
		added, err := addUnit(ctx, tx, actor, u)
		if err != nil {
			return b, err
		}
		ids[added.Code] = added.ID
	}
	b.LeaderUnitID = ids[model.NormalizeCode(s.LeaderCode)]
	b.DeputyUnitID = ids[model.NormalizeCode(s.DeputyCode)]
	if s.LeaderCode != "" && b.LeaderUnitID == "" {
		return b, model.Errorf(model.EUnitUnknown, s.LeaderCode)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE bloc SET leader_unit_id = nullif(?, ''), deputy_unit_id = nullif(?, '') WHERE bloc_id = ?`,
		b.LeaderUnitID, b.DeputyUnitID, b.ID); err != nil {
		return b, err
	}
	role := s.Role
	if role == model.RoleUnit && s.LeaderCode != "" {
		role = model.RoleLeader
	}
	if err := setInstallation(ctx, tx, role, b.ID, b.LeaderUnitID); err != nil {
		return b, err
	}
	actor.UnitID = b.LeaderUnitID
	_, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActBlocSetup, New: b.Code + " " + b.Name})
	return b, err
}

// Bloc returns the installation's bloc.
func (db *DB) Bloc(ctx context.Context) (model.Bloc, error) {
	var b model.Bloc
	err := db.read(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		b, err = blocByID(ctx, tx, inst.BlocID)
		return err
	})
	return b, err
}

func blocByID(ctx context.Context, tx *Tx, id string) (model.Bloc, error) {
	var b model.Bloc
	var leader, deputy sql.NullString
	err := tx.queryRow(ctx, `SELECT bloc_id, code, name, leader_unit_id, deputy_unit_id FROM bloc WHERE bloc_id = ?`, id).
		Scan(&b.ID, &b.Code, &b.Name, &leader, &deputy)
	if errors.Is(err, sql.ErrNoRows) {
		return b, model.Errorf(ENoBloc)
	}
	b.LeaderUnitID, b.DeputyUnitID = leader.String, deputy.String
	return b, err
}

// SetDeputy names the deputy leader's unit ("" for none).
func (db *DB) SetDeputy(ctx context.Context, actor model.Actor, unitCode string) error {
	return db.write(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		b, err := blocByID(ctx, tx, inst.BlocID)
		if err != nil {
			return err
		}
		if _, err := model.MayWrite(actor, model.FactSetup, "", b); err != nil {
			return err
		}
		id := ""
		if strings.TrimSpace(unitCode) != "" {
			u, err := unitByCode(ctx, tx, b.ID, unitCode)
			if err != nil {
				return err
			}
			id = u.ID
		}
		if _, err := tx.ExecContext(ctx, `UPDATE bloc SET deputy_unit_id = nullif(?, '') WHERE bloc_id = ?`, id, b.ID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActBlocSetup, Old: b.DeputyUnitID, New: id, Reason: "deputy"})
		return err
	})
}
