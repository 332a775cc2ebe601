package sheet

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"thidua/model/table/tabletest"
	"thidua/storage"
	"thidua/storage/sheet/sheettest"
)

// Every fixture reads to its expected tree from the CSV file Excel saves
// of it, and (but for the ones offices save as CSV) from a real .xlsx
// file, each well under 100 KB. A workbook of several sheets has no CSV.
func TestFixtureWorkbooks(t *testing.T) {
	for _, f := range tabletest.All() {
		if len(f.Others) == 0 {
			r, err := storage.ReadCriteriaCSV(strings.NewReader(f.CSVText()))
			if err != nil {
				t.Errorf("%s: %v", f.Name, err)
				continue
			}
			for _, d := range f.Check(r) {
				t.Error("csv: " + d)
			}
		}
		if f.CSV {
			continue
		}
		data, err := os.ReadFile(sheettest.Fixture(t, f, t.TempDir()))
		if err != nil {
			t.Fatal(err)
		}
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
