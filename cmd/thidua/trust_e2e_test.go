package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A new leader in the first-run wizard points at workbooks that cannot be
// read: each is refused on its own step with what to do, nothing typed
// before is lost, and a table without a styles part (written by small
// tools; it crashed thidua once) is read.
func TestE2EWizardRefusesBadFilesAndKeepsWhatWasTyped(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	broken := corpusFile(t, "units/truncated-12")
	merges := corpusFile(t, "limit/over-merges-100000")
	noStyles := corpusFile(t, "criteria/no-styles-part")
	db := filepath.Join(t.TempDir(), "Khối mới", "thidua.db")
	tm := newTerminal(t, 110, 40, nil, bin, "--db", db)
	tm.waitFor("Chào mừng đến với thidua")
	tm.keys("Enter")
	tm.waitFor("Bước 1/6: Khối thi đua")
	tm.text("Cụm thi đua số 3 các xã, phường")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 2/6")
	for _, v := range []string{"xuanlanh", "Ủy ban nhân dân xã Xuân Lãnh"} {
		tm.text(v)
		tm.keys("Enter")
	}
	tm.waitFor("Bước 3/6", "Đã có 1 đơn vị")
	for _, v := range []string{"xuanphuoc", "Ủy ban nhân dân xã Xuân Phước"} {
		tm.text(v)
		tm.keys("Enter")
	}
	tm.waitFor("Đã có 2 đơn vị", "XUANPHUOC")
	// A damaged workbook of units: refused on this step.
	tm.keys("Down", "Down", "Down", "Down")
	tm.text(broken)
	tm.keys("Enter")
	s := tm.waitFor("tệp bị hỏng", "Bước 3/6", "Đã có 2 đơn vị")
	if strings.Contains(s, "panic") || strings.Contains(s, "goroutine") {
		t.Fatalf("a stack trace:\n%s", s)
	}
	tm.keys("C-u", "Enter")
	tm.waitFor("Bước 4/6: Bảng tiêu chí")
	// A table with a hundred thousand merged ranges: refused at once,
	// naming the limit.
	tm.keys("Right", "Enter")
	tm.text(merges)
	tm.keys("Enter")
	tm.waitFor("vùng gộp ô", "Bước 4/6")
	// A sound table without a styles part: read, shown, taken.
	tm.keys("C-u")
	tm.text(noStyles)
	tm.keys("Enter")
	tm.waitFor("Không có lỗi: có thể nhập", "Enter: nhập bảng này")
	tm.keys("Enter")
	tm.waitFor("Bước 5/6: Kỳ thi đua đầu tiên")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 6/6", "Đơn vị thành viên: 2", "10 tiêu chí, 50 điểm chuẩn")
	tm.keys("Enter")
	tm.waitFor("Khối trưởng: Xuân Lãnh", "Đơn vị thành viên (2)")
	tm.keys("q")
	tm.waitExit()
	out, _, code := runCmd(t, nil, "units", "--db", db)
	if code != 0 || !strings.Contains(out, "Ủy ban nhân dân xã Xuân Phước") {
		t.Errorf("units after the wizard:\n%s", out)
	}
}

// While the interface has the database open, restore and demo --force
// refuse, naming the open window; a file replaced under the interface by
// another program is noticed, nothing more is saved into it, and the
// interface says so while what was typed stays on the screen.
func TestE2EInterfaceHoldsItsFile(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	must(t, "backup", "--db", db)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu")
	for _, args := range [][]string{{"restore"}, {"demo", "--force"}} {
		_, errs, code := runCmd(t, nil, append(args, "--db", db)...)
		if code != 1 || !strings.Contains(errs, "đang được mở trong một cửa sổ thidua khác") || !strings.Contains(errs, "phím q") {
			t.Errorf("%v under the interface: exit %d %q", args, code, errs)
		}
	}
	// Another program moves the file away and puts a copy in its place.
	before := must(t, "rank", "--db", db, "--period", "2019", "--json")
	backup, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "backups", "*.db"))
	data, _ := os.ReadFile(backup[0])
	if err := os.Rename(db, db+".cu"); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(db, data, 0o644)
	tm.waitFor("đã ngừng lưu")
	tm.keys("3")
	tm.waitFor("Chấm điểm: Sông Cầu — tự chấm")
	tm.keys("g", "Down", "Down")
	tm.waitFor("I.1.1 · ")
	tm.text("1")
	tm.keys("Enter")
	time.Sleep(500 * time.Millisecond)
	s := tm.waitFor("đã ngừng lưu")
	if strings.Contains(s, "Đã lưu") {
		t.Errorf("a value shown as saved:\n%s", s)
	}
	tm.keys("C-c", "C-c")
	tm.waitExit()
	if after := must(t, "rank", "--db", db, "--period", "2019", "--json"); after != before {
		t.Error("the file now at the path changed")
	}
}
