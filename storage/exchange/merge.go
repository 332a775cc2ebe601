// Package exchange writes, verifies and merges thidua's exchange files
// (DESIGN §4, research/merge.md §2): setup files from the leader to each
// unit, submissions from the units to the leader, bloc files from the
// leader to the province.
//
// A file is a plain SQLite database in format version 1 (package wire),
// signed with the author's ed25519 key over a canonical hash of its rows.
// Every incoming file is hostile until phase A (Verify) has passed it: it is
// read only through openUntrusted, from a private copy. Phase B (judge)
// decides what the file means here; phase C applies it, one transaction per
// file, through package storage. The rules (who may write what, how a file
// is classified) are pure functions in package model.
package exchange

import (
	"cmp"
	"context"
	"errors"
	"os"
	"slices"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// MergeOptions tune a merge.
type MergeOptions struct {
	Options
	// DryRun previews: phases A and B for every file, nothing written.
	DryRun bool
	// Check, when set, runs first on each file, e.g. phase A in a child
	// process so that a fault in SQLite cannot take this one down; an error
	// rejects the file.
	Check func(ctx context.Context, path string) error
	// Progress is told after each file.
	Progress func(done, total int)
}

// Preview runs phases A and B on every file and reports what applying them
// would do; nothing is written anywhere.
func Preview(ctx context.Context, db *storage.DB, paths []string, opt MergeOptions) ([]model.MergeOutcome, error) {
	opt.DryRun = true
	return Merge(ctx, db, paths, opt)
}

// Apply merges the files, each in its own transaction, after one backup.
func Apply(ctx context.Context, db *storage.DB, paths []string, opt MergeOptions) ([]model.MergeOutcome, error) {
	opt.DryRun = false
	return Merge(ctx, db, paths, opt)
}

// Merge verifies, judges and (unless DryRun) applies a batch of files: N
// files are N independent outcomes. Files are taken newest first per slice,
// so the result does not depend on the order they are given in. The error
// is for the batch as a whole (no database, wrong role); a bad file only
// gets its own outcome.
func Merge(ctx context.Context, db *storage.DB, paths []string, opt MergeOptions) ([]model.MergeOutcome, error) {
	st, err := mergeStart(ctx, db, &opt)
	if err != nil {
		return nil, err
	}
	arch := ArchiveDir(db.Path())
	out := make([]model.MergeOutcome, len(paths))
	for i, p := range paths {
		out[i].Path, out[i].Name, out[i].DryRun = p, SafeName(p), opt.DryRun
	}
	done := 0
	tick := func() {
		done++
		if opt.Progress != nil {
			opt.Progress(done, len(paths))
		}
	}
	files, ready, archived, err := readAll(ctx, &st, out, opt, arch)
	if err != nil {
		return out, err
	}
	// Stopped (ctx done): what was read may have failed for that alone, so
	// nothing of it is judged; files already applied stay applied, each
	// whole.
	stopped := func() ([]model.MergeOutcome, error) {
		if !opt.DryRun {
			if err := flush(arch, archived); err != nil {
				return out, err
			}
		}
		return out, ctx.Err()
	}
	if ctx.Err() != nil {
		return stopped()
	}
	for i := range out {
		if files[i] == nil || out[i].Status == model.StatusRejected {
			if files[i] != nil && !opt.DryRun {
				rejectArchive(arch, &out[i], files[i])
			}
			tick()
		}
	}
	slices.SortStableFunc(ready, func(a, b int) int {
		ma, mb := &files[a].Manifest, &files[b].Manifest
		return cmp.Or(cmp.Compare(ma.PeriodID, mb.PeriodID), cmp.Compare(ma.AuthorID, mb.AuthorID),
			cmp.Compare(mb.Seq, ma.Seq), cmp.Compare(ma.ContentHash, mb.ContentHash))
	})
	forks := batchForks(files, ready)
	current := sliceReader(db, st.Installation.Role)
	backedUp := false
	next := reloader(ctx, files, ready, arch, opt)
	for n, i := range ready {
		if ctx.Err() != nil {
			return stopped()
		}
		f, err := next(n)
		o := &out[i]
		if err != nil && ctx.Err() != nil {
			return stopped()
		}
		if err != nil {
			o.Status, o.Reason = model.StatusRejected, asModel(err)
			if !opt.DryRun {
				rejectArchive(arch, o, nil)
			}
		} else if err := mergeOne(ctx, db, &st, f, o, forks[i], opt, current, &backedUp); err != nil {
			return out, err
		}
		files[i] = nil
		tick()
	}
	if !opt.DryRun {
		return out, flush(arch, archived)
	}
	return out, nil
}

// mergeStart reads the inbox state of a database that merges (a leader's
// or a province's) and makes the private staging folder.
func mergeStart(ctx context.Context, db *storage.DB, opt *MergeOptions) (storage.InboxState, error) {
	st, err := db.InboxState(ctx)
	if err != nil {
		return st, err
	}
	switch st.Installation.Role {
	case model.RoleLeader, model.RoleProvince:
	case model.RoleUnit:
		return st, model.Errorf(EUseJoin)
	default:
		return st, model.Errorf(ENoMerge)
	}
	return st, staging(db, &opt.Verify)
}

// staging makes the private folder incoming files are copied to before
// they are read, beside the database unless opt names one.
func staging(db *storage.DB, opt *VerifyOptions) error {
	if opt.StagingDir != "" {
		return nil
	}
	opt.StagingDir = StagingDir(db.Path())
	if err := os.MkdirAll(opt.StagingDir, 0o700); err != nil {
		return model.Errorf(EUnreadable, opt.StagingDir, storage.PathReason(opt.StagingDir, err))
	}
	return nil
}

// asModel gives any error a message for people.
func asModel(err error) *model.Error {
	var me *model.Error
	if errors.As(err, &me) {
		return me
	}
	return model.Errorf(model.EInternal, model.ErrorID(err)).WithCause(err)
}

// batchForks finds files of one batch that share a slice, key and seq with
// different contents: none of them may win by arriving first.
func batchForks(files []*File, ready []int) map[int]bool {
	type key struct {
		period, author, keyID string
		seq                   int64
	}
	hashes := map[key]map[string]bool{}
	for _, i := range ready {
		m := &files[i].Manifest
		k := key{m.PeriodID, m.AuthorID, m.KeyID(), m.Seq}
		if hashes[k] == nil {
			hashes[k] = map[string]bool{}
		}
		hashes[k][m.ContentHash] = true
	}
	out := map[int]bool{}
	for _, i := range ready {
		m := &files[i].Manifest
		out[i] = len(hashes[key{m.PeriodID, m.AuthorID, m.KeyID(), m.Seq}]) > 1
	}
	return out
}

// sliceReader reads what is stored of a slice, for the diff.
func sliceReader(db *storage.DB, role model.Role) sliceFunc {
	return func(ctx context.Context, kind model.FileKind, period, unit string) (facts.Set, []string, error) {
		var p facts.Set
		var err error
		tables, people, who := model.SignedSliceTables(), model.KindSubmission, unit
		switch {
		case role == model.RoleProvince:
			p, err = db.BlocSlice(ctx, period)
			tables, people, who = append(slices.Clone(storage.BlocFacts), model.PeopleSlice(model.KindBlocFile)...), model.KindBlocFile, ""
		case kind == model.KindDecision:
			p, err := db.DecisionSlice(ctx, period)
			return p, storage.DecisionFacts, err
		default:
			p, err = db.UnitSlice(ctx, period, unit)
		}
		if err != nil {
			return nil, nil, err
		}
		ps, err := db.PeopleFacts(ctx, period, who, people)
		for name, rows := range ps {
			p[name] = rows
		}
		return p, tables, err
	}
}

// mergeOne judges one verified file and, unless previewing, commits it.
func mergeOne(ctx context.Context, db *storage.DB, st *storage.InboxState, f *File, o *model.MergeOutcome, fork bool,
	opt MergeOptions, current sliceFunc, backedUp *bool) error {
	for attempt := 0; ; attempt++ {
		v, err := judge(ctx, st, f, nil, db.Now(), current)
		if err != nil {
			return err
		}
		if fork && v.status == model.StatusApplied {
			v.status, v.hold, v.reason = model.StatusHeld, model.HoldFork, holdReason(model.HoldFork, v.authorTag, &f.Manifest)
		}
		fill(o, f, v)
		if opt.DryRun || v.status == model.StatusRejected {
			st.Note(arrival(st, f, v, 0, ""))
			if v.status == model.StatusRejected && !opt.DryRun {
				rejectArchive(ArchiveDir(db.Path()), o, f)
			}
			return nil
		}
		if v.status == model.StatusApplied && !*backedUp {
			if _, err := db.Backup(ctx, model.BackupBeforeMerge); err != nil {
				return err
			}
			*backedUp = true
		}
		// A held file's bytes are needed to decide it: they are flushed
		// before the hold that names them is recorded.
		if v.status == model.StatusHeld {
			if err := storage.SyncFile(ArchivedPath(ArchiveDir(db.Path()), f.Digest)); err != nil {
				return err
			}
		}
		counts, hold, err := commit(ctx, db, st, f, v, 0, "")
		if errors.Is(err, storage.ErrSliceMoved) && attempt == 0 {
			if *st, err = db.InboxState(ctx); err != nil {
				return err
			}
			continue
		}
		if err != nil && ctx.Err() != nil {
			return ctx.Err() // stopped: the file's transaction was rolled back
		}
		if err != nil {
			o.Status, o.Reason = model.StatusRejected, asModel(err)
			rejectArchive(ArchiveDir(db.Path()), o, f)
			return nil
		}
		o.HoldID = hold
		if v.status == model.StatusApplied {
			o.Counts = counts
		}
		return nil
	}
}

// fill copies a verdict into an outcome.
func fill(o *model.MergeOutcome, f *File, v verdict) {
	m := f.Manifest
	o.File, o.Unit = f.Info(), v.authorTag
	o.Status, o.Hold, o.Reason, o.Warnings = v.status, v.hold, v.reason, v.warnings
	o.Counts, o.Changes, o.Nominees = v.counts, nil, len(f.Payload[facts.TNominee])
	if o.DryRun || f.Manifest.Kind != model.KindBlocFile {
		for _, c := range v.changes {
			if c.Kind != facts.Unchanged {
				o.Changes = append(o.Changes, c)
			}
		}
	}
	switch v.status {
	case model.StatusUnchanged:
		o.Reason = model.Errorf(EUnchanged, m.Seq)
		o.Counts = facts.Counts{Unchanged: rowCount(f.Payload)}
	case model.StatusStale:
		if v.reason != nil {
			o.Counts = facts.Counts{}
			break
		}
		seq := int64(0)
		if v.expect != nil {
			seq = v.expect.Seq
		}
		o.Reason = model.Errorf(EStale, m.Seq, seq)
		o.Counts = facts.Counts{}
	}
}

// rowCount counts a file's rows in the tables its slice covers.
func rowCount(p facts.Set) int {
	n := 0
	for name, rows := range p {
		if model.FileTableAllowed(model.KindSubmission, name) || slices.Contains(storage.BlocFacts, name) ||
			slices.Contains(storage.DecisionFacts, name) {
			n += len(rows)
		}
	}
	return n
}

// commit writes a judged file: phase C for an applied one, a record for the
// others. It keeps the in-memory state in step.
func commit(ctx context.Context, db *storage.DB, st *storage.InboxState, f *File, v verdict, holdID int64, decision string) (facts.Counts, int64, error) {
	a := arrival(st, f, v, holdID, decision)
	var counts facts.Counts
	var hold int64
	var err error
	switch {
	case v.status != model.StatusApplied:
		hold, err = db.RecordArrival(ctx, a)
	case st.Installation.Role == model.RoleProvince:
		counts, err = db.ApplyBlocFile(ctx, a)
	case f.Manifest.Kind == model.KindDecision:
		counts, err = db.ApplyDecisionFile(ctx, a)
	default:
		counts, err = db.ApplySubmission(ctx, a)
	}
	if err == nil {
		st.Note(a)
	}
	return counts, hold, err
}

// arrival is judged file f as storage records or applies it (the hold it
// resolves with the leader's reason, if any).
func arrival(st *storage.InboxState, f *File, v verdict, holdID int64, decision string) storage.Arrival {
	m := &f.Manifest
	a := storage.Arrival{
		File: model.ReceivedFile{Digest: f.Digest, Name: f.Name, Size: f.Size, Kind: m.Kind, PeriodID: v.period,
			UnitID: v.author, KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, CreatedAt: m.Created(),
			Status: v.status, Report: report(f, v)},
		Hold: v.hold, Manifest: m.JSON(), PublicKey: m.PublicKey, Expect: v.expect, ExpectKey: v.expectKey,
		Pin: v.pin, Rows: v.rows, People: m.Format >= 2, HoldID: holdID, Decision: decision, Actor: st.Installation.Actor(),
	}
	if st.Installation.Role == model.RoleProvince {
		a.Changes, a.Unchanged, a.Signed = v.changes, v.counts.Unchanged, signedStates(f.Payload)
		if a.Changes == nil {
			a.Changes = []facts.Change{} // nothing changed: still the judge's diff
		}
	}
	return a
}
