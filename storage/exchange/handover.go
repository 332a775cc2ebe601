package exchange

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// Errors of taking a handover file; each is a message id in the catalogue.
const (
	EHandoverUnit   = "exchange.handover_unit"
	EHandoverKey    = "exchange.handover_key"
	EHandoverAuthor = "exchange.handover_author"
	EHandoverMember = "exchange.handover_member"
)

// Handover writes the leader's handover file for the incoming unit
// (issue 15): a backup first, then the file, written and verified as a
// receiver would; only then, in one transaction, this installation records
// it and becomes an ordinary member of the bloc. A failure before that
// leaves this installation the leader, as it was.
func Handover(ctx context.Context, db *storage.DB, req storage.ExportRequest, out string, opt Options) (model.WrittenFile, error) {
	req.Kind = model.KindHandover
	if _, err := db.Backup(ctx, model.BackupBeforeHandover); err != nil {
		return model.WrittenFile{}, err
	}
	p, err := prepare(ctx, db, req, out, opt)
	if err != nil {
		return p.w, err
	}
	if err := p.place(); err != nil {
		return p.w, err
	}
	// Once the file is in place, stopping no longer stops the record: a
	// file out there while this installation still leads would make two
	// leaders. If the record fails all the same, the file goes.
	if err := db.RecordHandover(context.WithoutCancel(ctx), p.sent, p.endorsement); err != nil {
		if rerr := os.Remove(p.w.Path); rerr != nil {
			err = errors.Join(err, storage.WriteError(p.w.Path, rerr))
		}
		return model.WrittenFile{}, err
	}
	return p.w, nil
}

// takeHandover is phase B for a handover file at the incoming unit: it is
// for this unit of this bloc, signed by the leader key pinned here, and the
// key it endorses is this installation's own.
func takeHandover(ctx context.Context, db *storage.DB, st *storage.InboxState, f *File) error {
	m, inst := &f.Manifest, st.Installation
	if err := addressedHere(m, inst); err != nil {
		return err
	}
	leader := st.Units[st.Blocs[inst.BlocID].LeaderUnitID]
	if leader.PublicKey == nil || !bytes.Equal(leader.PublicKey, m.PublicKey) || leader.ID != m.AuthorID {
		return model.Errorf(EHandoverAuthor, m.Fingerprint())
	}
	_, err := endorsesOwnKey(ctx, db, f, inst.UnitID)
	return err
}

// addressedHere checks that a file handing the bloc to one unit (a
// handover, the province's confirmation) is for this installation: a
// member of that bloc, the unit it names.
func addressedHere(m *Manifest, inst model.Installation) error {
	switch {
	case inst.Role != model.RoleUnit || inst.BlocID == "":
		return model.Errorf(EHandoverMember)
	case m.BlocID != inst.BlocID:
		return model.Errorf(EJoinOtherBloc, m.BlocCode)
	case m.AddresseeID != inst.UnitID:
		return model.Errorf(EHandoverUnit, m.AddresseeCode)
	}
	return nil
}

// endorsesOwnKey returns this installation's key when file f endorses it,
// for unit, in place of the key that signed the file; EHandoverKey when
// it does not.
func endorsesOwnKey(ctx context.Context, db *storage.DB, f *File, unit string) ([]byte, error) {
	own, err := db.PublicKey(ctx)
	if err != nil {
		return nil, err
	}
	endorses := slices.ContainsFunc(f.Payload[facts.TEndorsement], func(r facts.Row) bool {
		e, ok := endorsementOf(r)
		return ok && bytes.Equal(e.old, f.Manifest.PublicKey) && e.unit == unit && own != nil && bytes.Equal(e.new, own)
	})
	if !endorses {
		return nil, model.Errorf(EHandoverKey, model.Fingerprint(own))
	}
	return own, nil
}

// applyHandover imports a handover file this installation may take, in
// one transaction, after a backup.
func applyHandover(ctx context.Context, db *storage.DB, f *File, o *model.MergeOutcome) error {
	arr, err := takeLeadership(ctx, db, f, o, f.Manifest.AuthorID)
	if err != nil {
		return err
	}
	arr.Handed = handedOf(f.Payload)
	if o.Counts, err = db.ApplyHandover(ctx, arr); err != nil {
		return err
	}
	_, err = archive(ArchiveDir(db.Path()), f.Digest, f.Bytes, true)
	return err
}

// takeLeadership backs the database up and makes, of a file that makes
// this installation the bloc's leader (a handover, the province's
// confirmation), the outcome and the arrival storage applies; author is
// whose slice the file counts as.
func takeLeadership(ctx context.Context, db *storage.DB, f *File, o *model.MergeOutcome, author string) (storage.Arrival, error) {
	m := &f.Manifest
	if _, err := db.Backup(ctx, model.BackupBeforeHandover); err != nil {
		return storage.Arrival{}, err
	}
	v := verdict{status: model.StatusApplied, author: author, rows: f.Payload}
	o.Status = model.StatusApplied
	fill(o, f, v)
	o.Unit = m.AddresseeCode
	return storage.Arrival{
		File: model.ReceivedFile{Digest: f.Digest, Name: f.Name, Size: f.Size, Kind: m.Kind, UnitID: author,
			KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, CreatedAt: m.Created(), Status: model.StatusApplied,
			Report: report(f, v)},
		Manifest: m.JSON(), PublicKey: m.PublicKey, Rows: f.Payload, Addressee: m.AddresseeID,
		Actor: model.Actor{Role: model.RoleUnit, UnitID: m.AddresseeID},
	}, nil
}

// Endorsed reports whether a verified file is signed by a new leader key
// the endorsements lead to from the leader key pinned here: a setup file
// after a handover, which needs no confirmation.
func Endorsed(ctx context.Context, db *storage.DB, f *File) (bool, error) {
	st, err := db.InboxState(ctx)
	if err != nil || st.Installation.BlocID == "" || f.Manifest.BlocID != st.Installation.BlocID {
		return false, err
	}
	pinned := st.Units[st.Blocs[st.Installation.BlocID].LeaderUnitID].PublicKey
	return endorsedBy(slices.Concat(st.Endorsements, f.Payload[facts.TEndorsement]), pinned, st.ProvinceKey,
		f.Manifest.PublicKey, f.Manifest.AuthorID), nil
}
