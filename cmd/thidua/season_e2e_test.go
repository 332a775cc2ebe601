package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/storage"
)

// seasonUnit sets up unit code from the demo leader and joins it: the
// leader's database and the unit's.
func seasonUnit(t *testing.T, code string) (leader, unit, dir string) {
	t.Helper()
	leader, dir = demoDB(t), t.TempDir()
	unit = filepath.Join(dir, strings.ToLower(code)+".db")
	setup := filepath.Join(dir, "thietlap-"+code+".sqlite")
	must(t, "setup", "--db", leader, "--unit", code, "--out", setup)
	must(t, "join", "--db", unit, "--yes", setup)
	return leader, unit, dir
}

// A unit sends its half-year file after the leader closed the half-year;
// the leader declines it, then merges the same file again from the chat.
// The decline said "Decide: thidua hold accept 1 …" under "Rejected", with
// the unit as "—", and the file merged again was "already imported on …,
// nothing changed", exit 0.
func TestDeclinedFileMergedAgain(t *testing.T) {
	t.Parallel()
	leader, tuyan, dir := seasonUnit(t, "TUYAN")
	must(t, "score", "--db", tuyan, "--period", "2019-H1", "--unit", "TUYAN", "II.1=1")
	file := filepath.Join(dir, "nop-6-thang.sqlite")
	must(t, "export", "--db", tuyan, "--period", "2019-H1", "--out", file)
	out, _, code := runCmd(t, nil, "merge", "--db", leader, file)
	if code != 1 || !strings.Contains(out, "thidua hold accept 1") {
		t.Fatalf("late file: %d %s", code, out)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", leader, file)
	if code != 1 || strings.Contains(out, "Đã nhập ngày") || !strings.Contains(out, "đang chờ quyết định") ||
		!strings.Contains(out, "thidua hold accept 1") {
		t.Errorf("held file merged again: %d %s", code, out)
	}
	out = must(t, "hold", "--db", leader, "decline", "1", "--reason", "Đã khóa sổ 6 tháng")
	if strings.Contains(out, "hold accept") || !strings.Contains(out, "[TUYAN]") {
		t.Errorf("decline: %s", out)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", leader, file)
	if code != 1 || strings.Contains(out, "Đã nhập ngày") || !strings.Contains(out, "đã bị từ chối") {
		t.Errorf("declined file merged again: %d %s", code, out)
	}
}

// After an election the new leader sets the bloc up afresh on its own
// computer (a second database with the same bloc code) instead of taking
// the handover. A unit of the old leader's given the new setup, and the old
// leader given a file of a unit that joined the new one, were told the file
// was of "bloc PY-LDTBXH, not this installation's bloc" — the same code.
func TestTwoLeadersOfOneBlocCode(t *testing.T) {
	t.Parallel()
	leader, tuyan, dir := seasonUnit(t, "TUYAN")
	other := filepath.Join(dir, "khoi-truong-moi.db")
	must(t, "demo", "--db", other)
	setup := filepath.Join(dir, "thietlap-moi.sqlite")
	must(t, "setup", "--db", other, "--unit", "TUYAN", "--out", setup)
	_, errs, code := runCmd(t, nil, "join", "--db", tuyan, setup)
	if code != 1 || !strings.Contains(errs, "do một máy khác lập riêng") || !strings.Contains(errs, "thidua handover") {
		t.Errorf("the new leader's setup at the old leader's unit: %d %s", code, errs)
	}
	fresh := filepath.Join(dir, "tuyan-moi.db")
	must(t, "join", "--db", fresh, "--yes", setup)
	must(t, "score", "--db", fresh, "--period", "2019", "--unit", "TUYAN", "II.1=2")
	file := filepath.Join(dir, "nop-moi.sqlite")
	must(t, "export", "--db", fresh, "--period", "2019", "--out", file)
	out, _, code := runCmd(t, nil, "merge", "--db", leader, file)
	if code != 1 || !strings.Contains(out, "theo thiết lập của một máy khác") {
		t.Errorf("a unit of the new leader's at the old leader: %d %s", code, out)
	}
}

// The province's decision file forwarded in the bloc's chat and taken at
// a unit: join said it was "not a setup file" and nothing of what to do.
func TestDecisionFileAtAUnit(t *testing.T) {
	t.Parallel()
	leader, tuyan, dir := seasonUnit(t, "TUYAN")
	bloc := filepath.Join(dir, "khoi.sqlite")
	must(t, "export", "--db", leader, "--period", "2019", "--out", bloc)
	province := filepath.Join(dir, "tinh.db")
	runCmd(t, nil, "merge", "--db", province, "--province", bloc)
	must(t, "hold", "--db", province, "accept", "1")
	decision := filepath.Join(dir, "quyet-dinh.sqlite")
	must(t, "export", "--db", province, "--bloc", "PY-LDTBXH", "--period", "2019", "--out", decision)
	_, errs, code := runCmd(t, nil, "join", "--db", tuyan, decision)
	if code != 1 || !strings.Contains(errs, "tệp quyết định của tỉnh") || !strings.Contains(errs, "chuyển tệp cho khối trưởng") {
		t.Errorf("decision file at a unit: %d %s", code, errs)
	}
}

// The leader starts 2020 from 2019 and sends the setup; a unit scores 2020
// on the table it has; the leader then issues the new table (II.1's
// maximum lowered to 1, II.2's raised to 5) and sends a new setup. Taking
// it, the unit lost every 2020 score without a word (the new table's
// criteria have new ids). Now II.2 keeps its 4 and II.1's 2, above the new
// maximum, is named to be scored again.
func TestNewTableAfterTheUnitScored(t *testing.T) {
	t.Parallel()
	leader, donghoa, dir := seasonUnit(t, "DONGHOA")
	must(t, "period", "new", "--db", leader, "--from", "2019", "--code", "2020")
	first := filepath.Join(dir, "thietlap-2020.sqlite")
	must(t, "setup", "--db", leader, "--unit", "DONGHOA", "--out", first)
	must(t, "join", "--db", donghoa, first)
	must(t, "score", "--db", donghoa, "--period", "2020", "--unit", "DONGHOA", "II.1=2", "II.2=4")

	table := filepath.Join(dir, "tieu-chi.csv")
	must(t, "criteria", "export", "--db", leader, "--period", "2020", "--out", table)
	data, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		switch r[0] {
		case "II.1":
			r[3], r[4], r[6], r[8] = "1", "Đúng hạn: 1 điểm", "direct", ""
		case "II.2":
			r[3] = "5"
		}
	}
	var buf bytes.Buffer
	if err := csv.NewWriter(&buf).WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(table, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	must(t, "criteria", "import", "--db", leader, table, "--issue", "--period", "2020")
	// The file the unit sent before it took the new table: held, and
	// taken by mapping, it kept nothing (every criterion "no longer in
	// the new table"); now both move to the new table, II.1 named as
	// above its new maximum for the leader's review (merge.md §2.9).
	sent := filepath.Join(dir, "nop-bang-cu.sqlite")
	must(t, "export", "--db", donghoa, "--period", "2020", "--out", sent)
	out, _, code := runCmd(t, nil, "merge", "--db", leader, "--json", sent)
	d := parseMerge(t, out)
	if code != 1 || d.Files[0].Hold != "criteria_version" {
		t.Fatalf("a file on the old table: %d %s", code, out)
	}
	out = must(t, "hold", "--db", leader, "accept", fmt.Sprint(d.Files[0].HoldID))
	if !strings.Contains(out, "vượt điểm tối đa mới ở tiêu chí: II.1") || strings.Contains(out, "không còn trong bảng mới") {
		t.Errorf("accept by mapping: %s", out)
	}
	ld := openDB(t, leader)
	if sheet := periodSheet(t, ld, "2020", "DONGHOA"); len(sheet) != 2 || sheet["II.2"] != 400 || sheet["II.1"] != 200 {
		t.Errorf("the leader's copy of the unit's 2020 scores: %v", sheet)
	}
	ld.Close()

	second := filepath.Join(dir, "thietlap-2020-moi.sqlite")
	must(t, "setup", "--db", leader, "--unit", "DONGHOA", "--out", second)
	out = must(t, "join", "--db", donghoa, second)
	if !strings.Contains(out, "điểm tự chấm II.1 = 2 đã bị bỏ") || strings.Contains(out, "II.2 =") {
		t.Errorf("join: %s", out)
	}
	ud := openDB(t, donghoa)
	defer ud.Close()
	sheet := periodSheet(t, ud, "2020", "DONGHOA")
	if len(sheet) != 1 || sheet["II.2"] != 400 {
		t.Errorf("the unit's 2020 scores after the new table: %v", sheet)
	}
}

// periodSheet is a unit's self-scores of a period, by criterion code.
func periodSheet(t *testing.T, d *storage.DB, period, unit string) map[string]model.Points {
	t.Helper()
	ctx := context.Background()
	p, err := d.PeriodByCode(ctx, period)
	if err != nil {
		t.Fatal(err)
	}
	u, err := d.UnitByCode(ctx, unit)
	if err != nil {
		t.Fatal(err)
	}
	sheet, err := d.LoadSheet(ctx, p.ID, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Points{}
	for id, stages := range sheet.Rows {
		if r, ok := stages[model.StageSelf]; ok {
			c, _ := sheet.Tree.Get(id)
			out[strings.TrimSpace(c.Code)] = r.Points
		}
	}
	return out
}
