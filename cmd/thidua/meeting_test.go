package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The meeting is recorded field by field from the command line (a flag not
// given keeps what was recorded), read back as text or JSON, refused whole
// when a value cannot be right, and printed in the minutes.
func TestMeetingCommand(t *testing.T) {
	db := demoDB(t)
	env := map[string]string{"THIDUA_DB": db}
	read := func() meetingJSON {
		t.Helper()
		out, errs, code := runCmd(t, env, "meeting", "--period", "2019", "--json")
		var m meetingJSON
		if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
			t.Fatalf("meeting --json: %d %q %q", code, out, errs)
		}
		return m
	}
	m := read()
	if m.Date != "2019-12-20" || m.Start != "08:00" || len(m.Present) != 9 || len(m.Absent) != 0 || m.NextLeader != "DONGHOA" ||
		m.LeaderVote == nil || *m.LeaderVote != (electionJSON{Issued: 9, Returned: 9, Valid: 9, For: 8, Share: "88.89"}) {
		t.Errorf("the demo's meeting = %+v", m)
	}
	out, errs, code := runCmd(t, env, "meeting", "--period", "2019", "--date", "19/12/2019", "--start", "7h30",
		"--absent", "SONGHINH:có lý do, họp HĐND huyện", "--absent", "tuyan", "--deputy", "none", "--place", "Hội trường  Tuy Hòa",
		"--leader-votes", "7 7 6 5")
	if code != 0 || !strings.Contains(out, "Đã ghi cuộc họp bình xét kỳ 2019.") || !strings.Contains(out, "19/12/2019") {
		t.Fatalf("record: %d %q %q", code, out, errs)
	}
	m = read()
	if m.Date != "2019-12-19" || m.Start != "07:30" || m.End != "11:30" || m.Place != "Hội trường Tuy Hòa" ||
		!slices.Equal(m.Present, []string{"DONGHOA", "DONGXUAN", "PHUHOA", "SONGCAU", "SONHOA", "TAYHOA", "TUYHOA"}) ||
		len(m.Absent) != 2 || m.Absent[0].Code != "SONGHINH" || m.Absent[0].Reason != "có lý do, họp HĐND huyện" ||
		m.NextLeader != "DONGHOA" || m.NextDeputy != "" || !strings.HasPrefix(m.Chair, "Ông Nguyễn Văn An") ||
		m.LeaderVote == nil || m.LeaderVote.Invalid != 1 || m.LeaderVote.For != 5 || m.DeputyVote != nil {
		t.Errorf("after the update = %+v", m)
	}
	before := digest(t, db)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--start", "25:00"}, 1, "Giờ «25:00» không đúng"},
		{[]string{"--date", "32/12/2019"}, 2, "ngày \"32/12/2019\" không đúng"},
		{[]string{"--leader", "XYZ"}, 1, "\"XYZ\" không phải đơn vị thành viên"},
		{[]string{"--deputy", "DONGHOA"}, 1, "không thể vừa là Khối trưởng vừa là Khối phó"},
		{[]string{"--start", "14:00", "--end", "8:00"}, 1, "không sau giờ bắt đầu"},
		{[]string{"--date", "2018-12-31"}, 1, "trước ngày bắt đầu kỳ thi đua"},
		{[]string{"extra"}, 2, "dùng: thidua meeting"},
		{[]string{"--leader-votes", "9/9/9/10"}, 1, "Số phiếu không khớp"},
		{[]string{"--leader-votes", "chín"}, 1, "gõ 4 số"},
		{[]string{"--deputy-votes", "9/9/9/5"}, 1, "chưa chọn đơn vị được bầu"},
	} {
		_, errs, code := runCmd(t, env, append([]string{"meeting", "--period", "2019"}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d %q, want %d %q", c.args, code, errs, c.code, c.want)
		}
	}
	if digest(t, db) != before {
		t.Error("a refused record changed the database")
	}
	// The minutes print what was recorded.
	path := filepath.Join(t.TempDir(), "biên bản.xlsx")
	out, errs, code = runCmd(t, env, "report", "--period", "2019", "--out", path, "--only", "minutes")
	if code != 0 || !strings.Contains(out, "Gồm các trang: Biên bản họp.") {
		t.Fatalf("report --only minutes: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Biên bản họp")
	var text strings.Builder
	for _, r := range rows {
		text.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, want := range []string{"Thời gian bắt đầu: 07 giờ 30, ngày 19 tháng 12 năm 2019.", "Địa điểm: Hội trường Tuy Hòa.",
		"- Vắng mặt 2 đơn vị: Sông Hinh (có lý do, họp HĐND huyện); Tuy An.",
		"đồng ý 5/6 phiếu hợp lệ, đạt 83,33%."} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	// English, and the meeting in the command list.
	out, _, _ = runCmd(t, env, "--lang", "en", "meeting", "--period", "2019")
	if !strings.Contains(out, "Absent:") || !strings.Contains(out, "SONGHINH (có lý do, họp HĐND huyện), TUYAN") ||
		!strings.Contains(out, "DONGHOA (5 of 6 valid ballots, 83.33%)") {
		t.Errorf("English read-out: %q", out)
	}
	if out, _, _ := runCmd(t, nil, "help"); !strings.Contains(out, "meeting") {
		t.Errorf("help lacks meeting: %s", out)
	}
}
