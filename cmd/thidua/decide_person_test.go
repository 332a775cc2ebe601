package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/storage"
)

// The province's decisions on individuals come back through real files:
// a unit proposes two people, the leader merges its file and sends one of
// them up, the province merges the bloc file and decides (refused for the
// one not sent up), its decision file reaches the leader, and the next
// setup file tells the unit, whose person's history now holds the title.
func TestNomineeDecisionRoundTrip(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	ctx := context.Background()
	setup1 := filepath.Join(dir, "thietlap-1.sqlite")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", setup1)
	tuyan := filepath.Join(dir, "tuyan.db")
	must(t, "join", "--db", tuyan, "--yes", setup1)

	staff := filepath.Join(dir, "cán bộ.csv")
	if err := os.WriteFile(staff, []byte("Họ và tên;Chức vụ;Giới tính;Năm sinh\nTrần Thị Hồng Nhung;Chuyên viên;Nữ;1990\n"+
		"Lê Văn Tâm;Kế toán;Nam;1985\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	must(t, "people", "import", "--db", tuyan, staff)
	must(t, "people", "review", "--db", tuyan, "--year", "2019", "Trần Thị Hồng Nhung=HTTNV", "Lê Văn Tâm=HTTNV")
	must(t, "people", "register", "--db", tuyan, "--period", "2019", "Trần Thị Hồng Nhung=LĐTT", "Lê Văn Tâm=LĐTT")
	must(t, "nominate", "--db", tuyan, "--period", "2019", "Trần Thị Hồng Nhung=LĐTT:Hoàn thành tốt nhiệm vụ",
		"Lê Văn Tâm=LĐTT:Hoàn thành tốt nhiệm vụ")
	sub := filepath.Join(dir, "nop-tuyan.sqlite")
	must(t, "export", "--db", tuyan, "--period", "2019", "--out", sub)
	must(t, "merge", "--db", leader, sub)
	must(t, "nominate", "--db", leader, "--period", "2019", "--unit", "TUYAN", "--upward", "Trần Thị Hồng Nhung=LĐTT")

	must(t, "export", "--db", leader, "--period", "2019", "--out", filepath.Join(dir, "up"))
	blocs, _ := filepath.Glob(filepath.Join(dir, "up", "TD-khoi-2019-*.sqlite"))
	if len(blocs) != 1 {
		t.Fatalf("bloc file: %v", blocs)
	}
	province := filepath.Join(dir, "tinh.db")
	runCmd(t, nil, "merge", "--db", province, "--province", blocs[0])
	must(t, "hold", "--db", province, "accept", "1", "--reason", "Đã gọi khối trưởng")
	ldb, err := storage.Open(ctx, leader)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ldb.Bloc(ctx)
	ldb.Close()
	if err != nil {
		t.Fatal(err)
	}
	decide := func(args ...string) (string, string, int) {
		return runCmd(t, nil, append([]string{"decide", "--db", province, "--bloc", b.Code, "--period", "2019"}, args...)...)
	}
	if out, errs, code := decide("--person", "Lê Văn Tâm", "--form", "LĐTT", "--outcome", "accepted", "--decision",
		"Quyết định số 512/QĐ-UBND ngày 20/12/2019"); code != 1 || !strings.Contains(errs, "chưa được khối đề nghị") {
		t.Errorf("a person the bloc did not send up: %d %q %q", code, out, errs)
	}
	if out, errs, code := decide("--person", "Trần Thị Hồng Nhung", "--form", "LĐTT", "--outcome", "accepted"); code != 1 ||
		!strings.Contains(errs, "chưa có số quyết định") {
		t.Errorf("no number: %d %q %q", code, out, errs)
	}
	if _, _, code := decide("--person", "Trần Thị Hồng Nhung", "--form", "LĐTT", "--outcome", "maybe"); code != 2 {
		t.Errorf("an unknown outcome exits %d", code)
	}
	if _, _, code := runCmd(t, nil, "decide", "--db", leader, "--bloc", b.Code, "--person", "Trần Thị Hồng Nhung", "--form", "LĐTT",
		"--outcome", "refused"); code != 1 {
		t.Errorf("the leader decides: exit %d", code)
	}
	out, errs, code := decide("--person", "tran thi hong nhung", "--form", "LĐTT", "--outcome", "accepted", "--decision",
		"Quyết định số 512/QĐ-UBND ngày 20/12/2019")
	if code != 0 || !strings.Contains(out, "được khen") {
		t.Fatalf("decide: %d %q %q", code, out, errs)
	}

	must(t, "export", "--db", province, "--bloc", b.Code, "--period", "2019", "--out", filepath.Join(dir, "down"))
	files, _ := filepath.Glob(filepath.Join(dir, "down", "TD-quyetdinh-2019-*.sqlite"))
	if len(files) != 1 {
		t.Fatalf("decision file: %v", files)
	}
	runCmd(t, nil, "merge", "--db", leader, files[0])
	out = must(t, "hold", "--db", leader, "--json")
	id := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, `"id"`) && id == "" {
			id = strings.Trim(strings.TrimSpace(strings.SplitN(line, ":", 2)[1]), ", ")
		}
	}
	must(t, "hold", "--db", leader, "accept", id, "--reason", "Đã gọi Ban Thi đua – Khen thưởng tỉnh")
	out = must(t, "nominate", "--db", leader, "--period", "2019", "--unit", "TUYAN")
	if !strings.Contains(out, "Tỉnh: được khen 512/QĐ-UBND ngày 20/12/2019") {
		t.Errorf("the leader does not see the decision:\n%s", out)
	}

	setup2 := filepath.Join(dir, "thietlap-2.sqlite")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", setup2)
	must(t, "join", "--db", tuyan, setup2)
	out = must(t, "nominate", "--db", tuyan, "--period", "2019", "--json")
	var got struct {
		Nominees []struct {
			Name     string
			Decision *decisionJSON
		} `json:"nominees"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Nominees) != 2 {
		t.Fatalf("the unit's list: %v %s", err, out)
	}
	for _, n := range got.Nominees {
		switch d := n.Decision; {
		case n.Name == "Trần Thị Hồng Nhung" && (d == nil || d.Outcome != "accepted" || d.Number != "512/QĐ-UBND" || d.Date != "2019-12-20"):
			t.Errorf("the decision at the unit: %+v", d)
		case n.Name == "Lê Văn Tâm" && d != nil:
			t.Errorf("a decision nobody made: %+v", d)
		}
	}
	out = must(t, "people", "--db", tuyan, "--json")
	if !strings.Contains(out, `"decision": "512/QĐ-UBND ngày 20/12/2019"`) || strings.Count(out, `"awards"`) != 1 {
		t.Errorf("people --json shows the title received:\n%s", out)
	}
	udb, err := storage.Open(ctx, tuyan)
	if err != nil {
		t.Fatal(err)
	}
	defer udb.Close()
	inst, err := udb.Installation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := period(ctx, udb, "2019")
	if err != nil {
		t.Fatal(err)
	}
	bk, err := udb.Book(ctx, p.ID, inst.UnitID)
	if err != nil {
		t.Fatal(err)
	}
	held := ""
	for _, a := range bk.History.Awards {
		held += fmt.Sprintf("%d %s %s;", a.Year, a.Form.Code(), a.Decision)
	}
	if held != "2019 LDTT 512/QĐ-UBND ngày 20/12/2019;" {
		t.Errorf("the person's history at the unit: %q", held)
	}
	rejoinRetyped(t, dir, setup2, staff)
}

// rejoinRetyped is Tuy An starting a new database from the same setup
// file and importing its staff again (new ids): the setup file is taken
// (it was refused whole before), the decision on the old id is listed
// with the command that matches it, and once the person is proposed
// again, --match records it for them.
func rejoinRetyped(t *testing.T, dir, setup, staff string) {
	t.Helper()
	tuyan := filepath.Join(dir, "tuyan-mới.db")
	must(t, "join", "--db", tuyan, "--yes", setup)
	out := must(t, "nominate", "--db", tuyan, "--period", "2019")
	if !strings.Contains(out, "không còn trong danh sách") || !strings.Contains(out, "--match") {
		t.Errorf("the decision kept aside is not listed:\n%s", out)
	}
	var list struct {
		Unmatched []struct {
			OldID string `json:"old_id"`
			Form  string
		}
	}
	if err := json.Unmarshal([]byte(must(t, "nominate", "--db", tuyan, "--period", "2019", "--json")), &list); err != nil ||
		len(list.Unmatched) != 1 || list.Unmatched[0].Form != "LDTT" {
		t.Fatalf("unmatched: %+v %v", list, err)
	}
	must(t, "people", "import", "--db", tuyan, staff)
	must(t, "people", "review", "--db", tuyan, "--year", "2019", "Trần Thị Hồng Nhung=HTTNV")
	must(t, "people", "register", "--db", tuyan, "--period", "2019", "Trần Thị Hồng Nhung=LĐTT")
	if _, errs, code := runCmd(t, nil, "nominate", "--db", tuyan, "--period", "2019", "--match", list.Unmatched[0].OldID,
		"Trần Thị Hồng Nhung=LĐTT"); code != 1 || !strings.Contains(errs, "Trần Thị Hồng Nhung") {
		t.Errorf("a match before the proposal: %d %s", code, errs)
	}
	must(t, "nominate", "--db", tuyan, "--period", "2019", "Trần Thị Hồng Nhung=LĐTT:Hoàn thành tốt nhiệm vụ")
	out = must(t, "nominate", "--db", tuyan, "--period", "2019", "--match", list.Unmatched[0].OldID, "Trần Thị Hồng Nhung=LĐTT")
	if !strings.Contains(out, "Đã ghép") {
		t.Errorf("match: %s", out)
	}
	out = must(t, "nominate", "--db", tuyan, "--period", "2019")
	if !strings.Contains(out, "Tỉnh: được khen 512/QĐ-UBND ngày 20/12/2019") || strings.Contains(out, "không còn trong danh sách") {
		t.Errorf("after the match:\n%s", out)
	}
}
