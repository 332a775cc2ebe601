package exchange

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"sync"

	"thidua/model"
	"thidua/storage"
)

// keepInMemory is the largest file whose rows are read, checked and kept
// in memory by the first pass of a merge.
const keepInMemory = 1 << 20

// deferred reports whether a merge's first pass checks only a file's
// signed manifest, which is all the sorting needs, and leaves its rows to
// be read and checked in full when its turn comes: a file over
// keepInMemory, so that forty of them never sit in memory at once, and
// every bloc file, so that checking a province's next file (every unit's
// signed slice in it) runs beside applying the one before instead of
// ahead of the first.
func deferred(m *Manifest, size int64) bool {
	return size > keepInMemory || m.Kind == model.KindBlocFile
}

// readAll runs phase A on every file of a batch, a few at a time (each
// file has its own connection), and returns the files read and, in order,
// the indexes of those ready for phase B. Of identical files the first
// counts; the others are duplicates. Unless previewing, each file read is
// archived at once (into arch), and a verified file's bytes are let go
// then, so that a batch of forty bloc files never sits in memory at once;
// archived lists the archive's new files, and err is the first failure to
// archive.
func readAll(ctx context.Context, st *storage.InboxState, out []model.MergeOutcome, opt MergeOptions, arch string) (files []*File, ready []int, archived []string, err error) {
	files = make([]*File, len(out))
	ok := make([]bool, len(out))
	paths := make([]string, len(out))
	errs := make([]error, len(out))
	var wg sync.WaitGroup
	var archiving sync.Mutex // two copies of one file share an archive name
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range out {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			f, good := readAndVerify(ctx, st, &out[i], opt)
			files[i], ok[i] = f, good
			if f == nil {
				return
			}
			if !opt.DryRun {
				archiving.Lock()
				paths[i], errs[i] = archive(arch, f.Digest, f.Bytes, false)
				archiving.Unlock()
			}
			if out[i].Status != model.StatusRejected {
				f.shrink()
			}
		}()
	}
	wg.Wait()
	first := map[string]int{} // a digest → the first file of the batch with it
	for i := range out {
		if errs[i] != nil {
			return files, nil, nil, errs[i]
		}
		if paths[i] != "" {
			archived = append(archived, paths[i])
		}
		d := out[i].Digest
		j, seen := first[d]
		switch {
		case d != "" && seen && out[i].Status != model.StatusRejected:
			// The same file under two names (sent twice, "(1)" added by
			// the browser): said so, naming the other, never a date "—".
			out[i].Status, out[i].Reason, out[i].File = model.StatusUnchanged, model.Errorf(EDuplicateBatch, out[j].Name), nil
			files[i] = nil
		case ok[i]:
			ready = append(ready, i)
		}
		if !seen {
			first[d] = i
		}
	}
	return files, ready, archived, nil
}

// readAndVerify runs A1–A10 for one file, answering an exact re-import
// from the record (A2). It reports false when the outcome is already
// known (the file, if read, is still returned for the archive).
func readAndVerify(ctx context.Context, st *storage.InboxState, o *model.MergeOutcome, opt MergeOptions) (*File, bool) {
	data, err := readInput(o.Path, opt.Verify.maxSize())
	if err != nil {
		o.Status, o.Reason = model.StatusRejected, asModel(err)
		return nil, false
	}
	sum := sha256.Sum256(data)
	f := &File{Path: o.Path, Name: o.Name, Bytes: data, Digest: hex.EncodeToString(sum[:])}
	o.Digest, o.Size = f.Digest, int64(len(data))
	if rec, ok := st.Received[f.Digest]; ok {
		o.Unit = st.Units[rec.UnitID].Code
		received(o, rec, st.OpenHolds[f.Digest])
		return nil, false
	}
	if opt.Check != nil {
		if err := opt.Check(ctx, o.Path); err != nil {
			o.Status, o.Reason = model.StatusRejected, asModel(err)
			return f, false
		}
	}
	vopt := opt.Verify
	vopt.firstPass = true
	f, err = verifyBytes(ctx, f, data, vopt)
	if f.HasManifest {
		o.File, o.Unit = f.Info(), f.Manifest.AuthorCode
	}
	if err != nil {
		o.Status, o.Reason = model.StatusRejected, asModel(err)
		return f, false
	}
	return f, true
}

// received answers a file received before from its record: applied or
// unchanged, nothing to do; still held, the hold to decide; declined (or
// refused when decided), refused again, saying so — never "imported".
func received(o *model.MergeOutcome, rec model.ReceivedFile, open model.Hold) {
	at := rec.At.Local().Format("02/01/2006 15:04")
	switch {
	case rec.Status == model.StatusHeld && open.ID != 0:
		o.Status, o.Hold, o.HoldID, o.Reason = model.StatusHeld, open.Kind, open.ID, model.Errorf(EDuplicateHeld, at)
	case rec.Status == model.StatusRejected:
		o.Status, o.Reason = model.StatusRejected, model.Errorf(EDuplicateDeclined, at)
	case rec.Status == model.StatusStale:
		o.Status, o.Reason = model.StatusStale, model.Errorf(EDuplicateStale, at)
	default:
		o.Status, o.Reason = model.StatusUnchanged, model.Errorf(EDuplicate, at)
	}
}

// shrink lets a verified file's bytes go: they are archived, and a large
// file is read again in full at its turn.
func (f *File) shrink() { f.Bytes = nil }

// reloader returns the files in the order ready gives, reading again those
// that were shrunk (from the archive, or in a preview from where they
// are), each read and verified while the one before is applied. A file
// whose bytes changed in the meantime is refused.
func reloader(ctx context.Context, files []*File, ready []int, arch string, opt MergeOptions) func(n int) (*File, error) {
	type loaded struct {
		f   *File
		err error
	}
	chans := make([]chan loaded, len(ready))
	start := func(n int) {
		if n >= len(ready) || chans[n] != nil {
			return
		}
		ch := make(chan loaded, 1)
		chans[n] = ch
		f := files[ready[n]]
		if !f.deferred {
			ch <- loaded{f: f}
			return
		}
		go func() {
			path := f.Path
			if !opt.DryRun {
				path = ArchivedPath(arch, f.Digest)
			}
			data, err := readInput(path, opt.Verify.maxSize())
			if err != nil {
				ch <- loaded{err: err}
				return
			}
			vopt := opt.Verify
			vopt.checked = f.Digest
			g, err := verifyBytes(ctx, &File{Path: f.Path, Name: f.Name}, data, vopt)
			if err == nil && g.Digest != f.Digest {
				err = model.Errorf(EChanged)
			}
			g.Bytes = nil
			ch <- loaded{f: g, err: err}
		}()
	}
	return func(n int) (*File, error) {
		start(n)
		start(n + 1)
		l := <-chans[n]
		return l.f, l.err
	}
}
