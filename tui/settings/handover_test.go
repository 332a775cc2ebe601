package settings

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/tui/internal/tuitest"
)

// joinedUnit makes a unit's installation of the demo bloc whose key the
// leader verified: it takes its setup file and the leader takes its
// submission, as a handover needs.
func joinedUnit(t *testing.T, leader app.App, code string) app.App {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	p, err := leader.PeriodByCode(ctx, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leader.ExportSetups(ctx, p.ID, filepath.Join(dir, "setup")); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "setup", "TD-thietlap-*-"+code+"-*.sqlite"))
	if len(files) != 1 {
		t.Fatalf("setup files for %s: %v", code, files)
	}
	db, err := storage.Open(ctx, filepath.Join(dir, "unit.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	unit := app.App{DB: db}
	fp, err := leader.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unit.JoinFile(ctx, files[0], fp); err != nil {
		t.Fatal(err)
	}
	w, err := unit.ExportOwn(ctx, p.ID, filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := leader.ApplyFiles(ctx, []string{w.Path}, nil)
	if err != nil || out[0].Status != model.StatusApplied {
		t.Fatalf("%s's submission at the leader: %v %+v", code, err, out)
	}
	return unit
}

// The leader hands over from the settings screen: the dialog proposes
// the unit the year-end meeting elected, with its vote; "no" changes
// nothing; a unit not elected is warned about; yes writes the file, and
// this installation is a member, which the incoming unit's installation
// then takes to lead.
func TestHandoverFromTheScreen(t *testing.T) {
	h := open(t, model.RoleLeader)
	ctx := context.Background()
	leader := app.App{DB: h.db}
	donghoa := joinedUnit(t, leader, demo.DongHoa)
	if !strings.Contains(h.M.View(), "Bàn giao khối trưởng") {
		t.Fatalf("the leader has no handover row:\n%s", h.M.View())
	}
	h.row(int(rowHandover))
	h.Press("enter")
	if !h.M.dialog.Is("handover") {
		t.Fatalf("no handover dialog: %s", h.Status)
	}
	view := tuitest.Plain(h.M.View())
	for _, want := range []string{"đã bầu DONGHOA", "8/9 phiếu hợp lệ", "DONGHOA Đông Hòa — được bầu"} {
		if !strings.Contains(view, want) {
			t.Errorf("the dialog lacks %q:\n%s", want, view)
		}
	}
	out := t.TempDir()
	h.M.dialog.Form().SetValue("dir", out)
	h.Press("enter", "enter")
	if !h.M.dialog.Is("handover_confirm") || !strings.Contains(tuitest.Plain(h.M.View()), "thành đơn vị thành viên") {
		t.Fatalf("no confirmation:\n%s", h.M.View())
	}
	if strings.Contains(tuitest.Plain(h.M.View()), "không phải đơn vị được bầu") {
		t.Error("the elected unit is warned about")
	}
	h.Press("enter") // "no, go back", as proposed
	if inst, _ := h.db.Installation(ctx); h.M.dialog.Open() || inst.Role != model.RoleLeader {
		t.Fatalf("'no' handed over: %v", inst.Role)
	}
	if files, _ := filepath.Glob(filepath.Join(out, "*")); len(files) != 0 {
		t.Fatalf("'no' wrote %v", files)
	}

	// Another unit than the one elected: warned, then refused because its
	// key was never verified here; still the leader.
	h.Press("enter")
	h.M.dialog.Form().SetValue("dir", out)
	h.Press("right", "enter", "enter")
	if v := tuitest.Plain(h.M.View()); !strings.Contains(v, "không phải đơn vị được bầu") {
		t.Errorf("an unelected unit without a warning:\n%s", v)
	}
	h.Press("right", "enter")
	if v := tuitest.Plain(h.M.View()); !h.M.dialog.Is("handover_confirm") || !strings.Contains(v, "khóa đã xác minh") {
		t.Errorf("a unit without a verified key:\n%s", v)
	}
	if inst, _ := h.db.Installation(ctx); inst.Role != model.RoleLeader {
		t.Fatal("a refused handover changed the role")
	}
	h.Press("esc")

	// The elected unit: the file is written and this is a member.
	h.Press("enter")
	h.M.dialog.Form().SetValue("dir", out)
	h.Press("enter", "enter", "right", "enter")
	if !h.M.dialog.Is("handover_done") || !strings.Contains(h.Status, "nay là đơn vị thành viên") {
		t.Fatalf("not handed over: %s\n%s", h.Status, h.M.View())
	}
	files, _ := filepath.Glob(filepath.Join(out, "TD-bangiao-*-DONGHOA-*.sqlite"))
	if len(files) != 1 || !strings.Contains(tuitest.Plain(h.M.View()), "nay là đơn vị thành viên") {
		t.Fatalf("the file: %v\n%s", files, h.M.View())
	}
	if inst, _ := h.db.Installation(ctx); inst.Role != model.RoleUnit {
		t.Fatalf("the old leader is %v", inst.Role)
	}
	if _, err := donghoa.JoinFile(ctx, files[0], ""); err != nil {
		t.Fatal(err)
	}
	if inst, _ := donghoa.Installation(ctx); inst.Role != model.RoleLeader {
		t.Fatalf("the new leader is %v", inst.Role)
	}
}

// A member has no handover row, and the cursor steps over it.
func TestNoHandoverForAMember(t *testing.T) {
	h := open(t, model.RoleUnit)
	if strings.Contains(h.M.View(), "Bàn giao khối trưởng") {
		t.Error("a member sees the handover row")
	}
	h.row(int(rowNextYear))
	h.Press("down")
	if row(h.M.cursor) == rowHandover {
		t.Error("the cursor stops on the hidden row")
	}
}

// With no election recorded the dialog says so and offers the roster;
// whichever unit is chosen, the confirmation warns it was not elected.
func TestHandoverWithoutAnElection(t *testing.T) {
	h := open(t, model.RoleLeader)
	ctx := context.Background()
	m, err := h.db.Meeting(ctx, h.M.scope.Period.ID)
	if err != nil {
		t.Fatal(err)
	}
	m.Offices = nil
	if err := h.db.SetMeeting(ctx, h.M.scope.Actor(), h.M.scope.Period.ID, m); err != nil {
		t.Fatal(err)
	}
	h.row(int(rowHandover))
	h.Press("enter")
	view := tuitest.Plain(h.M.View())
	if !h.M.dialog.Is("handover") || !strings.Contains(view, "Chưa ghi kết quả bầu") || strings.Contains(view, "được bầu ›") {
		t.Fatalf("the dialog without an election:\n%s", view)
	}
	h.M.dialog.Form().SetValue("dir", t.TempDir())
	h.Press("enter", "enter")
	if v := tuitest.Plain(h.M.View()); !strings.Contains(v, "không phải đơn vị được bầu") {
		t.Errorf("no warning:\n%s", v)
	}
}
