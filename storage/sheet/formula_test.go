package sheet

import (
	"bytes"
	"testing"

	"thidua/storage/sheet/sheettest"
)

// A formula written without its result (by a script) is computed as Excel
// would for what tables use; anything else gives no value, a cycle too,
// and nothing loops.
func TestFormulasWithoutResults(t *testing.T) {
	F := func(s string) sheettest.Formula { return sheettest.Formula(s) }
	p := sheettest.Raw(sheettest.Layout{}, sheettest.RawSheet{Name: "S", Rows: []sheettest.Row{
		{1, 2.5, F("A1+B1*2")},                                        // C1 = 6
		{F("SUM(A1:C1)"), F("ROUND(10/3, 2)"), F("(A2-C1)/2")},        // 9.5, 3.33, 1.75
		{F("MAX(A1, B1, 7)"), F("-A1+$B$1"), F("SUM(A1:XFD1048576)")}, // 7, 1.5, whole sheet (cycle: itself)
		{F("A4"), F("IF(A1>0, 1, 2)"), F("Sheet2!A1")},                // cycle, unknown, another sheet
		{F("AVERAGE(A1:B1)"), F("20%"), F("2^3")},                     // 1.75, 0.2, 8
	}})
	wb, err := openWorkbook(bytes.NewReader(p.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	g, err := readGrid(wb, wb.sheets[0])
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"1", "2.5", "6"},
		{"9.5", "3.33", "1.75"},
		{"7", "1.5", ""},
		{"", "", ""},
		{"1.75", "0.2", "8"},
	}
	for r, row := range want {
		for c, w := range row {
			if got := g.number(r, c); got != w {
				t.Errorf("%s: %q, want %q (%s)", cellName(r, c), got, w, g.formulas[[2]int{r, c}])
			}
		}
	}
}
