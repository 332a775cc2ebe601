package storage

import (
	"context"
	"testing"
	"time"

	"thidua/model"
)

// A new year starts from the last: the period with the old rules and the
// old table, a draft copy of the table keeping its criteria's ids; issuing
// the draft moves the new period (not yet scored) onto it, and not the old
// one. A period already scored keeps its table.
func TestStartPeriodFrom(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	old := f.period
	old.Starts, old.Ends = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC)
	if err := db.UpdatePeriod(ctx, f.leader, old); err != nil {
		t.Fatal(err)
	}
	rules, _ := db.Rules(ctx, old.ID)
	rules.Awards = []model.AwardRule{{Code: "BK", Name: "Bằng khen", Quota: 2}}
	if err := db.SetRules(ctx, f.leader, old.ID, rules); err != nil {
		t.Fatal(err)
	}
	old, _ = db.PeriodByCode(ctx, "2019")
	p, draft, err := db.StartPeriodFrom(ctx, f.leader, old.ID, model.NextPeriod(old, "2020", "Tổng kết năm 2020"), "Bảng 2020")
	if err != nil {
		t.Fatal(err)
	}
	if p.CriteriaVersionID != old.CriteriaVersionID || p.Starts.Year() != 2020 || p.Kind != model.Year {
		t.Errorf("the new period = %+v", p)
	}
	got, _ := db.Rules(ctx, p.ID)
	if got.Step != 25 || len(got.Awards) != 1 || got.Awards[0].Code != "BK" {
		t.Errorf("rules not copied: %+v", got)
	}
	origin, ok, err := db.PeriodOrigin(ctx, p.ID)
	if err != nil || !ok || origin.FromPeriodID != old.ID || origin.DraftID != draft {
		t.Errorf("origin = %+v %v %v", origin, ok, err)
	}
	if _, ok, _ := db.PeriodOrigin(ctx, old.ID); ok {
		t.Error("the old period has an origin")
	}
	// The draft is the old table, same ids: nothing changed yet.
	oldTree, _ := db.VersionTree(ctx, old.CriteriaVersionID)
	draftTree, err := db.VersionTree(ctx, draft)
	if err != nil || len(model.DiffCriteria(oldTree, draftTree)) != 0 {
		t.Fatalf("the draft differs: %v %v", model.DiffCriteria(oldTree, draftTree), err)
	}
	// The leader changes a maximum and adds a criterion, then issues.
	rows := append([]model.Criterion(nil), draftTree.Nodes()...)
	for i := range rows {
		switch rows[i].Code {
		case "I.1":
			rows[i].Max = 400
		case "I":
			rows[i].Max = 1100
		}
	}
	rows = append(rows, model.Criterion{ID: "I3", ParentID: "I", Code: "I.3", Title: "Mới", Kind: model.Standard, Max: 200, Position: 99})
	if err := db.ReplaceDraft(ctx, f.leader, draft, rows); err != nil {
		t.Fatal(err)
	}
	if _, err := db.IssueVersion(ctx, f.leader, draft); err != nil {
		t.Fatal(err)
	}
	p, _ = db.PeriodByCode(ctx, "2020")
	old, _ = db.PeriodByCode(ctx, "2019")
	if p.CriteriaVersionID != draft || old.CriteriaVersionID == draft {
		t.Errorf("after issue: new on %s, old on %s, draft %s", p.CriteriaVersionID, old.CriteriaVersionID, draft)
	}
	// Refused: a code taken, an unknown period, a unit.
	if _, _, err := db.StartPeriodFrom(ctx, f.leader, old.ID, model.NextPeriod(old, "2020", ""), "x"); model.ErrorCode(err) != model.EPeriodDuplicate {
		t.Errorf("a code taken: %v", err)
	}
	if _, _, err := db.StartPeriodFrom(ctx, f.leader, "nope", model.NextPeriod(old, "2021", ""), "x"); model.ErrorCode(err) != model.EPeriodUnknown {
		t.Errorf("an unknown period: %v", err)
	}
	unit := model.Actor{Role: model.RoleUnit, UnitID: f.units["TUYHOA"].ID}
	if _, _, err := db.StartPeriodFrom(ctx, unit, old.ID, model.NextPeriod(old, "2021", ""), "x"); err == nil {
		t.Error("a unit started a period")
	}
	// A period scored before its draft was issued keeps its table.
	p3, draft3, err := db.StartPeriodFrom(ctx, f.leader, p.ID, model.NextPeriod(p, "2021", ""), "Bảng 2021")
	if err != nil {
		t.Fatal(err)
	}
	f.period = p3
	f.fullSheet(t, db, "TUYHOA", "4", "5", "10", "1", "1", "0")
	if _, err := db.IssueVersion(ctx, f.leader, draft3); model.ErrorCode(err) != ECriteriaSame {
		t.Fatalf("a draft issued unchanged: %v", err)
	}
	t3, _ := db.VersionTree(ctx, draft3)
	rows = append([]model.Criterion(nil), t3.Nodes()...)
	for i := range rows {
		if rows[i].Code == "I.3" {
			rows[i].Title = "Mới, viết lại"
		}
	}
	if err := db.ReplaceDraft(ctx, f.leader, draft3, rows); err != nil {
		t.Fatal(err)
	}
	if _, err := db.IssueVersion(ctx, f.leader, draft3); err != nil {
		t.Fatal(err)
	}
	if p3, _ = db.PeriodByCode(ctx, "2021"); p3.CriteriaVersionID == draft3 {
		t.Error("a scored period moved to another table")
	}
}
