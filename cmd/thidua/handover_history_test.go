package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

// The incoming leader answers questions about last year as the outgoing
// one did: after the handover, the 2019 ranking, the history across the
// periods, the meeting's record (the minutes' data, the election) and
// the individuals proposed read the same at Đông Hòa as they did at Sông
// Cầu before it handed over.
func TestHandoverKeepsLastYear(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	donghoa := filepath.Join(dir, "donghoa.db")
	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "s1"), "--period", "2019")
	must(t, "join", "--db", donghoa, "--yes", globOne(t, filepath.Join(dir, "s1", "TD-thietlap-*-DONGHOA-*.sqlite")))
	season(t, leader, donghoa, "DONGHOA", "2019", dir, "II.1=2")
	asks := [][]string{
		{"rank", "--period", "2019"},
		{"rank", "--period", "2019", "--json"},
		{"rank", "--history"},
		{"meeting", "--period", "2019"},
		{"nominate", "--period", "2019"},
		{"nominate", "--period", "2019", "--json"},
	}
	before := make([]string, len(asks))
	for i, a := range asks {
		before[i] = must(t, append(a, "--db", leader)...)
	}
	ho := filepath.Join(dir, "bangiao.sqlite")
	if out := must(t, "handover", "--db", leader, "--to", "DONGHOA", "--out", ho); !regexp.MustCompile(`khối trưởng mới: \d{4}-`).MatchString(out) {
		t.Errorf("the new leader's key is not said: %s", out)
	}
	must(t, "join", "--db", donghoa, ho)
	for i, a := range asks {
		if got := must(t, append(a, "--db", donghoa)...); got != before[i] {
			t.Errorf("%v at the new leader:\n%s\nat the old one:\n%s", a, got, before[i])
		}
	}
}
