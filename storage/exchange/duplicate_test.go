package exchange

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// One unit's file sent twice under two names and taken in one merge (the
// browser adds " (1)"): the first is applied, the second is unchanged
// naming the first, where it said "already imported on —".
func TestSameFileTwiceInOneMerge(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.submit("TUYAN")
	copied := filepath.Join(filepath.Dir(genuine), "tệp gửi (1).sqlite")
	data, err := os.ReadFile(genuine)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copied, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := w.merge(genuine, copied)
	if out[0].Status != model.StatusApplied || out[1].Status != model.StatusUnchanged || code(out[1]) != EDuplicateBatch {
		t.Fatalf("%s %s %s", out[0].Status, out[1].Status, code(out[1]))
	}
	if msg := model.Message(i18n.VI, out[1].Reason); !strings.Contains(msg, filepath.Base(genuine)) {
		t.Errorf("message: %s", msg)
	}
}
