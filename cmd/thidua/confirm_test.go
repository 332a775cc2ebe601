package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// acceptHold accepts the first open hold of a database, with a reason.
func acceptHold(t *testing.T, db, reason string) {
	t.Helper()
	out := must(t, "hold", "--db", db, "--json")
	id := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, `"id"`) && id == "" {
			id = strings.Trim(strings.TrimSpace(strings.SplitN(line, ":", 2)[1]), ", ")
		}
	}
	must(t, "hold", "--db", db, "accept", id, "--reason", reason)
}

// Issue 15: the leader's computer is lost; the province confirms the
// deputy, through the command line and real files. Sông Cầu leads 2019,
// its units joined and sent, the province took the bloc file and sent its
// decisions down (so the leader, and through its setup files the units,
// hold the province's key). Sông Cầu's computer is then lost: the province
// confirms Đông Hòa, which takes the file without a phone call, starts
// 2020 and sends setup files Tuy An takes without --accept-key; Tuy An
// scores, Đông Hòa merges and its bloc file is taken by the province
// without a hold. The old leader's files, when it turns up, are held or
// refused; a confirmation replayed later leads nowhere.
func TestConfirmLeaderLost(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	tuyan, donghoa, province := filepath.Join(dir, "tuyan.db"), filepath.Join(dir, "donghoa.db"), filepath.Join(dir, "tinh.db")

	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "s1"), "--period", "2019")
	must(t, "join", "--db", tuyan, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-TUYAN-*.sqlite")))
	must(t, "join", "--db", donghoa, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-DONGHOA-*.sqlite")))
	season(t, leader, tuyan, "TUYAN", "2019", dir, "I.1.1=95")
	season(t, leader, donghoa, "DONGHOA", "2019", dir, "II.1=2")
	noKey := filepath.Join(dir, "donghoa-no-province-key.db")
	copyFile(t, donghoa, noKey)
	b1 := filepath.Join(dir, "khoi-2019.sqlite")
	must(t, "export", "--db", leader, "--period", "2019", "--out", b1)
	runCmd(t, nil, "merge", "--db", province, "--province", b1)
	acceptHold(t, province, "Đã gọi điện cho khối trưởng")
	const bloc = "PY-LDTBXH"
	must(t, "export", "--db", province, "--bloc", bloc, "--period", "2019", "--out", filepath.Join(dir, "down"))
	runCmd(t, nil, "merge", "--db", leader, globOne(t, filepath.Join(dir, "down", "TD-quyetdinh-2019-*.sqlite")))
	acceptHold(t, leader, "Đã gọi Ban Thi đua – Khen thưởng tỉnh")
	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "s1b"), "--period", "2019")
	for _, u := range []struct{ db, code string }{{tuyan, "TUYAN"}, {donghoa, "DONGHOA"}} {
		must(t, "join", "--db", u.db, globOne(t, filepath.Join(dir, "s1b", "TD-thietlap-*-"+u.code+"-*.sqlite")))
	}
	stale := filepath.Join(dir, "donghoa-before.db")
	copyFile(t, donghoa, stale)

	// The leader's computer is lost. The province refuses the leader
	// itself, a unit whose signed submission it never took, and no reason.
	conf := filepath.Join(dir, "xacnhan.sqlite")
	for _, c := range []struct {
		args []string
		want string
		rc   int
	}{
		{[]string{"--unit", "SONGCAU", "--reason", "Máy hỏng"}, "đang là khối trưởng", 1},
		{[]string{"--unit", "PHUHOA", "--reason", "Máy hỏng"}, "chưa nhận tệp tự chấm", 1},
		{[]string{"--unit", "DONGHOA", "--reason", " \t"}, "Cần ghi lý do", 1},
		{[]string{"--unit", "DONGHOA"}, "Cách dùng", 2},
		{[]string{"--reason", "Máy hỏng"}, "TUYHOA", 1}, // the deputy by default, never signed a file
		{[]string{"--bloc", "KHONG-CO", "--unit", "DONGHOA", "--reason", "Máy hỏng"}, "KHONG-CO", 1},
	} {
		args := append([]string{"confirm-leader", "--db", province, "--out", conf}, c.args...)
		if _, errs, rc := runCmd(t, nil, args...); rc != c.rc || !strings.Contains(errs, c.want) {
			t.Errorf("%v: %d %s", c.args, rc, errs)
		}
	}
	if _, errs, rc := runCmd(t, nil, "confirm-leader", "--db", leader, "--unit", "DONGHOA", "--reason", "x", "--out", conf); rc != 1 ||
		!strings.Contains(errs, "Chỉ máy của tỉnh") {
		t.Errorf("a leader confirming: %d %s", rc, errs)
	}
	out := must(t, "confirm-leader", "--db", province, "--bloc", bloc, "--unit", "DONGHOA",
		"--reason", "Máy khối trưởng bị hỏng ổ cứng", "--out", conf)
	if !strings.Contains(out, "tiếp nhận khối") {
		t.Errorf("confirm-leader: %s", out)
	}
	// A deputy that never received the province's key compares it on the
	// phone: refused without, taken with the code the province reads out.
	fp := strings.TrimSpace(strings.SplitN(strings.SplitN(out, "đơn vị tiếp nhận): ", 2)[1], ";", 2)[0])
	if _, errs, rc := runCmd(t, nil, "join", "--db", noKey, conf); rc != 1 || !strings.Contains(errs, "chưa được đối chiếu") {
		t.Errorf("the province's key not compared: %d %s", rc, errs)
	}
	if _, errs, rc := runCmd(t, nil, "join", "--db", noKey, "--accept-key", "1111-2222-3333-4444-5555", conf); rc != 1 {
		t.Errorf("a wrong province code: %d %s", rc, errs)
	}
	if out, errs, rc := runCmd(t, nil, "join", "--db", noKey, "--accept-key", fp, conf); rc != 0 || !strings.Contains(out, "Tỉnh đã xác nhận") {
		t.Errorf("the province's code compared: %d %s %s", rc, out, errs)
	}
	newLeaderTakes(t, dir, tuyan, donghoa, conf, "Tỉnh đã xác nhận")

	// Season 2 under the new leader: Tuy An takes its setup as it is.
	if _, errs, rc := runCmd(t, nil, "join", "--db", tuyan, globOne(t, filepath.Join(dir, "s2", "TD-thietlap-*-TUYAN-*.sqlite"))); rc != 0 {
		t.Fatalf("Tuy An takes the new leader's setup: %d %s", rc, errs)
	}
	season(t, donghoa, tuyan, "TUYAN", "2020", dir, "I.1.1=90")
	b2 := filepath.Join(dir, "khoi-2020.sqlite")
	must(t, "export", "--db", donghoa, "--period", "2020", "--out", b2)
	if out, _, rc := runCmd(t, nil, "merge", "--db", province, "--json", b2); rc != 0 || parseMerge(t, out).Files[0].Status != "applied" {
		t.Fatalf("the new leader's bloc file at the province: %d %s", rc, out)
	}

	// The old leader's computer turns up: its bloc file is held at the
	// province, its setup file refused at Tuy An.
	b3 := filepath.Join(dir, "khoi-2019-cu.sqlite")
	must(t, "export", "--db", leader, "--period", "2019", "--out", b3)
	if out, _, rc := runCmd(t, nil, "merge", "--db", province, "--json", b3); rc != 1 || parseMerge(t, out).Files[0].Hold != "key_changed" {
		t.Errorf("the old leader's bloc file at the province: %d %s", rc, out)
	}
	old := filepath.Join(dir, "cu-TUYAN.sqlite")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", old)
	if _, errs, rc := runCmd(t, nil, "join", "--db", tuyan, old); rc != 1 || !strings.Contains(errs, "khóa khác") {
		t.Errorf("the old leader's setup at Tuy An: %d %s", rc, errs)
	}
	// The new leader's setup file tells the old leader's installation it
	// was replaced: it becomes a member, and writes no leader's files.
	must(t, "setup", "--db", donghoa, "--unit", "SONGCAU", "--out", filepath.Join(dir, "s2-songcau.sqlite"))
	if out, errs, rc := runCmd(t, nil, "join", "--db", leader, filepath.Join(dir, "s2-songcau.sqlite")); rc != 0 ||
		!strings.Contains(out, "nay là đơn vị thành viên") {
		t.Errorf("the old leader takes the new leader's setup: %d %s %s", rc, out, errs)
	}
	if _, errs, rc := runCmd(t, nil, "setup", "--db", leader, "--unit", "TUYAN", "--out", filepath.Join(dir, "x.sqlite")); rc == 0 {
		t.Errorf("the replaced leader still writes setup files: %s", errs)
	}
	season(t, donghoa, leader, "SONGCAU", "2020", dir, "II.1=1")

	// Replayed: Đông Hòa hands over to Tuy An; the old confirmation, sent
	// again, does not make it the leader again.
	must(t, "handover", "--db", donghoa, "--to", "TUYAN", "--out", filepath.Join(dir, "bangiao.sqlite"))
	must(t, "join", "--db", tuyan, filepath.Join(dir, "bangiao.sqlite"))
	must(t, "setup", "--db", tuyan, "--unit", "DONGHOA", "--out", filepath.Join(dir, "s3.sqlite"))
	must(t, "join", "--db", donghoa, filepath.Join(dir, "s3.sqlite"))
	if _, errs, rc := runCmd(t, nil, "join", "--db", donghoa, conf); rc != 1 || !strings.Contains(errs, "cũ hơn lần đổi khối trưởng") {
		t.Errorf("the confirmation replayed: %d %s", rc, errs)
	}

	// A confirmation signed by another key than the province's.
	other := filepath.Join(dir, "tinh-khac.db")
	runCmd(t, nil, "merge", "--db", other, "--province", b1)
	acceptHold(t, other, "thử")
	forged := filepath.Join(dir, "gia.sqlite")
	must(t, "confirm-leader", "--db", other, "--unit", "DONGHOA", "--reason", "giả mạo", "--out", forged)
	if _, errs, rc := runCmd(t, nil, "join", "--db", stale, forged); rc != 1 || !strings.Contains(errs, "không được ký bằng khóa của tỉnh") {
		t.Errorf("a confirmation by another key: %d %s", rc, errs)
	}
}
