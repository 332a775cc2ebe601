package exchange

import (
	"crypto/ed25519"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// province opens a new province database in the world.
func (w *world) province(name string) (*storage.DB, string) {
	w.t.Helper()
	path := filepath.Join(w.dir, name, "province.db")
	db := w.open(path)
	if err := db.BecomeProvince(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	return db, path
}

// blocFile is the leader's bloc file after Tuy An's submission was applied.
func (w *world) blocFile() string {
	w.t.Helper()
	w.one(w.submit("TUYAN"), model.StatusApplied)
	return w.export(w.leader, model.KindBlocFile)
}

// Province merge: the first file of a bloc waits for the leader's key to
// be checked; then the bloc's data is the file's, and each unit's signed
// slice was checked against its signature.
func TestProvinceMerge(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, path := w.province("prov")
	file := w.blocFile()
	o := w.mergeInto(prov, false, file)[0]
	if o.Status != model.StatusHeld || o.Hold != model.HoldUnverified || !strings.Contains(o.Message("vi"), "khối trưởng") {
		t.Fatalf("first sight: %v %v %s", o.Status, o.Hold, o.Message("vi"))
	}
	d, err := Decide(w.ctx, prov, o.HoldID, true, "Đã gọi khối trưởng", Options{})
	if err != nil || d.Status != model.StatusApplied || d.Counts.New == 0 {
		t.Fatalf("accept: %v %v %+v", d.Status, err, d.Counts)
	}
	for _, warn := range d.Warnings {
		if strings.Contains(warn.Localize("en"), "TUYAN") || strings.Contains(warn.Localize("en"), "SONGCAU") {
			t.Errorf("signed or leader's own unit flagged: %s", warn.Localize("en"))
		}
	}
	// The province holds the leader's scores for the period, as the leader.
	sameAsLeader := func(when string) {
		t.Helper()
		leaderSlice, _ := w.leader.BlocSlice(w.ctx, w.period.ID)
		provSlice, _ := prov.BlocSlice(w.ctx, w.period.ID)
		for _, name := range []string{facts.TScore, facts.TRegistration} {
			if ContentHash(model.KindBlocFile, facts.Set{name: leaderSlice[name]}) != ContentHash(model.KindBlocFile, facts.Set{name: provSlice[name]}) {
				t.Errorf("%s: %s differs between the leader and the province", when, name)
			}
		}
	}
	sameAsLeader("first file")
	if r, err := prov.Result(w.ctx, w.period.ID); err != nil || len(r.Ranking.All()) != 9 {
		t.Errorf("the province cannot rank the bloc: %v", err)
	}
	// 48b: an older bloc file after a newer one is stale.
	newer := w.export(w.leader, model.KindBlocFile)
	if o := w.mergeInto(prov, false, newer)[0]; o.Status != model.StatusUnchanged {
		t.Errorf("re-export: %v %v", o.Status, o.Reason)
	}
	// A later file changes and removes rows; the province's own review
	// stays.
	w.score("TUYAN", "II.1", "1")
	tuyan := w.unit("TUYAN")
	if _, err := w.units["TUYAN"].SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: tuyan.ID,
		Stage: model.StageSelf, Actor: model.Actor{Role: model.RoleUnit, UnitID: tuyan.ID},
		Entries: []storage.ScoreEntry{{Criterion: "II.2", Clear: true}}}); err != nil {
		t.Fatal(err)
	}
	w.one(w.submit("TUYAN"), model.StatusApplied)
	if _, err := prov.SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: tuyan.ID, Stage: model.StageProvince,
		Actor: model.Actor{Role: model.RoleProvince}, Entries: []storage.ScoreEntry{{Criterion: "II.3", Input: "1", Reason: "Tỉnh chấm lại"}}}); err != nil {
		t.Fatal(err)
	}
	newest := w.export(w.leader, model.KindBlocFile)
	if o := w.mergeInto(prov, false, newest)[0]; o.Status != model.StatusApplied || o.Counts.Changed == 0 || o.Counts.Removed != 1 {
		t.Errorf("update: %v %+v", o.Status, o.Counts)
	}
	sameAsLeader("later file")
	if s, _ := prov.LoadSheet(w.ctx, w.period.ID, tuyan.ID); len(s.Rows) == 0 {
		t.Error("no sheet at the province")
	} else if c, _ := s.Tree.Resolve("II.3"); s.Rows[c.ID][model.StageProvince].SetBy.Role != model.RoleProvince {
		t.Errorf("the province's own review was lost: %+v", s.Rows[c.ID])
	}
	before := content(t, path)
	if o := w.mergeInto(prov, false, file)[0]; o.Status != model.StatusUnchanged {
		t.Errorf("the first file again: %v", o.Status)
	}
	resignedOld := w.tampered("older-resigned.sqlite")
	resign(t, newer, resignedOld, w.key(w.leader), func(m *Manifest, _ facts.Set) { m.Seq -= 1 })
	if o := w.mergeInto(prov, false, resignedOld)[0]; o.Status != model.StatusStale {
		t.Errorf("older bloc file: %v %v", o.Status, o.Reason)
	}
	if content(t, path) != before {
		t.Error("stale files changed the province's data")
	}
	// A unit's file sent straight to the province.
	if o := w.mergeInto(prov, false, w.submit("DONGHOA"))[0]; code(o) != ESendToLeader {
		t.Errorf("unit file at the province: %v", o.Reason)
	}
}

// Case 47: the leader changed a unit's self-score in the bloc file and
// signed it: the unit's signed slice no longer matches.
func TestProvinceNestedSignature(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, path := w.province("prov")
	file := w.blocFile()
	kL := w.key(w.leader)
	tuyan := w.unit("TUYAN").ID
	changed := w.tampered("leader-edit.sqlite")
	resign(t, file, changed, kL, func(_ *Manifest, p facts.Set) {
		for _, r := range p[facts.TScore] {
			if r[1] == tuyan && r[3] == "self" && r[5] == "" && r[4].(int64) > 0 {
				r[4] = r[4].(int64) / 2
				return
			}
		}
	})
	before := digest(t, path)
	o := w.mergeInto(prov, false, changed)[0]
	if o.Status != model.StatusRejected || code(o) != ENested || !strings.Contains(o.Message("vi"), "TUYAN") ||
		!strings.Contains(o.Message("vi"), "khác bản đơn vị đã ký") {
		t.Fatalf("%v %s", o.Status, o.Message("vi"))
	}
	// The roster's key for Tuy An replaced by another one.
	other := w.tampered("roster-key.sqlite")
	resign(t, file, other, kL, func(_ *Manifest, p facts.Set) {
		ut := facts.MustTable(facts.TUnit)
		for _, r := range p[facts.TUnit] {
			if r[0] == tuyan {
				r[ut.Col("public_key")] = []byte(newKey(t).Public().(ed25519.PublicKey))
			}
		}
	})
	if o := w.mergeInto(prov, false, other)[0]; code(o) != ENestedKey {
		t.Errorf("roster key: %v", o.Reason)
	}
	if digest(t, path) != before {
		t.Error("rejected bloc files changed the province's database")
	}
}

// Case 48a: one unit in the files of two blocs.
func TestProvinceCrossBloc(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, _ := w.province("prov")
	file := w.blocFile()
	o := w.mergeInto(prov, false, file)[0]
	if _, err := Decide(w.ctx, prov, o.HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	clone := w.tampered("other-bloc.sqlite")
	k := newKey(t)
	resign(t, file, clone, k, func(m *Manifest, p facts.Set) {
		moveToBloc(m, p, "b-khac", "KHOI-KHAC")
	})
	o = w.mergeInto(prov, false, clone)[0]
	if o.Status != model.StatusHeld || o.Hold != model.HoldUnverified {
		t.Fatalf("first file of the second bloc: %v %v", o.Status, o.Hold)
	}
	d, err := Decide(w.ctx, prov, o.HoldID, true, "Đã gọi", Options{})
	if err != nil || d.Status != model.StatusHeld || d.Hold != model.HoldCrossBloc {
		t.Fatalf("cross-bloc: %v %v %v", d.Status, d.Hold, err)
	}
}
