package storage

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"strings"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
)

// The province's confirmation of a new leader (issue 15): when the
// leader's computer is lost, the province — which holds the bloc's roster,
// its keys and the units' signed submissions from the bloc files it took —
// writes a handover file signed with its own key, endorsing the deputy's
// key, and the deputy's installation takes it and becomes the leader.
const (
	ActConfirm     = "leader.confirm"
	ActStepDown    = "leader.replaced"
	KeyByLeader    = "leader" // the province's key as the leader's setup file passed it on
	maxReasonRunes = 500
)

func init() {
	exportQueries[facts.TProvinceKey] = `SELECT public_key FROM province_key WHERE %s`
}

// keepProvinceKey pins, at a unit, the province's key its leader's setup
// file passes on (format 4), audited when it changes: the leader verified
// it, and the unit trusts the leader's signature. A setup file without one
// (an older format, a leader that has none) leaves the one here as it is.
func keepProvinceKey(ctx context.Context, tx *Tx, a Arrival) error {
	rows := a.Rows[facts.TProvinceKey]
	if len(rows) != 1 {
		return nil
	}
	key := facts.MustTable(facts.TProvinceKey).Bytes(rows[0], "public_key")
	if old, err := provinceKey(ctx, tx); err != nil || bytes.Equal(old, key) {
		return err
	}
	return pinProvinceKey(ctx, tx, a.Actor, key, KeyByLeader, a.File.Name)
}

// stepDown makes the installation of a leader the province replaced an
// ordinary member of its bloc, audited; ApplySetup then takes the new
// leader's setup file in the same transaction.
func stepDown(ctx context.Context, tx *Tx, a Arrival) error {
	inst, err := installation(ctx, tx)
	if err != nil {
		return err
	}
	if inst.Role != model.RoleLeader || inst.UnitID != a.Addressee {
		return model.Errorf(EHandoverNotHere)
	}
	if err := setInstallation(ctx, tx, model.RoleUnit, inst.BlocID, inst.UnitID); err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, inst.Actor(), auditEntry{Action: ActStepDown, UnitID: a.File.UnitID,
		Old: inst.UnitID, New: a.File.UnitID, Source: a.File.Name})
	return err
}

// Errors of the confirmation; each is a message id in the catalogue.
const (
	EConfirmLeader = "confirm.leader"
	EConfirmKey    = "confirm.key"
	EConfirmReason = "confirm.reason"
	EConfirmBloc   = "confirm.bloc"
	EConfirmRole   = "confirm.role"
	EConfirmDeputy = "confirm.no_deputy"
)

// ConfirmTarget is what a confirmation is about, resolved at the province.
type ConfirmTarget struct {
	Bloc     model.Bloc
	Unit     model.Unit
	PeriodID string // the bloc's newest period here: the file's manifest names it
}

// ConfirmTarget finds, at the province, the bloc of code blocCode (""
// when the province holds one bloc) and the unit that takes over (""
// for the deputy the bloc's last file named).
func (db *DB) ConfirmTarget(ctx context.Context, blocCode, unitCode string) (ConfirmTarget, error) {
	var t ConfirmTarget
	err := db.read(ctx, func(tx *Tx) error {
		inst, _, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		if inst.Role != model.RoleProvince {
			return model.Errorf(EConfirmRole)
		}
		var ids []string
		err = scanEach(ctx, tx, `SELECT bloc_id FROM bloc WHERE ? = '' OR code = ? ORDER BY code`, func(r scanner) error {
			var id string
			err := r.Scan(&id)
			ids = append(ids, id)
			return err
		}, blocCode, blocCode)
		if err != nil {
			return err
		}
		if len(ids) != 1 {
			return model.Errorf(EConfirmBloc, blocCode)
		}
		if t.Bloc, err = blocByID(ctx, tx, ids[0]); err != nil {
			return err
		}
		unitID := t.Bloc.DeputyUnitID
		if unitCode != "" {
			u, err := unitByCode(ctx, tx, t.Bloc.ID, unitCode)
			if err != nil {
				return err
			}
			unitID = u.ID
		}
		if unitID == "" {
			return model.Errorf(EConfirmDeputy, t.Bloc.Code)
		}
		if t.Unit, err = unitByID(ctx, tx, unitID); err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `SELECT period_id FROM period WHERE bloc_id = ? ORDER BY starts DESC, code DESC LIMIT 1`,
			t.Bloc.ID).Scan(&t.PeriodID)
		if errors.Is(err, sql.ErrNoRows) {
			return model.Errorf(model.EPeriodUnknown, t.Bloc.Code)
		}
		return err
	})
	return t, err
}

// readHandoverFile reads the payload of a handover file for unit unitID:
// the leader's to the unit elected, or the province's confirmation.
func readHandoverFile(ctx context.Context, tx *Tx, role model.Role, unitID string, e *Export) error {
	var err error
	if e.Addressee, err = unitByID(ctx, tx, unitID); err != nil {
		return err
	}
	if role == model.RoleProvince {
		return readConfirmation(ctx, tx, e)
	}
	return readHandover(ctx, tx, e)
}

// readConfirmation reads, at the province, what a confirmation carries:
// the bloc as the province holds it, now led by the incoming unit, with
// every period's facts and decisions and the endorsements known here. The
// incoming unit must be another active unit of the bloc whose key the
// province holds from a signed submission it took (table unit_seq): that
// key, never one a file merely names, is the one endorsed.
func readConfirmation(ctx context.Context, tx *Tx, e *Export) error {
	u := e.Addressee
	switch {
	case u.BlocID != e.Bloc.ID:
		return model.Errorf(model.EUnitUnknown, u.Code)
	case u.Status == model.Withdrawn:
		return model.Errorf(model.EUnitWithdrawn, u.Code)
	case u.ID == e.Bloc.LeaderUnitID:
		return model.Errorf(EConfirmLeader, u.Code, e.Bloc.Code)
	}
	if err := tx.QueryRowContext(ctx, `SELECT public_key FROM unit WHERE unit_id = ?`, u.ID).Scan(&e.AddresseeKey); err != nil {
		return err
	}
	if len(e.AddresseeKey) != 32 {
		return model.Errorf(EConfirmKey, u.Code)
	}
	var signed int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unit_seq WHERE unit_id = ? AND key_id = ?`, u.ID,
		model.KeyID(e.AddresseeKey)).Scan(&signed); err != nil {
		return err
	}
	if signed == 0 {
		return model.Errorf(EConfirmKey, u.Code)
	}
	if err := readSetupTables(ctx, tx, e, `bloc_id = ?`, e.Bloc.ID); err != nil {
		return err
	}
	bt := facts.MustTable(facts.TBloc)
	for _, r := range e.Payload[facts.TBloc] {
		bt.Set(r, "leader_unit_id", u.ID)
	}
	periods := `period_id IN (SELECT period_id FROM period WHERE bloc_id = ?)`
	if err := fill(ctx, tx, e.Payload, BlocFacts, periods, e.Bloc.ID); err != nil {
		return err
	}
	if err := readDecisions(ctx, tx, e.Payload, periods, e.Bloc.ID); err != nil {
		return err
	}
	return readEndorsements(ctx, tx, e.Payload, e.Bloc.ID)
}

// CheckConfirmReason checks the reason a person gives for a confirmation:
// required (the audit says why the bloc changed hands), at most 500
// characters, printable.
func CheckConfirmReason(reason string) error {
	r := strings.TrimSpace(reason)
	if r == "" || len([]rune(r)) > maxReasonRunes || i18n.Printable(r) != r {
		return model.Errorf(EConfirmReason, maxReasonRunes)
	}
	return nil
}

// RecordConfirmation records at the province, in one transaction, a
// confirmation written and checked: the file in the outbox, the
// endorsement it carries, the bloc led by the incoming unit (whose key
// becomes the bloc's leader key here, so its bloc files are taken and the
// old leader's are held), audited with the reason.
func (db *DB) RecordConfirmation(ctx context.Context, f model.SentFile, endorsement facts.Row, reason string) error {
	if err := CheckConfirmReason(reason); err != nil {
		return err
	}
	return db.write(ctx, func(tx *Tx) error {
		inst, _, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		if inst.Role != model.RoleProvince {
			return model.Errorf(EConfirmRole)
		}
		bloc := facts.MustTable(facts.TEndorsement).Str(endorsement, "bloc_id")
		b, err := blocByID(ctx, tx, bloc)
		if err != nil {
			return err
		}
		if err := recordSent(ctx, tx, f); err != nil {
			return err
		}
		if err := upsertRows(ctx, tx, facts.TEndorsement, []facts.Row{endorsement}, ""); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE bloc SET leader_unit_id = ? WHERE bloc_id = ?`, f.UnitID, bloc); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE unit SET key_verified = ? WHERE unit_id = ?`, KeyByEndorsing, f.UnitID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, model.Actor{Role: model.RoleProvince}, auditEntry{Action: ActConfirm, UnitID: f.UnitID,
			Old: b.LeaderUnitID, New: f.UnitID, Reason: strings.TrimSpace(reason), Source: f.Name})
		return err
	})
}

// ApplyConfirmation imports the province's confirmation at the incoming
// leader, in one transaction: as a handover (the bloc, every period's
// facts and decisions, the endorsements; this installation the leader),
// the bloc-stage rows kept as the old leader's, and the province's key
// pinned as the person verified it (how; "" when it was pinned already).
func (db *DB) ApplyConfirmation(ctx context.Context, a Arrival, oldLeader, how string) (facts.Counts, error) {
	var n facts.Counts
	err := db.write(ctx, func(tx *Tx) error {
		if err := applyHandover(ctx, tx, a, oldLeader, &n); err != nil {
			return err
		}
		if how == "" {
			return nil
		}
		return pinProvinceKey(ctx, tx, a.Actor, a.PublicKey, how, a.File.Name)
	})
	return n, err
}
