package storage

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"thidua/model"
)

func newBloc() NewBloc {
	return NewBloc{
		Bloc: BlocSetup{Code: "cum-3", Name: "Cụm thi đua số 3 các xã, phường", LeaderCode: "XUANLANH",
			Units: []model.Unit{
				{Code: "XUANLANH", Name: "Ủy ban nhân dân xã Xuân Lãnh", ShortName: "Xuân Lãnh"},
				{Code: "XUANPHUOC", Name: "Ủy ban nhân dân xã Xuân Phước", ShortName: "Xuân Phước"},
			}},
		CriteriaLabel: "Bảng tiêu chí năm 2026",
		Criteria: []model.Criterion{
			{ID: "a", Code: "I", Title: "Nhiệm vụ chuyên môn", Kind: model.Group, Max: 6000, Position: 1},
			{ID: "a1", ParentID: "a", Code: "1", Title: "Kế hoạch năm", Kind: model.Standard, Max: 6000, Position: 1},
			{ID: "b", Code: "II", Title: "Thi đua", Kind: model.Standard, Max: 4000, Position: 2},
		},
		Period: model.Period{Code: "2026", Label: "Tổng kết năm 2026", Kind: model.Year,
			Starts: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Ends: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)},
		Rules: model.DefaultRules(),
	}
}

func TestSetupBloc(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	b, err := db.SetupBloc(ctx, newBloc())
	if err != nil {
		t.Fatal(err)
	}
	inst, err := db.Installation(ctx)
	if err != nil || inst.Role != model.RoleLeader || inst.UnitID != b.LeaderUnitID {
		t.Errorf("installation = %+v, %v", inst, err)
	}
	p, err := db.PeriodByCode(ctx, "2026")
	if err != nil || p.CriteriaHash == "" {
		t.Fatalf("period = %+v, %v", p, err)
	}
	if _, err := db.SetupBloc(ctx, newBloc()); model.ErrorCode(err) != EBlocExists {
		t.Errorf("second setup: %v", err)
	}
}

// A setup that fails half-way leaves nothing behind.
func TestSetupBlocAllOrNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := newBloc()
	n.Criteria[1].Max = 5000 // part I no longer adds up: the table cannot be issued
	if _, err := db.SetupBloc(context.Background(), n); model.ErrorCode(err) != model.ETreeChildrenBelow {
		t.Fatalf("broken table: %v", err)
	}
	if _, err := db.Installation(context.Background()); model.ErrorCode(err) != ENoBloc {
		t.Errorf("a failed setup left an installation: %v", err)
	}
	var n2 int
	db.rw.QueryRow(`SELECT (SELECT count(*) FROM bloc) + (SELECT count(*) FROM unit) + (SELECT count(*) FROM criterion)`).Scan(&n2)
	if n2 != 0 {
		t.Errorf("%d rows left by a failed setup", n2)
	}
}
