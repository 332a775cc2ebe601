package exchange

import (
	"context"
	"errors"
	"os"

	"thidua/model"
	"thidua/storage"
)

// Decide resolves a held file with one logged action. Declined, nothing of
// it is applied and it stays archived. Accepted, its archived bytes are
// verified again and judged with the holds accepted so far passed; it is
// then applied, or recorded as unchanged or stale, or held again for
// another reason (a new hold, decided on its own). Accepting a first or a
// changed key pins it as verified by phone.
func Decide(ctx context.Context, db *storage.DB, holdID int64, accept bool, reason string, opt Options) (model.MergeOutcome, error) {
	var o model.MergeOutcome
	h, err := db.HoldByID(ctx, holdID)
	if err != nil {
		return o, err
	}
	o = model.MergeOutcome{Path: h.File.Name, Name: h.File.Name, Digest: h.File.Digest, Size: h.File.Size, HoldID: holdID}
	if h.Decision != "" {
		return o, model.Errorf(storage.EHoldDecided, holdID)
	}
	st, err := db.InboxState(ctx)
	if err != nil {
		return o, err
	}
	o.Unit = st.Units[h.File.UnitID].Code
	if !accept {
		if err := db.DeclineHold(ctx, st.Installation.Actor(), holdID, reason); err != nil {
			return o, err
		}
		o.Status, o.Reason = model.StatusRejected, model.Errorf(EHoldDeclined)
		return o, nil
	}
	path := ArchivedPath(ArchiveDir(db.Path()), h.File.Digest)
	data, err := os.ReadFile(path)
	if err != nil {
		return o, model.Errorf(EUnreadable, path, storage.PathReason(path, err))
	}
	if opt.Verify.StagingDir == "" {
		opt.Verify.StagingDir = StagingDir(db.Path())
		// A staging folder that cannot be made fails the check below,
		// which names it.
		_ = os.MkdirAll(opt.Verify.StagingDir, 0o700)
	}
	f, err := verifyBytes(ctx, &File{Path: path, Name: h.File.Name}, data, opt.Verify)
	if err == nil && f.Digest != h.File.Digest {
		err = model.Errorf(EDamaged).WithCause(errors.New(path))
	}
	if err != nil {
		return o, err
	}
	accepted := []model.HoldKind{h.Kind}
	all, err := db.Holds(ctx, false)
	if err != nil {
		return o, err
	}
	for _, x := range all {
		if x.File.Digest == h.File.Digest && x.Decision == "accepted" {
			accepted = append(accepted, x.Kind)
		}
	}
	v, err := judge(ctx, &st, f, accepted, db.Now(), sliceReader(db, st.Installation.Role))
	if err != nil {
		return o, err
	}
	fill(&o, f, v)
	if v.status == model.StatusRejected {
		return o, v.reason
	}
	if v.status == model.StatusApplied {
		if _, err := db.Backup(ctx, model.BackupBeforeHold); err != nil {
			return o, err
		}
	}
	counts, hold, err := commit(ctx, db, &st, f, v, holdID, reason)
	if err != nil {
		return o, err
	}
	o.HoldID = hold
	if v.status == model.StatusApplied {
		o.Counts = counts
	}
	return o, nil
}
