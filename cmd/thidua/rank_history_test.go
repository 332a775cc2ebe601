package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// rank --history shows every unit's totals and ranks over the periods,
// with a small chart and where it lost the most points; a new year joins
// the history empty until scored.
func TestRankHistory(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	read := func() historyJSON {
		t.Helper()
		out, errs, code := runCmd(t, env, "rank", "--history", "--json")
		var doc historyJSON
		if code != 0 || json.Unmarshal([]byte(out), &doc) != nil {
			t.Fatalf("rank --history --json: %d %q %q", code, out, errs)
		}
		return doc
	}
	doc := read()
	if len(doc.Periods) != 2 || doc.Periods[0].Code != "2019-H1" || len(doc.Units) != 9 || doc.Units[0].Code != "TUYHOA" {
		t.Fatalf("history = %+v", doc)
	}
	last := doc.Units[len(doc.Units)-1]
	if last.Code != "SONHOA" || last.History[0].Scored || !last.History[1].Scored || last.History[1].Rank != 9 ||
		!strings.HasPrefix(last.Sparkline, " ") {
		t.Errorf("Sơn Hòa (no half-year sheet) = %+v", last)
	}
	tuy := doc.Units[0].History[1]
	if tuy.Total != "101.75" || tuy.Rank != 1 || len(tuy.Shortfalls) != 3 || tuy.Shortfalls[0].Code != "V.5" || tuy.Shortfalls[0].Lost != "1.78" {
		t.Errorf("Tuy Hòa in 2019 = %+v", tuy)
	}
	out, errs, code := runCmd(t, env, "rank", "--history")
	if code != 0 || !strings.Contains(out, "Tổng điểm và thứ hạng qua các kỳ") || !strings.Contains(out, "101,75 (1)") ||
		!strings.Contains(out, "TUYHOA, 2019: V.5 −1,78") {
		t.Errorf("rank --history: %d %q %q", code, out, errs)
	}
	if _, errs, code := runCmd(t, env, "rank", "--history", "--period", "2019"); code != 2 || !strings.Contains(errs, "bỏ --period") {
		t.Errorf("--history with --period: %d %q", code, errs)
	}
	if _, errs, code := runCmd(t, env, "period", "new", "--from", "2019", "--code", "2020"); code != 0 {
		t.Fatalf("period new: %q", errs)
	}
	doc = read()
	if len(doc.Periods) != 3 || doc.Periods[2].Code != "2020" || doc.Units[0].History[2].Scored || doc.Units[0].Code != "TUYHOA" {
		t.Errorf("with 2020: %+v", doc.Periods)
	}
}
