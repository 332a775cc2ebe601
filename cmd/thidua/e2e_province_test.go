package main

import (
	"strings"
	"testing"
)

// The province opens on its board of blocs, opens the demo bloc on its
// ranking, records the decision on the flag proposed for Sông Cầu (a
// reference without its date is refused and kept for fixing), comes back
// to the board, which says the bloc is decided, and ranks every bloc's
// units together.
func TestE2EProvince(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	db := provinceDB(t)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	s := tm.waitFor("Các khối thi đua — 1 khối", "PY-LDTBXH", "Sông Cầu", "điện thoại", "đã nhận, chưa thẩm định")
	if !strings.Contains(s, "-") || strings.Contains(s, "Chào mừng") {
		t.Errorf("the board:\n%s", s)
	}
	tm.keys("Enter")
	tm.waitFor("Kết quả xếp hạng — Tổng kết năm 2019", "Tuy Hòa", "101,75", "D quyết định khen thưởng của tỉnh")
	tm.keys("Down", "D")
	tm.waitFor("Quyết định khen thưởng của tỉnh cho Sông Cầu", "CO — Cờ thi đua của UBND tỉnh")
	tm.keys("Tab", "Tab", "Tab")
	tm.text("Quyết định số 512/QĐ-UBND")
	tm.keys("Enter")
	tm.waitFor("thiếu ngày ký")
	tm.text(" ngày 20/01/2020")
	tm.keys("Enter")
	tm.waitFor("→ QĐ CO")
	tm.keys("Enter")
	tm.waitFor("Cờ thi đua của UBND tỉnh: được khen thưởng — Quyết định số 512/QĐ-UBND ngày 20/01/2020")
	tm.keys("0")
	tm.waitFor("Các khối thi đua — 1 khối", "đã có quyết định")
	tm.keys("c")
	tm.waitFor("Xếp hạng chung các khối — mọi loại đơn vị — 9 đơn vị", "Tuy Hòa")
	tm.keys("q")
	tm.waitExit()

	small := newTerminal(t, 80, 24, nil, bin, "--db", db)
	small.waitFor("Các khối thi đua — 1 khối", "PY-LDTBXH", "đã có quyết định")
	small.keys("Enter")
	small.waitFor("Kết quả xếp hạng")
	small.keys("q")
	small.waitExit()
}

// The province opens the bloc's individuals, finds the one proposal the
// bloc sent up among every unit's, records its decision (a reference
// without its date refused and kept), sees it on the list at once, and
// finds it again in a small terminal after a restart.
func TestE2EProvinceDecidesOnIndividuals(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	db := provinceDB(t)
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Các khối thi đua — 1 khối", "PY-LDTBXH")
	tm.keys("Enter")
	tm.waitFor("Kết quả xếp hạng — Tổng kết năm 2019")
	tm.keys("1")
	tm.waitFor("Đơn vị thành viên")
	tm.keys("c")
	tm.waitFor("Danh sách cán bộ (")
	tm.keys("t")
	tm.waitFor("mọi đơn vị trong khối", "D ghi quyết định của tỉnh", "↑ lên tỉnh")
	tm.keys("D")
	tm.waitFor("khối không đề nghị lên tỉnh")
	for range 18 {
		tm.keys("Down")
	}
	tm.keys("D")
	tm.waitFor("Quyết định của tỉnh — Nguyễn Văn An, Bằng khen của Chủ tịch UBND tỉnh")
	tm.keys("Tab", "Tab")
	tm.text("Quyết định số 512/QĐ-UBND")
	tm.keys("Enter", "Enter")
	tm.waitFor("thiếu ngày ký")
	tm.text(" ngày 20/12/2019")
	tm.keys("Enter", "Enter")
	tm.waitFor("Đã ghi quyết định: «Nguyễn Văn An»", "↑ lên tỉnh được khen")
	tm.keys("q")
	tm.waitExit()

	small := newTerminal(t, 80, 24, nil, bin, "--db", db)
	small.waitFor("Các khối thi đua — 1 khối")
	small.keys("Enter")
	small.waitFor("Kết quả xếp hạng")
	small.keys("1")
	small.waitFor("Đơn vị thành viên")
	small.keys("c", "t")
	small.waitFor("mọi đơn vị trong khối")
	for range 18 {
		small.keys("Down")
	}
	small.waitFor("Nguyễn Văn An", "↑ lên tỉnh được khen")
	small.keys("q")
	small.waitExit()
}
