package exchange

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"thidua/model"
	"thidua/storage"
)

// ArchiveDir is where the original bytes of every received file are kept,
// content-addressed by their SHA-256: "archive" beside the database.
//
// The archive lives on disk, not in the database, for three reasons: a
// rejected file must be archived while the database stays byte-for-byte
// unchanged; a province receiving forty bloc files of a few MB each, again
// at every re-send, would otherwise grow its working database (and every
// backup of it) without bound; and a content-addressed file written before
// the transaction that records it is idempotent, so a crash between the two
// leaves at most a harmless extra file, never a record without its bytes.
func ArchiveDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "archive") }

// StagingDir is where incoming files are copied before SQLite opens them:
// "staging" beside the database, in the user's local data folder.
func StagingDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "staging") }

// ArchivedPath returns where a received file's bytes are kept.
func ArchivedPath(dir, digest string) string { return filepath.Join(dir, digest+".sqlite") }

// archive keeps a received file's bytes, once, under their digest,
// written under a temporary name and renamed. Unless sync is set the file
// is not flushed here: a batch flushes its archived files together at its
// end (see flush), which spares one disk flush per file; a held file,
// which a later decision needs, is flushed at once.
func archive(dir, digest string, data []byte, sync bool) (string, error) {
	path := ArchivedPath(dir, digest)
	return path, writeOnce(path, data, sync)
}

// archiveReport keeps the report of a rejected file beside its bytes.
func archiveReport(dir, digest string, report []byte) error {
	return writeOnce(filepath.Join(dir, digest+".rejected.json"), report, false)
}

// writeOnce writes a file atomically unless it already exists.
func writeOnce(path string, data []byte, sync bool) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".partial"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	if sync {
		if err := storage.SyncFile(tmp); err != nil {
			removeTemp(tmp)
			return err
		}
	}
	if err := os.Rename(tmp, path); err != nil && !errors.Is(err, os.ErrExist) {
		removeTemp(tmp)
		return err
	}
	return nil
}

// flush makes a batch's archived files durable: each file, then the
// folder, a few at a time.
func flush(dir string, paths []string) error {
	sem := make(chan struct{}, 4)
	errs := make(chan error, len(paths))
	for _, p := range paths {
		sem <- struct{}{}
		go func() {
			defer func() { <-sem }()
			errs <- storage.SyncFile(p)
		}()
	}
	for range cap(sem) {
		sem <- struct{}{}
	}
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	storage.SyncDir(dir)
	return nil
}

// Expand turns folders into the exchange files in them (.sqlite, in name
// order), for "merge everything on this USB stick"; files are kept as
// given. The names are only a filter: every file is still judged by its
// contents. What a folder holds that is not a regular file is left out
// (ExpandFolders lists it).
func Expand(paths []string) ([]string, error) {
	out, _, err := ExpandFolders(paths)
	return out, err
}

// Skipped is an entry of a folder that looks like an exchange file but is
// not read: a link (it could point anywhere, the leader's own database or a
// system file), a folder, a device, a pipe.
type Skipped struct {
	Path string
	Kind *model.Error // what it is (a storage.KindOf)
}

// ExpandFolders is Expand with the entries of the folders it did not take:
// a folder stands for its regular .sqlite files only, so nothing outside
// it is ever read or archived.
func ExpandFolders(paths []string) (files []string, skipped []Skipped, err error) {
	for _, a := range paths {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			files = append(files, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, nil, model.Errorf(EUnreadable, a, storage.PathReason(a, err))
		}
		for _, e := range entries {
			if !strings.EqualFold(filepath.Ext(e.Name()), ".sqlite") {
				continue
			}
			path := filepath.Join(a, e.Name())
			if e.Type().IsRegular() {
				files = append(files, path)
				continue
			}
			skipped = append(skipped, Skipped{Path: path, Kind: storage.KindOf(e.Type())})
		}
	}
	return files, skipped, nil
}

// removeTemp removes a temporary file on the way out of a write that
// failed: the write's error is the one to report, and a file that stays
// keeps its .partial name, never taken for a whole one.
func removeTemp(path string) { _ = os.Remove(path) }
