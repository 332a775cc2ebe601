package main

import (
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// provinceDB is a province that merged the demo bloc's file for 2019 and
// accepted its leader's key.
func provinceDB(t *testing.T) string {
	t.Helper()
	leader := demoDB(t)
	dir := t.TempDir()
	bloc, province := filepath.Join(dir, "khoi.sqlite"), filepath.Join(dir, "tỉnh.db")
	must(t, "export", "--db", leader, "--period", "2019", "--out", bloc)
	if _, errs, code := runCmd(t, nil, "merge", "--db", province, "--province", bloc); code != 1 {
		t.Fatalf("the first bloc file is held for the leader's key: %d %s", code, errs)
	}
	must(t, "hold", "--db", province, "accept", "1")
	return province
}

type provinceRank struct {
	Period string
	Blocs  []struct {
		BlocCode  string `json:"bloc_code"`
		Stage     string
		StageNote string `json:"stage_note"`
		Units     []struct {
			Code, Stage, Proposal string
			Total                 json.Number
			Decisions             []string
		}
	}
}

func rankOf(t *testing.T, db string, args ...string) provinceRank {
	t.Helper()
	var r provinceRank
	out := must(t, append([]string{"rank", "--db", db, "--json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("rank --json: %v\n%s", err, out)
	}
	return r
}

// The province's commands answer on its database, a bloc a section, where
// they answered "the database has no bloc yet".
func TestProvinceReadCommands(t *testing.T) {
	db := provinceDB(t)
	r := rankOf(t, db, "--period", "2019")
	if len(r.Blocs) != 1 || r.Blocs[0].BlocCode != "PY-LDTBXH" || len(r.Blocs[0].Units) != 9 || r.Blocs[0].Stage != "bloc" ||
		!strings.Contains(r.Blocs[0].StageNote, "khối chấm 3") {
		t.Fatalf("rank: %+v", r)
	}
	if one := rankOf(t, db, "--bloc", "py-ldtbxh"); len(one.Blocs) != 1 {
		t.Errorf("--bloc: %+v", one)
	}
	out := must(t, "rank", "--db", db)
	if !strings.Contains(out, "Khối thi đua các Phòng Lao động") || !strings.Contains(out, "TUYHOA") {
		t.Errorf("rank: %s", out)
	}
	for _, args := range [][]string{{"units"}, {"inbox"}, {"units", "--json"}, {"inbox", "--json"}} {
		out := must(t, append(args, "--db", db)...)
		if !strings.Contains(out, "PY-LDTBXH") || !strings.Contains(out, "SONGHINH") {
			t.Errorf("%v: %s", args, out)
		}
	}
	var inbox struct {
		Blocs []struct {
			Bloc, Leader, State, Receipt, Key string
			Units                             []struct{ Code string }
		}
	}
	if err := json.Unmarshal([]byte(must(t, "inbox", "--db", db, "--json")), &inbox); err != nil || len(inbox.Blocs) != 1 ||
		inbox.Blocs[0].Leader != "SONGCAU" || inbox.Blocs[0].State != "merged" || inbox.Blocs[0].Receipt == "" ||
		inbox.Blocs[0].Key != "phone" || len(inbox.Blocs[0].Units) != 9 {
		t.Errorf("inbox --json: %v %+v", err, inbox)
	}
	for _, args := range [][]string{{"rank", "--bloc", "KHAC"}, {"units", "--bloc", "KHAC"}, {"inbox", "--bloc", "KHAC"}} {
		if _, errs, code := runCmd(t, nil, append(args, "--db", db)...); code != 1 || !strings.Contains(errs, "Không có khối nào mã KHAC") {
			t.Errorf("%v: %d %s", args, code, errs)
		}
	}
	if _, errs, code := runCmd(t, nil, "rank", "--db", db, "--period", "2030"); code != 1 || errs == "" {
		t.Errorf("an unknown period: %d %s", code, errs)
	}
}

// The province reviews a score: a difference from the bloc's needs a
// reason, the ranking then uses the province stage for that unit and says
// so; the province cannot write the bloc's stage.
func TestProvinceReview(t *testing.T) {
	db := provinceDB(t)
	if _, errs, code := runCmd(t, nil, "score", "--db", db, "--period", "2019", "--unit", "TUYHOA", "--stage", "province",
		"I.1.1=5"); code != 1 || !strings.Contains(errs, "tỉnh thẩm định khác điểm của vòng dưới") {
		t.Errorf("no reason: %d %s", code, errs)
	}
	if _, errs, code := runCmd(t, nil, "score", "--db", db, "--period", "2019", "--unit", "TUYHOA", "--stage", "bloc",
		"--reason", "x", "I.1.1=5"); code != 1 || !strings.Contains(errs, "Tỉnh không được ghi điểm khối chấm") {
		t.Errorf("the bloc's stage: %d %s", code, errs)
	}
	must(t, "score", "--db", db, "--period", "2019", "--bloc", "PY-LDTBXH", "--unit", "TUYHOA", "--stage", "province",
		"--reason", "Thiếu minh chứng hội nghị", "I.1.1=5")
	r := rankOf(t, db)
	b := r.Blocs[0]
	if b.Stage != "province" || !strings.Contains(b.StageNote, "tỉnh thẩm định 1") {
		t.Errorf("stage: %s %s", b.Stage, b.StageNote)
	}
	for _, u := range b.Units {
		if (u.Code == "TUYHOA") != (u.Stage == "province") {
			t.Errorf("%s ranks on %s", u.Code, u.Stage)
		}
	}
	var inbox struct{ Blocs []struct{ State string } }
	if err := json.Unmarshal([]byte(must(t, "inbox", "--db", db, "--json")), &inbox); err != nil || inbox.Blocs[0].State != "reviewed" {
		t.Errorf("the board: %v %+v", err, inbox)
	}
}

// The province decides on proposals: accept, give to another unit, refuse;
// a unit not proposed, an unreadable reference and a replacement that is
// the same unit are refused; every decision is in the audit.
func TestProvinceDecides(t *testing.T) {
	db := provinceDB(t)
	decide := func(args ...string) (string, string, int) {
		return runCmd(t, nil, append([]string{"decide", "--db", db, "--period", "2019", "--bloc", "PY-LDTBXH"}, args...)...)
	}
	ref := "Quyết định số 512/QĐ-UBND ngày 20/01/2020"
	if out, errs, code := decide("--award", "CO", "--unit", "SONGCAU", "--decision", ref); code != 0 ||
		!strings.Contains(out, "SONGCAU: Cờ thi đua của UBND tỉnh: được khen thưởng — Quyết định số 512/QĐ-UBND ngày 20/01/2020") {
		t.Fatalf("accept: %d %s %s", code, out, errs)
	}
	if out, errs, code := decide("--award", "BK", "--unit", "PHUHOA", "--replace", "DONGHOA", "--decision",
		"số 513/QĐ-UBND ngày 21 tháng 01 năm 2020"); code != 0 || !strings.Contains(out, "(thay cho PHUHOA)") ||
		!strings.Contains(out, "PHUHOA: Bằng khen của Chủ tịch UBND tỉnh: không được khen thưởng") {
		t.Fatalf("replace: %d %s %s", code, out, errs)
	}
	if out, errs, code := decide("--award", "BK", "--unit", "TUYHOA", "--refuse"); code != 0 || !strings.Contains(out, "không được khen thưởng") {
		t.Fatalf("refuse: %d %s %s", code, out, errs)
	}
	for _, c := range []struct {
		args []string
		want string
		code int
	}{
		{[]string{"--award", "CO", "--unit", "TUYAN", "--decision", ref}, "TUYAN không được khối đề nghị CO", 1},
		{[]string{"--award", "CO", "--unit", "SONGCAU", "--decision", "số 512"}, "thiếu ngày ký", 1},
		{[]string{"--award", "CO", "--unit", "SONGCAU", "--replace", "SONGCAU", "--decision", ref}, "một đơn vị khác", 1},
		{[]string{"--award", "CO", "--unit", "SONGCAU", "--replace", "TUYAN", "--refuse"}, "không cả hai", 2},
		{[]string{"--award", "XX", "--unit", "SONGCAU", "--decision", ref}, "XX", 1},
		{[]string{"--unit", "SONGCAU"}, "--award", 2},
	} {
		if _, errs, code := decide(c.args...); code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: %d %s", c.args, code, errs)
		}
	}
	r := rankOf(t, db)
	got := map[string]string{}
	for _, u := range r.Blocs[0].Units {
		got[u.Code] = strings.Join(u.Decisions, "; ")
	}
	if !strings.Contains(got["DONGHOA"], "được khen thưởng (thay cho PHUHOA) — Quyết định số 513/QĐ-UBND ngày 21/01/2020") ||
		!strings.Contains(got["SONGCAU"], "512/QĐ-UBND") || !strings.Contains(got["TUYHOA"], "không được khen thưởng") {
		t.Errorf("decisions: %v", got)
	}
	conn, err := sql.Open("sqlite", db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow(`SELECT count(*) FROM audit WHERE new_value LIKE 'decision %'`).Scan(&n); err != nil || n != 4 {
		t.Errorf("audited decisions: %d %v", n, err)
	}
}

// The province's report is one workbook: the summary of every bloc (its
// ranking, proposals and the province's decisions), then each bloc's.
func TestProvinceReport(t *testing.T) {
	db := provinceDB(t)
	must(t, "decide", "--db", db, "--period", "2019", "--award", "CO", "--unit", "SONGCAU", "--decision",
		"Quyết định số 512/QĐ-UBND ngày 20/01/2020")
	out := filepath.Join(t.TempDir(), "tỉnh.xlsx")
	if got := must(t, "report", "--db", db, "--out", out, "--place", "Tuy Hòa"); !strings.Contains(got, "Tổng hợp các khối, PY-LDTBXH") {
		t.Errorf("report: %s", got)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != "Tổng hợp các khối|PY-LDTBXH" {
		t.Errorf("sheets: %v", got)
	}
	rows, err := f.GetRows("Tổng hợp các khối")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, r := range rows {
		all = append(all, strings.Join(r, " | "))
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA CỦA CÁC KHỐI", "Khối thi đua các Phòng Lao động",
		"1. Tuy Hòa (101,75)", "Sông Cầu: Cờ thi đua của UBND tỉnh: được khen thưởng — Quyết định số 512/QĐ-UBND ngày 20/01/2020",
		"Tuy Hòa, ngày"} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q:\n%s", want, text)
		}
	}
	one := filepath.Join(t.TempDir(), "khối.xlsx")
	if got := must(t, "report", "--db", db, "--bloc", "PY-LDTBXH", "--out", one); !strings.Contains(got, "Biên bản họp") {
		t.Errorf("one bloc's report: %s", got)
	}
}
