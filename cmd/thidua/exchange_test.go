package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// mergeDoc is `thidua merge --json` as scripts read it.
type mergeDoc struct {
	DryRun bool `json:"dry_run"`
	Files  []struct {
		File, Status, Kind, Unit, Reason, Hold string
		HoldID                                 int64 `json:"hold_id"`
		Counts                                 struct{ New, Changed, Removed, Unchanged int }
	} `json:"files"`
}

func parseMerge(t *testing.T, out string) mergeDoc {
	t.Helper()
	var d mergeDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return d
}

// must runs a command that must succeed and returns its output.
func must(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := runCmd(t, nil, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errs)
	}
	return out
}

// The whole season through the command line, with three databases: the
// leader sets up two units, they join, score and send; the leader merges,
// reviews, returns a sheet, gets it answered, and sends the bloc file; the
// province merges it after checking the leader's key.
func TestExchangeRoundTrip(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	tuyan, donghoa, province := filepath.Join(dir, "tuyan.db"), filepath.Join(dir, "donghoa.db"), filepath.Join(dir, "tinh.db")
	fp := regexp.MustCompile(`\d{4}-\d{4}-\d{4}-\d{4}-\d{4}`)

	keys := must(t, "keys", "--db", leader)
	leaderKey := fp.FindString(keys)
	if leaderKey == "" {
		t.Fatalf("keys: %s", keys)
	}
	out := must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "setup"), "--period", "2019")
	if !strings.Contains(out, "gửi riêng cho từng đơn vị") || !strings.Contains(out, leaderKey) {
		t.Errorf("setup: %s", out)
	}
	setups, _ := filepath.Glob(filepath.Join(dir, "setup", "TD-thietlap-*.sqlite"))
	if len(setups) != 8 {
		t.Fatalf("setup files: %v", setups)
	}
	find := func(code string) string {
		for _, s := range setups {
			if strings.Contains(s, "-"+code+"-") {
				return s
			}
		}
		t.Fatalf("no setup file for %s", code)
		return ""
	}
	// Without --yes and without a terminal, a first join is refused.
	if _, errs, code := runCmd(t, nil, "join", "--db", tuyan, find("TUYAN")); code != 1 || !strings.Contains(errs, "--yes") {
		t.Errorf("unconfirmed join: %d %s", code, errs)
	}
	if _, err := os.Stat(tuyan); !os.IsNotExist(err) {
		t.Error("a refused first join left a database behind")
	}
	out = must(t, "join", "--db", tuyan, "--yes", find("TUYAN"))
	if !strings.Contains(out, leaderKey) || !strings.Contains(out, "huyện Tuy An") {
		t.Errorf("join: %s", out)
	}
	must(t, "join", "--db", donghoa, "--yes", find("DONGHOA"))

	must(t, "score", "--db", tuyan, "--period", "2019", "--unit", "TUYAN", "I.1.1=95", "II.1=1")
	must(t, "score", "--db", donghoa, "--period", "2019", "--unit", "DONGHOA", "II.1=2")
	subT := filepath.Join(dir, "nop-tuyan.sqlite")
	out = must(t, "export", "--db", tuyan, "--period", "2019", "--out", subT)
	if !strings.Contains(out, "Mã xác nhận") {
		t.Errorf("export: %s", out)
	}
	must(t, "export", "--db", donghoa, "--period", "2019", "--out", dir)
	subD, _ := filepath.Glob(filepath.Join(dir, "TD-tucham-2019-*-DONGHOA-*.sqlite"))
	if len(subD) != 1 {
		t.Fatalf("Đông Hòa's file: %v", subD)
	}

	// verify touches no database.
	out, _, code := runCmd(t, map[string]string{"THIDUA_DB": filepath.Join(dir, "none.db")}, "verify", "--json", subT)
	var v struct {
		Valid            bool
		Kind, Unit, Bloc string
		Period           string
		Seq              int64
		Fingerprint      string
		Problems         []string
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != 0 || !v.Valid || v.Kind != "submission" ||
		v.Unit != "TUYAN" || v.Period != "2019" || v.Seq == 0 || !fp.MatchString(v.Fingerprint) || len(v.Problems) != 0 {
		t.Errorf("verify: %d %s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !os.IsNotExist(err) {
		t.Error("verify created a database")
	}

	// The leader previews, then merges: exact counts. Tuy An sent two
	// scores, no registration and no nominee: its snapshot replaces the 55
	// rows the leader held (50 scores, 5 registrations) and the demo's 23
	// rows of its individuals (people, their registrations and proposals).
	out, _, code = runCmd(t, nil, "merge", "--db", leader, "--dry-run", "--json", subT)
	if d := parseMerge(t, out); code != 0 || !d.DryRun || d.Files[0].Status != "applied" || d.Files[0].Counts.Removed != 76 {
		t.Errorf("dry run: %d %s", code, out)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", leader, "--json", subT, subD[0], subT)
	d := parseMerge(t, out)
	if code != 0 || len(d.Files) != 3 {
		t.Fatalf("merge: %d %s", code, out)
	}
	if f := d.Files[0]; f.Status != "applied" || f.Kind != "submission" || f.Unit != "TUYAN" ||
		f.Counts.New != 0 || f.Counts.Changed != 2 || f.Counts.Removed != 76 || f.Counts.Unchanged != 0 {
		t.Errorf("Tuy An: %+v", f)
	}
	if d.Files[2].Status != "unchanged" {
		t.Errorf("the same file twice in a batch: %+v", d.Files[2])
	}
	out, _, _ = runCmd(t, nil, "inbox", "--db", leader, "--period", "2019", "--json")
	if !strings.Contains(out, `"review": "received"`) || !strings.Contains(out, `"key": "setup_code"`) {
		t.Errorf("inbox: %s", out)
	}

	// Review and return; the unit answers through a setup update.
	must(t, "score", "--db", leader, "--period", "2019", "--unit", "TUYAN", "--stage", "bloc", "--reason", "Thiếu minh chứng", "II.1=0,5")
	out = must(t, "return", "--db", leader, "--period", "2019", "--unit", "TUYAN", "II.1=Đề nghị bổ sung kế hoạch năm")
	if !strings.Contains(out, "thidua setup --unit TUYAN") {
		t.Errorf("return: %s", out)
	}
	upd := filepath.Join(dir, "thietlap-2.sqlite")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", upd)
	out = must(t, "join", "--db", tuyan, upd)
	if !strings.Contains(out, "Đề nghị bổ sung kế hoạch năm") || !strings.Contains(out, "II.1") {
		t.Errorf("the unit does not see the reason: %s", out)
	}
	// Sending before answering says what is still unanswered.
	if _, errs, code := runCmd(t, nil, "export", "--db", tuyan, "--period", "2019", "--out", filepath.Join(dir, "chua-giai-trinh.sqlite")); code != 0 ||
		!strings.Contains(errs, "1 mục bị trả lại chưa giải trình hay sửa điểm: II.1") {
		t.Errorf("export before the answer: %d %q", code, errs)
	}
	must(t, "answer", "--db", tuyan, "--period", "2019", "ii.1=Đã ban hành kế hoạch ngày 15/01") // codes in any case
	sub2 := filepath.Join(dir, "nop-tuyan-2.sqlite")
	if _, errs, _ := runCmd(t, nil, "export", "--db", tuyan, "--period", "2019", "--out", sub2); strings.Contains(errs, "chưa giải trình") {
		t.Errorf("answered, the export still warns: %q", errs)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", leader, "--json", sub2)
	if d := parseMerge(t, out); code != 0 || d.Files[0].Counts.New != 1 {
		t.Errorf("answer merged: %d %s", code, out)
	}
	out = must(t, "return", "--db", leader, "--period", "2019", "--unit", "TUYAN")
	if !strings.Contains(out, "Đã ban hành kế hoạch ngày 15/01") {
		t.Errorf("the leader does not see the answer: %s", out)
	}

	// The bloc file goes to the province: held until the leader's key is
	// confirmed, then applied.
	must(t, "export", "--db", leader, "--period", "2019", "--out", dir)
	blocs, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-2019-*.sqlite"))
	if len(blocs) != 1 {
		t.Fatalf("bloc file: %v", blocs)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", province, "--province", "--json", blocs[0])
	d = parseMerge(t, out)
	if code != 1 || d.Files[0].Status != "held" || d.Files[0].Hold != "unverified_key" || !strings.Contains(d.Files[0].Reason, leaderKey) {
		t.Fatalf("province: %d %s", code, out)
	}
	out = must(t, "hold", "--db", province, "--json")
	if !strings.Contains(out, `"kind": "unverified_key"`) || !strings.Contains(out, `"unit": "SONGCAU"`) {
		t.Errorf("hold list: %s", out)
	}
	out = must(t, "hold", "--db", province, "accept", "1", "--reason", "Đã gọi điện cho khối trưởng", "--json")
	if dd := parseMerge(t, out); dd.Files[0].Status != "applied" || dd.Files[0].Counts.New == 0 {
		t.Errorf("accept: %s", out)
	}
	if _, errs, code := runCmd(t, nil, "hold", "--db", province, "accept", "1"); code != 1 || !strings.Contains(errs, "đã được quyết định") {
		t.Errorf("accepting twice: %d %s", code, errs)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", province, "--json", blocs[0])
	if d := parseMerge(t, out); code != 0 || d.Files[0].Status != "unchanged" {
		t.Errorf("again: %d %s", code, out)
	}
	// The half-year, which the leader closed, goes up too: the period's
	// lock travels with it, and the key is known by now.
	must(t, "export", "--db", leader, "--period", "2019-H1", "--out", dir)
	half, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-2019-H1-*.sqlite"))
	if len(half) != 1 {
		t.Fatalf("half-year bloc file: %v", half)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", province, "--json", half[0])
	if d := parseMerge(t, out); code != 0 || d.Files[0].Status != "applied" {
		t.Errorf("closed half-year at the province: %d %s", code, out)
	}
	// A unit's file at the province.
	_, _, code = runCmd(t, nil, "merge", "--db", province, subT)
	if code != 1 {
		t.Errorf("unit file at the province: exit %d", code)
	}
}

func TestExchangeUsageAndRefusals(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"setup", "--db", db},
		{"setup", "--db", db, "--unit", "TUYAN"},
		{"setup", "--db", db, "--all", "--unit", "TUYAN", "--out-dir", "x"},
		{"join", "--db", db},
		{"export", "--db", db, "--period", "2019"},
		{"verify"},
		{"merge", "--db", db},
		{"hold", "--db", db, "keep", "1"},
		{"hold", "--db", db, "accept", "x"},
		{"return", "--db", db, "II.1=x"},
		{"answer", "--db", db, "II.1"},
	} {
		_, errs, code := runCmd(t, nil, args...)
		if code != 2 || !strings.Contains(errs, "thidua help") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.sqlite")
	os.WriteFile(bad, []byte("not a database at all"), 0o644)
	before := digest(t, db)
	out, _, code := runCmd(t, nil, "merge", "--db", db, "--json", bad)
	if d := parseMerge(t, out); code != 1 || d.Files[0].Status != "rejected" || !strings.Contains(d.Files[0].Reason, "Không phải tệp thidua") {
		t.Errorf("bad file: %d %s", code, out)
	}
	if digest(t, db) != before {
		t.Error("a rejected file changed the database")
	}
	out, _, code = runCmd(t, nil, "verify", bad, "--lang", "en")
	if code != 1 || !strings.Contains(out, "NOT valid") || !strings.Contains(out, "Not a thidua file") {
		t.Errorf("verify bad: %d %s", code, out)
	}
	// The leader's database cannot join, and a unit cannot export a bloc file.
	_, errs, code := runCmd(t, nil, "join", "--db", db, "--yes", bad)
	if code != 1 || strings.Contains(errs, "panic") {
		t.Errorf("join a bad file: %d %s", code, errs)
	}
	if out := must(t, "hold", "--db", db); !strings.Contains(out, "Không có tệp nào chờ") {
		t.Errorf("no holds: %s", out)
	}
}

// The real binary checks each received file in a child process first (a
// crash there rejects the file, the merge goes on); its verdicts are the
// same as in-process.
func TestMergeChecksInAChildProcess(t *testing.T) {
	bin := binary(t)
	leader := demoDB(t)
	dir := t.TempDir()
	unit := filepath.Join(dir, "unit.db")
	setup := filepath.Join(dir, "setup.sqlite")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", setup)
	must(t, "join", "--db", unit, "--yes", setup)
	sub := filepath.Join(dir, "sub.sqlite")
	must(t, "export", "--db", unit, "--period", "2019", "--out", sub)
	bad := filepath.Join(dir, "bad.sqlite")
	os.WriteFile(bad, []byte("PK\x03\x04 not a database"), 0o644)
	cmd := exec.Command(bin, "merge", "--db", leader, "--json", sub, bad)
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("merge: %v", err)
	}
	d := parseMerge(t, string(out))
	if d.Files[0].Status != "applied" || d.Files[1].Status != "rejected" {
		t.Errorf("%s", out)
	}
}

// --out names a folder unless it names a .sqlite file; a folder typed for
// the first time (a new one on a USB stick) is made.
func TestExportIntoANewFolder(t *testing.T) {
	db := demoDB(t)
	root := t.TempDir()
	must(t, "setup", "--db", db, "--unit", "TUYAN", "--out", filepath.Join(root, "mới", "tuyan.sqlite"))
	if _, err := os.Stat(filepath.Join(root, "mới", "tuyan.sqlite")); err != nil {
		t.Errorf("setup into a new folder: %v", err)
	}
	must(t, "export", "--db", db, "--period", "2019", "--out", filepath.Join(root, "USB mới"))
	if files, _ := filepath.Glob(filepath.Join(root, "USB mới", "TD-khoi-*.sqlite")); len(files) != 1 {
		t.Errorf("export into a new folder: %v", files)
	}
}

// A merge shows how far it has come on stderr when that is a terminal,
// and nothing with --json, which scripts read.
func TestMergeProgress(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	must(t, "export", "--db", leader, "--period", "2019", "--out", dir)
	blocs, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-2019-*.sqlite"))
	province := filepath.Join(t.TempDir(), "tinh.db")
	merge := func(args ...string) (string, string) {
		var out, errb bytes.Buffer
		err := run(context.Background(), append([]string{"merge", "--db", province, "--province"}, args...), stdio{
			in: strings.NewReader(""), out: &out, err: &errb, getenv: func(string) string { return "" }, errTerminal: true,
		})
		if code := exitCode(err); code > 1 {
			t.Fatalf("merge: %v\n%s", err, errb.String())
		}
		return out.String(), errb.String()
	}
	if _, errs := merge("--dry-run", blocs[0]); !strings.Contains(errs, "\rĐang kiểm tra tệp…") || !strings.Contains(errs, "1/1") {
		t.Errorf("no progress on a terminal: %q", errs)
	}
	if out, errs := merge("--json", blocs[0]); errs != "" || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Errorf("--json: stderr %q, stdout %q", errs, out)
	}
}
