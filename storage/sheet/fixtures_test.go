package sheet

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"thidua/model/table/tabletest"
	"thidua/storage/sheet/sheettest"
)

// Every fixture reads to its expected tree from the CSV file Excel saves
// of it, and (but for the ones offices save as CSV) from a real .xlsx
// file, each well under 100 KB. A workbook of several sheets has no CSV.
func TestFixtureWorkbooks(t *testing.T) {
	for _, f := range tabletest.All() {
		if len(f.Others) == 0 {
			r, err := ReadCriteriaCSV(strings.NewReader(f.CSVText()))
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

// A CSV file reads the same in every encoding Excel saves it in: UTF-8,
// UTF-16 ("Unicode Text", tab-separated) and, on Vietnamese Windows, code
// page 1258 ("CSV (Comma delimited)"), whose tones are combining marks.
func TestFixtureEncodings(t *testing.T) {
	for _, f := range tabletest.All() {
		if len(f.Others) > 0 {
			continue
		}
		for _, enc := range []string{"utf16", "cp1258"} {
			if enc == "cp1258" && f.Name == "unicode-mess" {
				continue // zero-width spaces and NFD marks have no place in code page 1258
			}
			r, err := ReadCriteriaCSV(bytes.NewReader(f.CSVBytes(enc)))
			if err != nil {
				t.Errorf("%s %s: %v", f.Name, enc, err)
				continue
			}
			for _, d := range f.Check(r) {
				t.Error(enc + ": " + d)
			}
		}
	}
}
