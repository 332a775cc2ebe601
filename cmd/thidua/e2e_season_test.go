package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
)

// The season through the interface alone, in real terminals, with two
// databases: the leader writes the setup files; a unit joins on its first
// run (checking the leader's key), scores its whole sheet, writes its file
// to a "USB stick"; the leader takes the stick in (preview, merge), ranks
// and prints — a handful of keys after choosing the folder.
func TestE2ESeasonThroughTheInterface(t *testing.T) {
	bin := binary(t)
	root := filepath.Join(t.TempDir(), "Mùa thi đua 2019")
	leaderDB := demoDB(t)
	unitDB := filepath.Join(root, "Tuy An", "thidua.db")
	setupDir := filepath.Join(root, "gửi các đơn vị")
	usb := filepath.Join(root, "USB Tuy An")
	reports := filepath.Join(root, "Báo cáo")

	// The leader writes the setup files.
	tm := newTerminal(t, 120, 40, nil, bin, "--db", leaderDB)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("5")
	tm.waitFor("Trao đổi tệp — Tổng kết năm 2019", "TUYAN")
	tm.keys("s")
	tm.waitFor("Tệp thiết lập cho các đơn vị")
	tm.keys("C-u")
	tm.text(setupDir)
	tm.keys("Enter")
	tm.waitFor("Đã ghi 8 tệp thiết lập")
	tm.keys("q")
	tm.waitExit()
	setups, _ := filepath.Glob(filepath.Join(setupDir, "TD-thietlap-*-TUYAN-*.sqlite"))
	if len(setups) != 1 {
		t.Fatalf("Tuy An's setup file: %v", setups)
	}
	keys, errs, code := runCmd(t, nil, "keys", "--db", leaderDB, "--json")
	if code != 0 {
		t.Fatal(errs)
	}
	var key struct{ Fingerprint string }
	json.Unmarshal([]byte(keys), &key)

	// The unit's first run: join, check the key, score, send.
	tu := newTerminal(t, 120, 40, nil, bin, "--db", unitDB)
	tu.waitFor("Nhận tệp thiết lập từ khối trưởng")
	tu.keys("Down", "Enter")
	tu.waitFor("Nhận tệp thiết lập", "Chọn nơi có tệp")
	tu.keys("C-u")
	tu.text(setups[0])
	tu.keys("Enter")
	tu.waitFor("Mã khóa của khối trưởng: "+key.Fingerprint, "huyện Tuy An")
	tu.keys("Right", "Enter")
	tu.waitFor("Đơn vị: Tuy An")
	tu.keys("3")
	tu.waitFor("Chấm điểm: Tuy An — tự chấm", "I.1.1 · ")
	var burst strings.Builder
	d := openDB(t, leaderDB)
	tree := periodTree(t, d, demo.Year)
	d.Close()
	for _, c := range tree.Leaves() {
		burst.WriteString(strings.ReplaceAll(demo.FullMarksInput(c), ".", ",") + "\r")
	}
	tu.text(burst.String())
	tu.waitFor("Điểm chuẩn 100/100 · thưởng 0 · trừ 0 · tổng 100")
	// Digits are scores on the scoring screen: ctrl+→ moves on.
	tu.keys("C-Right", "C-Right")
	tu.waitFor("Chưa gửi tệp tự chấm kỳ này")
	tu.keys("x")
	tu.waitFor("Làm tệp gửi đi")
	tu.keys("C-u")
	tu.text(usb)
	tu.keys("Enter")
	tu.waitFor("Biên nhận", "Tệp tự chấm gửi gần nhất")
	tu.keys("q")
	tu.waitExit()

	// The leader takes the stick in, ranks and prints.
	tm = newTerminal(t, 120, 40, nil, bin, "--db", leaderDB)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("5", "o")
	tm.waitFor("Nhận tệp")
	tm.keys("C-u")
	tm.text(usb)
	// From here: enter, a, 4, o, then the report's folder and name.
	tm.keys("Enter")
	tm.waitFor("Xem trước 1 tệp", "Sẽ nhập")
	tm.keys("a")
	tm.waitFor("Kết quả nhập 1 tệp", "Đã nhập")
	tm.keys("4")
	tm.waitFor("Kết quả xếp hạng — Tổng kết năm 2019")
	tm.keys("o")
	tm.waitFor("Thư mục")
	tm.keys("C-u")
	tm.text(reports)
	tm.keys("Enter", "Enter")
	tm.waitFor("Đã ghi báo cáo")
	tm.keys("q")
	tm.waitExit()

	if files, _ := filepath.Glob(filepath.Join(reports, "*.xlsx")); len(files) != 1 {
		t.Errorf("report: %v", files)
	}
	out, errs, code := runCmd(t, nil, "rank", "--db", leaderDB, "--period", "2019", "--json")
	if code != 0 {
		t.Fatal(errs)
	}
	var doc struct {
		Units []struct {
			Code      string
			SelfTotal json.Number `json:"self_total"`
		}
	}
	json.Unmarshal([]byte(out), &doc)
	found := false
	for _, u := range doc.Units {
		if u.Code == demo.TuyAn {
			found = true
			if u.SelfTotal.String() != "100" {
				t.Errorf("Tuy An's self total after the merge: %s, want 100", u.SelfTotal)
			}
		}
	}
	if !found {
		t.Errorf("Tuy An not ranked:\n%s", out)
	}
	if _, err := os.Stat(unitDB); err != nil {
		t.Errorf("the unit's database: %v", err)
	}
}

// openDB opens a database for a test's checks.
func openDB(t *testing.T, path string) *storage.DB {
	t.Helper()
	d, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// periodTree is the criteria table of a period.
func periodTree(t *testing.T, d *storage.DB, code string) *model.Tree {
	t.Helper()
	p, err := d.PeriodByCode(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := d.VersionTree(context.Background(), p.CriteriaVersionID)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}
