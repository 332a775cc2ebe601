package model

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestRestoreIsTotals: what Pack keeps, Restore rebuilds into exactly what
// Totals computes from the sheet, for sheets full, partial, empty, over the
// caps and at full marks, under every cap.
func TestRestoreIsTotals(t *testing.T) {
	tr := smallTable(t)
	rng := rand.New(rand.NewPCG(14, 5))
	sheets := []Sheet{{}, sheet("I1", "40", "I2", "20", "II1", "30", "II2", "20", "IV1", "4", "IV2", "3", "V1", "8", "V2", "6")}
	for range 300 {
		s := Sheet{}
		for _, c := range tr.Nodes() {
			if c.Scorable() && rng.IntN(4) > 0 {
				s[c.ID] = Points(rng.Int64N(int64(c.Max) + 1))
			}
		}
		sheets = append(sheets, s)
	}
	for _, caps := range []Caps{{}, {Bonus: Whole(2), Deduction: Whole(3)}} {
		for i, s := range sheets {
			want := tr.Totals(s, caps)
			values, missing := tr.Pack(want)
			got, ok := tr.Restore(values, missing, caps)
			if !ok || !reflect.DeepEqual(got, want) {
				t.Fatalf("sheet %d caps %v: Restore = %+v, %v; want %+v", i, caps, got, ok, want)
			}
			sums, ok := tr.RestoreSums(values, missing, caps)
			want.Value = nil
			if !ok || !reflect.DeepEqual(sums, want) {
				t.Fatalf("sheet %d caps %v: RestoreSums = %+v, %v; want %+v", i, caps, sums, ok, want)
			}
		}
	}
}

// TestRestoreRefusesParts: parts of another table or damaged ones are
// refused, never turned into totals.
func TestRestoreRefusesParts(t *testing.T) {
	tr := smallTable(t)
	values, _ := tr.Pack(tr.Totals(Sheet{}, Caps{}))
	for name, c := range map[string]struct {
		values  []Points
		missing []int
	}{
		"short":            {values[1:], nil},
		"a group as blank": {values, []int{0}},
		"out of order":     {values, []int{2, 1}},
		"twice":            {values, []int{1, 1}},
		"past the end":     {values, []int{len(values)}},
		"negative":         {values, []int{-1}},
	} {
		if _, ok := tr.Restore(c.values, c.missing, Caps{}); ok {
			t.Errorf("%s: restored", name)
		}
	}
}
