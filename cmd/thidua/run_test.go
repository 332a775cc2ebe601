package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo/demotest"
)

// runCmd runs the command line in-process, as the binary would.
func runCmd(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, stdio{
		in: strings.NewReader(""), out: &out, err: &errb,
		getenv: func(k string) string { return env[k] },
	})
	return out.String(), errb.String(), exitCode(err)
}

// demoDB copies the demo bloc (as `thidua demo` writes it) into a folder
// whose name has spaces and diacritics, and returns its path.
func demoDB(t *testing.T) string {
	t.Helper()
	return demotest.Path(t, filepath.Join(t.TempDir(), "Dữ liệu thi đua"))
}

func digest(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// The 2019 ranking of the demo bloc, computed by hand: each unit's standard
// points are 100 minus what it lost (see storage/demo for the arithmetic),
// plus bonus, minus deductions; Sông Cầu and Sơn Hòa rank on their bloc
// review, Tuy Hòa was accepted by the bloc without changes.
func TestRankJSONAgreesWithHandComputation(t *testing.T) {
	db := demoDB(t)
	out, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2019", "--json")
	if code != 0 {
		t.Fatalf("rank: %d %s", code, errs)
	}
	var doc struct {
		Bloc   string `json:"bloc"`
		Period string `json:"period"`
		Units  []struct {
			Rank                              int
			Code, Stage, Proposal, Explain    string
			Standard, Bonus, Deduction, Total json.Number
			SelfTotal                         json.Number `json:"self_total"`
			Tied, Ranked                      bool
		} `json:"units"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if doc.Period != "2019" || !strings.Contains(doc.Bloc, "Phú Yên") || len(doc.Units) != 9 {
		t.Fatalf("doc = %+v", doc)
	}
	hand := []struct {
		code, stage                             string
		standard, bonus, deduction, total, self string
	}{
		{"TUYHOA", "bloc", "99.25", "4.5", "2", "101.75", "101.75"}, // 100−0.25 (2.88 down to the step)−0.5; 2+2+0.5; cảnh cáo 2
		{"SONGCAU", "bloc", "98.25", "2", "0", "100.25", "100.75"},  // 100−0.25−0.5−1 (II.2 reviewed to 3); 1+1
		{"PHUHOA", "self", "98.75", "0.5", "0", "99.25", "99.25"},   // 100−0.25−0.5−0.5; 0.5
		{"DONGHOA", "self", "98.25", "1", "0", "99.25", "99.25"},    // 100−1−0.5−0.25; 1
		{"TAYHOA", "self", "96.25", "1", "0", "97.25", "97.25"},     // 100−0.5−0.75−1−1−0.5; 1
		{"DONGXUAN", "self", "95", "0", "0", "95", "95"},            // 100−1−2−1−1
		{"TUYAN", "self", "94", "1", "1", "94", "94"},               // 100−6; 1; 1
		{"SONGHINH", "self", "94.25", "0", "1.5", "92.75", "92.75"}, // 100−0.75−2−1−1−1; 1+0.5
		{"SONHOA", "bloc", "90", "0", "0.5", "89.5", "88.5"},        // 100−11+1 (II.7 reviewed to 1); 0.5
	}
	for i, h := range hand {
		u := doc.Units[i]
		got := []string{u.Code, u.Stage, u.Standard.String(), u.Bonus.String(), u.Deduction.String(), u.Total.String(), u.SelfTotal.String()}
		want := []string{h.code, h.stage, h.standard, h.bonus, h.deduction, h.total, h.self}
		if strings.Join(got, " ") != strings.Join(want, " ") || u.Rank != i+1 || !u.Ranked {
			t.Errorf("#%d = %v rank %d, want %v", i+1, got, u.Rank, want)
		}
		if u.Explain == "" {
			t.Errorf("%s has no explanation", u.Code)
		}
	}
	if !strings.Contains(doc.Units[3].Explain, "PHUHOA trên DONGHOA: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (98,75 > 98,25)") {
		t.Errorf("tie explanation = %q", doc.Units[3].Explain)
	}
	if doc.Units[1].Proposal != "Đề nghị Cờ thi đua của UBND tỉnh (7/9 phiếu)" {
		t.Errorf("Sông Cầu proposal = %q", doc.Units[1].Proposal)
	}
	// English, same numbers.
	out, _, _ = runCmd(t, nil, "rank", "--db", db, "--json", "--lang", "en")
	if !strings.Contains(out, "PHUHOA above DONGHOA: equal totals, higher standard points (98.75 > 98.25)") {
		t.Errorf("English explanation missing:\n%s", out)
	}
}

// Refused scores exit 1 with a Vietnamese message and leave the database
// file byte-for-byte as it was.
func TestScoreRefusalsLeaveTheFileUntouched(t *testing.T) {
	db := demoDB(t)
	before := digest(t, db)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"over the maximum", []string{"--period", "2019", "--unit", "TUYAN", "II.1=2,5"}, "Điểm 2,5 vượt điểm tối đa 2 của tiêu chí II.1"},
		{"negative", []string{"--period", "2019", "--unit", "TUYAN", "II.1=-1"}, "Điểm không được âm"},
		{"not a number", []string{"--period", "2019", "--unit", "TUYAN", "II.1=abc"}, "«abc» không phải là số"},
		{"unknown criterion", []string{"--period", "2019", "--unit", "TUYAN", "IX.9=1"}, "Không có tiêu chí mã IX.9"},
		{"locked period", []string{"--period", "2019-H1", "--unit", "TUYAN", "II.1=1"}, "Đang khóa: kỳ thi đua đã khóa sổ"},
		{"accepted sheet", []string{"--period", "2019", "--unit", "TUYHOA", "II.1=1"}, "khối trưởng đã tiếp nhận bảng điểm"},
		{"one bad among good", []string{"--period", "2019", "--unit", "TUYAN", "II.1=1", "II.2=5"}, "II.2: Điểm 5 vượt điểm tối đa 4"},
		{"unknown unit", []string{"--period", "2019", "--unit", "HANOI", "II.1=1"}, "Không có đơn vị mã HANOI"},
		{"unknown period", []string{"--period", "2030", "--unit", "TUYAN", "II.1=1"}, "Không có kỳ thi đua 2030"},
		{"bloc score without reason", []string{"--period", "2019", "--unit", "TUYAN", "--stage", "bloc", "II.1=1"}, "hãy ghi lý do"},
	}
	for _, c := range cases {
		_, errs, code := runCmd(t, nil, append([]string{"score", "--db", db}, c.args...)...)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", c.name, code, errs, c.want)
		}
		if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
			t.Errorf("%s: a stack trace reached the user", c.name)
		}
		if digest(t, db) != before {
			t.Fatalf("%s: the database file changed", c.name)
		}
		if _, err := os.Stat(db + "-wal"); !os.IsNotExist(err) {
			t.Errorf("%s: a -wal file was left", c.name)
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"dance"},
		{"score", "--db", db, "--period", "2019", "I.1=1"},           // no --unit
		{"score", "--db", db, "--unit", "TUYAN"},                     // no values
		{"score", "--db", db, "--unit", "TUYAN", "--bogus", "I.1=1"}, // unknown flag
		{"score", "--db", db, "--unit", "TUYAN", "I.1"},              // not CODE=POINTS
		{"rank", "--db", db, "--lang", "fr"},
		{"criteria", "--db", db},
	} {
		_, errs, code := runCmd(t, nil, args...)
		if code != 2 || !strings.Contains(errs, "thidua help") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	if _, errs, code := runCmd(t, nil, "rank", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errs, "thidua demo --db") {
		t.Errorf("missing database: %d %q", code, errs)
	}
	if out, _, code := runCmd(t, nil, "help"); code != 0 || !strings.Contains(out, "score") {
		t.Errorf("help: %d %q", code, out)
	}
	// The TUI needs a terminal; a script gets a message, not a hang.
	if _, errs, code := runCmd(t, map[string]string{"THIDUA_DB": db}); code != 1 || !strings.Contains(errs, "cửa sổ dòng lệnh") {
		t.Errorf("no terminal: %d %q", code, errs)
	}
}

func TestScoreSavesAndRanks(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	out, errs, code := runCmd(t, env, "score", "--period", "2019", "--unit", "tuyan", "--reason", "Theo biên bản giấy của đơn vị",
		"II.3=100", "III.4=2:Gửi đúng hạn ngày 10/12", "I.5.4=0")
	if code != 0 || !strings.Contains(out, "Đã lưu 3 điểm (3 thay đổi) cho TUYAN") {
		t.Fatalf("score: %d %q %q", code, out, errs)
	}
	if !strings.Contains(errs, "khối trưởng nhập thay đơn vị") {
		t.Errorf("scores typed for another unit are flagged: %q", errs)
	}
	out, _, _ = runCmd(t, env, "rank", "--json")
	if !strings.Contains(out, `"code": "TUYAN"`) || !strings.Contains(out, `"total": 98`) {
		t.Errorf("Tuy An should now total 94 + 1 + 2 + 1 = 98:\n%s", out)
	}
	// The deputy reviews the leader's own unit: no flag.
	out, errs, code = runCmd(t, env, "score", "--unit", "SONGCAU", "--stage", "bloc", "--as", "deputy", "--reason", "Kiểm tra lại hồ sơ", "I.4.2=1")
	if code != 0 || strings.Contains(errs, "Lưu ý") {
		t.Errorf("deputy: %d %q %q", code, out, errs)
	}
	_, errs, _ = runCmd(t, env, "score", "--unit", "SONGCAU", "--stage", "bloc", "--reason", "x", "I.4.2=0")
	if !strings.Contains(errs, "khối trưởng tự chấm khối cho đơn vị mình") {
		t.Errorf("leader's own review is flagged: %q", errs)
	}
}

func TestImportsAndExports(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	env := map[string]string{"THIDUA_DB": db}
	// Criteria round trip: export, import as a new draft, issue.
	csv := filepath.Join(dir, "bảng tiêu chí.csv")
	if out, errs, code := runCmd(t, env, "criteria", "export", "--period", "2019", "--out", csv); code != 0 || !strings.Contains(out, "Đã ghi") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	out, errs, code := runCmd(t, env, "criteria", "import", csv, "--label", "Bảng 2020", "--issue")
	if code != 0 || !strings.Contains(out, "50 tiêu chí chấm điểm: 39 tiêu chí chuẩn, 5 điểm thưởng, 6 điểm trừ. Tổng điểm chuẩn: 100.") || !strings.Contains(out, "Đã ban hành") {
		t.Errorf("import: %d %q %q", code, out, errs)
	}
	// A period that has scores keeps its table, and a mistyped period is
	// refused: both before anything is written, the database unchanged
	// to the byte and no backup taken.
	backups := func() int { n, _ := os.ReadDir(filepath.Join(filepath.Dir(db), "backups")); return len(n) }
	before, nb := digest(t, db), backups()
	_, errs, code = runCmd(t, env, "criteria", "import", csv, "--period", "2019")
	if code != 1 || !strings.Contains(errs, "đã có") {
		t.Errorf("switching a scored period's table: %d %q", code, errs)
	}
	_, errs, code = runCmd(t, env, "criteria", "import", csv, "--issue", "--period", "2099")
	if code != 1 || !strings.Contains(errs, "2099") {
		t.Errorf("a mistyped period: %d %q", code, errs)
	}
	if digest(t, db) != before || backups() != nb {
		t.Error("a refused import changed the database or took a backup")
	}
	// A broken table is refused with its line, nothing saved.
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("code,title,max\nI,Phần một,10\nI.1,Tiêu chí,mười\n"), 0o644)
	if _, errs, code := runCmd(t, env, "criteria", "import", bad); code != 1 || !strings.Contains(errs, "Dòng 3: «mười» không phải là số") {
		t.Errorf("bad criteria: %d %q", code, errs)
	}
	// Scores from CSV: all or nothing.
	scores := filepath.Join(dir, "diem.csv")
	os.WriteFile(scores, []byte("Mã;Điểm;Ghi chú\nII.1;1;Chậm kế hoạch\nII.5;2,5;\n"), 0o644)
	if out, errs, code := runCmd(t, env, "score", "import", scores, "--unit", "DONGXUAN", "--period", "2019"); code != 0 || !strings.Contains(out, "Đã nhập 2 điểm (2 thay đổi)") {
		t.Errorf("score import: %d %q %q", code, out, errs)
	}
	before = digest(t, db)
	os.WriteFile(scores, []byte("unit,code,value\nDONGXUAN,II.1,2\nDONGXUAN,II.2,9\n"), 0o644)
	if _, errs, code := runCmd(t, env, "score", "import", scores, "--period", "2019"); code != 1 || !strings.Contains(errs, "Dòng 3: Điểm 9 vượt điểm tối đa 4") {
		t.Errorf("bad score import: %d %q", code, errs)
	}
	if digest(t, db) != before {
		t.Error("a refused import changed the database")
	}
	if _, errs, code := runCmd(t, env, "score", "import", "x.ods"); code != 2 || !strings.Contains(errs, ".xlsx") {
		t.Errorf("ods: %d %q", code, errs)
	}
	// Units with an accent-free filter.
	out, _, _ = runCmd(t, env, "units", "--json", "--filter", "song cau")
	if !strings.Contains(out, `"code": "SONGCAU"`) || strings.Contains(out, "SONGHINH") {
		t.Errorf("units filter: %s", out)
	}
	out, _, _ = runCmd(t, env, "units")
	if strings.Index(out, "Đông Hòa") > strings.Index(out, "Sông Cầu") {
		t.Errorf("units are not in Vietnamese order:\n%s", out)
	}
}

func TestDemoKeepsExistingData(t *testing.T) {
	db := filepath.Join(t.TempDir(), "Dữ liệu thi đua", "demo.db")
	if out, errs, code := runCmd(t, nil, "demo", "--db", db); code != 0 || !strings.Contains(out, "Đã tạo dữ liệu mẫu") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	before := digest(t, db)
	if _, errs, code := runCmd(t, nil, "demo", "--db", db); code != 1 || !strings.Contains(errs, "--force") {
		t.Errorf("demo over data: %d %q", code, errs)
	}
	if digest(t, db) != before {
		t.Error("demo without --force changed the file")
	}
	if out, errs, code := runCmd(t, nil, "demo", "--db", db, "--force"); code != 0 || !strings.Contains(out, "Đã sao lưu") {
		t.Errorf("demo --force: %d %q %q", code, out, errs)
	}
	list, _ := filepath.Glob(filepath.Join(storage.BackupDir(db), "*.db"))
	if len(list) != 1 {
		t.Errorf("backups = %v", list)
	}
}

// A process killed (SIGKILL) right after `thidua score` has reported the
// save loses nothing: the helper saves through the same code path as the
// binary, says so, and is killed before it can exit normally.
func TestScoreSurvivesSIGKILL(t *testing.T) {
	db := demoDB(t)
	values := []string{"1", "1,5", "2", "0,5", "0", "1,25"}
	for i, v := range values {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmd.Env = append(os.Environ(), "THIDUA_HELPER=score", "THIDUA_DB="+db, "THIDUA_ARGS=score|--period|2019|--unit|TAYHOA|--reason|sửa theo biên bản|II.1="+v)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err != nil || !strings.Contains(line, "Đã lưu") {
			cmd.Process.Kill()
			t.Fatalf("helper %d: %q %v", i, line, err)
		}
		cmd.Process.Kill() // SIGKILL on Unix: no deferred Close, no checkpoint
		cmd.Wait()
		d, err := storage.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := d.PeriodByCode(context.Background(), "2019")
		u, _ := d.UnitByCode(context.Background(), "TAYHOA")
		s, err := d.LoadSheet(context.Background(), p.ID, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := s.Tree.Resolve("II.1")
		want, _ := model.ParsePoints(v)
		if got := s.Rows[c.ID][model.StageSelf].Points; got != want {
			t.Errorf("after SIGKILL #%d: II.1 = %v, want %v", i, got, want)
		}
		if ok, err := d.Integrity(context.Background()); err != nil || ok != "ok" {
			t.Errorf("integrity after SIGKILL: %q %v", ok, err)
		}
		d.Close()
	}
}

// TestHelperProcess is not a test: it is the child of TestScoreSurvivesSIGKILL.
// It runs a command like the binary does; the moment the command reports
// the save, its output writer freezes the process, so the database is still
// open (no Close, no checkpoint) when the parent kills it.
func TestHelperProcess(t *testing.T) {
	if os.Getenv("THIDUA_HELPER") == "" {
		t.Skip("helper process only")
	}
	args := strings.Split(os.Getenv("THIDUA_ARGS"), "|")
	err := run(context.Background(), args, stdio{in: os.Stdin, out: freezeAfterWrite{os.Stdout}, err: os.Stderr, getenv: os.Getenv})
	if err != nil {
		os.Exit(3)
	}
	os.Exit(4) // never reached: the writer froze the process
}

// freezeAfterWrite passes one write through, then blocks forever.
type freezeAfterWrite struct{ w *os.File }

func (f freezeAfterWrite) Write(p []byte) (int, error) {
	f.w.Write(p)
	f.w.Sync()
	time.Sleep(time.Hour)
	return len(p), nil
}
