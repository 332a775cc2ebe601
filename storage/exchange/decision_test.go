package exchange

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// decided is a province that merged the bloc's file, decided an award for
// Tuy An and reviewed one of its scores; with the award's code.
func (w *world) decided() (*storage.DB, string) {
	w.t.Helper()
	prov, _, _ := w.provinceWith()
	r, err := prov.Rules(w.ctx, w.period.ID)
	if err != nil || len(r.Awards) == 0 {
		w.t.Fatalf("no award rules at the province: %v", err)
	}
	award := r.Awards[0].Code
	tuyan := w.unit("TUYAN").ID
	d := model.Decision{UnitID: tuyan, Award: award, Outcome: model.Awarded, Number: "512/QĐ-UBND",
		Date: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)}
	if err := prov.SetDecision(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, d); err != nil {
		w.t.Fatal(err)
	}
	if _, err := prov.SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: tuyan, Stage: model.StageProvince,
		Actor: model.Actor{Role: model.RoleProvince}, Entries: []storage.ScoreEntry{{Criterion: "II.3", Input: "1",
			Reason: "Tỉnh chấm lại theo kết quả kiểm tra"}}}); err != nil {
		w.t.Fatal(err)
	}
	return prov, award
}

// decisionFile writes the province's decision file for the world's period.
func (w *world) decisionFile(prov *storage.DB) string {
	w.t.Helper()
	w.n++
	dir := filepath.Join(w.dir, "out", "prov", strings.Repeat("d", w.n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		w.t.Fatal(err)
	}
	f, err := Export(w.ctx, prov, storage.ExportRequest{Kind: model.KindDecision, PeriodID: w.period.ID}, dir, Options{})
	if err != nil {
		w.t.Fatalf("decision file: %v", err)
	}
	return f.Path
}

// The province's decisions flow down: its signed decision file is held at
// the leader until the province's key is verified, then applied; merged
// again it changes nothing; the leader's next setup file carries the
// decisions and the unit's province-stage scores to the unit, and the
// leader's next bloc file still verifies at the province.
func TestDecisionsFlowDown(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, award := w.decided()
	file := w.decisionFile(prov)
	if !strings.Contains(filepath.Base(file), "quyetdinh") || formatOf(t, file) != wire.Version {
		t.Errorf("decision file %s", filepath.Base(file))
	}
	o := w.merge(file)[0]
	if o.Status != model.StatusHeld || o.Hold != model.HoldUnverified || !strings.Contains(o.Message("vi"), "tỉnh") ||
		!strings.Contains(o.Message("vi"), o.File.Fingerprint) {
		t.Fatalf("first decision file: %v %v %s", o.Status, o.Hold, o.Message("vi"))
	}
	d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi Ban Thi đua tỉnh, mã khớp", Options{})
	if err != nil || d.Status != model.StatusApplied || d.Counts.New != 2 {
		t.Fatalf("accept: %v %+v %v", d.Status, d.Counts, err)
	}
	tuyan := w.unit("TUYAN")
	ps, err := prov.LoadSheet(w.ctx, w.period.ID, tuyan.ID)
	if err != nil {
		t.Fatal(err)
	}
	c3, _ := ps.Tree.Resolve("II.3")
	want := ps.Rows[c3.ID][model.StageProvince]
	seen := func(db *storage.DB, who string) {
		t.Helper()
		r, err := db.Result(w.ctx, w.period.ID)
		if err != nil {
			t.Fatalf("%s: %v", who, err)
		}
		if len(r.Decisions) != 1 || r.Decisions[0].Award != award || r.Decisions[0].Number != "512/QĐ-UBND" ||
			r.Decisions[0].Date.Format("2006-01-02") != "2026-01-20" {
			t.Errorf("%s: decisions %+v", who, r.Decisions)
		}
		s, err := db.LoadSheet(w.ctx, w.period.ID, tuyan.ID)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := s.Tree.Resolve("II.3")
		if got, ok := s.Rows[c.ID][model.StageProvince]; !ok || got.Input != want.Input || got.Points != want.Points ||
			got.SetBy.Role != model.RoleProvince {
			t.Errorf("%s: province score %+v", who, s.Rows[c.ID])
		}
	}
	seen(w.leader, "leader")
	if o := w.merge(w.decisionFile(prov))[0]; o.Status != model.StatusUnchanged {
		t.Errorf("the same decisions again: %v %v", o.Status, o.Reason)
	}
	if o := w.merge(file)[0]; code(o) != EDuplicate {
		t.Errorf("the same file again: %v %v", o.Status, o.Reason)
	}
	// Passed on in the next setup file.
	setup := w.setupFor("TUYAN")
	j, err := Join(w.ctx, w.units["TUYAN"], setup, JoinOptions{Confirm: func(Manifest, bool) bool { return true }})
	if err != nil || j.Status != model.StatusApplied {
		t.Fatalf("join: %v %v", j.Status, err)
	}
	seen(w.units["TUYAN"], "unit")
	// The other unit gets the bloc's decisions, not Tuy An's scores.
	f, err := Verify(w.ctx, w.setupFor("DONGHOA"), VerifyOptions{})
	if err != nil || len(f.Payload[facts.TDecision]) != 1 || len(f.Payload[facts.TScore]) != 0 {
		t.Errorf("Đông Hòa's setup: %v %d decisions %d scores", err, len(f.Payload[facts.TDecision]), len(f.Payload[facts.TScore]))
	}
	// The leader's next bloc file, ranked on the province's stage, still
	// goes up.
	if o := w.mergeInto(prov, false, w.export(w.leader, model.KindBlocFile))[0]; o.Status == model.StatusRejected {
		t.Errorf("bloc file after the decisions: %v", o.Reason)
	}
}

// A decision file as a hostile file: another signer, a replay of an older
// one, rows edited after signing, rows for units outside the bloc, a
// decision the award rules do not allow, another bloc, and the kind sent
// to the wrong installation.
func TestDecisionFileHostile(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, award := w.decided()
	first := w.decisionFile(prov)
	o := w.merge(first)[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	tuyan := w.unit("TUYAN").ID
	if err := prov.SetDecision(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, model.Decision{UnitID: tuyan,
		Award: award, Outcome: model.NotAwarded}); err != nil {
		t.Fatal(err)
	}
	second := w.decisionFile(prov)
	if o := w.merge(second)[0]; o.Status != model.StatusApplied {
		t.Fatalf("second: %v %v", o.Status, o.Reason)
	}
	kP := w.key(prov)
	before := content(t, w.path)
	// An older decision file re-sent, and one re-signed as older.
	if o := w.merge(first)[0]; code(o) != EDuplicate {
		t.Errorf("replay: %v %v", o.Status, o.Reason)
	}
	older := w.tampered("older-decisions.sqlite")
	resign(t, first, older, kP, func(m *Manifest, _ facts.Set) { m.Seq++ })
	if o := w.merge(older)[0]; o.Status != model.StatusStale {
		t.Errorf("stale: %v %v", o.Status, o.Reason)
	}
	if content(t, w.path) != before {
		t.Error("a stale decision file changed the leader's database")
	}
	// Signed by someone else: held, nothing applied.
	forged := w.tampered("forged-decisions.sqlite")
	resign(t, second, forged, newKey(t), func(m *Manifest, p facts.Set) {
		m.Seq += 100
		setRows(p, facts.TDecision, "outcome", "awarded")
		setRows(p, facts.TDecision, "number", "999/QĐ-UBND")
	})
	if o := w.merge(forged)[0]; o.Status != model.StatusHeld || o.Hold != model.HoldKeyChanged ||
		!strings.Contains(o.Message("en"), "province") {
		t.Errorf("forged: %v %v %s", o.Status, o.Hold, o.Message("en"))
	}
	if r, _ := w.leader.Result(w.ctx, w.period.ID); len(r.Decisions) != 1 || r.Decisions[0].Outcome != model.NotAwarded {
		t.Errorf("a held file changed the decisions: %+v", r.Decisions)
	}
	// Edited without signing again.
	edited := w.tampered("edited-decisions.sqlite")
	rewrite(t, second, edited, `UPDATE decision SET outcome = 'awarded', number = '1/QĐ-UBND'`)
	w.rejects(edited, EContentHash)
	cases := map[string]struct {
		edit func(m *Manifest, p facts.Set)
		want string
	}{
		"stranger": {func(m *Manifest, p facts.Set) { setRows(p, facts.TDecision, "unit_id", "u-la") }, ENotInRoster},
		"no-number": {func(m *Manifest, p facts.Set) {
			setRows(p, facts.TDecision, "outcome", "awarded")
			setRows(p, facts.TDecision, "number", "")
		}, EDecisionRow},
		"other-bloc": {func(m *Manifest, p facts.Set) { m.BlocID, m.BlocCode = "b-khac", "KHOI-KHAC" }, EOtherBloc},
		"bloc-stage": {func(m *Manifest, p facts.Set) { setRows(p, facts.TScore, "stage", "bloc") }, ENotOwned},
		"over-max":   {func(m *Manifest, p facts.Set) { setRows(p, facts.TScore, "points_x100", int64(99900)) }, EBounds},
	}
	for name, c := range cases {
		p := w.tampered(name + "-decisions.sqlite")
		resign(t, second, p, kP, func(m *Manifest, pl facts.Set) { m.Seq += 10; c.edit(m, pl) })
		w.rejects(p, c.want)
	}
	// Sent to the province, or to a unit.
	if o := w.mergeInto(prov, false, second)[0]; code(o) != EKindHere {
		t.Errorf("at the province: %v %v", o.Status, o.Reason)
	}
	if _, err := Join(w.ctx, w.units["TUYAN"], second, JoinOptions{Confirm: func(Manifest, bool) bool { return true }}); model.ErrorCode(err) != EJoinNotSetup {
		t.Errorf("at a unit: %v", err)
	}
	// Only a province writes one.
	if _, err := Export(w.ctx, w.leader, storage.ExportRequest{Kind: model.KindDecision, PeriodID: w.period.ID},
		w.tampered("x.sqlite"), Options{}); model.ErrorCode(err) != storage.EExportRole {
		t.Errorf("a leader's decision file: %v", err)
	}
}
