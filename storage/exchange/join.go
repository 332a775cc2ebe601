package exchange

import (
	"bytes"
	"context"
	"os"

	"thidua/model"
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
func Join(ctx context.Context, db *storage.DB, path string, opt JoinOptions) (Outcome, error) {
	o := Outcome{Path: path, Name: SafeName(path), Status: model.StatusRejected}
	if opt.Verify.StagingDir == "" {
		opt.Verify.StagingDir = StagingDir(db.Path())
		if err := os.MkdirAll(opt.Verify.StagingDir, 0o700); err != nil {
			return o, model.Errorf(EUnreadable, opt.Verify.StagingDir, storage.PathReason(opt.Verify.StagingDir, err))
		}
	}
	f, err := Verify(ctx, path, opt.Verify)
	o.Digest, o.Size = f.Digest, f.Size
	if f.HasManifest {
		m := f.Manifest
		o.Manifest, o.Unit = &m, m.AuthorCode
	}
	if err != nil {
		return o, err
	}
	m := &f.Manifest
	st, err := db.InboxState(ctx)
	if err != nil {
		return o, err
	}
	inst := st.Installation
	joined := inst.BlocID != ""
	var trusted []byte
	switch {
	case m.Kind != model.KindSetup:
		return o, model.Errorf(EJoinNotSetup, kindName(m.Kind))
	case inst.ID != "" && inst.Role != model.RoleUnit:
		return o, model.Errorf(EJoinRole)
	case joined && m.BlocID != inst.BlocID:
		return o, model.Errorf(EJoinOtherBloc, m.BlocCode)
	case joined && m.AddresseeID != inst.UnitID:
		return o, model.Errorf(EJoinOtherUnit, m.AddresseeCode)
	}
	if joined {
		trusted = st.Units[st.Blocs[inst.BlocID].LeaderUnitID].PublicKey
	}
	pin := ""
	if !bytes.Equal(trusted, m.PublicKey) {
		if opt.Confirm == nil || !opt.Confirm(*m, trusted != nil) {
			if trusted != nil {
				return o, model.Errorf(EJoinKey, m.Fingerprint())
			}
			return o, model.Errorf(EJoinCancelled)
		}
		pin = storage.KeyByPhone
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
			if _, err := db.Backup(ctx, "truoc khi cap nhat thiet lap"); err != nil {
				return o, err
			}
		}
	}
	arr := storage.Arrival{
		File: storage.Received{Digest: f.Digest, Name: f.Name, Size: f.Size, Kind: m.Kind, PeriodID: "", UnitID: m.AuthorID,
			KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, CreatedAt: m.Created(), Status: o.Status,
			Report: report(f, v)},
		Manifest: m.JSON(), PublicKey: m.PublicKey, Expect: expect, ExpectKey: st.Units[m.AuthorID].PublicKey, Pin: pin,
		Rows: f.Payload, Actor: model.Actor{Role: model.RoleUnit, UnitID: m.AddresseeID}, Addressee: m.AddresseeID,
		Enrolment: m.EnrolCode,
	}
	if o.Status == model.StatusApplied {
		if arr.Pin == "" {
			arr.Pin = st.Units[m.AuthorID].KeyVerified
		}
		o.Counts, err = db.ApplySetup(ctx, arr)
	} else {
		_, err = db.RecordArrival(ctx, arr)
	}
	if err != nil {
		return o, err
	}
	_, err = archive(ArchiveDir(db.Path()), f.Digest, f.Bytes, true)
	return o, err
}
