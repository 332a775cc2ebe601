package model

import (
	"testing"
	"time"
)

func TestParseDecisionRef(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	good := []struct {
		in     string
		number string
		date   time.Time
	}{
		{"Quyết định số 512/QĐ-UBND ngày 20/01/2020", "512/QĐ-UBND", day(2020, 1, 20)},
		{"số 512/QĐ-UBND ngày 20 tháng 01 năm 2020", "512/QĐ-UBND", day(2020, 1, 20)},
		{"QĐ số 12/2020/QĐ-UBND, ngày 5/2/2021", "12/2020/QĐ-UBND", day(2021, 2, 5)},
		{"No. 512/QD-UBND 2020-01-20", "512/QD-UBND", day(2020, 1, 20)},
		{"  Quyết định số 7/QĐ-UBND ngày 29.02.2024 ", "7/QĐ-UBND", day(2024, 2, 29)},
	}
	for _, c := range good {
		n, d, err := ParseDecisionRef(c.in)
		if err != nil || n != c.number || !d.Equal(c.date) {
			t.Errorf("%q = %q %v %v; want %q %v", c.in, n, d, err, c.number, c.date)
		}
	}
	for _, in := range []string{"", "Quyết định ngày 20/01/2020", "số 512/QĐ-UBND", "số 512/QĐ-UBND ngày 31/02/2020",
		"số 512/QĐ-UBND ngày 20/13/2020", "số abc ngày 20/01/2020", "số 1 ngày 01/01/1900"} {
		if n, d, err := ParseDecisionRef(in); ErrorCode(err) != EDecisionRef {
			t.Errorf("%q = %q %v %v; want refused", in, n, d, err)
		}
	}
}

func TestCheckQuota(t *testing.T) {
	rules := []AwardRule{{Code: "CO", Name: "Cờ", Quota: 1}, {Code: "BK", Name: "Bằng khen", Quota: 2}}
	cases := []struct {
		name string
		ds   []Decision
		ok   bool
	}{
		{"none", nil, true},
		{"one flag", []Decision{{UnitID: "a", Award: "CO"}}, true},
		{"two flags", []Decision{{UnitID: "a", Award: "CO"}, {UnitID: "b", Award: "CO"}}, false},
		{"a refusal does not count", []Decision{{UnitID: "a", Award: "CO"}, {UnitID: "b", Award: "CO", Outcome: NotAwarded}}, true},
		{"a downgrade counts for the award given", []Decision{{UnitID: "a", Award: "CO", Outcome: Downgraded, DowngradedTo: "BK"},
			{UnitID: "b", Award: "BK"}, {UnitID: "c", Award: "BK"}}, false},
	}
	for _, c := range cases {
		err := CheckQuota(rules, c.ds)
		if (err == nil) != c.ok || (err != nil && ErrorCode(err) != EDecisionQuota) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
