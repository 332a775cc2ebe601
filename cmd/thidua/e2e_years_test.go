package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The year's end and the next year, in a real terminal: the leader records
// the election of next year's leader with its vote at the meeting (a vote
// that cannot be is refused in the form), starts 2020 from 2019 on the
// settings screen, rewords a criterion of the draft table, sees what
// changed, issues it (2020 is then scored on it), and finds 2020 in the
// history of the periods.
func TestE2ENewYearAndElection(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "demo.db")
	if out, err := exec.Command(bin, "demo", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v %s", err, out)
	}
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu", "Tổng kết năm 2019")
	clear := func() {
		for range 12 {
			tm.keys("BSpace")
		}
	}

	// The election at the year-end meeting.
	tm.keys("4")
	tm.waitFor("Kết quả xếp hạng — Tổng kết năm 2019")
	tm.keys("m")
	tm.waitFor("Cuộc họp bình xét — Tổng kết năm 2019", "Phiếu bầu Khối trưởng  9/9/9/8")
	for range 9 {
		tm.keys("Tab")
	}
	clear()
	tm.text("9/9/9/10")
	tm.keys("C-s")
	tm.waitFor("Số phiếu không khớp")
	clear()
	tm.text("9 9 9 9")
	tm.keys("C-s")
	tm.waitFor("Đã ghi cuộc họp bình xét.")

	// Next year from this one.
	tm.keys("6")
	tm.waitFor("+ Năm mới từ kỳ này")
	for range 10 {
		tm.keys("Down")
	}
	tm.keys("Enter")
	tm.waitFor("Năm mới từ kỳ «Tổng kết năm 2019»", "Tổng kết năm 2020", "31/03/2020")
	tm.keys("C-s")
	tm.waitFor("Đã tạo kỳ 2020", "Nhấn p để chuyển sang kỳ mới")
	tm.keys("p")
	tm.waitFor("│ Tổng kết năm 2020 │")

	// Its draft table: reword a criterion, see the change, issue.
	tm.keys("2")
	tm.waitFor("Bảng tiêu chí — Tổng kết năm 2020 (dự thảo)", "giống hệt «Bảng tiêu chí chấm điểm thi đua Khối năm 2019»")
	tm.keys("Down", "Down", "e")
	tm.waitFor("Sửa I.1.1")
	tm.keys("Tab", "End")
	tm.text(" (kể cả việc làm công)")
	tm.keys("C-s")
	tm.waitFor("thêm 0, bỏ 0, đổi 1 (v: xem)")
	tm.keys("v")
	tm.waitFor("Thay đổi so với «Bảng tiêu chí chấm điểm thi đua Khối năm 2019»", "I.1.1 — sửa lời")
	tm.keys("Escape")
	tm.keys("i")
	tm.waitFor("Ban hành")
	tm.keys("Enter")
	tm.waitFor("Đã ban hành", "dùng cho kỳ 2020")

	// The history holds the new year, empty until scored.
	tm.keys("4", "v", "v", "v")
	tm.waitFor("lịch sử các kỳ", "2019-H1 → 2019 → 2020")
	tm.keys("q")
	tm.waitExit()

	d := openDB(t, db)
	defer d.Close()
	ctx := context.Background()
	now, _ := d.PeriodByCode(ctx, "2020")
	last, _ := d.PeriodByCode(ctx, "2019")
	if now.CriteriaVersionID == last.CriteriaVersionID || now.CriteriaHash == "" {
		t.Errorf("2020 is not scored on its own issued table: %+v", now)
	}
	tree := periodTree(t, d, "2020")
	if c, err := tree.Resolve("I.1.1"); err != nil || !strings.HasSuffix(c.Title, "(kể cả việc làm công)") {
		t.Errorf("the reworded criterion: %+v %v", c, err)
	}
	out, err := exec.Command(bin, "meeting", "--db", db, "--period", "2019", "--json").Output()
	var m meetingJSON
	if err != nil || json.Unmarshal(out, &m) != nil || m.LeaderVote == nil || m.LeaderVote.For != 9 || m.NextLeader != "DONGHOA" {
		t.Errorf("the election: %s %v", out, err)
	}
}
