package storage

import (
	"context"
	"testing"

	"thidua/model"
)

// fixture is a small bloc: four units, a 20-point table with a capped
// bonus part and a deduction part, one period.
type fixture struct {
	bloc   model.Bloc
	period model.Period
	tree   *model.Tree
	units  map[string]model.Unit // by code
	leader model.Actor
}

func crit(id, parent, code string, kind model.Kind, max model.Points) model.Criterion {
	return model.Criterion{ID: id, ParentID: parent, Code: code, Title: "Nội dung " + code, Kind: kind, Max: max}
}

func seed(t testing.TB, db *DB) fixture {
	t.Helper()
	ctx := context.Background()
	b, err := db.CreateBloc(ctx, BlocSetup{
		Code: "khoi1", Name: "Khối thi đua số 1",
		Units: []model.Unit{
			{Code: "TUYHOA", Name: "Phòng LĐTBXH thành phố Tuy Hòa", ShortName: "Tuy Hòa"},
			{Code: "songcau", Name: "Phòng LĐTBXH thị xã Sông Cầu", ShortName: "Sông Cầu"},
			{Code: "DONGHOA", Name: "Phòng LĐTBXH huyện Đông Hòa", ShortName: "Đông Hòa"},
			{Code: "DUYTIEN", Name: "Phòng LĐTBXH huyện Duy Tiên", ShortName: "Duy Tiên"},
		},
		LeaderCode: "SONGCAU", DeputyCode: "TUYHOA",
	})
	if err != nil {
		t.Fatalf("CreateBloc: %v", err)
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: b.LeaderUnitID}
	bonus := crit("B", "", "III", model.Group, 300)
	bonus.Capped = true
	count := crit("I2", "I", "I.2", model.Standard, 500)
	count.Rule = model.Rule{Kind: model.RuleCount, Each: 100}
	rows := []model.Criterion{
		crit("I", "", "I", model.Group, 1000), crit("I1", "I", "I.1", model.Standard, 500), count,
		crit("II", "", "II", model.Standard, 1000),
		bonus, crit("B1", "B", "III.1", model.Bonus, 200), crit("B2", "B", "III.2", model.Bonus, 200),
		crit("D", "", "IV", model.Group, 500), crit("D1", "D", "IV.1", model.Deduction, 500),
	}
	for i := range rows {
		rows[i].Position = i
	}
	vid, err := db.CreateDraft(ctx, leader, "Bảng 2019", "", rows)
	if err != nil {
		t.Fatalf("CreateDraft: %v", err)
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		t.Fatalf("IssueVersion: %v", err)
	}
	rules := model.DefaultRules()
	rules.Step = 25
	p, err := db.CreatePeriod(ctx, leader, model.Period{Code: "2019", Label: "Tổng kết năm 2019", Kind: model.Year, CriteriaVersionID: vid}, rules)
	if err != nil {
		t.Fatalf("CreatePeriod: %v", err)
	}
	tree, _ := db.VersionTree(ctx, vid)
	units, _ := db.Units(ctx, "")
	f := fixture{bloc: b, period: p, tree: tree, units: map[string]model.Unit{}, leader: leader}
	for _, u := range units {
		f.units[u.Code] = u
	}
	return f
}

// fullSheet scores every criterion of a unit at the self stage.
func (f fixture) fullSheet(t testing.TB, db *DB, code string, values ...string) {
	t.Helper()
	refs := []string{"I.1", "I.2", "II", "III.1", "III.2", "IV.1"}
	b := ScoreBatch{PeriodID: f.period.ID, UnitID: f.units[code].ID, Stage: model.StageSelf, Actor: f.leader}
	for i, v := range values {
		b.Entries = append(b.Entries, ScoreEntry{Criterion: refs[i], Input: v})
	}
	if _, err := db.SaveScores(context.Background(), b); err != nil {
		t.Fatalf("fullSheet %s: %v", code, err)
	}
}
