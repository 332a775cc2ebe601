package model

import (
	"testing"
)

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
