package exchange

import (
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
)

// A unit sends its file after the leader locked its sheet, then — hearing
// nothing — sends the same file again, and again after the leader declined
// it. The second merge said "already imported on …, nothing changed" with no
// hold to decide, and after the decline, "unchanged" with exit 0: the leader
// was told the scores were in when none were.
func TestHeldOrDeclinedFileSentAgain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.lockSheet(t, "TUYAN")
	w.score("TUYAN", "II.5", "2")
	file := w.submit("TUYAN")
	first := w.one(file, model.StatusHeld)
	// The hold names the period: a closed half-year's file sent for the
	// year is the usual mistake, and the message did not say which.
	if msg := model.Message(i18n.VI, first.Reason); !strings.Contains(msg, "kỳ "+w.period.Code+" của TUYAN") {
		t.Errorf("late hold: %s", msg)
	}
	again := w.merge(file)[0]
	if again.Status != model.StatusHeld || again.HoldID != first.HoldID || again.Hold != first.Hold || code(again) != EDuplicateHeld {
		t.Fatalf("held, sent again: %s %d %v %s", again.Status, again.HoldID, again.Hold, code(again))
	}
	if msg := model.Message(i18n.VI, again.Reason); strings.Contains(msg, "Đã nhập") {
		t.Errorf("a held file is said imported: %s", msg)
	}
	d, err := Decide(w.ctx, w.leader, first.HoldID, false, "Đã khóa sổ", Options{})
	if err != nil || d.Status != model.StatusRejected || d.Unit != "TUYAN" {
		t.Fatalf("decline: %s %q %v", d.Status, d.Unit, err)
	}
	again = w.merge(file)[0]
	if again.Status != model.StatusRejected || code(again) != EDuplicateDeclined || again.HoldID != 0 {
		t.Fatalf("declined, sent again: %s %s %d", again.Status, code(again), again.HoldID)
	}
}

// A unit's PC clock is set years ahead when it sends; the leader applies
// the file. The unit's PC is then repaired: its database restored from the
// backup made before, the clock put right, the scores typed again and sent.
// That newer file has a lower seq than the one applied and was skipped as
// "older version — nothing to do": the unit's scores never got in.
func TestSendAfterAClockInTheFuture(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	unit := w.units["TUYAN"]
	w.one(w.submit("TUYAN"), model.StatusApplied) // its key is made
	backup, err := unit.Backup(w.ctx, "truoc-khi-sua-may")
	if err != nil {
		t.Fatal(err)
	}
	future := w.clock.Now().AddDate(6, 0, 0)
	unit.Now = func() time.Time { return future }
	w.score("TUYAN", "II.5", "1")
	w.one(w.submit("TUYAN"), model.StatusApplied)

	w.units["TUYAN"] = w.open(backup) // the repaired PC, on the right clock
	w.score("TUYAN", "II.5", "3")
	newer := w.submit("TUYAN")
	before := w.sliceHash("TUYAN")
	o := w.one(newer, model.StatusHeld)
	if o.Hold != model.HoldFork || code(o) != EHeldAhead || w.sliceHash("TUYAN") != before {
		t.Fatalf("%v %s: %s", o.Hold, code(o), model.Message(i18n.VI, o.Reason))
	}
	d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đơn vị xác nhận bản mới", Options{})
	if err != nil || d.Status != model.StatusApplied {
		t.Fatalf("accept: %v %v", d.Status, err)
	}
	if w.sliceHash("TUYAN") == before {
		t.Error("the newer scores are not in")
	}
	// A plain older send, on right clocks, is still stale.
	w.score("TUYAN", "II.5", "2")
	w.one(w.submit("TUYAN"), model.StatusApplied)
}

// A new leader sets the bloc up afresh on another computer (same bloc
// code, another bloc) and sends its bloc file to the province. The
// province was asked to verify the "first file of bloc …" by phone, then
// to decide a cross-bloc hold, and only then refused ("bloc code already
// used"): two decisions asked for a file that can never be taken.
func TestProvinceTwinBlocRefusedAtOnce(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, _ := w.province("prov")
	file := w.blocFile()
	o := w.mergeInto(prov, false, file)[0]
	if _, err := Decide(w.ctx, prov, o.HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	before := digest(t, prov.Path())
	twin := w.tampered("khoi-lap-lai.sqlite")
	resign(t, file, twin, newKey(t), func(m *Manifest, p facts.Set) {
		moveToBloc(m, p, "b-lap-lai", "")
	})
	o = w.mergeInto(prov, false, twin)[0]
	if o.Status != model.StatusRejected || code(o) != ETwinBlocProvince || o.HoldID != 0 {
		t.Fatalf("twin bloc: %v %v %s", o.Status, o.Hold, code(o))
	}
	if digest(t, prov.Path()) != before {
		t.Error("the refused file changed the province's database")
	}
}
