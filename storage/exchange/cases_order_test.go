package exchange

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// applied returns what the leader holds applied for a unit's slice.
func (w *world) applied(code string) model.AppliedSlice {
	w.t.Helper()
	st, err := w.leader.InboxState(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return st.Applied[storage.SliceKey(w.period.ID, w.unit(code).ID)]
}

// sliceHash is the canonical hash of what the leader stores of a unit.
func (w *world) sliceHash(code string) string {
	w.t.Helper()
	p, err := w.leader.UnitSlice(w.ctx, w.period.ID, w.unit(code).ID)
	if err != nil {
		w.t.Fatal(err)
	}
	return ContentHash(model.KindSubmission, p)
}

// Cases 32–38: duplicates, re-exports, order, forks, review flags, locks,
// deletions.
func TestOrderCases(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	first := w.submit("TUYAN")
	w.one(first, model.StatusApplied)

	t.Run("32 the same file twice", func(t *testing.T) {
		before := digest(t, w.path)
		o := w.one(first, model.StatusUnchanged)
		if !strings.HasPrefix(o.Message("vi"), "Đã nhập ngày") || digest(t, w.path) != before {
			t.Errorf("%s; database changed: %v", o.Message("vi"), digest(t, w.path) != before)
		}
	})
	t.Run("33 exported again without changes", func(t *testing.T) {
		again := w.submit("TUYAN")
		before := content(t, w.path)
		o := w.one(again, model.StatusUnchanged)
		if !strings.Contains(o.Message("vi"), "Không thay đổi") || content(t, w.path) != before {
			t.Errorf("%s", o.Message("vi"))
		}
		if w.applied("TUYAN").Seq != o.File.Seq {
			t.Error("the newer seq was not recorded")
		}
	})
	t.Run("34 seq 3 before seq 2, in one batch and in two sessions", func(t *testing.T) {
		w.score("TUYAN", "II.1", "1")
		two := w.submit("TUYAN")
		w.score("TUYAN", "II.1", "1,5")
		three := w.submit("TUYAN")
		out := w.merge(three, two)
		if out[0].Status != model.StatusApplied || out[1].Status != model.StatusStale ||
			!strings.Contains(out[1].Message("vi"), "Bản cũ hơn — bỏ qua") {
			t.Errorf("one batch: %v %v %s", out[0].Status, out[1].Status, out[1].Message("vi"))
		}
		w.score("TUYAN", "II.1", "2")
		four := w.submit("TUYAN")
		w.score("TUYAN", "II.1", "0,5")
		five := w.submit("TUYAN")
		w.one(five, model.StatusApplied)
		w.one(four, model.StatusStale)
		if w.sliceHash("TUYAN") != w.applied("TUYAN").ContentHash {
			t.Error("the stored slice is not the newest file's")
		}
	})
	t.Run("36 a self-score changed after the bloc's review", func(t *testing.T) {
		leaderActor := model.Actor{Role: model.RoleLeader, UnitID: w.unit("SONGCAU").ID}
		u := w.unit("TUYAN")
		if _, err := w.leader.SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: u.ID, Stage: model.StageBloc,
			Actor: leaderActor, Entries: []storage.ScoreEntry{{Criterion: "II.1", Input: "1", Reason: "Chậm kế hoạch"},
				{Criterion: "II.4", Input: "1", Reason: "Chưa cập nhật phần mềm"}}}); err != nil {
			t.Fatal(err)
		}
		w.score("TUYAN", "II.1", "2")
		w.one(w.submit("TUYAN"), model.StatusApplied)
		sheet, _ := w.leader.LoadSheet(w.ctx, w.period.ID, u.ID)
		ii1, _ := sheet.Tree.Resolve("II.1")
		ii4, _ := sheet.Tree.Resolve("II.4")
		bloc, other := sheet.Rows[ii1.ID][model.StageBloc], sheet.Rows[ii4.ID][model.StageBloc]
		if bloc.Flag != model.FlagChangedAfter || bloc.Points != 100 || sheet.Rows[ii1.ID][model.StageSelf].Points != 200 {
			t.Errorf("II.1: bloc %v flag %q, self %v", bloc.Points, bloc.Flag, sheet.Rows[ii1.ID][model.StageSelf].Points)
		}
		if other.Flag != "" {
			t.Error("an unchanged criterion was flagged")
		}
		// Reviewing again settles the flag.
		if _, err := w.leader.SaveScores(w.ctx, storage.ScoreBatch{PeriodID: w.period.ID, UnitID: u.ID, Stage: model.StageBloc,
			Actor: leaderActor, Entries: []storage.ScoreEntry{{Criterion: "II.1", Input: "1,5", Reason: "Xem lại"}}}); err != nil {
			t.Fatal(err)
		}
		sheet, _ = w.leader.LoadSheet(w.ctx, w.period.ID, u.ID)
		if f := sheet.Rows[ii1.ID][model.StageBloc].Flag; f != "" {
			t.Errorf("flag after a new review: %q", f)
		}
	})
	t.Run("38 a registration deleted", func(t *testing.T) {
		u := w.unit("TUYAN")
		err := w.units["TUYAN"].SetRegistration(w.ctx, model.Actor{Role: model.RoleUnit, UnitID: u.ID}, w.period.ID,
			model.Registration{UnitID: u.ID, Item: "03-dao-tao-nghe"})
		if err != nil {
			t.Fatal(err)
		}
		o := w.one(w.submit("TUYAN"), model.StatusApplied)
		if o.Counts.Removed != 1 || o.Counts.New+o.Counts.Changed != 0 {
			t.Errorf("counts %+v", o.Counts)
		}
		regs, _ := w.leader.Registrations(w.ctx, w.period.ID, u.ID)
		for _, r := range regs {
			if r.Item == "03-dao-tao-nghe" {
				t.Error("the registration is still there")
			}
		}
	})
	t.Run("37 after the sheet was locked", func(t *testing.T) {
		w.lockSheet(t, "TUYAN")
		w.score("TUYAN", "II.5", "2")
		before := w.sliceHash("TUYAN")
		o := w.one(w.submit("TUYAN"), model.StatusHeld)
		if o.Hold != model.HoldLate || !strings.Contains(o.Message("vi"), "Đến sau khi khóa sổ") || w.sliceHash("TUYAN") != before {
			t.Fatalf("%v %s", o.Hold, o.Message("vi"))
		}
		d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đồng ý nhận bổ sung", Options{})
		if err != nil || d.Status != model.StatusApplied {
			t.Fatalf("accept: %v %v", d.Status, err)
		}
		hist, _ := w.leader.History(w.ctx, w.period.ID, w.unit("TUYAN").ID, "")
		found := false
		for _, c := range hist {
			found = found || (c.Action == storage.ActHoldAccept && c.Reason == "Đồng ý nhận bổ sung")
		}
		if !found {
			t.Error("the decision was not logged")
		}
	})
}

// Case 35: the unit's database copied to a second PC; both send the same
// seq with other contents.
func TestFork(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.one(w.submit("TUYAN"), model.StatusApplied)
	tuyan := w.units["TUYAN"]
	tuyan.Close()
	copyFile(t, filepath.Join(w.dir, "TUYAN", "unit.db"), filepath.Join(w.dir, "TUYAN2", "unit.db"))
	a := w.open(filepath.Join(w.dir, "TUYAN", "unit.db"))
	b := w.open(filepath.Join(w.dir, "TUYAN2", "unit.db"))
	same := func() time.Time { return start.Add(48 * time.Hour) }
	a.Now, b.Now = same, same
	w.units["TUYAN"] = a
	w.score("TUYAN", "II.1", "1")
	fileA := w.submit("TUYAN")
	w.units["TUYAN"] = b
	w.score("TUYAN", "II.1", "0,5")
	fileB := w.submit("TUYAN")
	before := content(t, w.path)
	out := w.merge(fileB, fileA)
	for _, o := range out {
		if o.Status != model.StatusHeld || o.Hold != model.HoldFork || !strings.Contains(o.Message("vi"), "Xung đột") {
			t.Fatalf("%s: %v %v %s", o.Name, o.Status, o.Hold, o.Message("vi"))
		}
	}
	if content(t, w.path) != before {
		t.Error("a fork changed data")
	}
	// The leader picks B, whole: A is superseded, cells never mixed.
	if _, err := Decide(w.ctx, w.leader, out[0].HoldID, true, "Bản máy mới là bản đúng", Options{}); err != nil {
		t.Fatal(err)
	}
	fb, _ := Verify(w.ctx, fileB, VerifyOptions{})
	if w.sliceHash("TUYAN") != fb.Manifest.ContentHash {
		t.Error("the picked version is not what is stored")
	}
	if _, err := Decide(w.ctx, w.leader, out[1].HoldID, true, "", Options{}); model.ErrorCode(err) != storage.EHoldDecided {
		t.Errorf("the other fork is still open: %v", err)
	}
	// In two sessions at another leader: the first applies, the second is
	// held.
	w2 := newWorld(t)
	w2.one(fileA, model.StatusApplied)
	if o := w2.one(fileB, model.StatusHeld); o.Hold != model.HoldFork {
		t.Errorf("second session: %v", o.Hold)
	}
}

// Case 42: an error in the middle of applying a file leaves the database as
// it was before that file; the file can be applied once the fault is gone.
func TestApplyFailureRollsBack(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.one(w.submit("TUYAN"), model.StatusApplied)
	w.score("TUYAN", "II.1", "1", "II.2", "3", "II.3", "96")
	next := w.submit("TUYAN")
	tree, _ := w.leader.VersionTree(w.ctx, w.period.CriteriaVersionID)
	ii2, _ := tree.Resolve("II.2")
	exec := func(q string) {
		db, err := sql.Open("sqlite", w.path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	exec(`CREATE TRIGGER boom BEFORE UPDATE ON score WHEN NEW.criterion_id = '` + ii2.ID + `'
		BEGIN SELECT RAISE(ABORT, 'injected failure'); END`)
	before := contentOf(t, w.path, true)
	o := w.merge(next)[0]
	if o.Status != model.StatusRejected || !strings.Contains(model.Technical(o.Reason), "injected failure") ||
		strings.Contains(o.Message("en"), "injected failure") {
		t.Fatalf("%v %s", o.Status, o.Message("en"))
	}
	if contentOf(t, w.path, true) != before {
		t.Fatal("a failed apply left part of the file behind")
	}
	exec(`DROP TRIGGER boom`)
	w.one(next, model.StatusApplied)
}

// Cases 43–44: a unit's clock set to 2035 or 2019, and a unit restored from
// an old backup with a correct clock.
func TestClocks(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tuyan := w.units["TUYAN"]
	far := &clock{now: time.Date(2035, 6, 1, 0, 0, 0, 0, time.UTC)}
	tuyan.Now = far.Now
	o := w.one(w.submit("TUYAN"), model.StatusApplied)
	if len(o.Warnings) == 0 || !strings.Contains(o.Warnings[0].Localize("vi"), "giờ máy đơn vị bất thường") {
		t.Errorf("no clock warning: %v", o.Warnings)
	}
	past := &clock{now: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)}
	tuyan.Now = past.Now
	w.score("TUYAN", "II.1", "1")
	o = w.one(w.submit("TUYAN"), model.StatusApplied) // seq still grows: last + 1
	if o.File.Seq <= far.now.Add(-time.Hour).Unix() {
		t.Errorf("seq %d went back with the clock", o.File.Seq)
	}

	// 44: restored from a backup taken before two exports.
	w2 := newWorld(t)
	unitPath := filepath.Join(w2.dir, "TUYAN", "unit.db")
	w2.units["TUYAN"].Close()
	backup, _ := os.ReadFile(unitPath)
	w2.units["TUYAN"] = w2.open(unitPath)
	w2.one(w2.submit("TUYAN"), model.StatusApplied)
	w2.score("TUYAN", "II.1", "1")
	w2.one(w2.submit("TUYAN"), model.StatusApplied)
	w2.units["TUYAN"].Close()
	os.WriteFile(unitPath, backup, 0o644)
	os.Remove(unitPath + "-wal")
	w2.units["TUYAN"] = w2.open(unitPath)
	w2.clock.Set(w2.clock.Now().Add(time.Hour))
	w2.score("TUYAN", "II.1", "0,5")
	o = w2.one(w2.submit("TUYAN"), model.StatusHeld) // a restored DB before the first export has no key: a new key
	if o.Hold != model.HoldKeyChanged {
		t.Errorf("restored before its key existed: %v", o.Hold)
	}
}

// Case 44 proper: the backup holds the key (taken after the first export).
func TestRestoredBackupSortsAfter(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	unitPath := filepath.Join(w.dir, "TUYAN", "unit.db")
	w.one(w.submit("TUYAN"), model.StatusApplied)
	w.units["TUYAN"].Close()
	backup, _ := os.ReadFile(unitPath)
	w.units["TUYAN"] = w.open(unitPath)
	w.score("TUYAN", "II.1", "1")
	second := w.one(w.submit("TUYAN"), model.StatusApplied)
	w.units["TUYAN"].Close()
	os.WriteFile(unitPath, backup, 0o644)
	os.Remove(unitPath + "-wal")
	w.units["TUYAN"] = w.open(unitPath)
	w.clock.Set(w.clock.Now().Add(time.Hour))
	w.score("TUYAN", "II.1", "0,5")
	third := w.one(w.submit("TUYAN"), model.StatusApplied)
	if third.File.Seq <= second.File.Seq {
		t.Errorf("seq %d after %d", third.File.Seq, second.File.Seq)
	}
}

// Case 39: a file made on an older, known criteria version waits for the
// leader, then applies with mapping: rows of removed criteria dropped,
// values above a lowered maximum named.
func TestOlderCriteriaVersion(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	leader := model.Actor{Role: model.RoleLeader, UnitID: w.unit("SONGCAU").ID}
	p2020, err := w.leader.CreatePeriod(w.ctx, leader, model.Period{Code: "2020", Label: "Năm 2020", Kind: model.Year,
		CriteriaVersionID: w.period.CriteriaVersionID}, model.DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Join(w.ctx, w.units["TUYAN"], w.setupFor("TUYAN"), JoinOptions{}); err != nil {
		t.Fatal(err)
	}
	w.scoreIn("TUYAN", p2020, "IV.1", "2", "IV.5", "1", "II.1", "2")
	file := w.exportIn(w.units["TUYAN"], model.KindSubmission, p2020)
	tree, _ := w.leader.VersionTree(w.ctx, w.period.CriteriaVersionID)
	var rows []model.Criterion
	for _, c := range tree.Nodes() {
		switch c.Code {
		case "IV.5":
			continue
		case "IV.1":
			c.Max = 100
		}
		rows = append(rows, c)
	}
	v2, err := w.leader.CreateDraft(w.ctx, leader, "Bảng 2020", w.period.CriteriaVersionID, rows)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.leader.IssueVersion(w.ctx, leader, v2); err != nil {
		t.Fatal(err)
	}
	if err := w.leader.UsePeriodCriteria(w.ctx, leader, p2020.ID, v2); err != nil {
		t.Fatal(err)
	}
	o := w.one(file, model.StatusHeld)
	msg := o.Message("vi")
	var warn []string
	for _, x := range o.Warnings {
		warn = append(warn, x.Localize("vi"))
	}
	if o.Hold != model.HoldCriteria || !strings.Contains(msg, "áp dụng theo ánh xạ") ||
		!strings.Contains(strings.Join(warn, "|"), "1 dòng") || !strings.Contains(strings.Join(warn, "|"), "IV.1") {
		t.Fatalf("%v %s %v", o.Hold, msg, warn)
	}
	d, err := Decide(w.ctx, w.leader, o.HoldID, true, "áp dụng theo ánh xạ", Options{})
	if err != nil || d.Status != model.StatusApplied {
		t.Fatalf("accept: %v %v", d.Status, err)
	}
	slice, _ := w.leader.UnitSlice(w.ctx, p2020.ID, w.unit("TUYAN").ID)
	iv5, _ := tree.Resolve("IV.5")
	for _, r := range slice[facts.TScore] {
		if r[2] == iv5.ID {
			t.Error("the removed criterion's row was kept")
		}
	}
	if len(slice[facts.TScore]) != 2 {
		t.Errorf("rows %v", slice[facts.TScore])
	}
}
