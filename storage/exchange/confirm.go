package exchange

import (
	"bytes"
	"context"
	"slices"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// Errors of taking the province's confirmation; each is a message id in
// the catalogue.
const (
	EConfirmAuthor    = "exchange.confirm_author"
	EConfirmStale     = "exchange.confirm_stale"
	EConfirmCancelled = "exchange.confirm_cancelled"
)

// ConfirmLeader writes, at the province, its confirmation that unit
// t.Unit takes over bloc t.Bloc when the leader's computer is lost (issue
// 15): a handover file signed with the province's key, which endorses the
// key of that unit the province holds from its signed submissions, and
// carries the bloc as the province holds it. A backup first; the file is
// written and verified as a receiver would; only then, in one
// transaction, the province records it, audited with the reason, and
// from then on takes the new leader's bloc files and holds the old one's.
func ConfirmLeader(ctx context.Context, db *storage.DB, t storage.ConfirmTarget, reason, out string,
	opt Options) (model.WrittenFile, error) {
	if err := storage.CheckConfirmReason(reason); err != nil {
		return model.WrittenFile{}, err
	}
	if _, err := db.Backup(ctx, model.BackupBeforeHandover); err != nil {
		return model.WrittenFile{}, err
	}
	req := storage.ExportRequest{Kind: model.KindHandover, PeriodID: t.PeriodID, UnitID: t.Unit.ID}
	p, err := prepare(ctx, db, req, out, opt)
	if err != nil {
		return p.w, err
	}
	if err := p.place(); err != nil {
		return p.w, err
	}
	return p.w, db.RecordConfirmation(ctx, p.sent, p.endorsement, reason)
}

// takeConfirmation is phases B and C for the province's confirmation at
// the unit it names: for this unit of this bloc, signed by the province's
// key (pinned here, or confirmed now by the person against the
// fingerprint the province reads out), endorsing this installation's own
// key, and newer than the leader key trusted here — a confirmation
// replayed after a later change of leader leads nowhere.
func takeConfirmation(ctx context.Context, db *storage.DB, st *storage.InboxState, f *File, opt JoinOptions,
	o *model.MergeOutcome) error {
	m, inst := &f.Manifest, st.Installation
	if err := addressedHere(m, inst); err != nil {
		return err
	}
	how := ""
	switch {
	case st.ProvinceKey != nil && !bytes.Equal(st.ProvinceKey, m.PublicKey):
		return model.Errorf(EConfirmAuthor, m.Fingerprint(), model.Fingerprint(st.ProvinceKey))
	case st.ProvinceKey == nil:
		if opt.Confirm == nil || !opt.Confirm(*m, false) {
			return model.Errorf(EConfirmCancelled)
		}
		how = storage.KeyByPhone
	}
	own, err := endorsesOwnKey(ctx, db, f, inst.UnitID)
	if err != nil {
		return err
	}
	leader := st.Blocs[inst.BlocID].LeaderUnitID
	known := slices.Concat(st.Endorsements, f.Payload[facts.TEndorsement])
	if !endorsedBy(known, st.Units[leader].PublicKey, m.PublicKey, own, inst.UnitID) {
		return model.Errorf(EConfirmStale)
	}
	return applyConfirmation(ctx, db, f, o, leader, how)
}

// ProvinceSigned reports whether a verified file is the province's
// confirmation of a new leader signed with the province's key this
// installation holds: nothing to confirm on the phone before joining it.
func ProvinceSigned(ctx context.Context, db *storage.DB, f *File) (bool, error) {
	m := &f.Manifest
	if m.Kind != model.KindHandover || m.AuthorRole != model.RoleProvince {
		return false, nil
	}
	st, err := db.InboxState(ctx)
	return err == nil && st.ProvinceKey != nil && bytes.Equal(st.ProvinceKey, m.PublicKey), err
}

// replaced reports whether setup file f, at a leader's installation, is
// the one of a new leader the province confirmed in its place: for this
// leader's own unit of its bloc, signed by a key the endorsements lead to
// from this leader's key through the province's key pinned here. The
// installation then steps down and takes the file as a member.
func replaced(st *storage.InboxState, f *File) bool {
	m, inst := &f.Manifest, st.Installation
	if inst.Role != model.RoleLeader || st.ProvinceKey == nil || m.Kind != model.KindSetup || m.BlocID != inst.BlocID ||
		m.AddresseeID != inst.UnitID {
		return false
	}
	known := slices.Concat(st.Endorsements, f.Payload[facts.TEndorsement])
	return endorsedBy(known, st.Units[inst.UnitID].PublicKey, st.ProvinceKey, m.PublicKey, m.AuthorID)
}

// leaderOwnKey fills in, at a leader's installation, its own key as the
// key of its unit (a leader keeps none pinned for itself), so that a new
// leader's setup file is judged by the endorsements from it.
func leaderOwnKey(ctx context.Context, db *storage.DB, st *storage.InboxState) error {
	inst := st.Installation
	if inst.Role != model.RoleLeader {
		return nil
	}
	own, err := db.PublicKey(ctx)
	u := st.Units[inst.UnitID]
	u.PublicKey = own
	st.Units[inst.UnitID] = u
	return err
}

// applyConfirmation imports the confirmation, in one transaction, after a
// backup: this installation becomes the bloc's leader.
func applyConfirmation(ctx context.Context, db *storage.DB, f *File, o *model.MergeOutcome, oldLeader, how string) error {
	arr, err := takeLeadership(ctx, db, f, o, model.ProvinceSlice)
	if err != nil {
		return err
	}
	if o.Counts, err = db.ApplyConfirmation(ctx, arr, oldLeader, how); err != nil {
		return err
	}
	_, err = archive(ArchiveDir(db.Path()), f.Digest, f.Bytes, true)
	return err
}
