package exchange

import (
	"testing"

	"thidua/model"
	"thidua/model/people"
	"thidua/storage"
)

// A refusal typed at the province keeps its reason there: in the
// province's lists and its audit, not in the decision file (whose rows
// are the format's, unchanged); the leader receives the refusal.
func TestNomineeRefusalReason(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, ps := w.decidedPeople()
	province := model.Actor{Role: model.RoleProvince}
	why := "  Chưa đủ\u00a0thời gian   công tác "
	refusal := people.Decision{Person: ps[0].ID, Form: people.LDTT, Ruling: people.RulingRefused, Reason: why}
	if err := prov.DecideNominee(w.ctx, province, w.period.ID, refusal); err != nil {
		t.Fatal(err)
	}
	decisionOf := func(db *storage.DB) *people.Decision {
		b, err := db.Book(w.ctx, w.period.ID, w.unit("TUYAN").ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range b.Nominees {
			if n.Person == ps[0].ID && n.Form == people.LDTT {
				return n.Decision
			}
		}
		return nil
	}
	if d := decisionOf(prov); d == nil || d.Ruling != people.RulingRefused || d.Reason != "Chưa đủ thời gian công tác" {
		t.Fatalf("the province's decision: %+v", d)
	}
	hist, err := prov.History(w.ctx, w.period.ID, w.unit("TUYAN").ID, ps[0].ID)
	if err != nil || len(hist) == 0 || hist[0].Action != storage.ActNomineeDecide || hist[0].Reason != "Chưa đủ thời gian công tác" {
		t.Errorf("audit: %+v %v", hist, err)
	}
	o := w.merge(w.decisionFile(prov))[0]
	if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi tỉnh", Options{}); err != nil {
		t.Fatal(err)
	}
	if d := decisionOf(w.leader); d == nil || d.Ruling != people.RulingRefused || d.Reason != "" {
		t.Errorf("the leader's copy: %+v", d)
	}
}
