package storage

import (
	"context"
	"slices"

	"thidua/model"
	"thidua/model/facts"
)

// The handover (issue 15): the outgoing leader writes the bloc and its
// history for the incoming leader and becomes an ordinary member; the
// incoming leader's installation imports them and becomes the leader.
const (
	ActHandover    = "leader.handover"
	ActHandoverIn  = "leader.takeover"
	KeyByEndorsing = "endorsed" // the pinned leader key endorsed this key (a handover)
)

// Errors of the handover; each is a message id in the catalogue.
const (
	EHandoverSelf    = "handover.self"
	EHandoverKey     = "handover.key"
	EHandoverNotHere = "handover.not_here"
)

func init() {
	exportQueries[facts.TEndorsement] = `SELECT bloc_id, unit_id, old_key, new_key, endorsed_at, signature
		FROM key_endorsement WHERE %s`
	importQueries[facts.TEndorsement] = `INSERT INTO key_endorsement (bloc_id, unit_id, old_key, new_key, endorsed_at,
		signature) VALUES (?,?,?,?,?,?)`
}

// readHandover reads a handover file's payload: the bloc's setup with
// every period, every period's facts and decisions, and the endorsements
// of leader keys known here. The incoming unit must be another active
// unit whose key this leader holds verified: that key, never one taken
// from a file, is the one the exchange endorses.
func readHandover(ctx context.Context, tx *Tx, e *Export) error {
	u := e.Addressee
	switch {
	case u.ID == e.Author.ID:
		return model.Errorf(EHandoverSelf)
	case u.Status == model.Withdrawn:
		return model.Errorf(model.EUnitWithdrawn, u.Code)
	case u.BlocID != e.Bloc.ID:
		return model.Errorf(model.EUnitUnknown, u.Code)
	}
	var how string
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(key_verified, ''), public_key FROM unit WHERE unit_id = ?`,
		u.ID).Scan(&how, &e.AddresseeKey); err != nil {
		return err
	}
	if len(e.AddresseeKey) != 32 || how != KeyBySetupCode && how != KeyByPhone && how != KeyByEndorsing {
		return model.Errorf(EHandoverKey, u.Code)
	}
	if err := readSetupTables(ctx, tx, e, `bloc_id = ?`, e.Bloc.ID); err != nil {
		return err
	}
	periods := `period_id IN (SELECT period_id FROM period WHERE bloc_id = ?)`
	if err := fill(ctx, tx, e.Payload, BlocFacts, periods, e.Bloc.ID); err != nil {
		return err
	}
	if err := readDecisions(ctx, tx, e.Payload, periods, e.Bloc.ID); err != nil {
		return err
	}
	if err := readHandoverHistory(ctx, tx, e); err != nil {
		return err
	}
	return readEndorsements(ctx, tx, e.Payload, e.Bloc.ID)
}

// readEndorsements adds the endorsements of the bloc's leader keys known
// here to a setup, bloc or handover file.
func readEndorsements(ctx context.Context, tx *Tx, p facts.Set, blocID string) error {
	return fill(ctx, tx, p, []string{facts.TEndorsement}, `bloc_id = ?`, blocID)
}

// RecordHandover records, in one transaction, a handover file written and
// checked: the file in the outbox, the endorsement it carries, the bloc
// led by the incoming unit, and this installation an ordinary member.
func (db *DB) RecordHandover(ctx context.Context, f model.SentFile, endorsement facts.Row) error {
	return db.write(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		if inst.Role != model.RoleLeader {
			return model.Errorf(EExportRole, model.Errorf("role.name."+inst.Role.String()),
				model.Errorf("exchange.kind."+model.KindHandover.String()))
		}
		if err := recordSent(ctx, tx, f); err != nil {
			return err
		}
		if err := upsertRows(ctx, tx, facts.TEndorsement, []facts.Row{endorsement}, ""); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE bloc SET leader_unit_id = ? WHERE bloc_id = ?`, f.UnitID, inst.BlocID); err != nil {
			return err
		}
		if err := setInstallation(ctx, tx, model.RoleUnit, inst.BlocID, inst.UnitID); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, inst.Actor(), auditEntry{Action: ActHandover, UnitID: f.UnitID,
			Old: inst.UnitID, New: f.UnitID, Source: f.Name})
		return err
	})
}

// ApplyHandover imports a handover file at the incoming leader, in one
// transaction: the bloc's setup, every period's facts and decisions, the
// endorsements; the bloc is then led by this unit, its own key is its
// own, and this installation is the leader. Phase B checked that the file
// is for this unit and endorses this installation's key.
func (db *DB) ApplyHandover(ctx context.Context, a Arrival) (facts.Counts, error) {
	var n facts.Counts
	err := db.write(ctx, func(tx *Tx) error { return applyHandover(ctx, tx, a, a.File.UnitID, &n) })
	return n, err
}

// applyHandover is ApplyHandover inside tx; by is the old leader's unit,
// whose are the bloc-stage rows.
func applyHandover(ctx context.Context, tx *Tx, a Arrival, by string, n *facts.Counts) error {
	inst, err := installation(ctx, tx)
	if err != nil {
		return err
	}
	if inst.Role != model.RoleUnit || inst.UnitID != a.Addressee {
		return model.Errorf(EHandoverNotHere)
	}
	old := facts.Set{}
	periods := `period_id IN (SELECT period_id FROM period WHERE bloc_id = ?)`
	if err := fill(ctx, tx, old, slices.Concat(BlocFacts, []string{facts.TDecision}), periods, inst.BlocID); err != nil {
		return err
	}
	if err := applySetupTables(ctx, tx, a.Actor, a.Rows); err != nil {
		return err
	}
	a.Own = ownPeriods(old, inst.UnitID)
	changes, _ := facts.DiffSet(BlocFacts, ownSliceOut(old, inst.UnitID, a.Own), ownSliceOut(a.Rows, inst.UnitID, a.Own))
	if *n, err = writeFacts(ctx, tx, changes, by); err != nil {
		return err
	}
	decisions, _ := facts.DiffSet([]string{facts.TDecision}, old, a.Rows)
	if err := writeProvinceRows(ctx, tx, decisions, a.File.Name); err != nil {
		return err
	}
	if err := upsertRows(ctx, tx, facts.TEndorsement, a.Rows[facts.TEndorsement], ""); err != nil {
		return err
	}
	if err := applyHandoverHistory(ctx, tx, a); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE bloc SET leader_unit_id = ? WHERE bloc_id = ?`, inst.UnitID, inst.BlocID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE unit SET key_verified = ? WHERE unit_id = ?`, KeySelf, inst.UnitID); err != nil {
		return err
	}
	if err := setInstallation(ctx, tx, model.RoleLeader, inst.BlocID, inst.UnitID); err != nil {
		return err
	}
	f := a.File
	f.Status = model.StatusApplied
	if err := putReceived(ctx, tx, f); err != nil {
		return err
	}
	_, err = writeAudit(ctx, tx, a.Actor, auditEntry{Action: ActHandoverIn, UnitID: inst.UnitID,
		Old: by, New: inst.UnitID, Source: f.Name})
	return err
}

// inboxEndorsements reads the endorsements of leader keys known here.
func inboxEndorsements(ctx context.Context, tx *Tx, s *InboxState) error {
	var err error
	s.Endorsements, err = selectRows(ctx, tx, facts.TEndorsement, `1 = 1`)
	return err
}

// keepEndorsements stores the endorsements an applied setup or bloc file
// carried (phase A checked their signatures), so that an older one
// replayed later is known to be superseded.
func keepEndorsements(ctx context.Context, tx *Tx, p facts.Set) error {
	return upsertRows(ctx, tx, facts.TEndorsement, p[facts.TEndorsement], "")
}
