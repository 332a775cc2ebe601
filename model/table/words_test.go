package table

import (
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// A rule in words reads back to the same rule: what the criteria screen
// shows can be typed again, and means what it says.
func TestRuleWordsReadBack(t *testing.T) {
	max := model.Whole(4)
	cases := []struct {
		rule string
		kind model.Kind
	}{
		{"binary", model.Standard},
		{"count each=0.5", model.Bonus},
		{"count each=0.5", model.Deduction},
		{"count each=0.25 down", model.Standard},
		{"target full=100 step=1 loss=0.5 zero=70", model.Standard},
		{"target full=100 step=5 loss=1", model.Standard},
		{"bands 100=4 95=3 90=2", model.Standard},
		{"ratio", model.Standard},
		{"excess from=100 step=1 gain=0.1", model.Bonus},
	}
	for _, c := range cases {
		r, err := model.ParseRule(c.rule)
		if err != nil {
			t.Fatal(err)
		}
		words := r.Words(i18n.VI, max)
		got := ReadRule("", words, max, c.kind)
		if got.Rule.String() != c.rule {
			t.Errorf("%s: «%s» reads back as %s (%v)", c.rule, words, got.Rule, got.Why)
		}
	}
}
