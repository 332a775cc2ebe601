package welcome

import (
	"context"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model/i18n"
	"thidua/model/table/tabletest"
	"thidua/storage/sheet/sheettest"
)

// The wizard shows a criteria file's preview, the same lines as the
// command line, and takes the table only from a file without problems.
func TestCriteriaFilePreview(t *testing.T) {
	dir := t.TempDir()
	for _, f := range tabletest.All() {
		path := sheettest.Fixture(t, f, dir)
		h, _ := start()
		h.m.SetSize(200, 400)
		h.m = h.m.goTo(criteriaStep)
		h.press("right", "tab")
		h.typeText(path)
		h.press("enter")
		lines, ok := h.m.Previewing()
		res, _ := app.ReadCriteriaFile(context.Background(), path, nil)
		if !ok || strings.Join(lines, "\n") != strings.Join(res.Preview(i18n.VI), "\n") {
			t.Fatalf("%s: preview %v:\n%s", f.Name, ok, h.m.View())
		}
		h.press("enter")
		if len(f.Problems) > 0 {
			if _, still := h.m.Previewing(); !still || h.m.Step() != "criteria" {
				t.Errorf("%s: a table with problems was taken", f.Name)
			}
			continue
		}
		if h.m.Step() != "period" || len(h.m.criteria) != len(res.Rows) {
			t.Errorf("%s: step %s, %d rows", f.Name, h.m.Step(), len(h.m.criteria))
		}
	}
}
