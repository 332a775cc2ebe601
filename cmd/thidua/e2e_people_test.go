package main

import (
	"strings"
	"testing"
)

// The leader opens a unit's individuals in a real terminal, types a
// person with diacritics (and a typo mended), records her review and
// registration, proposes her and finds the proposal on the list and on
// the command line.
func TestE2EPeopleNominate(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Đơn vị thành viên (9)")
	tm.keys("c")
	tm.waitFor("Danh sách cán bộ (8)", "Bùi Thị Thu Thảo")
	tm.keys("a")
	tm.waitFor("Thêm người vào danh sách cán bộ")
	tm.text("Hồ Thị Xuân Hươngg")
	tm.keys("BSpace", "Enter")
	tm.text("Chuyên viên")
	tm.keys("Enter", "Right", "Right", "Enter")
	tm.text("1992")
	tm.keys("Enter")
	tm.waitFor("Đã lưu «Hồ Thị Xuân Hương»", "Danh sách cán bộ (9)")
	tm.keys("n")
	tm.waitFor("Đề nghị khen thưởng — Hồ Thị Xuân Hương")
	tm.text("LĐTT")
	tm.keys("Tab")
	tm.text("Hoàn thành tốt nhiệm vụ năm 2019")
	tm.keys("Enter", "Enter", "Enter")
	tm.waitFor("Hồ Thị Xuân Hương chưa đăng ký")
	tm.keys("Escape")
	tm.waitFor("Danh sách cán bộ (9)")
	tm.keys("r")
	tm.waitFor("Xếp loại năm 2019 — Hồ Thị Xuân Hương")
	tm.keys("Enter", "Enter")
	tm.waitFor("Đã ghi xếp loại của «Hồ Thị Xuân Hương»")
	tm.keys("d")
	tm.waitFor("Đăng ký danh hiệu thi đua")
	tm.text("LĐTT")
	tm.keys("Enter")
	tm.waitFor("Đã ghi đăng ký")
	tm.keys("n")
	tm.waitFor("Đề nghị khen thưởng — Hồ Thị Xuân Hương")
	tm.text("LĐTT")
	tm.keys("Tab")
	tm.text("Hoàn thành tốt nhiệm vụ năm 2019")
	tm.keys("Enter", "Enter", "Enter")
	tm.waitFor("Đã ghi đề nghị «Hồ Thị Xuân Hương» — Lao động tiên tiến")
	tm.keys("Right")
	s := tm.waitFor("Đề nghị khen thưởng (11)")
	if !strings.Contains(s, "Hồ Thị Xuân Hương") {
		t.Errorf("the proposal is on the list:\n%s", s)
	}
	tm.keys("q")
	tm.waitExit()
	out, _, _ := runCmd(t, nil, "nominate", "--db", db, "--period", "2019", "--unit", "DONGHOA", "--json")
	if !strings.Contains(out, `"name": "Hồ Thị Xuân Hương"`) || !strings.Contains(out, `"form": "LDTT"`) {
		t.Errorf("stored with its diacritics:\n%s", out)
	}
}

// At 80×24 the individuals part fits: every unit's proposals, for the
// leader, with the forms' short names.
func TestE2EPeopleSmallTerminal(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	tm := newTerminal(t, 80, 24, nil, bin, "--db", db)
	tm.waitFor("Đơn vị thành viên (9)")
	tm.keys("c")
	tm.waitFor("Danh sách cán bộ (8)")
	tm.keys("t")
	s := tm.waitFor("mọi đơn vị trong khối", "Đề nghị khen thưởng (83)")
	if !strings.Contains(s, "Tuy Hòa") || !strings.Contains(s, "LĐTT") {
		t.Errorf("every unit's proposals:\n%s", s)
	}
	tm.keys("q")
	tm.waitExit()
}
