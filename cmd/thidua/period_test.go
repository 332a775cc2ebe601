package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A new year is started from the last on the command line: a year later,
// the same rules, a draft of the table; refused whole when the code is
// taken or the old period unknown, with the usage when a flag is missing.
func TestPeriodNewCommand(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	out, errs, code := runCmd(t, env, "period", "new", "--from", "2019", "--code", "2020", "--label", "Tổng kết năm 2020")
	if code != 0 || !strings.Contains(out, "Đã tạo kỳ 2020 «Tổng kết năm 2020» từ kỳ 2019.") ||
		!strings.Contains(out, "01/01/2020 – 31/12/2020") || !strings.Contains(out, "31/03/2020") {
		t.Fatalf("period new: %d %q %q", code, out, errs)
	}
	out, errs, code = runCmd(t, env, "period", "new", "--from", "2019-H1", "--code", "2020-h1", "--json")
	var doc periodJSON
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.Code != "2020-H1" || doc.Kind != "half_year" ||
		doc.Ends != "2020-06-30" || doc.From != "2019-H1" || doc.Draft == "" {
		t.Fatalf("period new --json: %d %q %q", code, out, errs)
	}
	// The new year ranks (nobody scored yet) and has the year's awards.
	if out, errs, code := runCmd(t, env, "rank", "--period", "2020", "--json"); code != 0 || !strings.Contains(out, `"period": "2020"`) {
		t.Errorf("rank 2020: %d %q %q", code, out, errs)
	}
	before := digest(t, db)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--from", "2019", "--code", "2020"}, 1, "Đã có kỳ thi đua mã 2020"},
		{[]string{"--from", "1999", "--code", "2000"}, 1, "1999"},
		{[]string{"--from", "2019"}, 2, "dùng: thidua period new"},
		{[]string{"--code", "2021"}, 2, "dùng: thidua period new"},
		{[]string{"--from", "2019", "--code", "2021", "extra"}, 2, "dùng: thidua period new"},
	} {
		_, errs, code := runCmd(t, env, append([]string{"period", "new"}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d %q, want %d %q", c.args, code, errs, c.code, c.want)
		}
	}
	if _, errs, code := runCmd(t, env, "period"); code != 2 || !strings.Contains(errs, "dùng: thidua period new") {
		t.Errorf("period alone: %d %q", code, errs)
	}
	if digest(t, db) != before {
		t.Error("a refused command changed the database")
	}
	if out, _, _ := runCmd(t, nil, "help"); !strings.Contains(out, "period") {
		t.Errorf("help lacks period: %s", out)
	}
}
