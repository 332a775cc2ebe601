package exchange

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// Options are shared by the exchange's entry points.
type Options struct {
	// AppVersion is written in manifests ("dev" if empty).
	AppVersion string
	Verify     VerifyOptions
}

// Export writes one exchange file (merge.md §2.6): the author's export_seq
// is bumped and its slice read in one transaction, the rows are copied
// table by table from the format's allowlist into a fresh database, hashed
// and signed; the file is written with VACUUM INTO under a temporary name,
// synced and renamed, then verified as a receiver would, and recorded in
// the outbox. out may be a folder: the file is then named by FileName.
func Export(ctx context.Context, db *storage.DB, req storage.ExportRequest, out string, opt Options) (model.WrittenFile, error) {
	p, err := prepare(ctx, db, req, out, opt)
	if err != nil {
		return p.w, err
	}
	return p.finish(ctx, db)
}

// ExportAll writes one file per request into the folder dir, all or none
// (thidua setup --all): every file is written and checked under a name no
// merge takes (".pending") first, and only when every one is sound are
// they renamed into place and recorded in the outbox. A failure leaves no
// new file in dir and nothing in the outbox, only unused sequence numbers.
func ExportAll(ctx context.Context, db *storage.DB, reqs []storage.ExportRequest, dir string, opt Options) ([]model.WrittenFile, error) {
	var ready []pendingFile
	discard := func() {
		for _, p := range ready {
			removeTemp(p.tmp)
		}
	}
	for _, req := range reqs {
		p, err := prepare(ctx, db, req, dir, opt)
		if err != nil {
			discard()
			return nil, err
		}
		ready = append(ready, p)
	}
	var out []model.WrittenFile
	for i, p := range ready {
		if err := p.place(); err != nil {
			for _, done := range ready[:i] {
				// All or none: a file already placed goes too, and one
				// that cannot is named beside the error.
				if rerr := os.Remove(done.w.Path); rerr != nil {
					err = errors.Join(err, storage.WriteError(done.w.Path, rerr))
				}
			}
			discard()
			return nil, err
		}
	}
	for _, p := range ready {
		w, err := p.record(ctx, db)
		if err != nil {
			return out, err
		}
		out = append(out, w)
	}
	return out, nil
}

// pendingFile is an exchange file written and checked under a temporary
// name, waiting to be put in place and recorded.
type pendingFile struct {
	w    model.WrittenFile
	tmp  string
	sent model.SentFile
	// endorsement is a handover's: the leader key's endorsement of the
	// incoming unit's key.
	endorsement facts.Row
}

// prepare writes and checks the file of req under a temporary name.
func prepare(ctx context.Context, db *storage.DB, req storage.ExportRequest, out string, opt Options) (pendingFile, error) {
	var p pendingFile
	e, err := db.BeginExport(ctx, req)
	if err != nil {
		return p, err
	}
	payload := e.Payload
	switch e.Kind {
	case model.KindBlocFile:
		p.w.Warnings = embedSigned(e, payload)
	case model.KindHandover:
		p.w.Warnings = embedHanded(e, payload)
		p.endorsement = Endorse(e.Key, e.Bloc.ID, e.Addressee.ID, e.AddresseeKey, e.Now)
		payload[facts.TEndorsement] = append(payload[facts.TEndorsement], p.endorsement)
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
	p.w.Path = out
	// out is a folder (made if missing) unless it names a .sqlite file.
	st, err := os.Stat(out)
	if err == nil && st.IsDir() || errors.Is(err, os.ErrNotExist) && !strings.EqualFold(filepath.Ext(out), ".sqlite") {
		p.w.Path = filepath.Join(out, FileName(m))
	}
	p.w.File = m.Info()
	p.w.File.Path, p.w.File.Name = p.w.Path, SafeName(p.w.Path)
	p.tmp = p.w.Path + ".pending"
	if err := writeFile(ctx, p.tmp, m, payload); err != nil {
		return p, rename(err, p.tmp, p.w.Path)
	}
	f, err := Verify(ctx, p.tmp, opt.Verify)
	if err == nil && f.Manifest.ContentHash != m.ContentHash {
		err = model.Errorf(EContentHash)
	}
	if err != nil {
		removeTemp(p.tmp)
		return p, model.Errorf(EWriteCheck, p.w.Path, err)
	}
	p.w.Digest, p.w.Size = f.Digest, f.Size
	unit := ""
	if e.Kind == model.KindSetup || e.Kind == model.KindHandover {
		unit = e.Addressee.ID
	}
	p.sent = model.SentFile{Kind: e.Kind, PeriodID: e.Period.ID, UnitID: unit, Seq: m.Seq,
		ContentHash: m.ContentHash, Digest: f.Digest, Name: filepath.Base(p.w.Path)}
	return p, nil
}

// rename makes an error about the temporary file name the final one.
func rename(err error, tmp, final string) error {
	var me *model.Error
	if errors.As(err, &me) {
		for i, v := range me.Params {
			if s, ok := v.(string); ok && (s == tmp || s == tmp+".partial") {
				me.Params[i] = final
			}
		}
	}
	return err
}

// place renames the checked file to its name.
func (p pendingFile) place() error {
	if err := os.Rename(p.tmp, p.w.Path); err != nil {
		removeTemp(p.tmp)
		return storage.WriteError(p.w.Path, err)
	}
	storage.SyncDir(filepath.Dir(p.w.Path))
	return nil
}

// record notes the file in the outbox.
func (p pendingFile) record(ctx context.Context, db *storage.DB) (model.WrittenFile, error) {
	return p.w, db.RecordSent(ctx, p.sent)
}

// finish puts the file in place and records it.
func (p pendingFile) finish(ctx context.Context, db *storage.DB) (model.WrittenFile, error) {
	if err := p.place(); err != nil {
		return p.w, err
	}
	return p.record(ctx, db)
}

// WriteSigned writes a file from rows already in file form: the content
// hash is computed, the manifest signed with key and the file written as
// Export writes it. Generators of test and benchmark data use it; the
// program itself writes through Export.
func WriteSigned(ctx context.Context, path string, m Manifest, p facts.Set, key ed25519.PrivateKey) error {
	Seal(&m, p, key)
	return writeFile(ctx, path, m, p)
}

// Seal fills a manifest's format, content hash and key for rows p, and
// signs it with key.
func Seal(m *Manifest, p facts.Set, key ed25519.PrivateKey) {
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
	switch e.Kind {
	case model.KindSubmission:
		role = model.RoleUnit
	case model.KindDecision:
		role = model.RoleProvince
	}
	if e.Role == model.RoleProvince {
		role = model.RoleProvince // a decision file, or a confirmation of a new leader
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
func embedSigned(e storage.Export, p facts.Set) []*model.Error {
	codes := map[string]string{}
	ut := facts.MustTable(facts.TUnit)
	for _, r := range p[facts.TUnit] {
		codes[str(ut, r, "unit_id")] = str(ut, r, "code")
	}
	var warn []*model.Error
	for unit, s := range e.Signed {
		m, err := manifestFromJSON(s.Manifest)
		if err == nil && m.ContentHash == s.ContentHash && contentHash(m.Format, model.KindSubmission, UnitSlice(p, unit)) == s.ContentHash {
			p[facts.TUnitSigned] = append(p[facts.TUnitSigned], m.Embedded())
			continue
		}
		warn = append(warn, model.Errorf(WExportDiffers, codes[unit]))
	}
	return warn
}

// writeFile writes a file in the format its manifest names (version 2,
// except tests that make files as older builds did): rows into a fresh
// in-memory database with the layout's DDL (in version 2, only of the
// tables that hold rows: every table costs a page), then VACUUM INTO a
// temporary name beside the target (VACUUM INTO leaves no deleted content
// behind and writes a single rollback-mode file), fsync, rename.
func writeFile(ctx context.Context, path string, m Manifest, p facts.Set) error {
	l, ok := wire.LayoutOf(int(m.Format), m.Kind)
	if !ok {
		return fmt.Errorf("exchange: no format %d for a %s file", m.Format, m.Kind)
	}
	for name, rows := range p {
		if len(rows) > 0 && !l.Has(name) {
			return fmt.Errorf("exchange: a %s file of format %d has no table %s", m.Kind, l.Version, name)
		}
	}
	stored, ids := l.Encode(p)
	if l.Sparse() {
		l = l.Only(func(name string) bool { return len(stored[name]) > 0 })
	}
	db, err := newScratch(ctx, l)
	if err != nil {
		return err
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := insertTable(ctx, tx, &facts.Manifest, []facts.Row{facts.Row(m.row())}); err != nil {
		return err
	}
	if l.NumberedIDs() {
		rows := make([]facts.Row, len(ids))
		for i, id := range ids {
			rows[i] = wire.IDRow(int64(i+1), id)
		}
		if err := insertTable(ctx, tx, &wire.IDs, rows); err != nil {
			return err
		}
	}
	for _, t := range l.Tables {
		if err := insertTable(ctx, tx, t, stored[t.Name]); err != nil {
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
		removeTemp(tmp)
		return storage.WriteError(path, err)
	}
	if err := storage.SyncFile(tmp); err != nil {
		removeTemp(tmp)
		return storage.WriteError(path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		removeTemp(tmp)
		return storage.WriteError(path, err)
	}
	storage.SyncDir(filepath.Dir(path))
	return nil
}

// insertTable writes rows with one prepared statement.
func insertTable(ctx context.Context, tx *sql.Tx, t *facts.Table, rows []facts.Row) error {
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
