package welcome

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/exchange"
	"thidua/tui/theme"
)

// setupFile writes the demo leader's real setup file for Tuy An.
func setupFile(t *testing.T) (path, fingerprint string) {
	t.Helper()
	ctx := context.Background()
	leader := demotest.Open(t)
	p, err := leader.PeriodByCode(ctx, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	u, err := leader.UnitByCode(ctx, demo.TuyAn)
	if err != nil {
		t.Fatal(err)
	}
	w, err := exchange.Export(ctx, leader, storage.ExportRequest{Kind: model.KindSetup, PeriodID: p.ID, UnitID: u.ID},
		t.TempDir(), exchange.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return w.Path, w.File.Fingerprint
}

// A unit's first run: the welcome takes the leader's setup file, shows the
// leader's key to check on the phone, and joins only when confirmed.
func TestJoinWithSetupFile(t *testing.T) {
	path, fp := setupFile(t)
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "Tuy An", "thidua.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	m := New(app.App{DB: db}, theme.New(true), i18n.VI, true)
	m.SetSize(100, 40)
	h := &harness{m: m}

	h.press("down", "enter")
	if h.m.Step() != "join" {
		t.Fatalf("step %s, want join", h.m.Step())
	}
	h.press("ctrl+u")
	h.typeText(filepath.Join(t.TempDir(), "không có.sqlite"))
	h.press("enter")
	if h.m.Step() != "join" || !strings.Contains(h.m.View(), "không có.sqlite") {
		t.Fatalf("a missing file was not refused on the join step:\n%s", h.m.View())
	}
	h.press("ctrl+u")
	h.typeText(path)
	h.press("enter")
	view := h.m.View()
	if h.m.Step() != "key" || !strings.Contains(view, fp) || !strings.Contains(view, "Phú Yên") || !strings.Contains(view, "Tuy An") {
		t.Fatalf("the key step does not show the file's bloc, unit and key %s:\n%s", fp, view)
	}
	// Not confirmed: back to the file, nothing written.
	h.press("enter")
	if h.m.Step() != "join" || h.done {
		t.Fatalf("step %s after refusing the key", h.m.Step())
	}
	if _, err := db.Installation(ctx); model.ErrorCode(err) != storage.ENoBloc {
		t.Fatalf("refusing the key wrote the bloc: %v", err)
	}
	h.press("enter", "right", "enter")
	if !h.done {
		t.Fatalf("confirmed join did not finish:\n%s", h.m.View())
	}
	inst, err := db.Installation(ctx)
	if err != nil || inst.Role != model.RoleUnit {
		t.Fatalf("installation after join: %+v %v", inst, err)
	}
	u, _ := db.UnitByCode(ctx, demo.TuyAn)
	if inst.UnitID != u.ID {
		t.Errorf("joined as %s, want Tuy An", inst.UnitID)
	}
}

// A folder typed where the setup file is expected is named as a folder,
// not as "maybe a Word file".
func TestJoinRefusesAFolder(t *testing.T) {
	ctx := context.Background()
	db, err := storage.Open(ctx, filepath.Join(t.TempDir(), "thidua.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	m := New(app.App{DB: db}, theme.New(true), i18n.VI, true)
	m.SetSize(100, 40)
	h := &harness{m: m}
	h.press("down", "enter", "esc") // the picker closed: the form's field
	dir := t.TempDir()
	h.typeText(`"` + dir + `"`)
	h.press("enter")
	if v := h.m.View(); h.m.Step() != "join" || !strings.Contains(v, "là một thư mục, không phải tệp") {
		t.Errorf("a folder on the join step:\n%s", v)
	}
}
