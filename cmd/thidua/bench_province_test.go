package main

import (
	"context"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/storage"
)

// BenchmarkProvinceResults is the province's results over the national
// set (40 blocs × 25 units × 300 criteria, two stages: 1,000 units) as
// its screens read them: every bloc's latest period read, totalled,
// ranked, awards proposed. "kept" is after a merge, which keeps every
// sheet's totals (issue 14's target: under 200 ms); "scores" reads every
// score instead, as before the totals were kept.
func BenchmarkProvinceResults(b *testing.B) {
	set := nationalSet(b)
	path := benchCopy(b, set+"/province.db")
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	s := app.App{DB: db}
	if err := db.RefreshTotals(ctx); err != nil {
		b.Fatal(err)
	}
	b.Run("kept", func(b *testing.B) {
		units := 0
		for b.Loop() {
			rs, err := s.ProvinceResults(ctx)
			if err != nil {
				b.Fatal(err)
			}
			units = 0
			for _, r := range rs {
				units += len(r.Ranking.Ranked)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms")
		b.ReportMetric(float64(units), "units")
	})
	b.Run("scores", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			if err := db.ForgetTotals(ctx); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := s.ProvinceResults(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms")
	})
}
