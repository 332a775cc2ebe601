package exchange

import (
	"reflect"
	"slices"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/people"
	"thidua/storage"
)

// nominate gives a unit, in its own database, a staff list with a year of
// reviews and proposals for the period: each person "Lao động tiên tiến",
// the first also a "Giấy khen" with an initiative. It returns the staff.
func (w *world) nominate(code string, names ...string) []people.Person {
	w.t.Helper()
	db, u := w.units[code], w.unit(code)
	actor := model.Actor{Role: model.RoleUnit, UnitID: u.ID}
	var staff []people.Person
	for i, n := range names {
		staff = append(staff, people.Person{Name: n, Position: "Chuyên viên", Sex: people.Female, BirthYear: 1980 + i})
	}
	if _, err := db.ImportStaff(w.ctx, actor, u.ID, staff, "ds.xlsx"); err != nil {
		w.t.Fatal(err)
	}
	ps, err := db.Staff(w.ctx, u.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	var h people.History
	var props []people.Proposal
	for _, p := range ps {
		h.Reviews = append(h.Reviews, people.Review{Person: p.ID, Year: 2019, Rating: people.Excellent})
		props = append(props, people.Proposal{Person: p.ID, Form: people.LDTT, Achievement: "Hoàn thành tốt nhiệm vụ được giao"})
	}
	props = append(props, people.Proposal{Person: ps[0].ID, Form: people.GiayKhen, Achievement: "Số hóa hồ sơ một cửa",
		Evidence: []people.Evidence{{Kind: people.Initiative, Title: "Số hóa hồ sơ", Ref: "QĐ 12/QĐ-UBND"}}})
	if err := db.SetHistory(w.ctx, actor, h); err != nil {
		w.t.Fatal(err)
	}
	var regs []people.Registration
	for _, p := range ps {
		regs = append(regs, people.Registration{Person: p.ID, Year: 2019, Forms: []people.Form{people.LDTT}})
	}
	if err := db.SetNomineeRegistrations(w.ctx, actor, w.period.ID, regs); err != nil {
		w.t.Fatal(err)
	}
	if _, err := db.Nominate(w.ctx, actor, w.period.ID, props); err != nil {
		w.t.Fatal(err)
	}
	return ps
}

// leaderActor is the leader as its installation acts.
func (w *world) leaderActor() model.Actor {
	w.t.Helper()
	inst, err := w.leader.Installation(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return inst.Actor()
}

// Nominees go up the chain in real files: the unit's submission carries
// them under its signature, the leader's book then holds what the unit's
// does, the leader marks one for the province, and the bloc file brings
// the lists, with the mark and the unit's signature over them, to the
// province. A unit that drops a proposal and sends again drops it at the
// leader too.
func TestNomineesTravel(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tuyan := w.unit("TUYAN")
	ps := w.nominate("TUYAN", "Nguyễn Văn An", "Trần Thị Bình")
	o := w.one(w.submit("TUYAN"), model.StatusApplied)
	if o.Nominees != 3 {
		t.Errorf("the outcome counts %d nominees, want 3", o.Nominees)
	}
	sent, _ := w.units["TUYAN"].Book(w.ctx, w.period.ID, tuyan.ID)
	got, _ := w.leader.Book(w.ctx, w.period.ID, tuyan.ID)
	if len(sent.Nominees) != 3 || !reflect.DeepEqual(got.Nominees, sent.Nominees) {
		t.Fatalf("the leader's list\n%+v\nthe unit's\n%+v", got.Nominees, sent.Nominees)
	}
	if err := w.leader.SetUpward(w.ctx, w.leaderActor(), w.period.ID, ps[0].ID, people.GiayKhen, true); err != nil {
		t.Fatal(err)
	}
	bloc := w.export(w.leader, model.KindBlocFile)
	f, err := Verify(w.ctx, bloc, VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	marked := facts.Filter(facts.MustTable(facts.TNomineeUpward), f.Payload[facts.TNomineeUpward], "unit_id", tuyan.ID)
	if _, signed := signedSlices(f.Payload)[tuyan.ID]; !signed || len(marked) != 1 {
		t.Fatalf("the bloc file: signed %v, marks %v", signed, f.Payload[facts.TNomineeUpward])
	}
	prov, _ := w.province("prov")
	o = w.mergeInto(prov, false, bloc)[0]
	if o.Status == model.StatusHeld {
		o, err = Decide(w.ctx, prov, o.HoldID, true, "Đã gọi khối trưởng", Options{})
	}
	if err != nil || o.Status != model.StatusApplied {
		t.Fatalf("at the province: %v %v %v", o.Status, o.Reason, err)
	}
	atProv, _ := prov.Book(w.ctx, w.period.ID, tuyan.ID)
	if !reflect.DeepEqual(atProv.Nominees, withUpward(sent.Nominees, ps[0].ID, people.GiayKhen)) || len(atProv.People) != 2 {
		t.Fatalf("the province's list\n%+v", atProv.Nominees)
	}
	// The unit drops the certificate: the leader's list follows.
	if err := w.units["TUYAN"].Withdraw(w.ctx, model.Actor{Role: model.RoleUnit, UnitID: tuyan.ID}, w.period.ID, ps[0].ID,
		people.GiayKhen); err != nil {
		t.Fatal(err)
	}
	w.one(w.submit("TUYAN"), model.StatusApplied)
	if got, _ := w.leader.Book(w.ctx, w.period.ID, tuyan.ID); len(got.Nominees) != 2 || len(got.Upward()) != 0 {
		t.Errorf("after the unit dropped one: %+v", got.Nominees)
	}
}

// withUpward is a list with one proposal marked for the province.
func withUpward(ns []people.Nominee, person string, f people.Form) []people.Nominee {
	out := append([]people.Nominee(nil), ns...)
	for i := range out {
		if out[i].Person == person && out[i].Form == f {
			out[i].Upward = true
		}
	}
	return out
}

// A unit's file carrying another unit's nominee, signed by the unit, is
// refused like a foreign score row; so is one whose person is another
// unit's, found only when applied, and one with a name no one has, found
// already by the preview: nothing of any of them is applied.
func TestNomineeOfAnotherUnit(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.score("TUYAN", "II.1", "1")
	w.nominate("TUYAN", "Nguyễn Văn An")
	genuine := w.submit("TUYAN")
	donghoa := w.unit("DONGHOA").ID
	foreign := w.tampered("foreign-nominee.sqlite")
	resign(t, genuine, foreign, w.key(w.units["TUYAN"]), func(_ *Manifest, p facts.Set) {
		for _, name := range model.PeopleSlice(model.KindSubmission) {
			col := facts.MustTable(name).Col("unit_id")
			for _, r := range p[name] {
				r[col] = donghoa
			}
		}
	})
	w.rejects(foreign, ENotOwned)
	// A person id the leader knows as Đông Hòa's, under Tuy An's unit.
	theirs := w.nominate("DONGHOA", "Hồ Văn Dũng")
	w.one(w.submit("DONGHOA"), model.StatusApplied)
	taken := w.tampered("taken-person.sqlite")
	resign(t, genuine, taken, w.key(w.units["TUYAN"]), func(_ *Manifest, p facts.Set) {
		for _, name := range model.PeopleSlice(model.KindSubmission) {
			col := facts.MustTable(name).Col("person_id")
			for _, r := range p[name] {
				r[col] = theirs[0].ID
			}
		}
	})
	w.rejects(taken, storage.EPersonOtherUnit) // and the leader's database is as it was
	// A row that cannot be right is refused already by the preview.
	badName := w.tampered("bad-name.sqlite")
	resign(t, genuine, badName, w.key(w.units["TUYAN"]), func(_ *Manifest, p facts.Set) {
		facts.MustTable(facts.TNomineePerson).Set(p[facts.TNomineePerson][0], "name", "Nguyễn Văn An 1985")
	})
	if o := w.mergeInto(w.leader, true, badName)[0]; o.Status != model.StatusRejected || code(o) != storage.EPeopleFactRow {
		t.Errorf("preview of a bad name: %v %s", o.Status, code(o))
	}
	w.rejects(badName, storage.EPeopleFactRow)
}

// A bloc file whose copy of a unit's nominees was altered after the unit
// signed (an achievement reworded, a proposal added) is refused at the
// province like an altered score row, and nothing of it is applied.
func TestBlocNomineeAltered(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.nominate("TUYAN", "Nguyễn Văn An", "Trần Thị Bình")
	w.one(w.submit("TUYAN"), model.StatusApplied)
	bloc := w.export(w.leader, model.KindBlocFile)
	nt := facts.MustTable(facts.TNominee)
	tuyan := w.unit("TUYAN").ID
	first := func(p facts.Set) int { // Tuy An's first proposal
		for i, r := range p[facts.TNominee] {
			if nt.Str(r, "unit_id") == tuyan {
				return i
			}
		}
		t.Fatal("no proposal of Tuy An in the bloc file")
		return 0
	}
	for name, edit := range map[string]func(p facts.Set){
		"reworded": func(p facts.Set) { nt.Set(p[facts.TNominee][first(p)], "achievement", "Anh hùng lao động") },
		"added": func(p facts.Set) {
			r := append(facts.Row(nil), p[facts.TNominee][first(p)]...)
			nt.Set(r, "form", people.BKTinh.Code())
			p[facts.TNominee] = append(p[facts.TNominee], r)
		},
		"dropped": func(p facts.Set) { p[facts.TNominee] = slices.Delete(p[facts.TNominee], first(p), first(p)+1) },
	} {
		prov, path := w.province("prov-" + name)
		altered := w.tampered("bloc-" + name + ".sqlite")
		resign(t, bloc, altered, w.key(w.leader), func(_ *Manifest, p facts.Set) { edit(p) })
		before := digest(t, path)
		if o := w.mergeInto(prov, false, altered)[0]; o.Status != model.StatusRejected || code(o) != ENested {
			t.Errorf("%s: %v %s", name, o.Status, code(o))
		}
		if digest(t, path) != before {
			t.Errorf("%s: the province's database changed", name)
		}
	}
}

// A format-1 submission (an older build at the unit) carries no
// individuals and changes none: the lists the unit sent before stay.
func TestFormat1LeavesNominees(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tuyan := w.unit("TUYAN")
	w.nominate("TUYAN", "Nguyễn Văn An")
	w.one(w.submit("TUYAN"), model.StatusApplied)
	before, _ := w.leader.Book(w.ctx, w.period.ID, tuyan.ID)
	w.score("TUYAN", "II.1", "1")
	old := w.tampered("v1-later.sqlite")
	asV1(t, w.submit("TUYAN"), old, w.key(w.units["TUYAN"]))
	if o := w.one(old, model.StatusApplied); o.Nominees != 0 {
		t.Errorf("a v1 file brings %d nominees", o.Nominees)
	}
	after, _ := w.leader.Book(w.ctx, w.period.ID, tuyan.ID)
	if len(before.Nominees) != 2 || !reflect.DeepEqual(after.Nominees, before.Nominees) {
		t.Errorf("a v1 file changed the lists:\n%+v\n%+v", before.Nominees, after.Nominees)
	}
}
