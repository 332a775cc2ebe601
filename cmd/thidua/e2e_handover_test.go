package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The outgoing leader hands over from the interface at 80×24: the demo
// leader takes Đông Hòa's submission (its key verified), opens the
// settings, and the handover row proposes Đông Hòa, elected at the 2019
// meeting with 8 of 9 votes; a folder is typed, the consequence is
// confirmed, the file is written and the header says this installation is
// a member. Đông Hòa's installation then takes the file and leads.
func TestE2EHandoverFromTheInterface(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	leader := demoDB(t)
	dir := t.TempDir()
	donghoa := filepath.Join(dir, "donghoa.db")
	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "s1"), "--period", "2019")
	must(t, "join", "--db", donghoa, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-DONGHOA-*.sqlite")))
	season(t, leader, donghoa, "DONGHOA", "2019", dir, "II.1=2")

	tm := newTerminal(t, 80, 24, nil, bin, "--db", leader)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("6")
	tm.waitFor("Bàn giao khối trưởng", "cho đơn vị được bầu năm tới")
	for range 11 {
		tm.keys("Down")
	}
	tm.keys("Enter")
	tm.waitFor("đã bầu DONGHOA Đông Hòa", "8/9 phiếu hợp lệ", "DONGHOA Đông Hòa — được bầu")
	out := filepath.Join(dir, "Bàn giao")
	tm.keys("Enter", "C-u")
	tm.text(out)
	tm.keys("Enter")
	tm.waitFor("Xác nhận bàn giao cho DONGHOA", "thành đơn vị thành viên", "Chưa, quay lại")
	tm.keys("Right")
	tm.waitFor("Có, bàn giao cho DONGHOA")
	tm.keys("Enter")
	s := tm.waitFor("Đã bàn giao khối trưởng", "Đơn vị: Sông Cầu")
	if strings.Contains(s, "Khối trưởng: Sông Cầu") {
		t.Errorf("the header still says leader:\n%s", s)
	}
	tm.keys("Enter")
	tm.keys("q")
	tm.waitExit()

	file := globOne(t, filepath.Join(out, "TD-bangiao-*-DONGHOA-*.sqlite"))
	if got := must(t, "join", "--db", donghoa, file); !strings.Contains(got, "nay là khối trưởng") {
		t.Errorf("Đông Hòa takes the handover: %s", got)
	}
	if _, errs, rc := runCmd(t, nil, "setup", "--db", leader, "--unit", "TUYAN", "--out", filepath.Join(dir, "x.sqlite")); rc == 0 {
		t.Errorf("the old leader still writes setup files: %s", errs)
	}
}
