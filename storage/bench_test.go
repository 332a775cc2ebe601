package storage

import (
	"context"
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
