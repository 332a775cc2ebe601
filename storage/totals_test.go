package storage

import (
	"context"
	"reflect"
	"testing"

	"thidua/model"
)

// uncached is the period's result computed from the scores alone, the kept
// totals set aside: what Result must always equal.
func uncached(t *testing.T, db *DB, periodID string) model.PeriodResult {
	t.Helper()
	ctx := context.Background()
	var r model.PeriodResult
	err := db.write(ctx, func(tx *Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sheet_total`); err != nil {
			return err
		}
		var err error
		r, _, err = result(ctx, tx, periodID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func keptRows(t *testing.T, db *DB) int {
	t.Helper()
	var n int
	if err := db.rw.QueryRow(`SELECT count(*) FROM sheet_total`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestKeptTotalsFollowEveryChange: the totals kept beside the scores never
// show an old figure: after a score typed, a review, a cap changed, the
// leader changed, a damaged row and a review removed, Result equals the
// result computed from the scores alone, before and after the totals are
// kept again.
func TestKeptTotalsFollowEveryChange(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	f.fullSheet(t, db, "TUYHOA", "5", "5", "10", "2", "2", "0")
	f.fullSheet(t, db, "SONGCAU", "4,5", "5", "10", "1", "0", "0")
	f.fullSheet(t, db, "DONGHOA", "5", "5", "9,5", "1", "0", "0")
	check := func(step string) {
		t.Helper()
		got, err := db.Result(ctx, f.period.ID) // from the scores where a change forgot the kept totals
		if err != nil {
			t.Fatal(err)
		}
		if err := db.RefreshTotals(ctx); err != nil { // as a merge does
			t.Fatal(err)
		}
		if n := keptRows(t, db); n != len(f.units) {
			t.Fatalf("%s: %d rows kept, want %d", step, n, len(f.units))
		}
		again, err := db.Result(ctx, f.period.ID) // read from the kept rows
		if err != nil {
			t.Fatal(err)
		}
		want := uncached(t, db, f.period.ID)
		if !reflect.DeepEqual(got.Ranking, want.Ranking) || !reflect.DeepEqual(again.Ranking, want.Ranking) ||
			!reflect.DeepEqual(again.Self, want.Self) {
			t.Fatalf("%s: kept totals differ from the scores:\n got %+v\nwant %+v", step, again.Ranking, want.Ranking)
		}
	}
	check("first read")
	save := func(code string, stage model.Stage, actor model.Actor, crit, v string) {
		t.Helper()
		if _, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: f.units[code].ID, Stage: stage, Actor: actor,
			Entries: []ScoreEntry{{Criterion: crit, Input: v, Reason: "Thiếu hồ sơ"}}}); err != nil {
			t.Fatal(err)
		}
	}
	save("TUYHOA", model.StageSelf, f.leader, "II", "8")
	check("a self-score typed")
	save("DONGHOA", model.StageBloc, f.leader, "II", "9")
	check("a bloc review")
	save("SONGCAU", model.StageBloc, f.leader, "I.1", "3")
	check("the leader reviews its own unit")
	rules, err := db.Rules(ctx, f.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	rules.Caps.Bonus = 100
	if err := db.SetRules(ctx, f.leader, f.period.ID, rules); err != nil {
		t.Fatal(err)
	}
	check("the bonus cap changed")
	if err := db.SetDeputy(ctx, f.leader, "DONGHOA"); err != nil {
		t.Fatal(err)
	}
	check("the deputy changed")
	if _, err := db.rw.Exec(`UPDATE sheet_total SET top_values = x'ff' WHERE unit_id = ?`, f.units["TUYHOA"].ID); err != nil {
		t.Fatal(err)
	}
	check("a damaged row")
	if _, err := db.rw.Exec(`DELETE FROM score WHERE unit_id = ? AND stage = 'bloc'`, f.units["DONGHOA"].ID); err != nil {
		t.Fatal(err)
	}
	check("a review removed")
}

// TestDecisionQuota: a decision that would give an award to more units
// than its quota is refused whole; a refusal frees the place.
func TestDecisionQuota(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	rules := model.DefaultRules()
	rules.Step = 25
	rules.Awards = []model.AwardRule{{Code: "CO", Name: "Cờ thi đua", Quota: 1}}
	if err := db.SetRules(ctx, f.leader, f.period.ID, rules); err != nil {
		t.Fatal(err)
	}
	province := model.Actor{Role: model.RoleProvince}
	day := f.period.Starts
	give := func(code string, o model.Outcome) error {
		return db.SetDecision(ctx, province, f.period.ID, model.Decision{UnitID: f.units[code].ID, Award: "CO", Outcome: o,
			Number: "512/QĐ-UBND", Date: day})
	}
	if err := give("TUYHOA", model.Awarded); err != nil {
		t.Fatal(err)
	}
	if err := give("DONGHOA", model.Awarded); model.ErrorCode(err) != model.EDecisionQuota {
		t.Fatalf("a second flag: %v", err)
	}
	if err := give("TUYHOA", model.NotAwarded); err != nil {
		t.Fatal(err)
	}
	if err := give("DONGHOA", model.Awarded); err != nil {
		t.Fatalf("after the refusal: %v", err)
	}
	r, err := db.Result(ctx, f.period.ID)
	if err != nil || len(r.Decisions) != 2 {
		t.Fatalf("decisions: %v %+v", err, r.Decisions)
	}
}

// TestRefreshTotals keeps every period's totals, as after a merge.
func TestRefreshTotals(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	f.fullSheet(t, db, "TUYHOA", "5", "5", "10", "2", "2", "0")
	if err := db.RefreshTotals(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := keptRows(t, db); n != len(f.units) {
		t.Errorf("%d rows kept, want %d", n, len(f.units))
	}
}
