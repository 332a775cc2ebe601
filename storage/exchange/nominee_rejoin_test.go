package exchange

import (
	"path/filepath"
	"testing"

	"thidua/model"
	"thidua/model/people"
	"thidua/storage"
)

// A unit that lost its database starts a new one from its setup file and
// types its staff again (new ids), while the province's decision its
// setup files carry names the old id. The setup file is taken, not
// refused whole (it was, before): the decision is kept aside and shown,
// nothing of it applied to anyone; once the unit has proposed the person
// again and says who the decision is for, it is applied (the title in
// the person's history), and later setup files apply it to that person
// without asking again. A match the proposal does not support is
// refused and changes nothing.
func TestNomineeDecisionAfterRetypedStaff(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, ps := w.decidedPeople()
	o := w.merge(w.decisionFile(prov))[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi tỉnh", Options{}); err != nil {
		t.Fatal(err)
	}
	fresh, err := storage.Open(w.ctx, filepath.Join(w.dir, "TUYAN-new", "unit.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fresh.Close() })
	join := func() model.MergeOutcome {
		t.Helper()
		o, err := Join(w.ctx, fresh, w.setupFor("TUYAN"), JoinOptions{Confirm: func(Manifest, bool) bool { return true }})
		if err != nil || o.Status != model.StatusApplied {
			t.Fatalf("the new database joins: %v %v %v", o.Status, o.Reason, err)
		}
		return o
	}
	join()
	tuyan := w.unit("TUYAN").ID
	book := func() people.Book {
		t.Helper()
		b, err := fresh.Book(w.ctx, w.period.ID, tuyan)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	b := book()
	if len(b.Unmatched) != 1 || b.Unmatched[0].Person != ps[0].ID || b.Unmatched[0].Number != "77/QĐ-UBND" || len(b.People) != 0 {
		t.Fatalf("the decision kept aside: %+v (%d people)", b.Unmatched, len(b.People))
	}

	// The staff typed again, the proposals made again: new ids.
	old := w.units["TUYAN"]
	w.units["TUYAN"] = fresh
	again := w.nominate("TUYAN", "Nguyễn Văn An", "Trần Thị Bình")
	w.units["TUYAN"] = old
	if again[0].ID == ps[0].ID {
		t.Fatal("the staff typed again kept its ids")
	}
	unit := model.Actor{Role: model.RoleUnit, UnitID: tuyan}
	if err := fresh.MatchDecision(w.ctx, unit, w.period.ID, ps[0].ID, people.GiayKhen, again[0].ID); model.ErrorCode(err) != storage.ENoUnmatched {
		t.Errorf("a form no decision was kept for: %v", err)
	}
	if err := fresh.Withdraw(w.ctx, unit, w.period.ID, again[1].ID, people.LDTT); err != nil {
		t.Fatal(err)
	}
	if err := fresh.MatchDecision(w.ctx, unit, w.period.ID, ps[0].ID, people.LDTT, again[1].ID); model.ErrorCode(err) != storage.ENomineeNone {
		t.Errorf("a person not proposed for the form: %v", err)
	}
	if err := fresh.MatchDecision(w.ctx, unit, w.period.ID, ps[0].ID, people.LDTT, again[0].ID); err != nil {
		t.Fatal(err)
	}
	check := func(when, number, text string) {
		t.Helper()
		b := book()
		decided := 0
		for _, n := range b.Nominees {
			if n.Decision != nil {
				decided++
				if n.Person != again[0].ID || n.Decision.Number != number {
					t.Errorf("%s: the decision on %s: %+v", when, n.Person, n.Decision)
				}
			}
		}
		held := false
		for _, a := range b.History.Awards {
			held = held || a.Person == again[0].ID && a.Form == people.LDTT && a.Decision == text
		}
		if decided != 1 || !held || len(b.Unmatched) != 0 {
			t.Errorf("%s: %d decided, in the history %v, %d kept aside", when, decided, held, len(b.Unmatched))
		}
	}
	check("matched", "77/QĐ-UBND", "77/QĐ-UBND ngày 20/12/2019")
	// The province corrects its decision: the next setup file, still
	// naming the old id, brings the correction to the person matched.
	if err := prov.DecideNominee(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, people.Decision{Person: ps[0].ID,
		Form: people.LDTT, Ruling: people.RulingAccepted, Number: "78/QĐ-UBND", Date: "2019-12-21"}); err != nil {
		t.Fatal(err)
	}
	w.one(w.decisionFile(prov), model.StatusApplied)
	join()
	check("the next setup file", "78/QĐ-UBND", "78/QĐ-UBND ngày 21/12/2019")

	// The unit's next submission, from its new database (a new key the
	// leader accepts after a call), brings the new ids to the leader.
	w.units["TUYAN"] = fresh
	sub := w.submit("TUYAN")
	w.units["TUYAN"] = old
	o = w.merge(sub)[0]
	if o.HoldID != 0 {
		if o, err = Decide(w.ctx, w.leader, o.HoldID, true, "Đơn vị cài lại máy, đã gọi điện", Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if o.Status != model.StatusApplied {
		t.Fatalf("the new submission at the leader: %v %v", o.Status, o.Reason)
	}
}
