package settings

import (
	"context"
	"strings"
	"testing"

	"thidua/model"
)

// A rule's number cleared by mistake and enter pressed: the empty field is
// refused with a word (it was saved as 0 — a step of 0,01 or no cap of the
// bloc's own — a value nobody typed); full-width digits are digits.
func TestEmptyRuleNumberIsRefused(t *testing.T) {
	h := open(t, model.RoleLeader)
	ctx := context.Background()
	before, _ := h.db.Rules(ctx, h.M.scope.Period.ID)
	for _, r := range []row{rowStep, rowBonusCap, rowDeductionCap} {
		h.row(int(r))
		h.Press("enter", "ctrl+u", "enter")
		if !h.M.Capturing() {
			t.Errorf("row %d: an empty number was saved (%s)", r, h.Status)
			continue
		}
		if v := h.M.dialog.Form().View(); !strings.Contains(v, "Chưa nhập số") {
			t.Errorf("row %d: an empty number was not refused:\n%s", r, v)
		}
		h.Press("esc")
	}
	if after, _ := h.db.Rules(ctx, h.M.scope.Period.ID); after.Step != before.Step || after.Caps != before.Caps {
		t.Errorf("rules changed by empty fields: %+v → %+v", before, after)
	}
	h.row(int(rowStep))
	h.Press("enter", "ctrl+u")
	h.Type("０,５")
	h.Press("enter")
	if r, _ := h.db.Rules(ctx, h.M.scope.Period.ID); r.Step != 50 {
		t.Errorf("step = %v (%s)", r.Step, h.Status)
	}
}
