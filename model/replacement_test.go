package model

import (
	"strings"
	"testing"
	"time"
)

// A replacement holds together with the decisions beside it, or says why
// not; linked, both decisions read it.
func TestCheckReplacements(t *testing.T) {
	day := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	refused := Decision{UnitID: "A", Award: "BK", Outcome: NotAwarded, Number: "513/QĐ-UBND", Date: day}
	given := Decision{UnitID: "B", Award: "BK", Outcome: Awarded, Number: "513/QĐ-UBND", Date: day}
	r := Replacement{Unit: "A", Award: "BK", By: "B"}
	other := given
	other.Number = "514/QĐ-UBND"
	later := given
	later.Date = day.AddDate(0, 0, 1)
	accepted := refused
	accepted.Outcome = Awarded
	c := Decision{UnitID: "C", Award: "BK", Outcome: NotAwarded, Number: "513/QĐ-UBND", Date: day}
	for _, tc := range []struct {
		name string
		ds   []Decision
		rs   []Replacement
		want string
	}{
		{"one decision", []Decision{refused, given}, []Replacement{r}, ""},
		{"none", []Decision{refused}, nil, ""},
		{"itself", []Decision{refused, given}, []Replacement{{Unit: "A", Award: "BK", By: "A"}}, EReplaceSelf},
		{"proposed unit accepted", []Decision{accepted, given}, []Replacement{r}, EReplaceNotRefused},
		{"proposed unit undecided", []Decision{given}, []Replacement{r}, EReplaceNotRefused},
		{"other award", []Decision{refused, given}, []Replacement{{Unit: "A", Award: "CO", By: "B"}}, EReplaceNotRefused},
		{"other unit not awarded", []Decision{refused}, []Replacement{r}, EReplaceNotAwarded},
		{"two numbers", []Decision{refused, other}, []Replacement{r}, EReplaceTwoRefs},
		{"two dates", []Decision{refused, later}, []Replacement{r}, EReplaceTwoRefs},
		{"in two places", []Decision{refused, given, c}, []Replacement{r, {Unit: "C", Award: "BK", By: "B"}}, EReplaceTwice},
	} {
		err := CheckReplacements(tc.ds, tc.rs, func(id string) string { return "U-" + id })
		if ErrorCode(err) != tc.want && !(err == nil && tc.want == "") {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	ds := []Decision{refused, given}
	LinkReplacements(ds, Replacements([]Decision{refused, {UnitID: "B", Award: "BK", Replaces: "A"}}))
	if ds[0].ReplacedBy != "B" || ds[1].Replaces != "A" {
		t.Errorf("linked: %+v", ds)
	}
	codes := map[string]string{"A": "TUYAN", "B": "DONGHOA"}
	if s := DescribeDecision("vi", ds[0], nil, codes); !strings.Contains(s, "(thay bằng DONGHOA)") {
		t.Errorf("vi: %s", s)
	}
	if s := DescribeDecision("en", ds[1], nil, codes); !strings.Contains(s, "(in place of TUYAN)") {
		t.Errorf("en: %s", s)
	}
}
