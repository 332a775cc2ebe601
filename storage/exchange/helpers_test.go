package exchange

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/demo/demotest"
	"thidua/storage/storagetest"
)

// The fixture: the demo bloc at its leader (Sông Cầu), and two units, Tuy
// An and Đông Hòa, that joined it from their setup files and typed in the
// same 2019 sheets the leader holds for them. It is built once per test
// binary; every test works on its own copies.
var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureErr  error
)

// fixtureUnits are the units that joined in the fixture.
var fixtureUnits = []string{"TUYAN", "DONGHOA"}

// clock is a test clock shared by a world's databases: it starts at a
// fixed instant and moves one second each time it is read, so every
// transaction has its own time and export_seqs are predictable.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Second)
	return c.now
}

// Set moves the clock (a unit PC set to 2019 or 2035).
func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

var start = time.Date(2026, 1, 12, 8, 0, 0, 0, time.UTC)

func buildFixture() {
	dir, err := os.MkdirTemp("", "thidua-exchange-fixture-")
	if err != nil {
		fixtureErr = err
		return
	}
	fixtureDir = dir
	fixtureErr = func() error {
		ctx := context.Background()
		ck := &clock{now: start}
		leader, err := storage.Open(ctx, demotest.Path(&fakeT{}, filepath.Join(dir, "leader")))
		if err != nil {
			return err
		}
		defer leader.Close()
		leader.Now = ck.Now
		if _, err := leader.InstallKey(ctx); err != nil {
			return err
		}
		p, err := leader.PeriodByCode(ctx, "2019")
		if err != nil {
			return err
		}
		for _, code := range fixtureUnits {
			u, err := leader.UnitByCode(ctx, code)
			if err != nil {
				return err
			}
			setup := filepath.Join(dir, "setup-"+code+".sqlite")
			if _, err := Export(ctx, leader, storage.ExportRequest{Kind: model.KindSetup, PeriodID: p.ID, UnitID: u.ID}, setup, Options{}); err != nil {
				return err
			}
			db, err := storage.Open(ctx, filepath.Join(dir, code, "unit.db"))
			if err != nil {
				return err
			}
			db.Now = ck.Now
			if _, err := Join(ctx, db, setup, JoinOptions{Confirm: func(Manifest, bool) bool { return true }}); err != nil {
				db.Close()
				return fmt.Errorf("join %s: %w", code, err)
			}
			err = copySheet(ctx, leader, db, p, u)
			db.Close()
			if err != nil {
				return fmt.Errorf("sheet %s: %w", code, err)
			}
		}
		return nil
	}()
}

// copySheet types into a unit's database the 2019 sheet and registrations
// the leader holds for it, as the unit would.
func copySheet(ctx context.Context, leader, unit *storage.DB, p model.Period, u model.Unit) error {
	sheet, err := leader.LoadSheet(ctx, p.ID, u.ID)
	if err != nil {
		return err
	}
	self := model.Actor{Role: model.RoleUnit, UnitID: u.ID}
	b := storage.ScoreBatch{PeriodID: p.ID, UnitID: u.ID, Stage: model.StageSelf, Actor: self}
	for _, c := range sheet.Tree.Leaves() {
		r, ok := sheet.Rows[c.ID][model.StageSelf]
		if !ok {
			continue
		}
		in := r.Input
		if in == "" {
			in = r.Points.String()
		}
		note, evidence := r.Note, r.Evidence
		b.Entries = append(b.Entries, storage.ScoreEntry{Criterion: c.ID, Input: in, Note: &note, Evidence: &evidence})
	}
	if _, err := unit.SaveScores(ctx, b); err != nil {
		return err
	}
	regs, err := leader.Registrations(ctx, p.ID, u.ID)
	if err != nil {
		return err
	}
	for _, r := range regs {
		if err := unit.SetRegistration(ctx, self, p.ID, r); err != nil {
			return err
		}
	}
	return nil
}

// fakeT lets demotest write outside a test.
type fakeT struct{ testing.TB }

func (fakeT) Helper()                   {}
func (fakeT) Fatal(args ...any)         { panic(fmt.Sprint(args...)) }
func (fakeT) Fatalf(f string, a ...any) { panic(fmt.Sprintf(f, a...)) }

// world is one test's copies of the fixture's databases.
type world struct {
	t      *testing.T
	ctx    context.Context
	dir    string
	clock  *clock
	leader *storage.DB
	path   string // the leader's database
	period model.Period
	units  map[string]*storage.DB
	n      int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	fixtureOnce.Do(buildFixture)
	if fixtureErr != nil {
		t.Fatalf("fixture: %v", fixtureErr)
	}
	w := &world{t: t, ctx: context.Background(), dir: t.TempDir(), clock: &clock{now: start.Add(time.Hour)},
		units: map[string]*storage.DB{}}
	w.path = filepath.Join(w.dir, "leader", "demo.db")
	copyFile(t, filepath.Join(fixtureDir, "leader", "demo.db"), w.path)
	w.leader = w.open(w.path)
	var err error
	if w.period, err = w.leader.PeriodByCode(w.ctx, "2019"); err != nil {
		t.Fatal(err)
	}
	for _, code := range fixtureUnits {
		p := filepath.Join(w.dir, code, "unit.db")
		copyFile(t, filepath.Join(fixtureDir, code, "unit.db"), p)
		w.units[code] = w.open(p)
	}
	return w
}

// open opens a database on the world's clock, closed with the test.
func (w *world) open(path string) *storage.DB {
	w.t.Helper()
	db, err := storage.Open(w.ctx, path)
	if err != nil {
		w.t.Fatal(err)
	}
	db.Now = w.clock.Now
	w.t.Cleanup(func() { db.Close() })
	return db
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// unit returns a unit's id at the leader.
func (w *world) unit(code string) model.Unit {
	w.t.Helper()
	u, err := w.leader.UnitByCode(w.ctx, code)
	if err != nil {
		w.t.Fatal(err)
	}
	return u
}

// score saves 2019 self-scores in a unit's database, as the unit.
func (w *world) score(code string, pairs ...string) {
	w.t.Helper()
	w.scoreIn(code, w.period, pairs...)
}

// scoreIn saves self-scores for a period in a unit's database.
func (w *world) scoreIn(code string, p model.Period, pairs ...string) {
	w.t.Helper()
	u := w.unit(code)
	b := storage.ScoreBatch{PeriodID: p.ID, UnitID: u.ID, Stage: model.StageSelf, Actor: model.Actor{Role: model.RoleUnit, UnitID: u.ID}}
	for i := 0; i < len(pairs); i += 2 {
		b.Entries = append(b.Entries, storage.ScoreEntry{Criterion: pairs[i], Input: pairs[i+1]})
	}
	if _, err := w.units[code].SaveScores(w.ctx, b); err != nil {
		w.t.Fatal(err)
	}
}

// submit exports a unit's submission and returns its path.
func (w *world) submit(code string) string {
	w.t.Helper()
	return w.export(w.units[code], model.KindSubmission)
}

// export writes a 2019 file of kind from db into the world's folder.
func (w *world) export(db *storage.DB, kind model.FileKind) string {
	w.t.Helper()
	return w.exportIn(db, kind, w.period)
}

// exportIn writes a file of kind for a period.
func (w *world) exportIn(db *storage.DB, kind model.FileKind, p model.Period) string {
	w.t.Helper()
	w.n++
	path := filepath.Join(w.dir, "out", fmt.Sprintf("%02d-%s.sqlite", w.n, kind))
	os.MkdirAll(filepath.Dir(path), 0o755)
	if _, err := Export(w.ctx, db, storage.ExportRequest{Kind: kind, PeriodID: p.ID}, path, Options{}); err != nil {
		w.t.Fatalf("export %s: %v", kind, err)
	}
	return path
}

// setupFor writes the leader's setup file for a unit.
func (w *world) setupFor(code string) string {
	w.t.Helper()
	w.n++
	path := filepath.Join(w.dir, "out", fmt.Sprintf("%02d-setup-%s.sqlite", w.n, code))
	os.MkdirAll(filepath.Dir(path), 0o755)
	if _, err := Export(w.ctx, w.leader, storage.ExportRequest{Kind: model.KindSetup, PeriodID: w.period.ID, UnitID: w.unit(code).ID}, path, Options{}); err != nil {
		w.t.Fatal(err)
	}
	return path
}

// merge applies files at the leader and returns their outcomes.
func (w *world) merge(paths ...string) []model.MergeOutcome {
	w.t.Helper()
	return w.mergeInto(w.leader, false, paths...)
}

func (w *world) mergeInto(db *storage.DB, dry bool, paths ...string) []model.MergeOutcome {
	w.t.Helper()
	out, err := Merge(w.ctx, db, paths, MergeOptions{DryRun: dry})
	if err != nil {
		w.t.Fatalf("merge: %v", err)
	}
	return out
}

// one merges one file and checks its status.
func (w *world) one(path string, want model.MergeStatus) model.MergeOutcome {
	w.t.Helper()
	o := w.merge(path)[0]
	if o.Status != want {
		w.t.Fatalf("%s: %v (%v), want %v", filepath.Base(path), o.Status, o.Reason, want)
	}
	return o
}

// digest fingerprints a database's bytes: the main file and its
// write-ahead log. Any committed change appends to the log (or, after a
// checkpoint, rewrites the file); reading changes neither, so equal digests
// mean the database is byte-for-byte what it was.
func digest(t testing.TB, path string) string {
	t.Helper()
	h := sha256.New()
	for _, p := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		fmt.Fprintln(h, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// content is the database's content hash without its logs.
func content(t testing.TB, path string) string { return storagetest.Content(t, path, false) }

// contentOf is storagetest.Content.
func contentOf(t testing.TB, path string, all bool) string { return storagetest.Content(t, path, all) }

// resign rewrites a genuine file with changes, as a tamperer with the key
// would: the manifest and payload are edited, the content hash recomputed
// and the manifest signed again with key.
func resign(t testing.TB, src, dst string, key ed25519.PrivateKey, edit func(m *Manifest, p facts.Set)) {
	t.Helper()
	f, err := Verify(context.Background(), src, VerifyOptions{})
	if err != nil {
		t.Fatalf("resign: %v", err)
	}
	m, p := f.Manifest, f.Payload
	edit(&m, p)
	m.ContentHash = contentHash(m.Format, m.Kind, p)
	m.PublicKey = key.Public().(ed25519.PublicKey)
	sign(key, &m)
	if err := writeFile(context.Background(), dst, m, p); err != nil {
		t.Fatal(err)
	}
}

// rewrite edits a file with plain SQL, as someone with DB Browser would.
func rewrite(t testing.TB, src, dst string, stmts ...string) {
	t.Helper()
	copyFile(t, src, dst)
	db, err := sql.Open("sqlite", dst)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// key returns a database's installation key.
func (w *world) key(db *storage.DB) ed25519.PrivateKey {
	w.t.Helper()
	k, err := db.InstallKey(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return k
}

// code returns a reason's code, or "".
func code(o model.MergeOutcome) string {
	if o.Reason == nil {
		return ""
	}
	return o.Reason.Code
}

// moveToBloc rewrites a payload as if its bloc had been set up on another
// computer: every bloc-scoped row carries blocID (and the bloc row code,
// unless code is ""), and no unit slice is signed.
func moveToBloc(m *Manifest, p facts.Set, blocID, code string) {
	m.BlocID = blocID
	if code != "" {
		m.BlocCode = code
	}
	bt := facts.MustTable(facts.TBloc)
	for _, r := range p[facts.TBloc] {
		r[bt.Col("bloc_id")] = blocID
		if code != "" {
			r[bt.Col("code")] = code
		}
	}
	for _, name := range []string{facts.TUnit, facts.TVersion, facts.TPeriod} {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			r[t.Col("bloc_id")] = blocID
		}
	}
	p[facts.TUnitSigned] = nil
}

// lockSheet has the leader accept a unit's sheet (the lock a late file
// meets).
func (w *world) lockSheet(t testing.TB, code string) {
	t.Helper()
	leader := model.Actor{Role: model.RoleLeader, UnitID: w.unit("SONGCAU").ID}
	if err := w.leader.SetLock(w.ctx, leader, w.period.ID, model.Lock{Kind: model.LockAccepted, UnitID: w.unit(code).ID,
		Reason: "Khối đã chấm"}, true); err != nil {
		t.Fatal(err)
	}
}
