package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/storage/sheet/sheettest"
)

// A unit's staff list goes in from a workbook, is listed and found the
// Vietnamese way, and its people are proposed: refused with the rule
// named and nothing written, accepted once the rule is met, excepted with
// a reason where the rule allows it; the leader marks what goes up.
func TestPeopleAndNominateCommands(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	dir := t.TempDir()
	book := sheettest.New(t).Sheet("Danh sách",
		sheettest.Row{"DANH SÁCH CÁN BỘ PHÒNG LĐTBXH HUYỆN TÂY HÒA"},
		sheettest.Row{"STT", "Họ và tên", "Chức vụ", "Giới tính", "Năm sinh"},
		sheettest.Row{1, "Đặng Thị Quỳnh", "Phó Trưởng phòng", "Nữ", 1979},
		sheettest.Row{2, "ĐỖ MINH KHOA", "Chuyên viên", "Nam", "03/04/1991"},
		sheettest.Row{3, "Võ Thị Ánh", "Kế toán", "Nữ", 1988},
	).Write(dir, "Danh sách cán bộ.xlsx")
	out, errs, code := runCmd(t, env, "people", "import", book, "--unit", "TAYHOA")
	if code != 0 || !strings.Contains(out, "thêm 3") || !strings.Contains(errs, "Đỗ Minh Khoa") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	bad := filepath.Join(dir, "hỏng.csv")
	if err := os.WriteFile(bad, []byte("Họ và tên;Năm sinh\nLê Văn Tám;19x5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := digest(t, db)
	if out, errs, code := runCmd(t, env, "people", "import", bad, "--unit", "TAYHOA"); code != 1 || !strings.Contains(errs, "Dòng 2") {
		t.Errorf("a bad list: %d %q %q", code, out, errs)
	}
	if digest(t, db) != before {
		t.Error("a refused list changed the database")
	}
	out, _, code = runCmd(t, env, "people", "--unit", "TAYHOA", "--json", "--find", "anh")
	var list struct {
		People []personJSON `json:"people"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list.People) != 1 || list.People[0].Name != "Võ Thị Ánh" {
		t.Fatalf("find: %d %q", code, out)
	}
	nominate := func(args ...string) (string, string, int) {
		return runCmd(t, env, append([]string{"nominate", "--period", "2019", "--unit", "TAYHOA"}, args...)...)
	}
	out, errs, code = nominate("Võ Thị Ánh=LĐTT:Hoàn thành tốt nhiệm vụ")
	if code != 1 || !strings.Contains(out, "Điều 24 khoản 1 điểm a") || !strings.Contains(errs, "Chưa ghi đề nghị nào") {
		t.Errorf("without a review: %d %q %q", code, out, errs)
	}
	for _, c := range [][]string{
		{"people", "review", "--year", "2019", "--unit", "TAYHOA", "Võ Thị Ánh=HTTNV", "Đỗ Minh Khoa=HTXSNV"},
		{"people", "register", "--period", "2019", "--unit", "TAYHOA", "Võ Thị Ánh=LĐTT", "do minh khoa=CSTĐCS"},
	} {
		if out, errs, code := runCmd(t, env, c...); code != 0 {
			t.Fatalf("%v: %d %q %q", c, code, out, errs)
		}
	}
	if out, errs, code := nominate("Võ Thị Ánh=LĐTT:Hoàn thành tốt nhiệm vụ", "Đỗ Minh Khoa=LĐTT:Xuất sắc"); code != 0 ||
		strings.Count(out, ": đạt") != 2 {
		t.Errorf("accepted: %d %q %q", code, out, errs)
	}
	if out, errs, code := nominate("Võ Thị Ánh=GK:Xuất sắc trong công tác chi trả", "Võ Thị Ánh=BKT:Chuyển đổi số"); code != 1 {
		t.Errorf("two certificates: %d %q %q", code, out, errs)
	}
	out, errs, code = nominate("--reason", "Hai thành tích khác nhau", "Võ Thị Ánh=BKT:Chuyển đổi số", "Võ Thị Ánh=GK:Chi trả đúng hạn")
	if code != 0 || !strings.Contains(out, "Hai thành tích khác nhau") {
		t.Errorf("excepted with a reason: %d %q %q", code, out, errs)
	}
	if out, errs, code := nominate("--upward", "Võ Thị Ánh=BKT"); code != 0 {
		t.Errorf("the leader's mark: %d %q %q", code, out, errs)
	}
	out, _, code = nominate("--json")
	var got struct {
		Nominees []struct {
			Name, Form, Outcome string
			Upward              bool
		} `json:"nominees"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got.Nominees) != 13 {
		t.Fatalf("the list (the demo's nine and these four): %d %s", code, out)
	}
	if mine := got.Nominees[9:]; mine[0].Name != "Võ Thị Ánh" || !mine[2].Upward || mine[3].Outcome != "excepted" {
		t.Errorf("these four: %+v", mine)
	}
	if out, errs, code := runCmd(t, env, "nominate", "--period", "2019", "Nobody Here=LĐTT:x"); code != 1 || !strings.Contains(errs, "Nobody Here") {
		t.Errorf("unknown person: %d %q %q", code, out, errs)
	}
	if _, _, code := runCmd(t, env, "nominate", "--period", "2019", "no equals sign"); code != 2 {
		t.Errorf("a bad argument exits %d", code)
	}
}

// The bloc's numbers for the rules are the leader's to change, checked;
// the rules print with the texts they come from.
func TestPeopleRulesCommand(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	out, errs, code := runCmd(t, env, "people", "rules")
	if code != 0 || !strings.Contains(out, "tối đa 15%") || !strings.Contains(out, "Điều 23 khoản 1 Luật Thi đua, khen thưởng số 06/2022/QH15") {
		t.Fatalf("rules: %d %q %q", code, out, errs)
	}
	before := digest(t, db)
	if _, errs, code := runCmd(t, env, "people", "rules", "--ratio", "101"); code != 1 || !strings.Contains(errs, "từ 0 đến 100") {
		t.Errorf("101%%: %d %q", code, errs)
	}
	if _, _, code := runCmd(t, env, "people", "rules", "--forms", "LĐTT,Huân chương"); code != 1 || digest(t, db) != before {
		t.Errorf("an unknown form: %d", code)
	}
	out, _, code = runCmd(t, env, "people", "rules", "--ratio", "20", "--registration=false", "--json")
	var got struct {
		Settings struct {
			Ratio        int  `json:"base_ratio_percent"`
			Registration bool `json:"require_registration"`
		} `json:"settings"`
		Rules []ruleJSON `json:"rules"`
	}
	if code != 0 || json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &got) != nil || got.Settings.Ratio != 20 ||
		got.Settings.Registration || len(got.Rules) != 16 {
		t.Errorf("set: %d %s", code, out)
	}
}
