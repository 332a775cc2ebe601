package exchange

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// Options are shared by the exchange's entry points.
type Options struct {
	// AppVersion is written in manifests ("dev" if empty).
	AppVersion string
	Verify     VerifyOptions
}

// Written is a file thidua wrote and checked.
type Written struct {
	Path     string
	Manifest Manifest
	Digest   string
	Size     int64
	Warnings []*model.Error
}

// Receipt is the code the sender reads to the receiver on the phone.
func (w Written) Receipt() string { return w.Manifest.Receipt() }

// Export writes one exchange file (merge.md §2.6): the author's export_seq
// is bumped and its slice read in one transaction, the rows are copied
// table by table from the format's allowlist into a fresh database, hashed
// and signed; the file is written with VACUUM INTO under a temporary name,
// synced and renamed, then verified as a receiver would, and recorded in
// the outbox. out may be a folder: the file is then named by FileName.
func Export(ctx context.Context, db *storage.DB, req storage.ExportRequest, out string, opt Options) (Written, error) {
	var w Written
	e, err := db.BeginExport(ctx, req)
	if err != nil {
		return w, err
	}
	payload := e.Payload
	if e.Kind == model.KindBlocFile {
		w.Warnings = embedSigned(e, payload)
	}
	m := manifestOf(e, opt.AppVersion)
	m.ContentHash = ContentHash(e.Kind, payload)
	pub := e.Key.Public().(ed25519.PublicKey)
	switch {
	case e.Kind == model.KindSubmission && len(e.Enrolment) > 0:
		m.EnrolMAC = EnrolMAC(e.Enrolment, e.Author.ID, pub)
	case e.Kind == model.KindSetup:
		m.EnrolCode = e.Enrolment
	}
	sign(e.Key, &m)
	w.Path, w.Manifest = out, m
	// out is a folder (made if missing) unless it names a .sqlite file.
	st, err := os.Stat(out)
	if err == nil && st.IsDir() || errors.Is(err, os.ErrNotExist) && !strings.EqualFold(filepath.Ext(out), ".sqlite") {
		w.Path = filepath.Join(out, FileName(m))
	}
	if err := writeFile(ctx, w.Path, m, payload); err != nil {
		return w, err
	}
	f, err := Verify(ctx, w.Path, opt.Verify)
	if err == nil && f.Manifest.ContentHash != m.ContentHash {
		err = model.Errorf(EContentHash)
	}
	if err != nil {
		os.Remove(w.Path)
		return w, model.Errorf(EWriteCheck, w.Path, err)
	}
	w.Digest, w.Size = f.Digest, f.Size
	unit := ""
	if e.Kind == model.KindSetup {
		unit = e.Addressee.ID
	}
	err = db.RecordSent(ctx, storage.SentFile{Kind: e.Kind, PeriodID: e.Period.ID, UnitID: unit, Seq: m.Seq,
		ContentHash: m.ContentHash, Digest: f.Digest, Name: filepath.Base(w.Path)})
	return w, err
}

// WriteSigned writes a file from rows already in file form: the content
// hash is computed, the manifest signed with key and the file written as
// Export writes it. Generators of test and benchmark data use it; the
// program itself writes through Export.
func WriteSigned(ctx context.Context, path string, m Manifest, p wire.Payload, key ed25519.PrivateKey) error {
	Seal(&m, p, key)
	return writeFile(ctx, path, m, p)
}

// Seal fills a manifest's format, content hash and key for rows p, and
// signs it with key.
func Seal(m *Manifest, p wire.Payload, key ed25519.PrivateKey) {
	m.Format = wire.Version
	m.ContentHash = ContentHash(m.Kind, p)
	m.PublicKey = key.Public().(ed25519.PublicKey)
	sign(key, m)
}

// manifestOf fills a manifest from what the export read.
func manifestOf(e storage.Export, app string) Manifest {
	if app == "" {
		app = "dev"
	}
	role := model.RoleLeader
	if e.Kind == model.KindSubmission {
		role = model.RoleUnit
	}
	return Manifest{Format: wire.Version, Kind: e.Kind, AuthorRole: role, BlocID: e.Bloc.ID, BlocCode: e.Bloc.Code,
		PeriodID: e.Period.ID, PeriodCode: e.Period.Code, AuthorID: e.Author.ID, AuthorCode: e.Author.Code,
		AddresseeID: e.Addressee.ID, AddresseeCode: e.Addressee.Code, CriteriaVersion: e.Period.CriteriaHash,
		Seq: e.Seq, PrevHash: e.PrevHash, CreatedAt: e.Now.UTC().Format(time.RFC3339), AppVersion: app,
		PublicKey: e.Key.Public().(ed25519.PublicKey)}
}

// embedSigned adds to a bloc file the signed manifest of every unit whose
// slice here is still exactly what it signed. A unit whose self-scores the
// leader changed since (typed from paper) travels unsigned, with a warning.
func embedSigned(e storage.Export, p wire.Payload) []*model.Error {
	codes := map[string]string{}
	ut := wire.MustTable(model.TUnit)
	for _, r := range p[model.TUnit] {
		codes[str(ut, r, "unit_id")] = str(ut, r, "code")
	}
	var warn []*model.Error
	for unit, s := range e.Signed {
		m, err := manifestFromJSON(s.Manifest)
		if err == nil && m.ContentHash == s.ContentHash && ContentHash(model.KindSubmission, UnitSlice(p, unit)) == s.ContentHash {
			p[model.TUnitSigned] = append(p[model.TUnitSigned], m.Embedded())
			continue
		}
		warn = append(warn, model.Errorf(WExportDiffers, codes[unit]))
	}
	return warn
}

// writeFile writes a v1 file: rows into a fresh in-memory database with
// the format's DDL, then VACUUM INTO a temporary name beside the target
// (VACUUM INTO leaves no deleted content behind and writes a single
// rollback-mode file), fsync, rename.
func writeFile(ctx context.Context, path string, m Manifest, p wire.Payload) error {
	db, err := newScratch(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := insertTable(ctx, tx, &wire.Manifest, []wire.Row{wire.Row(m.row())}); err != nil {
		return err
	}
	for _, t := range wire.Tables {
		if err := insertTable(ctx, tx, t, p[t.Name]); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// A folder typed for the first time (a new one on a USB stick) is made.
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return storage.WriteError(path, err)
	}
	tmp := path + ".partial"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return storage.WriteError(path, err)
	}
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return storage.WriteError(path, err)
	}
	if err := storage.SyncFile(tmp); err != nil {
		os.Remove(tmp)
		return storage.WriteError(path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return storage.WriteError(path, err)
	}
	storage.SyncDir(filepath.Dir(path))
	return nil
}

// insertTable writes rows with one prepared statement.
func insertTable(ctx context.Context, tx *sql.Tx, t *wire.Table, rows []wire.Row) error {
	if len(rows) == 0 {
		return nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(t.Cols)), ", ")
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO "+t.Name+" ("+t.ColumnList()+") VALUES ("+marks+")")
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, r := range rows {
		if _, err := stmt.ExecContext(ctx, r...); err != nil {
			return err
		}
	}
	return nil
}
