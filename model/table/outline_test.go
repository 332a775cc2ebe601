package table

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// nearestByScan is how placeByCode found the row a code extends before it
// used extensions: every earlier row, nearest first. Linking a table was
// quadratic in its rows: 700,000 lines of CSV took ten minutes.
func nearestByScan(rows []outlineRow, levels []int, i int) int {
	code := trimCode(rows[i].code)
	for j := i - 1; j >= 0; j-- {
		pc := trimCode(rows[j].code)
		if pc != "" && extends(code, pc) && levels[j] > 0 {
			return j
		}
	}
	return -1
}

// The rows a code extends are found among its few possible parents as the
// scan of every earlier row found them, on codes as offices write them and
// as a hostile file might (odd dots, spaces, letters and parentheses).
func TestExtensionsFindTheNearestLikeAScan(t *testing.T) {
	parts := []string{"I", "II", "1", "2", "1a", "a", "b)", "đ", "đ)", "", " ", "A", "x", "10"}
	rnd := rand.New(rand.NewSource(7))
	for round := 0; round < 200; round++ {
		rows := make([]outlineRow, 60)
		for i := range rows {
			var b strings.Builder
			for k := rnd.Intn(4); k >= 0; k-- {
				b.WriteString(parts[rnd.Intn(len(parts))])
				if rnd.Intn(3) > 0 {
					b.WriteString(".")
				}
			}
			rows[i].code = b.String()
		}
		parents, _ := link(rows)
		levels := make([]int, len(rows))
		placed := map[string]int{}
		for i, r := range rows {
			want := nearestByScan(rows, levels, i)
			got := -1
			for _, pc := range extensions(trimCode(r.code)) {
				if j, ok := placed[pc]; ok && j > got && levels[j] > 0 {
					got = j
				}
			}
			if got != want {
				t.Fatalf("round %d row %d %q: nearest %d, the scan finds %d", round, i, r.code, got, want)
			}
			levels[i] = 1 + rnd.Intn(3)
			if c := trimCode(r.code); c != "" {
				placed[c] = i
			}
		}
		if len(parents) != len(rows) {
			t.Fatal(len(parents))
		}
	}
}

// BenchmarkLinkManyRows links a table of 50,000 numbered rows, a
// workbook's row budget: linear since extensions, minutes before.
func BenchmarkLinkManyRows(b *testing.B) {
	rows := make([]outlineRow, 50_000)
	rows[0].code = "I"
	for i := 1; i < len(rows); i++ {
		rows[i].code = fmt.Sprintf("I.%d", i)
	}
	for b.Loop() {
		link(rows)
	}
}
