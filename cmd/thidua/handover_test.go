package main

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// globOne returns the one file a pattern matches.
func globOne(t *testing.T, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(pattern)
	if len(m) != 1 {
		t.Fatalf("%s: %v", pattern, m)
	}
	return m[0]
}

// season scores a unit's period and sends its file to the leader, who
// merges it: it must be applied.
func season(t *testing.T, leader, unit, code, period, dir string, scores ...string) {
	t.Helper()
	must(t, append([]string{"score", "--db", unit, "--period", period, "--unit", code}, scores...)...)
	file := filepath.Join(dir, "nop-"+code+"-"+period+".sqlite")
	must(t, "export", "--db", unit, "--period", period, "--out", file)
	out, _, rc := runCmd(t, nil, "merge", "--db", leader, "--json", file)
	if d := parseMerge(t, out); rc != 0 || d.Files[0].Status != "applied" {
		t.Fatalf("%s's %s at the leader: %d %s", code, period, rc, out)
	}
}

// Issue 15's "done when": two seasons with a leader change between them,
// through the command line and real files. Sông Cầu leads 2019 and hands
// over to Đông Hòa, elected; Đông Hòa starts 2020 from 2019 and sends
// setup files that Tuy An and Sông Cầu (joined to the old leader) take
// without --accept-key; they score and send, Đông Hòa merges and sends the
// bloc file, which the province takes without a key hold. A key change
// nobody endorsed is still held everywhere.
func TestHandoverTwoSeasons(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	tuyan, donghoa, province := filepath.Join(dir, "tuyan.db"), filepath.Join(dir, "donghoa.db"), filepath.Join(dir, "tinh.db")

	// Season 1: the demo leader, two units joined, the province trusting
	// the leader's key.
	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "s1"), "--period", "2019")
	must(t, "join", "--db", tuyan, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-TUYAN-*.sqlite")))
	must(t, "join", "--db", donghoa, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-DONGHOA-*.sqlite")))
	season(t, leader, tuyan, "TUYAN", "2019", dir, "I.1.1=95")
	season(t, leader, donghoa, "DONGHOA", "2019", dir, "II.1=2")
	b1 := filepath.Join(dir, "khoi-2019.sqlite")
	must(t, "export", "--db", leader, "--period", "2019", "--out", b1)
	if out, _, rc := runCmd(t, nil, "merge", "--db", province, "--province", "--json", b1); rc != 1 || parseMerge(t, out).Files[0].Hold != "unverified_key" {
		t.Fatalf("first bloc file at the province: %d %s", rc, out)
	}
	must(t, "hold", "--db", province, "accept", "1", "--reason", "Đã gọi điện cho khối trưởng")

	// The handover: refused to the leader itself and to a unit whose key
	// was never verified here; then written to Đông Hòa.
	ho := filepath.Join(dir, "bangiao.sqlite")
	for code, want := range map[string]string{"SONGCAU": "chính đơn vị khối trưởng", "PHUHOA": "khóa đã xác minh"} {
		if _, errs, rc := runCmd(t, nil, "handover", "--db", leader, "--to", code, "--out", ho); rc != 1 || !strings.Contains(errs, want) {
			t.Errorf("handover to %s: %d %s", code, rc, errs)
		}
	}
	if _, err := os.Stat(ho); !os.IsNotExist(err) {
		t.Fatal("a refused handover left a file")
	}
	out := must(t, "handover", "--db", leader, "--to", "DONGHOA", "--out", ho)
	if !strings.Contains(out, "nay là đơn vị thành viên") {
		t.Errorf("handover: %s", out)
	}
	if _, errs, rc := runCmd(t, nil, "setup", "--db", leader, "--unit", "TUYAN", "--out", filepath.Join(dir, "x.sqlite")); rc == 0 {
		t.Errorf("the old leader still writes setup files: %s", errs)
	}
	newLeaderTakes(t, dir, tuyan, donghoa, ho, "nay là khối trưởng")

	// Season 2: units joined to the old leader take the new leader's setup
	// files as they are.
	for _, u := range []struct{ db, code string }{{tuyan, "TUYAN"}, {leader, "SONGCAU"}} {
		f := globOne(t, filepath.Join(dir, "s2", "TD-thietlap-*-"+u.code+"-*.sqlite"))
		if _, errs, rc := runCmd(t, nil, "join", "--db", u.db, f); rc != 0 {
			t.Fatalf("%s takes the new leader's setup: %d %s", u.code, rc, errs)
		}
	}
	season(t, donghoa, tuyan, "TUYAN", "2020", dir, "I.1.1=90")
	season(t, donghoa, leader, "SONGCAU", "2020", dir, "II.1=1")
	b2 := filepath.Join(dir, "khoi-2020.sqlite")
	must(t, "export", "--db", donghoa, "--period", "2020", "--out", b2)
	if out, _, rc := runCmd(t, nil, "merge", "--db", province, "--json", b2); rc != 0 || parseMerge(t, out).Files[0].Status != "applied" {
		t.Fatalf("the new leader's bloc file at the province: %d %s", rc, out)
	}

	// A key change nobody endorsed: the new leader's database copied and
	// given a fresh key. Its setup file is refused, its bloc file held.
	forged := filepath.Join(dir, "forged.db")
	copyWithoutKey(t, donghoa, forged)
	for _, u := range []struct{ db, code string }{{tuyan, "TUYAN"}, {leader, "SONGCAU"}} {
		f := filepath.Join(dir, "forged-setup-"+u.code+".sqlite")
		must(t, "setup", "--db", forged, "--unit", u.code, "--out", f)
		if _, errs, rc := runCmd(t, nil, "join", "--db", u.db, f); rc != 1 || !strings.Contains(errs, "khóa khác") {
			t.Errorf("an unendorsed key at %s: %d %s", u.code, rc, errs)
		}
	}
	f2 := filepath.Join(dir, "forged-bloc.sqlite")
	must(t, "export", "--db", forged, "--period", "2020", "--out", f2)
	if out, _, rc := runCmd(t, nil, "merge", "--db", province, "--json", f2); rc != 1 || parseMerge(t, out).Files[0].Hold != "key_changed" {
		t.Errorf("an unendorsed key at the province: %d %s", rc, out)
	}
}

// copyFile copies a closed database file.
// newLeaderTakes checks file, which hands the demo bloc to Đông Hòa:
// refused at Tuy An, taken at Đông Hòa (which says taken), refused the
// second time, and last year's table the same at the new leader. Then the
// new leader starts 2020 from 2019 and writes its setup files into
// dir/s2.
func newLeaderTakes(t *testing.T, dir, tuyan, donghoa, file, taken string) {
	t.Helper()
	if _, errs, rc := runCmd(t, nil, "join", "--db", tuyan, file); rc != 1 || !strings.Contains(errs, "dành cho đơn vị DONGHOA") {
		t.Errorf("the file at another unit: %d %s", rc, errs)
	}
	if out := must(t, "join", "--db", donghoa, file); !strings.Contains(out, taken) {
		t.Errorf("taking the file: %s", out)
	}
	if _, errs, rc := runCmd(t, nil, "join", "--db", donghoa, file); rc != 1 {
		t.Errorf("the file taken twice: %d %s", rc, errs)
	}
	if out := must(t, "rank", "--db", donghoa, "--period", "2019"); !strings.Contains(out, "TUYHOA   101,75") {
		t.Errorf("last year's table at the new leader: %s", out)
	}
	must(t, "period", "new", "--db", donghoa, "--from", "2019", "--code", "2020", "--label", "Tổng kết năm 2020")
	must(t, "setup", "--db", donghoa, "--all", "--out-dir", filepath.Join(dir, "s2"), "--period", "2020")
}

// copyWithoutKey copies the database at src to dst as another computer
// would hold it: the same data, and a key of its own made when it is next
// opened.
func copyWithoutKey(t *testing.T, src, dst string) {
	t.Helper()
	copyFile(t, src, dst)
	conn, err := sql.Open("sqlite", dst)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conn.Exec(`DELETE FROM install_key`)
	if cerr := conn.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
