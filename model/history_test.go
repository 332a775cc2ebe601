package model

import (
	"fmt"
	"strings"
	"testing"
)

// historyResult is a period's result over diffBase's table: each unit's
// sheet (a, b, c by criterion id), ranked in the order given.
func historyResult(t *testing.T, id string, kind PeriodKind, sheets map[string][3]Points, order ...string) PeriodResult {
	t.Helper()
	tree, err := NewTree(diffBase())
	if err != nil {
		t.Fatal(err)
	}
	r := PeriodResult{Period: Period{ID: id, Code: id, Kind: kind}, Tree: tree, Units: map[string]Unit{}}
	for i, u := range order {
		r.Units[u] = Unit{ID: u, Code: u}
		sheet := Sheet{}
		if s, ok := sheets[u]; ok {
			sheet = Sheet{"a": s[0], "b": s[1], "c": s[2]}
		}
		p := Position{Candidate: Candidate{UnitID: u, Code: u, Totals: tree.Totals(sheet, Caps{})}, Rank: i + 1}
		if len(sheet) == 0 {
			p.Rank = 0
			r.Ranking.NotRanked = append(r.Ranking.NotRanked, p)
			continue
		}
		r.Ranking.Ranked = append(r.Ranking.Ranked, p)
	}
	return r
}

func TestBuildHistory(t *testing.T) {
	w := Whole
	last := historyResult(t, "2019", Year, map[string][3]Points{
		"A": {w(10), w(10), 0}, "B": {w(9), w(10), w(1)}, "C": {w(10), w(6), 0},
	}, "A", "B", "C")
	now := historyResult(t, "2020", Year, map[string][3]Points{
		"A": {w(8), w(10), w(2)}, "B": {w(10), w(10), 0}, "C": {w(10), w(9), 0},
	}, "B", "C", "A", "D")
	h := BuildHistory([]PeriodResult{last, now})
	if len(h.Periods) != 2 || h.Periods[1].Code != "2020" {
		t.Fatalf("periods = %+v", h.Periods)
	}
	describe := func(u string) string {
		var parts []string
		for _, p := range h.Units[u] {
			s := fmt.Sprintf("%s#%d", p.Total.String(), p.Rank)
			for _, f := range p.Shortfalls {
				s += fmt.Sprintf(" %s-%s", f.Code, f.Lost.String())
			}
			if !p.Scored {
				s = "none"
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " | ")
	}
	for u, want := range map[string]string{
		// A: full marks last year; this year 2 points below the others'
		// average on 1 (9.33) and docked 2 where the average is 0.67.
		"A": "20#1 | 16#3 1-1.33 1-1.33",
		"B": "18#2 1-0.67 1-0.67 | 20#1",
		"C": "16#3 2-2.67 | 19#2 2-0.67",
		"D": "none | none", // a member without a sheet: no scores, no shortfalls
	} {
		if got := describe(u); got != want {
			t.Errorf("%s = %q, want %q", u, got, want)
		}
	}
	// A unit with scores alone in its period has nothing to compare with.
	alone := historyResult(t, "X", Year, map[string][3]Points{"A": {w(1), w(1), 0}}, "A", "B")
	if s := Shortfalls(alone, "A", 3); len(s) != 0 {
		t.Errorf("alone = %+v", s)
	}
	if s := Shortfalls(now, "nobody", 3); s != nil {
		t.Errorf("unknown unit = %+v", s)
	}
	if s := Shortfalls(now, "A", 1); len(s) != 1 || s[0].Code != "1" || s[0].Average != 933 || s[0].Unit != w(8) {
		t.Errorf("n = 1: %+v", s)
	}
}

func TestPreviousPeriod(t *testing.T) {
	ps := []Period{{ID: "h19", Kind: HalfYear}, {ID: "y19", Kind: Year}, {ID: "h20", Kind: HalfYear}, {ID: "y20", Kind: Year},
		{ID: "o", Kind: OtherPeriod}}
	for id, want := range map[string]string{"h19": "", "y19": "h19", "h20": "h19", "y20": "y19", "o": "y20", "nope": ""} {
		got, ok := PreviousPeriod(ps, id)
		if ok != (want != "") || got.ID != want {
			t.Errorf("%s: %q %v, want %q", id, got.ID, ok, want)
		}
	}
}

func TestSparkline(t *testing.T) {
	h := History{Periods: make([]Period, 4), Units: map[string][]HistoryPoint{
		"A": {{Total: Whole(90), Scored: true}, {Total: Whole(95), Scored: true}, {}, {Total: Whole(100), Scored: true}},
		"B": {{Total: Whole(80), Scored: true}, {}, {}, {}},
	}}
	lo, hi := h.Range()
	if lo != Whole(80) || hi != Whole(100) {
		t.Fatalf("range = %v %v", lo, hi)
	}
	for _, c := range []struct {
		unit   string
		lo, hi Points
		want   string
	}{
		{"A", lo, hi, "▄▆ █"},
		{"B", lo, hi, "▁   "},
		{"A", Whole(100), Whole(100), "██ █"}, // a flat scale
		{"nobody", lo, hi, ""},
	} {
		if got := h.Sparkline(c.unit, c.lo, c.hi); got != c.want {
			t.Errorf("%s = %q, want %q", c.unit, got, c.want)
		}
	}
	if (History{}).Index("x") != -1 {
		t.Error("Index")
	}
}
