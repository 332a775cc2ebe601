package exchange

import (
	"strings"
	"testing"

	"thidua/model"
	"thidua/storage"
)

// The leader changes a self-score Tuy An signed (with a reason): the bloc
// file warns the leader that the unit's slice travels unsigned, and the
// province's check names the unit as changed by the leader after it
// signed — the file is not refused, and the unit's signature is never
// forged.
func TestOverrideShowsAtTheProvince(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.one(w.submit("TUYAN"), model.StatusApplied)
	tuyan := w.unit("TUYAN")
	inst, _ := w.leader.Installation(w.ctx)
	sheet, _ := w.leader.LoadSheet(w.ctx, w.period.ID, tuyan.ID)
	var target model.Criterion
	for _, c := range sheet.Tree.Leaves() {
		if r, ok := sheet.Rows[c.ID][model.StageSelf]; ok && c.Rule.IsDirect() && r.Points > 0 {
			target = c
			break
		}
	}
	b := storage.ScoreBatch{PeriodID: w.period.ID, UnitID: tuyan.ID, Stage: model.StageSelf, Actor: inst.Actor(),
		Entries: []storage.ScoreEntry{{Criterion: target.ID, Input: "0"}}}
	if _, err := w.leader.SaveScores(w.ctx, b); model.ErrorCode(err) != storage.EOverrideReason {
		t.Fatalf("an override without a reason: %v", err)
	}
	b.Entries[0].Reason = "Đơn vị khai nhầm, đã xác nhận bằng văn bản"
	if _, err := w.leader.SaveScores(w.ctx, b); err != nil {
		t.Fatal(err)
	}
	w.n++
	path := w.dir + "/out/bloc-override.sqlite"
	wr, err := Export(w.ctx, w.leader, storage.ExportRequest{Kind: model.KindBlocFile, PeriodID: w.period.ID}, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	warned := false
	for _, x := range wr.Warnings {
		warned = warned || (x.Code == WExportDiffers && strings.Contains(x.Localize("vi"), "TUYAN"))
	}
	if !warned {
		t.Errorf("the leader's export does not warn: %v", wr.Warnings)
	}
	prov, _ := w.province("prov")
	o := w.mergeInto(prov, false, path)[0]
	if o.Status == model.StatusRejected {
		t.Fatalf("the bloc file was refused: %v", o.Reason)
	}
	found := false
	for _, x := range o.Warnings {
		if x.Code == WUnsigned && strings.Contains(x.Localize("vi"), "TUYAN") && strings.Contains(x.Localize("vi"), "sửa") {
			found = true
		}
	}
	if !found {
		t.Errorf("the province's check does not name the changed unit: %v", o.Warnings)
	}
}
