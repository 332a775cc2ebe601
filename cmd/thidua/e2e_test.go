package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
)

// End-to-end tests drive the real binary in a real terminal (tmux), type as
// a person would, and read the screen.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds thidua once per test run.
func binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "thidua-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "thidua")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// terminal is one tmux session on its own server, so tests never touch a
// person's tmux.
type terminal struct {
	t      *testing.T
	socket string
}

func newTerminal(t *testing.T, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is required for end-to-end tests in CI")
		}
		t.Skip("tmux not installed")
	}
	tm := &terminal{t: t, socket: fmt.Sprintf("thidua-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmd := append([]string{"env", "TERM=xterm-256color", "LANG=C.UTF-8"}, env...)
	cmd = append(cmd, args...)
	full := append([]string{"-u", "-L", tm.socket, "new-session", "-d", "-s", "e2e",
		"-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}, cmd...)
	if out, err := exec.Command("tmux", full...).CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v %s", err, out)
	}
	exec.Command("tmux", "-L", tm.socket, "set-option", "-t", "e2e", "remain-on-exit", "on").Run()
	t.Cleanup(func() { exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

// keys sends named keys (Enter, Escape, Down…) or literal text, one call at
// a time with a pause, as a person types: Escape followed at once by a
// letter would read as alt+letter.
//
// A pause is not enough for Escape on a busy machine: the program may read
// Escape and the next key in one go (Escape then Down reads as alt+Down).
// So after an Escape that is not the last key, keys waits until the screen
// shows that it was taken (or two seconds pass: an Escape with nothing to
// close changes nothing).
func (tm *terminal) keys(keys ...string) {
	for _, k := range keys {
		before := "" // after an Escape, the next key (in this call or the next) waits for it to be taken
		if k == "Escape" {
			before = tm.screen()
		}
		if err := exec.Command("tmux", "-L", tm.socket, "send-keys", "-t", "e2e", k).Run(); err != nil {
			tm.t.Fatalf("send-keys %q: %v", k, err)
		}
		time.Sleep(60 * time.Millisecond)
		for end := time.Now().Add(2 * time.Second); before != "" && time.Now().Before(end); time.Sleep(30 * time.Millisecond) {
			if tm.screen() != before {
				break
			}
		}
	}
}

// text types literal text (Vietnamese included).
func (tm *terminal) text(s string) {
	if err := exec.Command("tmux", "-L", tm.socket, "send-keys", "-t", "e2e", "-l", s).Run(); err != nil {
		tm.t.Fatalf("send-keys -l %q: %v", s, err)
	}
	time.Sleep(60 * time.Millisecond)
}

func (tm *terminal) screen() string {
	out, err := exec.Command("tmux", "-L", tm.socket, "capture-pane", "-p", "-t", "e2e").Output()
	if err != nil {
		return ""
	}
	return string(out)
}

// waitFor waits until every string is on the screen and returns the screen.
func (tm *terminal) waitFor(want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s := tm.screen()
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
			}
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("screen never showed %q:\n%s", want, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// exited reports whether the program in the pane has ended.
func (tm *terminal) exited() bool {
	out, _ := exec.Command("tmux", "-L", tm.socket, "display-message", "-p", "-t", "e2e", "#{pane_dead}").Output()
	return strings.TrimSpace(string(out)) == "1"
}

func (tm *terminal) waitExit() {
	tm.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !tm.exited() {
		if time.Now().After(deadline) {
			tm.t.Fatalf("the program did not exit:\n%s", tm.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A person opens the demo, finds a unit without typing accents, then with
// them, looks at the ranking, asks why a unit is where it is, and quits.
func TestE2EBrowseDemo(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "thư mục có dấu", "demo.db")
	if out, err := exec.Command(bin, "demo", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v %s", err, out)
	}
	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu", "Tổng kết năm 2019", "Đơn vị thành viên (9)", "q thoát")

	tm.keys("/")
	tm.text("song cau")
	s := tm.waitFor("Tìm: song cau")
	if !strings.Contains(s, "SONGCAU") || strings.Contains(s, "SONGHINH") || strings.Contains(s, "DONGHOA") {
		t.Errorf("unaccented filter:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitFor("DONGHOA", "Nhấn / để tìm")

	tm.keys("/")
	tm.text("Đồng Xuân")
	s = tm.waitFor("Tìm: Đồng Xuân")
	if !strings.Contains(s, "DONGXUAN") || strings.Contains(s, "DONGHOA ") {
		t.Errorf("accented filter:\n%s", s)
	}
	tm.keys("Enter", "Escape")

	tm.keys("4")
	s = tm.waitFor("Kết quả xếp hạng — Tổng kết năm 2019", "Tuy Hòa", "101,75")
	// Columns stay aligned with diacritics: every row's total ends in the
	// column where the "Tổng" heading ends (text is NFC, one rune a cell).
	checkAligned(t, s, "Hạng", "Tổng", 9)
	tm.keys("Down", "Down", "Enter")
	tm.waitFor("PHUHOA trên DONGHOA: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn")

	tm.keys("p")
	tm.waitFor("Sơ kết 6 tháng đầu năm 2019")

	tm.keys("q")
	tm.waitExit()
}

// On a first run (no database yet) the welcome opens; leaving it without
// starting a bloc leaves no file behind.
func TestE2EFirstRunLeavesNothing(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "none.db")
	tm := newTerminal(t, 100, 30, nil, bin, "--db", db, "--lang", "en")
	s := tm.waitFor("Welcome to thidua", "Start a new bloc", "Join a bloc", "Open the demo")
	if strings.Contains(s, "no bloc yet") {
		t.Errorf("the welcome shows an error:\n%s", s)
	}
	tm.keys("q")
	tm.waitExit()
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Error("leaving the welcome left a database file")
	}
}

// A new leader walks the wizard: the bloc, its own unit, two more units
// typed with diacritics, the demo's criteria table, the first period; then
// the screens open on the new bloc.
func TestE2ELeaderWizard(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "Khối mới", "thidua.db")
	tm := newTerminal(t, 110, 40, nil, bin, "--db", db)
	tm.waitFor("Chào mừng đến với thidua")
	tm.keys("Enter")
	tm.waitFor("Bước 1/6: Khối thi đua")
	tm.text("Cụm thi đua số 3 các xã, phường")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 2/6")
	// A unit is its code, enter, its name, enter: the short name and kind
	// come from the name.
	for _, v := range []string{"xuanlanh", "Ủy ban nhân dân xã Xuân Lãnh"} {
		tm.text(v)
		tm.keys("Enter")
	}
	tm.waitFor("Bước 3/6", "Đã có 1 đơn vị")
	for _, u := range [][]string{{"xuanphuoc", "Ủy ban nhân dân xã Xuân Phước"}, {"phuongsc", "Ủy ban nhân dân phường Sông Cầu"}} {
		for _, v := range u {
			tm.text(v)
			tm.keys("Enter")
		}
	}
	tm.waitFor("Đã có 3 đơn vị", "PHUONGSC", "Sông Cầu")
	tm.keys("Enter") // nothing typed: the list is done
	tm.waitFor("Bước 4/6: Bảng tiêu chí")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 5/6: Kỳ thi đua đầu tiên")
	tm.keys("Enter", "Enter") // the code and the name; the rest has defaults
	tm.waitFor("Bước 6/6", "Đơn vị thành viên: 3", "50 tiêu chí, 100 điểm chuẩn")
	tm.keys("Enter")
	tm.waitFor("Khối trưởng: Xuân Lãnh", "Cụm thi đua số 3 các xã, phường", "Đơn vị thành viên (3)")
	tm.keys("q")
	tm.waitExit()
	out, _, code := runCmd(t, nil, "units", "--db", db, "--json")
	if code != 0 || !strings.Contains(out, "Ủy ban nhân dân phường Sông Cầu") {
		t.Errorf("units after the wizard:\n%s", out)
	}
	if out, _, _ := runCmd(t, nil, "rank", "--db", db, "--json"); !strings.Contains(out, `"period": "`) {
		t.Errorf("rank after the wizard:\n%s", out)
	}
}

// A person opens the demo, goes to scoring with 3 and types the whole
// sheet of the leader's own unit with digits and enter only, quits, and
// finds every score saved.
func TestE2ETypeWholeSheet(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	d, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := d.PeriodByCode(context.Background(), "2019")
	tree, _ := d.VersionTree(context.Background(), p.CriteriaVersionID)
	d.Close()

	tm := newTerminal(t, 120, 40, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("3")
	tm.waitFor("Chấm điểm: Sông Cầu — tự chấm")
	tm.keys("g", "Down", "Down") // the first criterion: part I, group I.1, then I.1.1
	tm.waitFor("I.1.1 · ")
	// The whole sheet in one burst, as fast as the terminal delivers it:
	// keys that arrive while a save is under way must not be lost.
	var burst strings.Builder
	for _, c := range tree.Leaves() {
		burst.WriteString(strings.ReplaceAll(demo.FullMarksInput(c), ".", ",") + "\r") // typed the Vietnamese way
	}
	tm.text(burst.String())
	s := tm.waitFor("Điểm chuẩn 100/100 · thưởng 0 · trừ 0 · tổng 100")
	if strings.Contains(s, "vượt điểm tối đa") || strings.Contains(s, "không phải là số") || strings.Contains(s, "Không hiểu") {
		t.Errorf("a value was refused:\n%s", s)
	}
	// Out of range: refused, named, nothing saved.
	tm.keys(":")
	tm.text("II.1")
	tm.keys("Enter")
	tm.text("2,5")
	tm.keys("Enter")
	tm.waitFor("Điểm 2,5 vượt điểm tối đa 2 của tiêu chí II.1")
	tm.keys("Escape")
	tm.keys("q")
	tm.waitExit()

	out, errs, code := runCmd(t, nil, "rank", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("rank: %s", errs)
	}
	var doc struct {
		Units []struct {
			Code      string
			SelfTotal json.Number `json:"self_total"`
			Missing   int
		}
	}
	json.Unmarshal([]byte(out), &doc)
	for _, u := range doc.Units {
		if u.Code == "SONGCAU" && (u.SelfTotal.String() != "100" || u.Missing != 0) {
			t.Errorf("Sông Cầu after typing: self total %s, missing %d", u.SelfTotal, u.Missing)
		}
	}
	d, _ = storage.Open(context.Background(), db)
	defer d.Close()
	own, _ := d.UnitByCode(context.Background(), "SONGCAU")
	sheet, _ := d.LoadSheet(context.Background(), p.ID, own.ID)
	for _, c := range tree.Leaves() {
		r, ok := sheet.Rows[c.ID][model.StageSelf]
		want := model.Points(0)
		if c.Kind == model.Standard {
			want = c.Max
		}
		if !ok || r.Points != want {
			t.Errorf("%s: %v (saved %v), want %v", c.Code, r.Points, ok, want)
		}
	}
}

// A person adds a unit whose name has diacritics, typed in the terminal,
// and finds it again with an unaccented filter.
func TestE2EAddUnitWithDiacritics(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	tm := newTerminal(t, 100, 30, nil, bin, "--db", db)
	tm.waitFor("Đơn vị thành viên (9)")
	tm.keys("a")
	tm.waitFor("Thêm đơn vị thành viên")
	tm.text("dongxuan2")
	tm.keys("Enter")
	tm.text("Phòng Nội vụ xã Xuân Lãnh")
	tm.keys("Enter")
	tm.text("Xuân Lãnh")
	tm.keys("Enter")
	tm.text("Xã")
	tm.keys("Enter")
	tm.waitFor("Đơn vị thành viên (10)", "DONGXUAN2")
	tm.keys("/")
	tm.text("xuan lanh")
	s := tm.waitFor("Tìm: xuan lanh")
	if !strings.Contains(s, "Phòng Nội vụ xã Xuân Lãnh") || strings.Contains(s, "DONGHOA") {
		t.Errorf("unaccented filter:\n%s", s)
	}
	tm.keys("Escape")
	tm.keys("q")
	tm.waitExit()
	out, _, _ := runCmd(t, nil, "units", "--db", db, "--json", "--filter", "XUÂN LÃNH")
	if !strings.Contains(out, `"name": "Phòng Nội vụ xã Xuân Lãnh"`) {
		t.Errorf("the unit was not stored in NFC with its diacritics:\n%s", out)
	}
}

// checkAligned finds the table heading (the line holding first and title)
// and checks that in each of the next n rows the column where title ends
// holds the last digit of a number.
func checkAligned(t *testing.T, screen, first, title string, n int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	for i, line := range lines {
		r := []rune(line)
		at := strings.Index(line, " "+title+" ")
		if at < 0 || !strings.Contains(line, first) {
			continue
		}
		end := len([]rune(line[:at])) + 1 + len([]rune(title))
		for _, row := range lines[i+1 : min(len(lines), i+1+n)] {
			rr := []rune(row)
			if len(rr) < end || rr[end-1] < '0' || rr[end-1] > '9' || (len(rr) > end && rr[end] != ' ') {
				t.Errorf("column %q is not aligned in:\n%s\n%s", title, string(r), row)
			}
		}
		return
	}
	t.Errorf("no heading %q on screen:\n%s", title, screen)
}

// kill sends SIGKILL to the program in the pane, as a power cut would end
// it: no deferred close, no checkpoint.
func (tm *terminal) kill() {
	tm.t.Helper()
	out, err := exec.Command("tmux", "-L", tm.socket, "display-message", "-p", "-t", "e2e", "#{pane_pid}").Output()
	if err != nil {
		tm.t.Fatalf("pane pid: %v", err)
	}
	pid := strings.TrimSpace(string(out))
	exec.Command("kill", "-KILL", pid).Run()
	tm.waitExit()
}
