package exchange

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
	"thidua/storage"
)

// decidedPeople is a world where Tuy An proposed two people, the leader
// sent the first up, and the province accepted it; with the staff.
func (w *world) decidedPeople() (*storage.DB, []people.Person) {
	w.t.Helper()
	ps := w.nominate("TUYAN", "Nguyễn Văn An", "Trần Thị Bình")
	w.one(w.submit("TUYAN"), model.StatusApplied)
	if err := w.leader.SetUpward(w.ctx, w.leaderActor(), w.period.ID, ps[0].ID, people.LDTT, true); err != nil {
		w.t.Fatal(err)
	}
	prov, _ := w.province("prov")
	o := w.mergeInto(prov, false, w.export(w.leader, model.KindBlocFile))[0]
	if d, err := Decide(w.ctx, prov, o.HoldID, true, "Đã gọi khối trưởng", Options{}); err != nil || d.Status != model.StatusApplied {
		w.t.Fatalf("accept the leader: %v %v", d.Status, err)
	}
	province := model.Actor{Role: model.RoleProvince}
	if err := prov.DecideNominee(w.ctx, province, w.period.ID, people.Decision{Person: ps[1].ID, Form: people.LDTT,
		Ruling: people.RulingRefused}); model.ErrorCode(err) != storage.ENomineeNotUpward {
		w.t.Errorf("a proposal the bloc kept: %v", err)
	}
	if err := w.leader.DecideNominee(w.ctx, w.leaderActor(), w.period.ID, people.Decision{Person: ps[0].ID, Form: people.LDTT,
		Ruling: people.RulingRefused}); model.ErrorCode(err) != storage.EProvinceOnly {
		w.t.Errorf("the leader decides: %v", err)
	}
	if err := prov.DecideNominee(w.ctx, province, w.period.ID, people.Decision{Person: ps[0].ID, Form: people.LDTT,
		Ruling: people.RulingAccepted, Number: "77/QĐ-UBND", Date: "2019-12-20"}); err != nil {
		w.t.Fatal(err)
	}
	return prov, ps
}

// The decisions on individuals come down all or nothing: the leader
// applies the decision file's, the unit its own through the setup file,
// and the title lands in the person's history; a decision file naming a
// proposal the bloc never sent up, or a setup file carrying a decision on
// another unit's person or on a proposal the unit never made, is refused
// whole.
func TestNomineeDecisionsFlowDown(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, ps := w.decidedPeople()
	file := w.decisionFile(prov)
	kP := w.key(prov)
	o := w.merge(file)[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi tỉnh", Options{}); err != nil {
		t.Fatal(err)
	}
	b, err := w.leader.Book(w.ctx, w.period.ID, w.unit("TUYAN").ID)
	if err != nil {
		t.Fatal(err)
	}
	got := 0
	for _, n := range b.Nominees {
		if n.Decision != nil {
			got++
			if n.Person != ps[0].ID || n.Decision.Ruling != people.RulingAccepted || n.Decision.Number != "77/QĐ-UBND" {
				t.Errorf("the leader's decision: %+v", n.Decision)
			}
		}
	}
	if got != 1 {
		t.Errorf("%d decisions at the leader", got)
	}
	never := w.tampered("never-proposed-decision.sqlite")
	resign(t, file, never, kP, func(m *Manifest, p facts.Set) {
		m.Seq += 10
		setRows(p, facts.TNomineeDecision, "person_id", ps[1].ID)
	})
	w.rejects(never, storage.EPeopleFactRow)

	// The unit: its setup file carries its people's decision.
	setup := w.setupFor("TUYAN")
	f, err := Verify(w.ctx, w.setupFor("DONGHOA"), VerifyOptions{})
	if err != nil || len(f.Payload[facts.TNomineeDecision]) != 0 {
		t.Errorf("Đông Hòa's setup carries Tuy An's people: %v %d", err, len(f.Payload[facts.TNomineeDecision]))
	}
	unit, unitPath := w.units["TUYAN"], filepath.Join(w.dir, "TUYAN", "unit.db")
	kL := w.key(w.leader)
	join := func(path string) (model.MergeOutcome, error) {
		return Join(w.ctx, unit, path, JoinOptions{Confirm: func(Manifest, bool) bool { return true }})
	}
	hostile := map[string]func(p facts.Set){
		"other-unit":     func(p facts.Set) { setRows(p, facts.TNomineeDecision, "unit_id", w.unit("DONGHOA").ID) },
		"never-proposed": func(p facts.Set) { setRows(p, facts.TNomineeDecision, "form", people.CSTDCS.Code()) },
	}
	for name, edit := range hostile {
		path := w.tampered(name + "-setup.sqlite")
		resign(t, setup, path, kL, func(m *Manifest, p facts.Set) { m.Seq += 10; edit(p) })
		before := content(t, unitPath)
		// Refused by the row check (another unit's) or by the apply that
		// finds no such proposal, naming the table either way.
		o, err := join(path)
		if why := fmt.Sprint(o.Reason, err); (err == nil && o.Status != model.StatusRejected) || !strings.Contains(why, "nominee_decision") {
			t.Errorf("%s: %v %s", name, o.Status, why)
		}
		if content(t, unitPath) != before {
			t.Errorf("%s: a refused setup file changed the unit's database", name)
		}
	}
	if o, err := join(setup); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("join: %v %v", o.Status, err)
	}
	ub, err := unit.Book(w.ctx, w.period.ID, w.unit("TUYAN").ID)
	if err != nil {
		t.Fatal(err)
	}
	held := false
	for _, a := range ub.History.Awards {
		held = held || a.Person == ps[0].ID && a.Form == people.LDTT && a.Year == 2019 && a.Decision == "77/QĐ-UBND ngày 20/12/2019"
	}
	if !held {
		t.Errorf("the title is not in the person's history: %+v", ub.History.Awards)
	}
	// The province changes its mind: the title leaves the history again.
	if err := prov.DecideNominee(w.ctx, model.Actor{Role: model.RoleProvince}, w.period.ID, people.Decision{Person: ps[0].ID,
		Form: people.LDTT, Ruling: people.RulingRefused}); err != nil {
		t.Fatal(err)
	}
	w.one(w.decisionFile(prov), model.StatusApplied)
	if o, err := join(w.setupFor("TUYAN")); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("join again: %v %v", o.Status, err)
	}
	ub, err = unit.Book(w.ctx, w.period.ID, w.unit("TUYAN").ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ub.History.Awards {
		if a.Person == ps[0].ID && a.Form == people.LDTT {
			t.Errorf("a refused title kept in the history: %+v", a)
		}
	}
	for _, n := range ub.Nominees {
		if n.Person == ps[0].ID && n.Form == people.LDTT && (n.Decision == nil || n.Decision.Ruling != people.RulingRefused) {
			t.Errorf("the unit's decision after the change: %+v", n.Decision)
		}
	}
}
