package storage

import (
	"context"
	"reflect"
	"testing"
	"time"

	"thidua/model"
)

// A meeting record reads back as written, replaces the one before, and is
// the leader's, audited.
func TestMeetingRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	if m, err := db.Meeting(ctx, f.period.ID); err != nil || !m.IsZero() {
		t.Fatalf("nothing recorded = %+v, %v", m, err)
	}
	m := model.Meeting{Date: time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC), Start: "8h", End: "11:30",
		Place: "  Hội trường  Phòng LĐTBXH thị xã Sông Cầu ", Chair: "Ông Nguyễn Văn An, Khối trưởng", Secretary: "Bà Trần Thị Bình",
		Absent: []model.Absence{{UnitID: f.units["DUYTIEN"].ID, Reason: "có lý do"}},
		Offices: []model.Office{{Role: model.OfficeLeader, UnitID: f.units["TUYHOA"].ID, Vote: model.Election{Issued: 9, Returned: 9, Valid: 8, For: 7}},
			{Role: model.OfficeDeputy, UnitID: f.units["DONGHOA"].ID}}}
	if err := db.SetMeeting(ctx, f.leader, f.period.ID, m); err != nil {
		t.Fatal(err)
	}
	got, err := db.Meeting(ctx, f.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := m
	want.Start, want.Place = "08:00", "Hội trường Phòng LĐTBXH thị xã Sông Cầu"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	if u, ok := got.Office(model.OfficeDeputy); !ok || u != f.units["DONGHOA"].ID {
		t.Errorf("deputy = %q %v", u, ok)
	}
	if r, ok := got.AbsentFrom(f.units["DUYTIEN"].ID); !ok || r != "có lý do" {
		t.Errorf("absence = %q %v", r, ok)
	}
	// A new record replaces the old one whole.
	if err := db.SetMeeting(ctx, f.leader, f.period.ID, model.Meeting{Place: "Tuy Hòa"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.Meeting(ctx, f.period.ID); got.Place != "Tuy Hòa" || len(got.Absent) != 0 || len(got.Offices) != 0 || !got.Date.IsZero() {
		t.Errorf("replaced = %+v", got)
	}
	hist, err := db.History(ctx, f.period.ID, "", "")
	if err != nil || len(hist) == 0 || hist[0].Action != ActResult {
		t.Errorf("not audited: %+v %v", hist, err)
	}
}

// A record that cannot be right is refused whole, with what to fix; a unit
// may not record the bloc's meeting.
func TestMeetingRefused(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	good := model.Meeting{Place: "Sông Cầu", Chair: "Ông A"}
	if err := db.SetMeeting(ctx, f.leader, f.period.ID, good); err != nil {
		t.Fatal(err)
	}
	tuyhoa, donghoa := f.units["TUYHOA"].ID, f.units["DONGHOA"].ID
	for code, m := range map[string]model.Meeting{
		model.EMeetingTime:      {Start: "25:00"},
		model.EMeetingEnds:      {Start: "14:00", End: "8:00"},
		model.EMeetingText:      {Chair: "Ông A\x00"},
		model.EMeetingNotMember: {Absent: []model.Absence{{UnitID: "no-such-unit"}}},
		model.EMeetingTwice:     {Absent: []model.Absence{{UnitID: tuyhoa}, {UnitID: tuyhoa}}},
		model.EMeetingSameUnit:  {Offices: []model.Office{{Role: model.OfficeLeader, UnitID: donghoa}, {Role: model.OfficeDeputy, UnitID: donghoa}}},
		model.EElectionCounts:   {Offices: []model.Office{{Role: model.OfficeLeader, UnitID: donghoa, Vote: model.Election{Issued: 9, Returned: 9, Valid: 9, For: 10}}}},
	} {
		if err := db.SetMeeting(ctx, f.leader, f.period.ID, m); model.ErrorCode(err) != code {
			t.Errorf("%+v: %v, want %s", m, err, code)
		}
	}
	unit := model.Actor{Role: model.RoleUnit, UnitID: tuyhoa}
	if err := db.SetMeeting(ctx, unit, f.period.ID, model.Meeting{Place: "x"}); err == nil {
		t.Error("a unit recorded the bloc's meeting")
	}
	if got, _ := db.Meeting(ctx, f.period.ID); got.Place != "Sông Cầu" || got.Chair != "Ông A" {
		t.Errorf("a refused record changed the meeting: %+v", got)
	}
}
