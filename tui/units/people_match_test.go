package units

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/people"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/exchange"
	"thidua/tui/internal/tuitest"
)

// rejoined is Tuy Hòa starting a new database after the province
// awarded its head's Bằng khen: it joins from the leader's setup file,
// which carries that decision on the head's old id, and types its staff
// and proposals again (new ids).
func rejoined(t *testing.T) (app.App, model.Period) {
	t.Helper()
	ctx := context.Background()
	leader, prov, pp := demoProvince(t)
	b, err := prov.Book(ctx, pp.ID, "")
	if err != nil || len(b.Upward()) != 1 {
		t.Fatalf("the bloc's upward list: %v %v", b.Upward(), err)
	}
	n := b.Upward()[0]
	if err := prov.DecideNominee(ctx, model.Actor{Role: model.RoleProvince}, pp.ID, people.Decision{Person: n.Person, Form: n.Form,
		Ruling: people.RulingAccepted, Number: "512/QĐ-UBND", Date: "2019-12-20"}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	down, err := exchange.Export(ctx, prov.DB, storage.ExportRequest{Kind: model.KindDecision, PeriodID: pp.ID}, dir, exchange.Options{})
	if err != nil {
		t.Fatal(err)
	}
	accept(t, leader, down.Path)
	period, _ := leader.PeriodByCode(ctx, demo.Year)
	tuyhoa, _ := leader.UnitByCode(ctx, demo.TuyHoa)
	setup, err := exchange.Export(ctx, leader, storage.ExportRequest{Kind: model.KindSetup, PeriodID: period.ID, UnitID: tuyhoa.ID},
		dir, exchange.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := storage.Open(ctx, filepath.Join(dir, "Tuy Hòa mới.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { fresh.Close() })
	o, err := exchange.Join(ctx, fresh, setup.Path, exchange.JoinOptions{Confirm: func(exchange.Manifest, bool) bool { return true }})
	if err != nil || o.Status != model.StatusApplied {
		t.Fatalf("join: %v %v %v", o.Status, o.Reason, err)
	}
	if err := demo.UnitPeople(ctx, fresh, model.Actor{Role: model.RoleUnit, UnitID: tuyhoa.ID}, period, demo.TuyHoa, tuyhoa.ID); err != nil {
		t.Fatal(err)
	}
	return app.App{DB: fresh}, period
}

// The unit sees the decision kept aside on its nominees list, matches it
// to its head's proposal with m, and the decision shows beside it; a
// proposal of another form has nothing to match.
func TestUnitMatchesDecisionAfterRetypedStaff(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 36}, {"80x24", 80, 20}} {
		a, p := rejoined(t)
		h := openOn(t, a, p, size.w, size.h)
		h.Press("/")
		h.Type("tuy hoa")
		h.Press("enter", "c", "right")
		if !strings.Contains(h.view(), "người không còn trong danh sách") {
			t.Fatalf("the notice:\n%s", h.M.View())
		}
		tuitest.Golden(t, "people_unmatched_"+size.name, h.M.View())
		if size.name != "120x40" {
			continue
		}
		h.Press("m") // the first proposal, a Lao động tiên tiến
		if h.M.dialog.Open() || !strings.Contains(h.Status, "Không có quyết định nào") {
			t.Errorf("another form: %q", h.Status)
		}
		for i, n := range h.M.staff.book.Nominees {
			if n.Form == people.BKTinh {
				h.M.staff.cursor = i
			}
		}
		h.Press("m")
		if !h.M.dialog.Open() || !strings.Contains(h.view(), "512/QĐ-UBND") {
			t.Fatalf("the match dialog:\n%s", h.M.View())
		}
		h.Press("enter")
		n := h.M.staff.book.Nominees[h.M.staff.cursor]
		if h.M.dialog.Open() || n.Decision == nil || n.Decision.Number != "512/QĐ-UBND" || len(h.M.staff.book.Unmatched) != 0 {
			t.Errorf("matched: %+v %q\n%s", n.Decision, h.Status, h.M.View())
		}
		if strings.Contains(h.view(), "người không còn trong danh sách") || !strings.Contains(h.view(), "được khen") {
			t.Errorf("after the match:\n%s", h.M.View())
		}
	}
}
