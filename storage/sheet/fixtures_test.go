package sheet

import (
	"bytes"
	"strings"
	"testing"

	"thidua/model/table/tabletest"
	"thidua/storage"
	"thidua/storage/sheet/sheettest"
)

// fixtureBook writes a fixture as the office's workbook: numbers as
// numeric cells, its merged ranges.
func fixtureBook(t testing.TB, f tabletest.Fixture) *sheettest.Book {
	rows := make([]sheettest.Row, len(f.Rows))
	for i, r := range f.Rows {
		for _, c := range r {
			if c == "" {
				rows[i] = append(rows[i], nil)
				continue
			}
			rows[i] = append(rows[i], tabletest.Cell(c))
		}
	}
	b := sheettest.New(t).Sheet(f.Sheet, rows...)
	for _, m := range f.Merges {
		from, to, _ := strings.Cut(m, ":")
		b.Merge(f.Sheet, from, to)
	}
	return b
}

// Every fixture reads to its expected tree from a real .xlsx file (and,
// for the ones offices save as CSV, from the CSV file), each well under
// 100 KB.
func TestFixtureWorkbooks(t *testing.T) {
	for _, f := range tabletest.Fixtures() {
		if f.CSV {
			r, err := storage.ReadCriteriaCSV(strings.NewReader(f.CSVText()))
			if err != nil {
				t.Errorf("%s: %v", f.Name, err)
				continue
			}
			for _, d := range f.Check(r) {
				t.Error("csv: " + d)
			}
			continue
		}
		data := fixtureBook(t, f).Bytes()
		if len(data) > 100<<10 {
			t.Errorf("%s: %d bytes", f.Name, len(data))
		}
		r, err := ReadCriteria(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		for _, d := range f.Check(r) {
			t.Error("xlsx: " + d)
		}
	}
}
