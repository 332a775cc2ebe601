package exchange

import (
	"bytes"
	"cmp"
	"context"
	"slices"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// JoinOptions tune a join.
type JoinOptions struct {
	Options
	// Confirm is asked before the leader's key is trusted: on the first
	// join, or when the setup is signed by another key than the one pinned
	// (changed is then true). The person compares m.Fingerprint() with what
	// the leader reads on the phone. Nil refuses.
	Confirm func(m Manifest, changed bool) bool
}

// Join applies a setup file at a unit: on a new database it creates the
// bloc and makes this installation the unit the file is for; later it
// updates the bloc from the leader's newer setup, with the reasons of a
// returned submission. A setup for another unit or bloc, or signed by an
// untrusted key, is refused and changes nothing.
func Join(ctx context.Context, db *storage.DB, path string, opt JoinOptions) (model.MergeOutcome, error) {
	o := model.MergeOutcome{Path: path, Name: SafeName(path), Status: model.StatusRejected}
	if err := staging(db, &opt.Verify); err != nil {
		return o, err
	}
	f, err := Verify(ctx, path, opt.Verify)
	o.Digest, o.Size = f.Digest, f.Size
	if f.HasManifest {
		o.File, o.Unit = f.Info(), f.Manifest.AuthorCode
	}
	if err != nil {
		return o, err
	}
	m := &f.Manifest
	st, err := db.InboxState(ctx)
	if err != nil {
		return o, err
	}
	if m.Kind == model.KindHandover && m.AuthorRole == model.RoleProvince {
		o.Unit = m.AddresseeCode
		return o, takeConfirmation(ctx, db, &st, f, opt, &o)
	}
	if m.Kind == model.KindHandover {
		o.Unit = m.AddresseeCode
		if err := takeHandover(ctx, db, &st, f); err != nil {
			return o, err
		}
		return o, applyHandover(ctx, db, f, &o)
	}
	joined := st.Installation.BlocID != ""
	if err := leaderOwnKey(ctx, db, &st); err != nil {
		return o, err
	}
	pin, err := joinTrust(&st, f, opt)
	if err != nil {
		return o, err
	}
	a := model.Arrival{KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, Pinned: m.KeyID()}
	var expect *model.AppliedState
	if applied, ok := st.Applied[storage.SliceKey("", m.AuthorID)]; ok {
		expect = &applied.AppliedState
		a.Applied = expect
	}
	o.Status, o.Hold = model.Classify(a)
	v := verdict{status: o.Status, period: "", author: m.AuthorID, expect: expect, pin: pin, rows: f.Payload}
	fill(&o, f, v)
	o.Unit = m.AddresseeCode
	switch o.Status {
	case model.StatusHeld:
		o.Status, o.Reason = model.StatusRejected, holdReason(o.Hold, m.AuthorCode, m)
		return o, o.Reason
	case model.StatusApplied:
		if joined {
			if _, err := db.Backup(ctx, model.BackupBeforeSetup); err != nil {
				return o, err
			}
		}
	}
	arr := storage.Arrival{
		File: model.ReceivedFile{Digest: f.Digest, Name: f.Name, Size: f.Size, Kind: m.Kind, PeriodID: "", UnitID: m.AuthorID,
			KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, CreatedAt: m.Created(), Status: o.Status,
			Report: report(f, v)},
		Manifest: m.JSON(), PublicKey: m.PublicKey, Expect: expect, ExpectKey: st.Units[m.AuthorID].PublicKey, Pin: pin,
		Rows: f.Payload, Actor: model.Actor{Role: model.RoleUnit, UnitID: m.AddresseeID}, Addressee: m.AddresseeID,
		Enrolment: m.EnrolCode, StepDown: st.Installation.Role == model.RoleLeader,
	}
	if o.Status == model.StatusApplied {
		arr.Pin = cmp.Or(arr.Pin, st.Units[m.AuthorID].KeyVerified)
		err = applySetup(ctx, db, arr, &o)
	} else {
		_, err = db.RecordArrival(ctx, arr)
	}
	if err != nil {
		return o, err
	}
	_, err = archive(ArchiveDir(db.Path()), f.Digest, f.Bytes, true)
	return o, err
}

// applySetup applies a setup file, the scores a new criteria table could
// not keep named among the outcome's warnings.
func applySetup(ctx context.Context, db *storage.DB, arr storage.Arrival, o *model.MergeOutcome) error {
	counts, dropped, err := db.ApplySetup(ctx, arr)
	o.Counts, o.Warnings = counts, append(o.Warnings, dropped...)
	return err
}

// joinTrust decides whether this installation takes setup file f: a setup
// file, for this unit of this bloc once joined, signed by the leader's key
// known here, by a key the endorsements lead to from it (a new leader
// after a handover), or by one the person confirmed (pin says how it was
// verified, "" for the key already pinned).
func joinTrust(st *storage.InboxState, f *File, opt JoinOptions) (pin string, err error) {
	m, inst := &f.Manifest, st.Installation
	joined := inst.BlocID != ""
	switch {
	case m.Kind != model.KindSetup:
		return "", model.Errorf(EJoinNotSetup, kindName(m.Kind))
	case inst.ID != "" && inst.Role != model.RoleUnit && !replaced(st, f):
		return "", model.Errorf(EJoinRole)
	case joined && m.BlocID != inst.BlocID && m.BlocCode == st.Blocs[inst.BlocID].Code:
		return "", model.Errorf(EJoinTwinBloc, m.BlocCode, m.Fingerprint())
	case joined && m.BlocID != inst.BlocID:
		return "", model.Errorf(EJoinOtherBloc, m.BlocCode)
	case joined && m.AddresseeID != inst.UnitID:
		return "", model.Errorf(EJoinOtherUnit, m.AddresseeCode)
	}
	var trusted []byte
	if joined {
		trusted = st.Units[st.Blocs[inst.BlocID].LeaderUnitID].PublicKey
	}
	if bytes.Equal(trusted, m.PublicKey) {
		return "", nil
	}
	if endorsedBy(slices.Concat(st.Endorsements, f.Payload[facts.TEndorsement]), trusted, st.ProvinceKey, m.PublicKey, m.AuthorID) {
		return storage.KeyByEndorsing, nil
	}
	if opt.Confirm == nil || !opt.Confirm(*m, trusted != nil) {
		if trusted != nil {
			return "", model.Errorf(EJoinKey, m.Fingerprint())
		}
		return "", model.Errorf(EJoinCancelled)
	}
	return storage.KeyByPhone, nil
}
