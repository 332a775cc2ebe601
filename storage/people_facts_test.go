package storage

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
	"thidua/model/people"
)

// copyDB closes db and returns it reopened with a second database, a copy
// of its file: two installations of one bloc.
func copyDB(t *testing.T, db *DB) (*DB, *DB) {
	t.Helper()
	ctx := context.Background()
	src := db.path
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "copy.db")
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil || out.Close() != nil {
		t.Fatal(err)
	}
	a, err := Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(ctx, dst)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

// A unit's individuals travel to the leader as file rows: each row passes
// the file's ownership check, a row of another unit does not, the leader's
// book then holds what the unit's does, the leader's marks survive a new
// submission, and the bloc file carries them on.
func TestPeopleFactsTravel(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	unitDB, leaderDB := copyDB(t, db)
	unit, ps := peopleFixture(t, unitDB, f)
	props := []people.Proposal{{Person: ps[0].ID, Form: people.LDTT, Achievement: "Hoàn thành tốt nhiệm vụ"},
		{Person: ps[0].ID, Form: people.GiayKhen, Achievement: "Chi trả đúng hạn", Reason: "Thành tích riêng",
			Evidence: []people.Evidence{{Kind: people.Initiative, Title: "Số hóa hồ sơ", Ref: "QĐ 12/QĐ-UBND"}}}}
	if _, err := unitDB.Nominate(ctx, unit, f.period.ID, props); err != nil {
		t.Fatal(err)
	}
	set, err := unitDB.PeopleFacts(ctx, f.period.ID, unit.UnitID, model.KindSubmission)
	if err != nil {
		t.Fatal(err)
	}
	scope := model.FileScope{Kind: model.KindSubmission, BlocID: f.bloc.ID, PeriodID: f.period.ID, Author: unit.UnitID}
	for table, rows := range set {
		tb := facts.MustTable(table)
		for _, r := range rows {
			p, u := tb.Value(r, "period_id").(string), tb.Value(r, "unit_id").(string)
			if err := model.CheckFileRow(scope, table, model.RowKeys{PeriodID: &p, UnitID: &u}); err != nil {
				t.Errorf("%s row refused: %v", table, err)
			}
		}
	}
	other := f.units["DONGHOA"].ID
	if err := model.CheckFileRow(scope, facts.TNominee, model.RowKeys{PeriodID: &f.period.ID, UnitID: &other}); model.ErrorCode(err) != model.EFileRowUnit {
		t.Errorf("a nominee of another unit in Tuy Hòa's file: %v", err)
	}
	if err := leaderDB.ApplyPeopleFacts(ctx, f.leader, f.period.ID, set, "TD-tucham.sqlite"); err != nil {
		t.Fatal(err)
	}
	sent, _ := unitDB.Book(ctx, f.period.ID, unit.UnitID)
	got, _ := leaderDB.Book(ctx, f.period.ID, unit.UnitID)
	if !reflect.DeepEqual(got.Nominees, sent.Nominees) || !reflect.DeepEqual(got.Registrations, sent.Registrations) || len(got.People) != 3 {
		t.Fatalf("the leader's book\n%+v\nthe unit's\n%+v", got, sent)
	}
	if err := leaderDB.SetUpward(ctx, f.leader, f.period.ID, ps[0].ID, people.GiayKhen, true); err != nil {
		t.Fatal(err)
	}
	if err := leaderDB.ApplyPeopleFacts(ctx, f.leader, f.period.ID, set, "TD-tucham-2.sqlite"); err != nil {
		t.Fatal(err)
	}
	bloc, err := leaderDB.PeopleFacts(ctx, f.period.ID, "", model.KindBlocFile)
	if err != nil || len(bloc[facts.TNomineeUpward]) != 1 {
		t.Fatalf("the bloc file's marks: %v %v", bloc[facts.TNomineeUpward], err)
	}
	if err := unitDB.ApplyPeopleFacts(ctx, f.leader, f.period.ID, bloc, "TD-khoi.sqlite"); err != nil {
		t.Fatal(err)
	}
	if b, _ := unitDB.Book(ctx, f.period.ID, ""); len(b.Upward()) != 1 || b.Upward()[0].Form != people.GiayKhen {
		t.Errorf("the province's marks: %+v", b.Upward())
	}
}

// swap returns set with every person id from replaced by to.
func swap(set facts.Set, from, to string) facts.Set {
	out := facts.Set{}
	for k, rows := range set {
		for _, r := range rows {
			c := append(facts.Row(nil), r...)
			for i, v := range c {
				if v == from {
					c[i] = to
				}
			}
			out[k] = append(out[k], c)
		}
	}
	return out
}

// Rows that cannot be right refuse the whole file and write nothing: a
// name with a year in it, an exception without its reason, an unknown
// form, a person of another unit taken over, a proposal of nobody.
func TestPeopleFactsHostile(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	unitDB, leaderDB := copyDB(t, db)
	unit, ps := peopleFixture(t, unitDB, f)
	if _, err := unitDB.Nominate(ctx, unit, f.period.ID, []people.Proposal{{Person: ps[1].ID, Form: people.LDTT, Achievement: "Tốt"}}); err != nil {
		t.Fatal(err)
	}
	good, err := unitDB.PeopleFacts(ctx, f.period.ID, unit.UnitID, model.KindSubmission)
	if err != nil {
		t.Fatal(err)
	}
	donghoa := model.Actor{Role: model.RoleUnit, UnitID: f.units["DONGHOA"].ID}
	if _, err := leaderDB.ImportStaff(ctx, donghoa, donghoa.UnitID, staffOf("Hồ Văn Dũng"), "x"); err != nil {
		t.Fatal(err)
	}
	theirs, _ := leaderDB.Staff(ctx, donghoa.UnitID)
	edit := func(table string, i int, col string, v any) facts.Set {
		out := facts.Set{}
		for k, rows := range good {
			for _, r := range rows {
				out[k] = append(out[k], append(facts.Row(nil), r...))
			}
		}
		out[table][i][facts.MustTable(table).Col(col)] = v
		return out
	}
	for name, set := range map[string]facts.Set{
		"a year in a name":        edit(facts.TNomineePerson, 0, "name", "Nguyễn Văn An 1985"),
		"an exception, no reason": edit(facts.TNominee, 0, "outcome", "excepted"),
		"refused, yet sent":       edit(facts.TNominee, 0, "outcome", "refused"),
		"an unknown form":         edit(facts.TNominee, 0, "form", "HCLĐ"),
		"a wrong type":            edit(facts.TNominee, 0, "priority", "1"),
		"a proposal of nobody":    edit(facts.TNominee, 0, "person_id", "nobody"),
		"another unit's person":   swap(good, ps[1].ID, theirs[0].ID),
	} {
		before, _ := leaderDB.Book(ctx, f.period.ID, "")
		err := leaderDB.ApplyPeopleFacts(ctx, f.leader, f.period.ID, set, "x")
		if err == nil {
			t.Errorf("%s: applied", name)
		} else if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "đơn vị") {
			t.Errorf("%s: %s", name, msg)
		}
		if after, _ := leaderDB.Book(ctx, f.period.ID, ""); !reflect.DeepEqual(before, after) {
			t.Errorf("%s: half-applied", name)
		}
	}
}
