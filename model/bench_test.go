package model

import (
	"fmt"
	"testing"
)

// bigTree is a 300-criterion table: 5 parts × 6 sections × 10 criteria.
func bigTree(b *testing.B) *Tree {
	var rows []Criterion
	for p := 0; p < 5; p++ {
		pid := fmt.Sprintf("P%d", p)
		rows = append(rows, Criterion{ID: pid, Code: pid, Title: "Phần", Kind: Group, Max: Whole(60), Position: p})
		for s := 0; s < 6; s++ {
			sid := fmt.Sprintf("%s.%d", pid, s)
			rows = append(rows, Criterion{ID: sid, ParentID: pid, Code: sid, Title: "Mục", Kind: Group, Max: Whole(10), Position: s})
			for c := 0; c < 10; c++ {
				id := fmt.Sprintf("%s.%d", sid, c)
				rows = append(rows, Criterion{ID: id, ParentID: sid, Code: id, Title: "Tiêu chí", Kind: Standard, Max: Whole(1), Position: c})
			}
		}
	}
	t, err := NewTree(rows)
	if err != nil {
		b.Fatal(err)
	}
	return t
}

// BenchmarkTotals300 adds up one unit's 300-criterion sheet.
func BenchmarkTotals300(b *testing.B) {
	t := bigTree(b)
	sheet := Sheet{}
	for i, c := range t.Leaves() {
		sheet[c.ID] = Points(50 + i%50)
	}
	b.ResetTimer()
	for b.Loop() {
		t.Totals(sheet, Caps{Bonus: Whole(5)})
	}
}

// BenchmarkRank1000 ranks 1,000 units with the default tie-breaks.
func BenchmarkRank1000(b *testing.B) {
	cands := make([]Candidate, 1000)
	for i := range cands {
		tot := Totals{Standard: Points(9000 + (i*7919)%1000), Bonus: Points(i % 300), Deduction: Points(i % 200)}
		tot.Total = tot.Standard + tot.Bonus - tot.Deduction
		cands[i] = Candidate{UnitID: fmt.Sprint(i), Code: fmt.Sprintf("U%04d", i), Name: fmt.Sprintf("Đơn vị %d", i), Totals: tot}
	}
	b.ResetTimer()
	for b.Loop() {
		Rank(cands, DefaultTieBreaks(), NumberingSkip)
	}
}

// BenchmarkResolveUnknown300 resolves a code no row has in a
// 300-criterion table, the worst case of every score line a file holds
// (each reading is tried on every row): 350 µs before the codes were
// worked out once per tree.
func BenchmarkResolveUnknown300(b *testing.B) {
	t := bigTree(b)
	for b.Loop() {
		t.Resolve("II.1.x7")
	}
}
