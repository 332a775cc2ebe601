package storage

import (
	"context"
	"testing"

	"thidua/model"
	"thidua/model/people"
)

func staffOf(names ...string) []people.Person {
	var out []people.Person
	for i, n := range names {
		out = append(out, people.Person{Name: n, Position: "Chuyên viên", Sex: people.Female, BirthYear: 1980 + i})
	}
	return out
}

// A staff list is written whole, updated in place by name, refused whole
// when one person is wrong, and only by its unit (or the leader).
func TestImportStaff(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	tuyhoa := f.units["TUYHOA"].ID
	unit := model.Actor{Role: model.RoleUnit, UnitID: tuyhoa}
	res, err := db.ImportStaff(ctx, unit, tuyhoa, staffOf("Trần Thị Bình", "Nguyễn Văn An", "Lê Thị Ánh"), "ds.xlsx")
	if err != nil || res != (StaffImport{Added: 3}) {
		t.Fatalf("first import = %+v, %v", res, err)
	}
	got, err := db.Staff(ctx, tuyhoa)
	if err != nil || len(got) != 3 || got[0].Name != "Nguyễn Văn An" || got[1].Name != "Lê Thị Ánh" {
		t.Fatalf("sorted by given name: %+v %v", got, err)
	}
	id := got[0].ID
	again := staffOf("Trần Thị Bình", "NGUYEN VAN AN")
	again[1].Name, again[1].Position = "Nguyễn Văn An", "Phó Trưởng phòng"
	res, err = db.ImportStaff(ctx, unit, tuyhoa, again, "ds2.xlsx")
	if err != nil || res != (StaffImport{Updated: 1, Unchanged: 1, Kept: 1}) {
		t.Fatalf("second import = %+v, %v", res, err)
	}
	got, _ = db.Staff(ctx, tuyhoa)
	if got[0].ID != id || got[0].Position != "Phó Trưởng phòng" {
		t.Errorf("updated in place: %+v", got[0])
	}
	bad := staffOf("Phạm Văn Cường", "Nguyễn Văn An 1985")
	if _, err := db.ImportStaff(ctx, unit, tuyhoa, bad, "x.xlsx"); model.ErrorCode(err) != EStaffNotOK {
		t.Errorf("a bad name: %v", err)
	}
	if got, _ := db.Staff(ctx, tuyhoa); len(got) != 3 {
		t.Errorf("half-written: %d people", len(got))
	}
	other := model.Actor{Role: model.RoleUnit, UnitID: f.units["DONGHOA"].ID}
	if _, err := db.ImportStaff(ctx, other, tuyhoa, staffOf("Hồ Văn Dũng"), "x.xlsx"); err == nil {
		t.Error("another unit wrote Tuy Hòa's staff")
	}
	if _, err := db.SavePerson(ctx, other, people.Person{ID: id, Name: "Nguyễn Văn An"}); err == nil {
		t.Error("another unit edited Tuy Hòa's person")
	}
	p, err := db.SavePerson(ctx, f.leader, people.Person{Unit: tuyhoa, Name: "  hồ  văn dũng ", Sex: people.Male, BirthYear: 1990})
	if err != nil || p.Name != "Hồ Văn Dũng" || p.ID == "" {
		t.Errorf("typed by the leader: %+v %v", p, err)
	}
	if all, _ := db.Staff(ctx, ""); len(all) != 4 {
		t.Errorf("every unit's people: %d", len(all))
	}
	n := 0
	if err := db.read(ctx, func(tx *Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM audit WHERE action IN (?, ?)`, ActPeopleImport, ActPersonSave).Scan(&n)
	}); err != nil || n != 3 {
		t.Errorf("audited %d, %v", n, err)
	}
}

// peopleFixture is Tuy Hòa's staff with reviews and registrations.
func peopleFixture(t *testing.T, db *DB, f fixture) (model.Actor, []people.Person) {
	t.Helper()
	ctx := context.Background()
	tuyhoa := f.units["TUYHOA"].ID
	unit := model.Actor{Role: model.RoleUnit, UnitID: tuyhoa}
	if _, err := db.ImportStaff(ctx, unit, tuyhoa, staffOf("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), "ds.xlsx"); err != nil {
		t.Fatal(err)
	}
	ps, _ := db.Staff(ctx, tuyhoa)
	var h people.History
	var regs []people.Registration
	for _, p := range ps {
		h.Reviews = append(h.Reviews, people.Review{Person: p.ID, Year: 2019, Rating: people.Excellent})
		regs = append(regs, people.Registration{Person: p.ID, Year: 2019, Forms: []people.Form{people.CSTDCS}})
	}
	if err := db.SetHistory(ctx, unit, h); err != nil {
		t.Fatal(err)
	}
	if err := db.SetNomineeRegistrations(ctx, unit, f.period.ID, regs); err != nil {
		t.Fatal(err)
	}
	return unit, ps
}

// Proposals are checked against the rules: a refusal names its rule and
// writes nothing of the batch; an exception the rule allows is written
// with its reason; the leader marks what goes up.
func TestNominate(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	unit, ps := peopleFixture(t, db, f)
	an, binh := ps[0].ID, ps[2].ID
	ldtt := func(id string) people.Proposal {
		return people.Proposal{Person: id, Form: people.LDTT, Achievement: "Hoàn thành xuất sắc nhiệm vụ"}
	}
	base := people.Proposal{Person: an, Form: people.CSTDCS, Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2019"}
	// The cap: 15% of 3 "Lao động tiên tiến" is 0.
	vs, err := db.Nominate(ctx, unit, f.period.ID, []people.Proposal{ldtt(an), ldtt(binh), base})
	if model.ErrorCode(err) != ENomineeRefused || vs[2].Outcome != people.Refused || vs[2].Findings[0].Rule.ID != people.RuleBaseRatio.ID {
		t.Fatalf("over the cap: %v %+v", err, vs)
	}
	if b, _ := db.Book(ctx, f.period.ID, unit.UnitID); len(b.Nominees) != 0 {
		t.Fatalf("a refused batch wrote %d", len(b.Nominees))
	}
	if _, err := db.Nominate(ctx, unit, f.period.ID, []people.Proposal{ldtt(an), ldtt(binh)}); err != nil {
		t.Fatal(err)
	}
	gk := people.Proposal{Person: an, Form: people.GiayKhen, Achievement: "Xuất sắc trong công tác giảm nghèo"}
	bk := people.Proposal{Person: an, Form: people.BKTinh, Achievement: "Xuất sắc trong chuyển đổi số"}
	if _, err := db.Nominate(ctx, unit, f.period.ID, []people.Proposal{gk, bk}); model.ErrorCode(err) != ENomineeRefused {
		t.Fatalf("two certificates for one person: %v", err)
	}
	gk.Reason = "Hai thành tích khác nhau: giảm nghèo và chuyển đổi số"
	vs, err = db.Nominate(ctx, unit, f.period.ID, []people.Proposal{bk, gk})
	if err != nil || vs[1].Outcome != people.Excepted {
		t.Fatalf("exception with a reason: %v %+v", err, vs)
	}
	b, err := db.Book(ctx, f.period.ID, unit.UnitID)
	if err != nil || len(b.Nominees) != 4 || b.Nominees[3].Reason != gk.Reason || b.Nominees[3].Outcome != people.Excepted {
		t.Fatalf("stored: %+v %v", b.Nominees, err)
	}
	if err := db.SetUpward(ctx, unit, f.period.ID, an, people.BKTinh, true); err == nil {
		t.Error("a unit marked a proposal upward")
	}
	if err := db.SetUpward(ctx, f.leader, f.period.ID, an, people.BKTinh, true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetUpward(ctx, f.leader, f.period.ID, binh, people.BKTinh, true); model.ErrorCode(err) != ENomineeNone {
		t.Errorf("marking what was not proposed: %v", err)
	}
	if b, _ := db.Book(ctx, f.period.ID, ""); len(b.Upward()) != 1 || b.Upward()[0].Form != people.BKTinh {
		t.Errorf("upward = %+v", b.Upward())
	}
	if err := db.Withdraw(ctx, unit, f.period.ID, an, people.BKTinh); err != nil {
		t.Fatal(err)
	}
	if b, _ := db.Book(ctx, f.period.ID, ""); len(b.Nominees) != 3 || len(b.Upward()) != 0 {
		t.Errorf("withdrawn with its mark: %+v", b.Nominees)
	}
	other := model.Actor{Role: model.RoleUnit, UnitID: f.units["DONGHOA"].ID}
	if _, err := db.Nominate(ctx, other, f.period.ID, []people.Proposal{ldtt(ps[1].ID)}); model.ErrorCode(err) != model.ENotOwnUnit {
		t.Errorf("another unit's nominee: %v", err)
	}
	if _, err := db.Nominate(ctx, unit, f.period.ID, []people.Proposal{ldtt("no-such")}); model.ErrorCode(err) != EPersonUnknown {
		t.Errorf("unknown person: %v", err)
	}
	if err := db.SetLock(ctx, f.leader, f.period.ID, model.Lock{Kind: model.LockSubmitted, UnitID: unit.UnitID}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Nominate(ctx, unit, f.period.ID, []people.Proposal{ldtt(ps[1].ID)}); model.ErrorCode(err) != model.ELocked {
		t.Errorf("after the sheet was submitted: %v", err)
	}
}

// The bloc's settings read back as written; a hand-edited or damaged
// setting is refused, not used.
func TestPeopleSettings(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	s := people.DefaultSettings()
	s.BaseRatioPercent, s.Labels = 20, map[people.Form]string{people.BKTinh: "Bằng khen của Chủ tịch UBND tỉnh Phú Yên"}
	if err := db.SetPeopleSettings(ctx, f.leader, f.bloc.ID, s); err != nil {
		t.Fatal(err)
	}
	got, err := db.PeopleSettings(ctx, f.bloc.ID)
	if err != nil || got.BaseRatioPercent != 20 || got.Labels[people.BKTinh] != s.Labels[people.BKTinh] || len(got.Forms) != len(s.Forms) {
		t.Fatalf("read back %+v %v", got, err)
	}
	unit := model.Actor{Role: model.RoleUnit, UnitID: f.units["TUYHOA"].ID}
	if err := db.SetPeopleSettings(ctx, unit, f.bloc.ID, s); err == nil {
		t.Error("a unit set the bloc's settings")
	}
	s.BaseRatioPercent = 400
	if err := db.SetPeopleSettings(ctx, f.leader, f.bloc.ID, s); model.ErrorCode(err) != people.ESettingRange {
		t.Errorf("400%%: %v", err)
	}
	for _, raw := range []string{`{"forms":["XX"]}`, `{"forms":[]}`, `[1,2]`, `{"forms":["LDTT"],"min_ldtt_rating":"great"}`} {
		if _, err := DecodeSettings([]byte(raw)); err == nil {
			t.Errorf("%s was read", raw)
		}
	}
}
