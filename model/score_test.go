package model

import (
	"testing"
)

// Typed scores are refused outside [0, max] or off the step, never clamped.
func TestValidatePoints(t *testing.T) {
	c := row("x", "", "I.1.1", Standard, "3")
	cases := []struct {
		in   string
		step string
		code string
	}{
		{"0", "0", ""}, // 0 is a score
		{"3", "0", ""},
		{"2,75", "0", ""},
		{"2,75", "0,25", ""},
		{"2,6", "0,25", EOffStep},
		{"2,5", "0,5", ""},
		{"3,01", "0", EAboveMax},
		{"-1", "0", ENegative},
	}
	for _, tc := range cases {
		p, _ := ParsePoints(tc.in)
		step, _ := ParsePoints(tc.step)
		if got := ErrorCode(ValidatePoints(c, p, step)); (tc.code == "" && got != EInternal) || (tc.code != "" && got != tc.code) {
			t.Errorf("ValidatePoints(%s, step %s) = %s, want %q", tc.in, tc.step, got, tc.code)
		}
	}
	g := row("g", "", "I", Group, "10")
	if ErrorCode(ValidatePoints(g, 0, 0)) != ENotScorable {
		t.Error("a group took a score")
	}
}

// The refusal names the limit, in both languages.
func TestAboveMaxMessageNamesTheLimit(t *testing.T) {
	c := row("x", "", "I.1.1", Standard, "3")
	err := ValidatePoints(c, 350, 0)
	vi := Message("vi", err)
	if vi != "Điểm 3,5 vượt điểm tối đa 3 của tiêu chí I.1.1. Hãy nhập từ 0 đến 3." {
		t.Errorf("vi = %q", vi)
	}
	if en := Message("en", err); en != "3.5 points is above the maximum of 3 for criterion I.1.1. Type a value from 0 to 3." {
		t.Errorf("en = %q", en)
	}
}

func mustRuleText(s string) Rule {
	r, err := ParseRule(s)
	if err != nil {
		panic(err)
	}
	return r
}

func TestEvaluate(t *testing.T) {
	direct := row("d", "", "1", Standard, "3")
	if p, canon, err := Evaluate(direct, "2,5", 25); err != nil || p != 250 || canon != "" {
		t.Errorf("direct = %v %q %v", p, canon, err)
	}
	if _, _, err := Evaluate(direct, "4", 0); ErrorCode(err) != EAboveMax {
		t.Errorf("direct over max: %v", err)
	}
	counted := row("c", "", "2", Deduction, "2")
	counted.Rule = Rule{Kind: RuleCount, Each: 50}
	// Typed and computed points obey one step: what a formula computes is
	// rounded down to it (3 × 0,5 = 1,5 → 1 with a step of 1).
	if p, canon, err := Evaluate(counted, "3", Whole(1)); err != nil || p != 100 || canon != "3" {
		t.Errorf("counted = %v %q %v", p, canon, err)
	}
	ratio := row("r", "", "3", Standard, "3")
	ratio.Rule = Rule{Kind: RuleRatio}
	target := row("t", "", "4", Standard, "3")
	target.Rule = mustRuleText("target full=100 step=1 loss=0.1")
	one := row("o", "", "5", Standard, "1")
	one.Rule = Rule{Kind: RuleRatio}
	for _, c := range []struct {
		c     Criterion
		input string
		step  Points
		want  Points
	}{
		{ratio, "96", 25, 275},  // 2,88 → 2,75
		{ratio, "96", 0, 288},   // no step: hundredths
		{ratio, "75", 25, 225},  // on the step already
		{target, "93", 25, 225}, // 3 − 0,7 = 2,3 → 2,25
		{target, "98", 50, 250}, // 2,8 → 2,5
		{one, "2/3", 0, 66},     // 0,666… → 0,66 (never more than earned)
		{one, "1/3", 25, 25},    // 0,333… → 0,25
		{one, "100", 25, 100},
	} {
		if p, _, err := Evaluate(c.c, c.input, c.step); err != nil || p != c.want {
			t.Errorf("%s %q step %v = %v %v, want %v", c.c.Rule, c.input, c.step, p, err, c.want)
		}
		// A typed value on the step is accepted, the computed one is on it.
		if c.step > 0 && c.want%c.step != 0 {
			t.Errorf("%v off the step %v", c.want, c.step)
		}
	}
	// A file made before the rule (computed to the hundredth) stays valid;
	// one made now too; anything else is refused.
	for _, p := range []Points{288, 275} {
		if err := CheckFileScore(ratio, p, "96%", 25); err != nil {
			t.Errorf("file score %v: %v", p, err)
		}
	}
	if err := CheckFileScore(ratio, 250, "96%", 25); ErrorCode(err) != EFileScoreInput {
		t.Errorf("a wrong computed score passed: %v", err)
	}
	if _, _, err := Evaluate(row("g", "", "I", Group, "5"), "1", 0); ErrorCode(err) != ENotScorable {
		t.Errorf("group: %v", err)
	}
}

// A reviewer types only the scores they change; the rest stand.
func TestLayersEffective(t *testing.T) {
	var l Layers
	if l.Top() != StageSelf || l.Has(StageSelf) {
		t.Fatal("empty layers")
	}
	l.Set(StageSelf, "a", 300)
	l.Set(StageSelf, "b", 200)
	l.Set(StageBloc, "b", 150)
	if l.Top() != StageBloc {
		t.Errorf("Top = %v", l.Top())
	}
	self, bloc := l.Effective(StageSelf), l.Effective(StageBloc)
	if self["b"] != 200 || bloc["b"] != 150 || bloc["a"] != 300 {
		t.Errorf("self %v bloc %v", self, bloc)
	}
	l.Set(StageProvince, "a", 250)
	if p := l.Effective(StageProvince); p["a"] != 250 || p["b"] != 150 {
		t.Errorf("province %v", p)
	}
}

func TestParseStage(t *testing.T) {
	for in, want := range map[string]Stage{"self": StageSelf, "Tự chấm": StageSelf, "bloc": StageBloc, "khối": StageBloc, "province": StageProvince} {
		if got, err := ParseStage(in); err != nil || got != want {
			t.Errorf("ParseStage(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseStage("xyz"); ErrorCode(err) != EStageUnknown {
		t.Errorf("unknown stage: %v", err)
	}
}

func TestNeedsReason(t *testing.T) {
	held := func(m map[Stage]Points) func(Stage) (Points, bool) {
		return func(s Stage) (Points, bool) { p, ok := m[s]; return p, ok }
	}
	for _, c := range []struct {
		name  string
		stage Stage
		p     Points
		rows  map[Stage]Points
		want  bool
	}{
		{"self never", StageSelf, 500, map[Stage]Points{}, false},
		{"bloc, nothing below", StageBloc, 500, map[Stage]Points{}, false},
		{"bloc, same as self", StageBloc, 500, map[Stage]Points{StageSelf: 500}, false},
		{"bloc, differs from self", StageBloc, 450, map[Stage]Points{StageSelf: 500}, true},
		{"province, same as bloc", StageProvince, 450, map[Stage]Points{StageSelf: 500, StageBloc: 450}, false},
		{"province, differs from bloc", StageProvince, 500, map[Stage]Points{StageSelf: 500, StageBloc: 450}, true},
		{"province, bloc kept self", StageProvince, 400, map[Stage]Points{StageSelf: 500}, true},
	} {
		if got := NeedsReason(c.stage, c.p, held(c.rows)); got != c.want {
			t.Errorf("%s: NeedsReason = %v", c.name, got)
		}
	}
}
