package storage

import (
	"context"
	"database/sql"
	"errors"

	"thidua/model"
	"thidua/model/facts"
)

// Codes of the exchange errors storage gives people.
const (
	EExportRole     = "exchange.export_role"
	EHoldUnknown    = "exchange.hold_unknown"
	EHoldDecided    = "exchange.hold_decided"
	ENotProvince    = "exchange.not_province"
	EBlocCodeUsed   = "exchange.bloc_code_used"
	EVersionClash   = "exchange.version_clash"
	EReturnNoReason = "exchange.return_no_reason"
	EBlocUnknown    = "exchange.bloc_unknown"
)

// ErrSliceMoved means the slice a file would replace changed between the
// preview and the apply (another window merged a file meanwhile); the file
// must be judged again.
var ErrSliceMoved = errors.New("storage: the slice changed since the preview")

// PinnedUnit is a unit with what the exchange knows of it: the key it signs
// with, how that key was verified, and its enrolment code.
type PinnedUnit struct {
	model.Unit
	PublicKey   []byte
	KeyVerified string
	Enrolment   []byte
}

// InboxState is what phase B judges incoming files against, read in one
// transaction.
type InboxState struct {
	Installation model.Installation // BlocID is "" at a province
	Blocs        map[string]model.Bloc
	Units        map[string]PinnedUnit         // every unit known, by id
	Periods      map[string]model.Period       // by id
	Locks        map[string][]model.Lock       // by period id
	Rules        map[string]model.Rules        // by period id
	Versions     map[string]*model.Tree        // issued criteria versions, by hash
	VersionBloc  map[string]string             // hash → bloc id
	Applied      map[string]model.AppliedSlice // by SliceKey
	Received     map[string]model.ReceivedFile // by file digest
	// OpenHolds are the open holds by file digest (the newest per file):
	// a held file sent again names the hold to decide.
	OpenHolds    map[string]model.Hold
	ProvinceLock map[string]bool // province: periods it closed
	// UnitSeqs, at a province, are the newest signed slice of each unit it
	// applied, by SliceKey: a bloc file may not carry an older one.
	UnitSeqs map[string]model.AppliedState
	// ProvinceKey is the province's pinned key (nil: none): at a leader from
	// its decision files, at a unit from its leader's setup files.
	ProvinceKey []byte
	// Endorsements are the endorsements of leader keys known here.
	Endorsements []facts.Row
}

// SliceKey names one slice: a unit's submission for a period, or a bloc's
// file for a period (its leader's unit), or the setup at a unit (period "").
func SliceKey(periodID, unitID string) string { return periodID + "/" + unitID }

// InboxState reads everything phase B needs. It never writes.
func (db *DB) InboxState(ctx context.Context) (InboxState, error) {
	var s InboxState
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		s, err = inboxState(ctx, tx)
		return err
	})
	return s, err
}

// installationAny reads the installation without requiring a bloc (a
// province has none of its own); ok is false before the first join.
func installationAny(ctx context.Context, tx *Tx) (model.Installation, bool, error) {
	inst, err := installation(ctx, tx)
	if err == nil {
		return inst, true, nil
	}
	if model.ErrorCode(err) != ENoBloc {
		return inst, false, err
	}
	var role string
	err = tx.QueryRowContext(ctx, `SELECT install_id, role FROM installation`).Scan(&inst.ID, &role)
	if errors.Is(err, sql.ErrNoRows) {
		return inst, false, nil
	}
	inst.Role, _ = model.ParseRole(role)
	return inst, err == nil, err
}

func inboxState(ctx context.Context, tx *Tx) (InboxState, error) {
	s := InboxState{Blocs: map[string]model.Bloc{}, Units: map[string]PinnedUnit{}, Periods: map[string]model.Period{},
		Locks: map[string][]model.Lock{}, Rules: map[string]model.Rules{}, Versions: map[string]*model.Tree{},
		VersionBloc: map[string]string{}, Applied: map[string]model.AppliedSlice{}, Received: map[string]model.ReceivedFile{},
		ProvinceLock: map[string]bool{}, UnitSeqs: map[string]model.AppliedState{}, OpenHolds: map[string]model.Hold{}}
	var err error
	if s.Installation, _, err = installationAny(ctx, tx); err != nil {
		return s, err
	}
	if s.ProvinceKey, err = provinceKey(ctx, tx); err != nil {
		return s, err
	}
	for _, read := range []func(context.Context, *Tx, *InboxState) error{
		inboxBlocs, inboxUnits, inboxVersions, inboxPeriods, inboxApplied, inboxReceived, inboxUnitSeqs, inboxEndorsements,
	} {
		if err := read(ctx, tx, &s); err != nil {
			return s, err
		}
	}
	return s, nil
}

func inboxBlocs(ctx context.Context, tx *Tx, s *InboxState) error {
	return scanEach(ctx, tx, `SELECT bloc_id FROM bloc`, func(r scanner) error {
		var id string
		if err := r.Scan(&id); err != nil {
			return err
		}
		b, err := blocByID(ctx, tx, id)
		s.Blocs[id] = b
		return err
	})
}

func inboxUnits(ctx context.Context, tx *Tx, s *InboxState) error {
	return scanEach(ctx, tx, `SELECT `+unitColumns+`, public_key, coalesce(key_verified, ''),
		(SELECT code FROM enrolment e WHERE e.unit_id = unit.unit_id) FROM unit`, func(r scanner) error {
		var u PinnedUnit
		var status string
		err := r.Scan(&u.ID, &u.BlocID, &u.Code, &u.Name, &u.ShortName, &u.Kind, &status, &u.WithdrawnReason,
			&u.PublicKey, &u.KeyVerified, &u.Enrolment)
		if status == model.Withdrawn.String() {
			u.Status = model.Withdrawn
		}
		u.Fingerprint = model.Fingerprint(u.PublicKey)
		s.Units[u.ID] = u
		return err
	})
}

func inboxVersions(ctx context.Context, tx *Tx, s *InboxState) error {
	return scanEach(ctx, tx, `SELECT version_id, bloc_id, hash FROM criteria_version WHERE issued_at IS NOT NULL`, func(r scanner) error {
		var id, bloc, hash string
		if err := r.Scan(&id, &bloc, &hash); err != nil {
			return err
		}
		t, err := versionTree(ctx, tx, id)
		s.Versions[hash], s.VersionBloc[hash] = t, bloc
		return err
	})
}

// inboxPeriods reads the periods with their locks and rules; it needs
// the versions read first.
func inboxPeriods(ctx context.Context, tx *Tx, s *InboxState) error {
	if err := scanEach(ctx, tx, `SELECT period_id FROM period`, func(r scanner) error {
		var id string
		if err := r.Scan(&id); err != nil {
			return err
		}
		p, err := periodByID(ctx, tx, id)
		if err != nil {
			return err
		}
		s.Periods[id] = p
		if s.Locks[id], err = periodLocks(ctx, tx, id); err != nil {
			return err
		}
		s.Rules[id], err = rules(ctx, tx, id, s.Versions[p.CriteriaHash])
		return err
	}); err != nil {
		return err
	}
	for id, locks := range s.Locks {
		for _, l := range locks {
			s.ProvinceLock[id] = s.ProvinceLock[id] || (l.Kind.PeriodWide() && len(l.By) > 9 && l.By[:9] == "province:")
		}
	}
	return nil
}

func inboxApplied(ctx context.Context, tx *Tx, s *InboxState) error {
	return scanEach(ctx, tx, `SELECT period_id, unit_id, kind, key_id, export_seq, content_hash, manifest, file_digest,
		applied_at FROM submission`, func(r scanner) error {
		var a model.AppliedSlice
		var period, unit, kind, at string
		err := r.Scan(&period, &unit, &kind, &a.KeyID, &a.Seq, &a.ContentHash, &a.Manifest, &a.Digest, &at)
		a.Kind, _ = model.ParseFileKind(kind) // the schema's CHECK admits only known kinds
		a.At = parseTime(at)
		s.Applied[SliceKey(period, unit)] = a
		return err
	})
}

func inboxUnitSeqs(ctx context.Context, tx *Tx, s *InboxState) error {
	return scanEach(ctx, tx, `SELECT period_id, unit_id, key_id, export_seq, content_hash FROM unit_seq`, func(r scanner) error {
		var period, unit string
		var a model.AppliedState
		err := r.Scan(&period, &unit, &a.KeyID, &a.Seq, &a.ContentHash)
		s.UnitSeqs[SliceKey(period, unit)] = a
		return err
	})
}

func inboxReceived(ctx context.Context, tx *Tx, s *InboxState) error {
	err := scanEach(ctx, tx, `SELECT `+receivedColumns+` FROM received_file`, func(r scanner) error {
		f, err := scanReceived(r)
		s.Received[f.Digest] = f
		return err
	})
	if err != nil {
		return err
	}
	return scanEach(ctx, tx, `SELECT file_digest, hold_id, kind FROM hold WHERE decided_at IS NULL ORDER BY hold_id`,
		func(r scanner) error {
			var digest, kind string
			var h model.Hold
			err := r.Scan(&digest, &h.ID, &kind)
			h.Kind, _ = model.ParseHoldKind(kind)
			s.OpenHolds[digest] = h
			return err
		})
}

const receivedColumns = `file_digest, original_name, size, received_at, kind, period_id, unit_id, key_id, export_seq,
	content_hash, created_at, status, report`

func scanReceived(r scanner) (model.ReceivedFile, error) {
	var f model.ReceivedFile
	var at, kind, created, status string
	err := r.Scan(&f.Digest, &f.Name, &f.Size, &at, &kind, &f.PeriodID, &f.UnitID, &f.KeyID, &f.Seq, &f.ContentHash,
		&created, &status, &f.Report)
	f.At, f.CreatedAt = parseTime(at), parseTime(created)
	f.Kind, _ = model.ParseFileKind(kind)
	f.Status, _ = model.ParseMergeStatus(status)
	return f, err
}

// putReceived records a received file, or updates its outcome.
func putReceived(ctx context.Context, tx *Tx, f model.ReceivedFile) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO received_file (`+receivedColumns+`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT (file_digest) DO UPDATE SET status = excluded.status, report = excluded.report`,
		f.Digest, f.Name, f.Size, tx.stamp(), f.Kind.String(), f.PeriodID, f.UnitID, f.KeyID, f.Seq, f.ContentHash,
		formatTime(f.CreatedAt), f.Status.String(), f.Report)
	return err
}

// UnitSlice returns what is stored of a unit's own slice for a period, in
// file form, for the merge preview.
func (db *DB) UnitSlice(ctx context.Context, periodID, unitID string) (facts.Set, error) {
	p := facts.Set{}
	err := db.read(ctx, func(tx *Tx) error { return readUnitSlice(ctx, tx, p, periodID, unitID) })
	return p, err
}

// BlocSlice returns what a province stores of a bloc's period, in file
// form, for the merge preview.
func (db *DB) BlocSlice(ctx context.Context, periodID string) (facts.Set, error) {
	p := facts.Set{}
	err := db.read(ctx, func(tx *Tx) error { return readBlocFacts(ctx, tx, p, periodID) })
	return p, err
}

// BlocFacts are the tables a bloc file replaces for its period at the
// province, and over which its counts are made.
var BlocFacts = []string{facts.TReturn, facts.TRegistration, facts.TScore, facts.TExplanation, facts.TLock,
	facts.TExclusion, facts.TAwardBlock, facts.TTieVote, facts.TBallot, facts.TVote}

func readBlocFacts(ctx context.Context, tx *Tx, p facts.Set, periodID string) error {
	for _, t := range BlocFacts {
		filter := `period_id = ?`
		switch t {
		case facts.TScore:
			filter += ` AND stage IN ('self', 'bloc')`
		case facts.TLock:
			filter += ` AND locked_by NOT LIKE 'province:%'`
		}
		if err := fill(ctx, tx, p, []string{t}, filter, periodID); err != nil {
			return err
		}
	}
	return nil
}

// RecordArrival records a verified file that changes no data: unchanged
// (a newer seq of the same content is noted), stale, or held for a decision.
// It returns the hold's id for a held file. When it comes from accepting a
// hold (HoldID), that hold is closed and the key pinned if asked, even if
// the file now waits on another hold.
func (db *DB) RecordArrival(ctx context.Context, a Arrival) (int64, error) {
	var id int64
	err := db.write(ctx, func(tx *Tx) error {
		if err := putReceived(ctx, tx, a.File); err != nil {
			return err
		}
		if a.HoldID > 0 {
			if err := decideHold(ctx, tx, a.Actor, a.HoldID, "accepted", a.Decision); err != nil {
				return err
			}
		}
		if a.Pin != "" {
			if err := pinKey(ctx, tx, a.Actor, a.File.UnitID, a.PublicKey, a.Pin, a.File.Name); err != nil {
				return err
			}
		}
		switch a.File.Status {
		case model.StatusUnchanged:
			_, err := tx.ExecContext(ctx, `UPDATE submission SET export_seq = max(export_seq, ?)
				WHERE period_id = ? AND unit_id = ? AND key_id = ? AND content_hash = ?`,
				a.File.Seq, a.File.PeriodID, a.File.UnitID, a.File.KeyID, a.File.ContentHash)
			return err
		case model.StatusHeld:
			res, err := tx.ExecContext(ctx, `INSERT INTO hold (file_digest, kind, period_id, unit_id, held_at)
				VALUES (?, ?, ?, ?, ?)`, a.File.Digest, a.Hold.String(), a.File.PeriodID, a.File.UnitID, tx.stamp())
			if err != nil {
				return err
			}
			id, err = res.LastInsertId()
			return err
		}
		return nil
	})
	return id, err
}

// BecomeProvince makes a new database the province's installation: it
// merges bloc files of many blocs and has no bloc of its own. It does
// nothing on a province's database and refuses any other.
func (db *DB) BecomeProvince(ctx context.Context) error {
	return db.write(ctx, func(tx *Tx) error {
		inst, ok, err := installationAny(ctx, tx)
		switch {
		case err != nil:
			return err
		case ok && inst.Role == model.RoleProvince:
			return nil
		case ok:
			return model.Errorf(ENotProvince)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO installation (singleton, install_id, role, created_at)
			VALUES (1, ?, ?, ?)`, newID(), model.RoleProvince.String(), tx.stamp()); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, model.Actor{Role: model.RoleProvince}, auditEntry{Action: ActBlocSetup, New: "province"})
		return err
	})
}
