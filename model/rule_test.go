package model

import (
	"strings"
	"testing"

	"thidua/model/i18n"
)

func mustRule(t *testing.T, s string) Rule {
	t.Helper()
	r, err := ParseRule(s)
	if err != nil {
		t.Fatalf("ParseRule(%q): %v", s, err)
	}
	return r
}

// The officer types what they know; the rule computes the points.
func TestRuleScore(t *testing.T) {
	cases := []struct {
		rule, max, input string
		want             string // points, or an error code
		canon            string
	}{
		// Direct: the typed points, validated elsewhere.
		{"direct", "3", "2,5", "2.5", ""},
		// Achieved / not achieved.
		{"binary", "2", "1", "2", "1"},
		{"binary", "2", "đạt", "2", "1"},
		{"binary", "2", "Không đạt", "0", "0"},
		{"binary", "2", "có lẽ", EBadInput, ""},
		// Per occurrence, capped at the maximum: "1 điểm/mô hình, tối đa 2 điểm".
		{"count each=1", "2", "1", "1", "1"},
		{"count each=1", "2", "5", "2", "5"},
		{"count each=0.5", "2", "3", "1.5", "3"},
		{"count each=0.5", "2", "1,5", ECountNotWhole, ""},
		{"count each=0.5", "2", "-1", ENegative, ""},
		// Per occurrence taken off the maximum: "mỗi hồ sơ trễ hạn trừ 0,25 điểm".
		{"count each=0.25 down", "3", "0", "3", "0"},
		{"count each=0.25 down", "3", "3", "2.25", "3"},
		{"count each=0.25 down", "3", "40", "0", "40"}, // "trừ đến hết điểm của tiêu chí"
		// Against a target: "Đạt 100%: 3 điểm; cứ giảm 1% trừ 0,1 điểm; dưới 70%: 0".
		{"target full=100 step=1 loss=0.1 zero=70", "3", "100", "3", "100%"},
		{"target full=100 step=1 loss=0.1 zero=70", "3", "112,5%", "3", "112.5%"},
		{"target full=100 step=1 loss=0.1 zero=70", "3", "96", "2.6", "96%"},
		{"target full=100 step=1 loss=0.1 zero=70", "3", "95,5", "2.6", "95.5%"}, // 4 whole steps short
		{"target full=100 step=1 loss=0.1 zero=70", "3", "70", "0", "70%"},       // 30 steps × 0.1 = 3
		{"target full=100 step=1 loss=0.1 zero=70", "3", "69,99", "0", "69.99%"},
		{"target full=100 step=1 loss=0.1 zero=70", "3", "1170/1300", "2", "1170/1300"}, // 90%
		{"target full=100 step=1 loss=0.1 zero=70", "3", "5/0", ETargetZero, ""},
		{"target full=100 step=1 loss=0.1 zero=70", "3", "-5", EPercentInvalid, ""},
		// Bands: "100%: 4; từ 95%: 3; từ 90%: 2; dưới 90%: 0".
		{"bands 100=4 95=3 90=2", "4", "100", "4", "100%"},
		{"bands 100=4 95=3 90=2", "4", "99,99", "3", "99.99%"},
		{"bands 90=2 100=4 95=3", "4", "95", "3", "95%"}, // order of writing does not matter
		{"bands 100=4 95=3 90=2", "4", "89", "0", "89%"},
		// Ratio: "tính theo tỷ lệ hoàn thành × 3", rounded half away from zero.
		{"ratio", "3", "85", "2.55", "85%"},
		{"ratio", "3", "2/3", "2", "2/3"}, // two thirds of the target: 3 × 2/3
		{"ratio", "3", "200/300", "2", "200/300"},
		{"ratio", "3", "120", "3", "120%"},
		{"ratio", "2", "33,33", "0.67", "33.33%"}, // 0.6666 → 0.67
		// Over-achievement: "mỗi 1% vượt cộng 0,1 điểm, tối đa không quá 1 điểm".
		{"excess from=100 step=1 gain=0.1", "1", "104,5", "0.4", "104.5%"},
		{"excess from=100 step=1 gain=0.1", "1", "150", "1", "150%"},
		{"excess from=100 step=1 gain=0.1", "1", "90", "0", "90%"},
	}
	for _, c := range cases {
		r := mustRule(t, c.rule)
		max, _ := ParsePoints(c.max)
		got, canon, err := r.Score(c.input, max)
		if err != nil {
			if ErrorCode(err) != c.want {
				t.Errorf("%s / %s: error %v, want %s", c.rule, c.input, err, c.want)
			}
			continue
		}
		if got.String() != c.want || canon != c.canon {
			t.Errorf("%s / %s = %v (%q), want %s (%q)", c.rule, c.input, got, canon, c.want, c.canon)
		}
	}
}

func TestRuleTextRoundTrip(t *testing.T) {
	for _, s := range []string{
		"direct", "binary", "ratio", "count each=0.5", "count each=0.25 down",
		"target full=100 step=1 loss=0.5 zero=70", "target full=100 step=5 loss=0.5",
		"bands 100=4 95=3 90=2", "excess from=100 step=1 gain=0.1",
	} {
		if got := mustRule(t, s).String(); got != s {
			t.Errorf("round trip %q = %q", s, got)
		}
	}
	if got := mustRule(t, "count each=0,5").String(); got != "count each=0.5" {
		t.Errorf("comma decimals in rules: %q", got)
	}
	if got := mustRule(t, "").String(); got != "direct" {
		t.Errorf("empty rule = %q", got)
	}
	for _, s := range []string{"magic", "count", "count each=x", "count per=1", "binary 3", "target full=100 step=1 loss=0.5 extra=1", "bands down"} {
		if r, err := ParseRule(s); err == nil && r.Check(Whole(10)) == nil {
			t.Errorf("ParseRule(%q) accepted: %v", s, r)
		}
	}
}

func TestRuleDescribe(t *testing.T) {
	r := mustRule(t, "target full=100 step=1 loss=0.5 zero=70")
	vi := r.Describe(i18n.VI, Whole(3))
	for _, want := range []string{"100%", "3 điểm", "trừ 0,5", "dưới 70%"} {
		if !strings.Contains(vi, want) {
			t.Errorf("Describe vi = %q, missing %q", vi, want)
		}
	}
	en := mustRule(t, "count each=0.5").Describe(i18n.EN, Whole(2))
	if !strings.Contains(en, "0.5 points each") {
		t.Errorf("Describe en = %q", en)
	}
	if strings.Contains(vi+en, "%!") {
		t.Errorf("format error in %q / %q", vi, en)
	}
}
