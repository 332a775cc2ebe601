package storage

import (
	"context"
	"fmt"
	"testing"

	"thidua/model"
)

// BenchmarkSaveScore is the cost of one typed score: validated, written
// with its audit row, committed and fsynced (synchronous=FULL), on a real
// file. DESIGN §7 asks for under 10 ms.
func BenchmarkSaveScore(b *testing.B) {
	db := openTestDB(b)
	f := seed(b, db)
	ctx := context.Background()
	u := f.units["TUYHOA"]
	values := []string{"1", "2", "3", "4", "5"}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: u.ID, Stage: model.StageSelf, Actor: f.leader,
			Entries: []ScoreEntry{{Criterion: "I.1", Input: values[i%len(values)]}}})
		if err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkResult computes a period's ranking from the database.
func BenchmarkResult(b *testing.B) {
	db := openTestDB(b)
	f := seed(b, db)
	for _, code := range []string{"TUYHOA", "SONGCAU", "DONGHOA", "DUYTIEN"} {
		f.fullSheet(b, db, code, "5", "5", "10", "1", "1", "0")
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := db.Result(ctx, f.period.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResultScale computes the ranking of a bloc of 100, 200, 500
// and 1,000 units, each with a 300-criterion sheet scored at the self and
// bloc stages, as a merge leaves them (every sheet's totals kept beside
// its scores): the kept totals read, ranked with the tie-breaks, awards
// proposed. µs/unit shows how the time grows with the data.
func BenchmarkResultScale(b *testing.B) {
	for _, n := range []int{100, 200, 500, 1000} {
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			db, period := rankBloc(b, n)
			ctx := context.Background()
			if err := db.RefreshTotals(ctx); err != nil {
				b.Fatal(err)
			}
			var res model.PeriodResult
			var err error
			for b.Loop() {
				if res, err = db.Result(ctx, period); err != nil {
					b.Fatal(err)
				}
			}
			if len(res.Ranking.Ranked) != n {
				b.Fatalf("%d units ranked, want %d", len(res.Ranking.Ranked), n)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(n), "µs/unit")
		})
	}
}

// BenchmarkResultHistory reads the history of a bloc of 200 units with a
// 300-criterion table (the results screen's history view, the line of a
// unit's past on its sheet): every period's result, and each unit's
// shortfalls against the bloc's averages.
func BenchmarkResultHistory(b *testing.B) {
	db, _ := rankBloc(b, 200)
	ctx := context.Background()
	var h model.History
	var err error
	for b.Loop() {
		if h, err = db.ResultHistory(ctx); err != nil {
			b.Fatal(err)
		}
	}
	if len(h.Periods) != 1 || len(h.Units) != 200 {
		b.Fatalf("history of %d periods, %d units", len(h.Periods), len(h.Units))
	}
}

// BenchmarkKeepTotals1000 is what a merge adds to keep the totals of a
// bloc of 1,000 units × 300 criteria whose every sheet changed: each
// sheet's scores read and totalled at two stages, the rows written.
func BenchmarkKeepTotals1000(b *testing.B) {
	db, period := rankBloc(b, 1000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		if _, err := db.rw.ExecContext(ctx, `DELETE FROM sheet_total`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := db.RefreshTotals(ctx); err != nil {
			b.Fatal(err)
		}
	}
	_ = period
}

// rankBloc makes a bloc of n units with a 300-criterion table (5 parts ×
// 6 groups × 10 criteria) and writes every unit's self and bloc scores
// straight into the score table, in one transaction, as merges and
// reviews leave them. It returns the database and the period.
func rankBloc(b testing.TB, n int) (*DB, string) {
	b.Helper()
	ctx := context.Background()
	db := openTestDB(b)
	units := make([]model.Unit, n)
	for i := range units {
		units[i] = model.Unit{Code: fmt.Sprintf("DV%04d", i+1), Name: fmt.Sprintf("Phòng Tư pháp đơn vị số %d", i+1)}
	}
	bloc, err := db.CreateBloc(ctx, BlocSetup{Code: "K1000", Name: "Khối thi đua thử tải", Units: units,
		LeaderCode: units[0].Code, DeputyCode: units[1].Code})
	if err != nil {
		b.Fatal(err)
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID}
	var rows []model.Criterion
	for p := range 5 {
		part := fmt.Sprintf("P%d", p)
		rows = append(rows, model.Criterion{ID: part, Code: fmt.Sprint(p + 1), Title: "Phần", Kind: model.Group, Max: model.Whole(60), Position: p})
		for g := range 6 {
			group := fmt.Sprintf("%s.%d", part, g)
			rows = append(rows, model.Criterion{ID: group, ParentID: part, Code: fmt.Sprintf("%d.%d", p+1, g+1), Title: "Nhóm",
				Kind: model.Group, Max: model.Whole(10), Position: g})
			for c := range 10 {
				rows = append(rows, model.Criterion{ID: fmt.Sprintf("%s.%d", group, c), ParentID: group,
					Code: fmt.Sprintf("%d.%d.%d", p+1, g+1, c+1), Title: "Tiêu chí", Kind: model.Standard, Max: model.Whole(1), Position: c})
			}
		}
	}
	vid, err := db.CreateDraft(ctx, leader, "Bảng 300 tiêu chí", "", rows)
	if err == nil {
		_, err = db.IssueVersion(ctx, leader, vid)
	}
	if err != nil {
		b.Fatal(err)
	}
	p, err := db.CreatePeriod(ctx, leader, model.Period{Code: "2025", Label: "Năm 2025", Kind: model.Year, CriteriaVersionID: vid},
		model.DefaultRules())
	if err != nil {
		b.Fatal(err)
	}
	list, err := db.Units(ctx, "")
	if err != nil {
		b.Fatal(err)
	}
	err = db.write(ctx, func(tx *Tx) error {
		for u, unit := range list {
			for i, c := range rows {
				if c.Kind == model.Group {
					continue
				}
				pts := int64(25 * ((i*7 + u*3) % 5))
				for _, stage := range []string{"self", "bloc"} {
					if _, err := tx.exec(ctx, `INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, set_by_role,
						set_by_unit, updated_at) VALUES (?, ?, ?, ?, ?, 'unit', ?, ?)`, p.ID, unit.ID, c.ID, stage, pts, unit.ID, tx.stamp()); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return db, p.ID
}
