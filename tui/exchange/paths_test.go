package exchange

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/storage"
)

// provinceShape starts a bloc whose table numbers "1.", "2." again under
// each part, as province tables do, in a leader's database; it returns the
// leader's database and Tuy An's, joined and with its whole sheet sent and
// merged.
func provinceShape(t *testing.T) (leader, unit *storage.DB, period model.Period) {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	open := func(name string) *storage.DB {
		db, err := storage.Open(ctx, filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}
	leader = open("khoi.db")
	row := func(id, parent, code string, kind model.Kind, max int64) model.Criterion {
		return model.Criterion{ID: id, ParentID: parent, Code: code, Title: "Nội dung " + id, Kind: kind, Max: model.Whole(max)}
	}
	rows := []model.Criterion{
		row("p1", "", "I.", model.Group, 6), row("p1c1", "p1", "1.", model.Standard, 3), row("p1c2", "p1", "2.", model.Standard, 3),
		row("p2", "", "II.", model.Group, 4), row("p2c1", "p2", "1.", model.Standard, 2), row("p2c2", "p2", "2.", model.Standard, 2),
	}
	for i := range rows {
		rows[i].Position = i
	}
	_, err := leader.SetupBloc(ctx, model.NewBloc{
		Bloc: model.BlocSetup{Code: "CUM3", Name: "Cụm thi đua số 3", LeaderCode: "SONGCAU", Role: model.RoleLeader,
			Units: []model.Unit{{Code: "SONGCAU", Name: "UBND xã Sông Cầu", ShortName: "Sông Cầu"},
				{Code: "TUYAN", Name: "UBND xã Tuy An", ShortName: "Tuy An"}}},
		CriteriaLabel: "Bảng 2025", Criteria: rows, Period: model.Period{Code: "2025", Label: "Năm 2025", Kind: model.Year},
		Rules: model.DefaultRules(),
	})
	if err != nil {
		t.Fatal(err)
	}
	period, _ = leader.PeriodByCode(ctx, "2025")
	ls := app.App{DB: leader}
	ws, err := ls.ExportSetups(ctx, period.ID, filepath.Join(dir, "thiet-lap"))
	if err != nil || len(ws) != 1 {
		t.Fatalf("setups: %v %v", ws, err)
	}
	unit = open("tuyan.db")
	us := app.App{DB: unit}
	if o, err := us.JoinFile(ctx, ws[0].Path, ws[0].File.Fingerprint); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("join: %v %+v", err, o)
	}
	tuyan, _ := unit.UnitByCode(ctx, "TUYAN")
	self := model.Actor{Role: model.RoleUnit, UnitID: tuyan.ID}
	if _, err := unit.SaveScores(ctx, model.ScoreBatch{PeriodID: period.ID, UnitID: tuyan.ID, Stage: model.StageSelf, Actor: self,
		Entries: []model.ScoreEntry{{Criterion: "I.1.", Input: "3"}, {Criterion: "I.2.", Input: "2"},
			{Criterion: "II.1.", Input: "2"}, {Criterion: "II.2.", Input: "1"}}}); err != nil {
		t.Fatal(err)
	}
	w, err := us.ExportOwn(ctx, period.ID, filepath.Join(dir, "usb"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := ls.ApplyFiles(ctx, []string{w.Path}, nil); err != nil || out[0].Status != model.StatusApplied {
		t.Fatalf("merge: %v %+v", err, out)
	}
	return leader, unit, period
}

// Where codes repeat the interface shows them with their path, proposes
// an example that is accepted as written, and a unit answers the returned
// criterion in the interface; its export warns while an answer is
// missing.
func TestRepeatedCodesReturnAndAnswer(t *testing.T) {
	ctx := context.Background()
	leader, unit, period := provinceShape(t)
	h := openPeriod(t, leader, period)
	for h.M.cursor < len(h.M.Rows())-1 && h.M.Rows()[h.M.cursor].Unit.Code != "TUYAN" {
		h.Press("down")
	}
	h.Press("t")
	v := h.M.View()
	example := h.M.exampleCode()
	if example != "I.1." || !strings.Contains(v, "ví dụ I.1.") {
		t.Fatalf("the example is %q:\n%s", example, v)
	}
	// The example, as written, and the other forms people type.
	h.field(example)
	h.Press("tab")
	h.Type("Thiếu biên bản")
	h.Press("enter")
	if h.Err != nil || h.M.dialog.Open() {
		t.Fatalf("the proposed example was refused: %v\n%s", h.Err, h.M.View())
	}
	for _, ref := range []string{"II / 2.", "ii.2", "II.2."} {
		h.Press("t")
		h.field(ref)
		h.Press("tab")
		h.Type("Chưa có số liệu")
		h.Press("enter")
		if h.M.dialog.Open() {
			t.Fatalf("%q refused:\n%s", ref, h.M.View())
		}
	}
	// A bare repeated code says which rows it could be, and the dialog
	// keeps what was typed.
	h.Press("t")
	h.field("2.")
	h.Press("tab")
	h.Type("Lý do")
	h.Press("enter")
	if v := h.M.View(); !strings.Contains(v, "I.2.") || !strings.Contains(v, "II.2.") || h.M.dialog.Form().Value("reason") != "Lý do" {
		t.Errorf("ambiguous code:\n%s", v)
	}
	h.Press("esc")
	if v := h.M.View(); !strings.Contains(v, "I.1.: Thiếu biên bản") || !strings.Contains(v, "II.2.: Chưa có số liệu") {
		t.Errorf("the returns are not shown with their path:\n%s", v)
	}
	// The reasons reach the unit in its next setup file.
	ls := app.App{DB: leader}
	ws, err := ls.ExportSetups(ctx, period.ID, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if o, err := (app.App{DB: unit}).JoinFile(ctx, ws[0].Path, ws[0].File.Fingerprint); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the new setup file: %v %+v", err, o)
	}
	u := openPeriod(t, unit, period)
	if v := u.M.View(); !strings.Contains(v, "I.1.") || !strings.Contains(v, "II.2.") {
		t.Fatalf("unit's list of returns:\n%s", v)
	}
	// Writing the file now warns: nothing is answered yet.
	u.Press("x")
	if v := strings.Join(strings.Fields(u.M.View()), " "); !strings.Contains(v, "2 mục bị trả lại chưa giải trình hay sửa điểm: I.1., II.2.") {
		t.Errorf("no warning before sending without answers:\n%s", u.M.View())
	}
	u.Press("esc")
	// Every returned criterion is answered here.
	for i := range 2 {
		for u.M.cursor < i {
			u.Press("down")
		}
		u.Press("enter")
		u.Type("Đã bổ sung hồ sơ")
		u.Press("enter")
		if u.Err != nil || u.M.dialog.Open() {
			t.Fatalf("answer %d: %v\n%s", i, u.Err, u.M.View())
		}
	}
	tuyan, _ := unit.UnitByCode(ctx, "TUYAN")
	es, _ := unit.Explanations(ctx, period.ID, tuyan.ID)
	if len(es) != 2 {
		t.Fatalf("answers: %+v", es)
	}
	if open, _ := unit.Unanswered(ctx, period.ID, tuyan.ID); len(open) != 0 {
		t.Errorf("still unanswered: %+v", open)
	}
	u.Press("x")
	if !u.M.dialog.Form().Picking() {
		t.Errorf("answered: the export goes straight to the folder:\n%s", u.M.View())
	}
}

// openPeriod is open for another period than the demo's year.
func openPeriod(t *testing.T, db *storage.DB, p model.Period) *harness {
	t.Helper()
	h := open(t, db, p.Code)
	return h
}
