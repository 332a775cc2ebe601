package units

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/exchange"
	"thidua/tui/internal/tuitest"
	"thidua/tui/scope"
	"thidua/tui/theme"
)

// openProvince is the units screen at a province that merged the demo
// bloc's file for 2019 (as `thidua merge --province` and `hold accept`
// do), the bloc in focus, as the province's board opens it.
func openProvince(t *testing.T, w, h int) *peopleHarness {
	t.Helper()
	_, a, p := demoProvince(t)
	return openOn(t, a, p, w, h)
}

// demoProvince builds that province from a copy of the demo: the
// leader's database, the province's (as the app, the bloc in focus) and
// the province's period of the bloc.
func demoProvince(t *testing.T) (*storage.DB, app.App, model.Period) {
	t.Helper()
	ctx := context.Background()
	leader := demotest.Open(t)
	period, err := leader.PeriodByCode(ctx, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	f, err := exchange.Export(ctx, leader, storage.ExportRequest{Kind: model.KindBlocFile, PeriodID: period.ID}, dir, exchange.Options{})
	if err != nil {
		t.Fatal(err)
	}
	prov, err := storage.Open(ctx, filepath.Join(dir, "tỉnh.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { prov.Close() })
	if err := prov.BecomeProvince(ctx); err != nil {
		t.Fatal(err)
	}
	accept(t, prov, f.Path)
	a := app.App{DB: prov}
	blocs, err := prov.Blocs(ctx)
	if err != nil || len(blocs) != 1 {
		t.Fatalf("blocs: %v %v", blocs, err)
	}
	if err := a.SetFocus(ctx, blocs[0].ID); err != nil {
		t.Fatal(err)
	}
	p, err := prov.PeriodOfBloc(ctx, blocs[0].Code, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	return leader, a, p
}

// accept merges one file into db and accepts it where it is held for
// its author's key (the first file of a province, or from one).
func accept(t *testing.T, db *storage.DB, path string) {
	t.Helper()
	ctx := context.Background()
	out, err := exchange.Merge(ctx, db, []string{path}, exchange.MergeOptions{})
	if err != nil || len(out) != 1 {
		t.Fatalf("merge: %v %v", out, err)
	}
	if out[0].HoldID != 0 {
		if _, err := exchange.Decide(ctx, db, out[0].HoldID, true, "Đã gọi điện xác nhận", exchange.Options{}); err != nil {
			t.Fatal(err)
		}
	}
}

// openOn is the units screen over a, period p on show.
func openOn(t *testing.T, a app.App, p model.Period, w, h int) *peopleHarness {
	t.Helper()
	ctx := context.Background()
	inst, _ := a.Installation(ctx)
	bloc, _ := a.Bloc(ctx)
	hr := &peopleHarness{db: a.DB, Driver: &tuitest.Driver[Model]{M: New(a, theme.New(true), i18n.VI, true)}}
	hr.M.SetSize(w, h)
	hr.Run(hr.M.SetScope(scope.Scope{Inst: inst, Bloc: bloc, Period: p}))
	hr.Run(hr.M.Init())
	return hr
}

// to puts the cursor of the nominees list on the first proposal that
// upward says, and returns it.
func (h *peopleHarness) to(t *testing.T, upward bool) people.Nominee {
	t.Helper()
	for i, n := range h.M.staff.book.Nominees {
		if n.Upward == upward {
			h.M.staff.cursor = i
			return n
		}
	}
	t.Fatalf("no proposal with upward %v", upward)
	return people.Nominee{}
}

// The province opens every unit's proposals of the bloc, decides on the
// one sent up from the list (a reference without its date refused in
// place and kept), sees the outcome at once, then corrects it to a
// refusal with its reason; a proposal the bloc kept has nothing to
// decide.
func TestProvinceDecidesOnIndividuals(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"120x40", 120, 36}, {"80x24", 80, 20}} {
		h := openProvince(t, size.w, size.h)
		h.Press("c", "t")
		if v := h.view(); !strings.Contains(v, "mọi đơn vị trong khối") || !strings.Contains(v, "D ghi quyết định của tỉnh") {
			t.Fatalf("t at the province:\n%s", h.M.View())
		}
		h.to(t, false)
		h.Press("D")
		if h.M.dialog.Open() || !h.IsErr || !strings.Contains(h.Status, "khối không đề nghị lên tỉnh") {
			t.Errorf("a proposal the bloc kept: %q", h.Status)
		}
		n := h.to(t, true)
		h.Press("D")
		if !h.M.dialog.Open() || !strings.Contains(h.view(), "Quyết định của tỉnh — ") {
			t.Fatalf("D opens the decision:\n%s", h.M.View())
		}
		tuitest.Golden(t, "people_province_dialog_"+size.name, h.M.View())
		h.Press("tab", "tab")
		h.Type("Quyết định số 512/QĐ-UBND")
		h.Press("enter", "enter")
		if !h.M.dialog.Open() || !strings.Contains(h.view(), "thiếu") {
			t.Fatalf("a reference without its date:\n%s", h.M.View())
		}
		h.Status, h.IsErr = "", false
		h.Type(" ngày 20/12/2019") // the refusal put the cursor back on the reference
		h.Press("enter", "enter")
		if h.M.dialog.Open() || h.IsErr || !strings.Contains(h.Status, "Tỉnh: được khen 512/QĐ-UBND ngày 20/12/2019") {
			t.Fatalf("accepted: %q\n%s", h.Status, h.M.View())
		}
		if d := h.M.staff.book.Nominees[h.M.staff.cursor].Decision; d == nil || d.Person != n.Person || d.Ruling != people.RulingAccepted {
			t.Errorf("the outcome on the list: %+v", d)
		}
		if !strings.Contains(h.view(), "↑ lên tỉnh được khen") {
			t.Errorf("the outcome shows at once:\n%s", h.M.View())
		}
		tuitest.Golden(t, "people_province_decided_"+size.name, h.M.View())

		h.Press("D", "right") // a correction: not awarded, with the reason
		h.Press("tab", "tab", "tab")
		h.Type("Chưa đủ 5 năm công tác")
		h.Press("enter")
		d := h.M.staff.book.Nominees[h.M.staff.cursor].Decision
		if h.M.dialog.Open() || d == nil || d.Ruling != people.RulingRefused || d.Reason != "Chưa đủ 5 năm công tác" {
			t.Errorf("refused: %+v %q\n%s", d, h.Status, h.M.View())
		}
	}
}
