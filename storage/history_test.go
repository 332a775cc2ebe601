package storage

import (
	"context"
	"testing"

	"thidua/model"
)

// The history holds every period, oldest first, each unit's total and rank
// in each, from a real file.
func TestHistory(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	f := seed(t, db)
	f.fullSheet(t, db, "TUYHOA", "5", "5", "10", "1", "1", "0")
	f.fullSheet(t, db, "SONGCAU", "4", "5", "10", "0", "0", "1")
	next, _, err := db.StartPeriodFrom(ctx, f.leader, f.period.ID, model.NextPeriod(f.period, "2020", "Năm 2020"), "Bảng 2020")
	if err != nil {
		t.Fatal(err)
	}
	f.period = next
	f.fullSheet(t, db, "SONGCAU", "5", "5", "10", "2", "0", "0")
	h, err := db.ResultHistory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Periods) != 2 || h.Periods[0].Code != "2019" || h.Periods[1].Code != "2020" {
		t.Fatalf("periods = %+v", h.Periods)
	}
	tuy, song := h.Units[f.units["TUYHOA"].ID], h.Units[f.units["SONGCAU"].ID]
	if tuy[0].Rank != 1 || song[0].Rank != 2 || !tuy[0].Scored || tuy[1].Scored || song[1].Rank != 1 || song[1].Total != 2200 {
		t.Errorf("Tuy Hòa %+v, Sông Cầu %+v", tuy, song)
	}
	if len(song[0].Shortfalls) != 3 || song[0].Shortfalls[0].Code != "I.1" || song[0].Shortfalls[0].Lost != 50 {
		t.Errorf("Sông Cầu's shortfalls in 2019 = %+v", song[0].Shortfalls)
	}
}
