package table_test

import (
	"testing"

	"thidua/model/table"
	"thidua/model/table/tabletest"
)

// Every real table rebuilt as offices type it reads to its expected tree,
// total, rules and problems.
func TestFixtures(t *testing.T) {
	for _, f := range tabletest.All() {
		r, err := table.Read(f.Sheets())
		if err != nil {
			t.Errorf("%s: %v", f.Name, err)
			continue
		}
		for _, d := range f.Check(r) {
			t.Error(d)
		}
	}
}
