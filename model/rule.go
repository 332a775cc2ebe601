package model

import (
	"sort"
	"strings"

	"thidua/model/i18n"
)

// RuleKind says how a criterion turns what the officer knows into points
// (domain.md §2.2–2.3).
type RuleKind int

const (
	// RuleDirect: the officer types the points.
	RuleDirect RuleKind = iota
	// RuleBinary: achieved ("đạt") gives the maximum, not achieved 0.
	RuleBinary
	// RuleCount: a number of occurrences times points each ("0,5 điểm/lần"),
	// capped at the maximum; with Down, each occurrence takes points away
	// from the maximum instead, stopping at 0 ("mỗi hồ sơ trễ hạn trừ 0,25").
	RuleCount
	// RuleTarget: percent of an assigned target achieved; full marks from
	// Full percent, Loss points per whole Step percent short, 0 below Zero
	// ("đạt 100% trở lên: tối đa; cứ giảm 1% trừ 0,5 điểm; dưới 70%: 0").
	RuleTarget
	// RuleBands: percent achieved falls in a band with fixed points
	// ("100%: 4; từ 95%: 3; từ 90%: 2; dưới 90%: 0").
	RuleBands
	// RuleRatio: the maximum times the share achieved, capped at the maximum
	// ("tính theo tỷ lệ hoàn thành × 3").
	RuleRatio
	// RuleExcess: points for each whole Step percent above From percent,
	// capped at the maximum ("mỗi 1% vượt cộng 0,1 điểm, tối đa 1 điểm").
	RuleExcess
)

var ruleNames = [...]string{"direct", "binary", "count", "target", "bands", "ratio", "excess"}

// String returns the rule kind's name.
func (k RuleKind) String() string {
	if int(k) < len(ruleNames) {
		return ruleNames[k]
	}
	return "direct"
}

// Band is one band of a RuleBands rule: from Min percent upward, Points.
type Band struct {
	Min    Points // percent, in hundredths (95% = 9500)
	Points Points
}

// Rule is how a leaf criterion is scored. Percentages are held as Points
// (95,5% is 9550) so that they share the exact decimal arithmetic.
type Rule struct {
	Kind  RuleKind
	Each  Points // RuleCount: points per occurrence
	Down  bool   // RuleCount: occurrences are taken away from the maximum
	Full  Points // RuleTarget: percent at or above which the maximum is given
	Step  Points // RuleTarget, RuleExcess: percent per step
	Loss  Points // RuleTarget: points lost per whole step short
	Zero  Points // RuleTarget: below this percent the score is 0 (0: none)
	From  Points // RuleExcess: percent above which steps count
	Gain  Points // RuleExcess: points per whole step above From
	Bands []Band // RuleBands, highest Min first
}

// IsDirect reports whether the officer types points directly.
func (r Rule) IsDirect() bool { return r.Kind == RuleDirect }

// String returns the canonical text of the rule, as stored and hashed:
// "direct", "binary", "count each=0.5", "count each=0.25 down",
// "target full=100 step=1 loss=0.5 zero=70", "bands 100=4 95=3 90=2",
// "ratio", "excess from=100 step=1 gain=0.1".
func (r Rule) String() string {
	switch r.Kind {
	case RuleBinary, RuleRatio:
		return r.Kind.String()
	case RuleCount:
		s := "count each=" + r.Each.String()
		if r.Down {
			s += " down"
		}
		return s
	case RuleTarget:
		s := "target full=" + r.Full.String() + " step=" + r.Step.String() + " loss=" + r.Loss.String()
		if r.Zero > 0 {
			s += " zero=" + r.Zero.String()
		}
		return s
	case RuleBands:
		parts := []string{"bands"}
		for _, b := range r.Bands {
			parts = append(parts, b.Min.String()+"="+b.Points.String())
		}
		return strings.Join(parts, " ")
	case RuleExcess:
		return "excess from=" + r.From.String() + " step=" + r.Step.String() + " gain=" + r.Gain.String()
	}
	return "direct"
}

// ParseRule reads the text form written by String. Numbers may use a comma
// or a point as the decimal mark.
func ParseRule(s string) (Rule, error) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	bad := Errorf(ERuleText, quote(s))
	if len(f) == 0 || f[0] == "direct" {
		if len(f) > 1 {
			return Rule{}, bad
		}
		return Rule{}, nil
	}
	args := map[string]Points{}
	flags := map[string]bool{}
	var bands []Band
	for _, a := range f[1:] {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			flags[a] = true
			continue
		}
		p, err := ParsePoints(v)
		if err != nil {
			return Rule{}, bad
		}
		if f[0] == "bands" {
			m, err := ParsePoints(k)
			if err != nil {
				return Rule{}, bad
			}
			bands = append(bands, Band{Min: m, Points: p})
			continue
		}
		args[k] = p
	}
	r := Rule{}
	known := func(keys ...string) bool {
		for k := range args {
			if !contains(keys, k) {
				return false
			}
		}
		for k := range flags {
			if k != "down" || f[0] != "count" {
				return false
			}
		}
		return true
	}
	switch f[0] {
	case "binary":
		r.Kind = RuleBinary
	case "ratio":
		r.Kind = RuleRatio
	case "count":
		r = Rule{Kind: RuleCount, Each: args["each"], Down: flags["down"]}
		if !known("each") {
			return Rule{}, bad
		}
	case "target":
		r = Rule{Kind: RuleTarget, Full: args["full"], Step: args["step"], Loss: args["loss"], Zero: args["zero"]}
		if !known("full", "step", "loss", "zero") {
			return Rule{}, bad
		}
	case "excess":
		r = Rule{Kind: RuleExcess, From: args["from"], Step: args["step"], Gain: args["gain"]}
		if !known("from", "step", "gain") {
			return Rule{}, bad
		}
	case "bands":
		sort.SliceStable(bands, func(i, j int) bool { return bands[i].Min > bands[j].Min })
		r = Rule{Kind: RuleBands, Bands: bands}
		if len(flags) > 0 {
			return Rule{}, bad
		}
	default:
		return Rule{}, bad
	}
	if (r.Kind == RuleBinary || r.Kind == RuleRatio) && len(f) > 1 {
		return Rule{}, bad
	}
	return r, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Check reports why the rule cannot work for a criterion with maximum max.
func (r Rule) Check(max Points) error {
	bad := func() error { return Errorf(ERuleText, quote(r.String())) }
	switch r.Kind {
	case RuleCount:
		if r.Each <= 0 {
			return bad()
		}
	case RuleTarget:
		if r.Full <= 0 || r.Step <= 0 || r.Loss <= 0 || r.Zero < 0 || r.Zero > r.Full {
			return bad()
		}
	case RuleExcess:
		if r.Step <= 0 || r.Gain <= 0 || r.From < 0 {
			return bad()
		}
	case RuleBands:
		if len(r.Bands) == 0 {
			return bad()
		}
		for i, b := range r.Bands {
			if b.Points < 0 || b.Points > max || b.Min < 0 || (i > 0 && b.Min >= r.Bands[i-1].Min) {
				return bad()
			}
		}
	}
	return nil
}

// Describe explains the rule to the officer in language l: what to type and
// how it becomes points.
func (r Rule) Describe(l i18n.Lang, max Points) string { return r.text(l, "rule.", max) }

// text is the rule in the catalogue's messages under prefix: "rule." says
// what to type (Describe), "rule.words." what the table says (Words). Both
// sets take the same arguments.
func (r Rule) text(l i18n.Lang, prefix string, max Points) string {
	t := func(key string, args ...any) string { return i18n.T(l, prefix+key, args...) }
	switch r.Kind {
	case RuleBinary:
		return t("binary", max)
	case RuleCount:
		if r.Down {
			return t("count_down", r.Each, max)
		}
		return t("count", r.Each, max)
	case RuleTarget:
		s := t("target", r.Full, max, r.Step, r.Loss)
		if r.Zero > 0 {
			s += t("target_zero", r.Zero)
		}
		return s
	case RuleBands:
		parts := make([]string, len(r.Bands))
		for i, b := range r.Bands {
			parts[i] = t("band", b.Min, b.Points)
		}
		return t("bands", strings.Join(parts, "; "))
	case RuleRatio:
		return t("ratio", max)
	case RuleExcess:
		return t("excess", r.Gain, r.Step, r.From, max)
	}
	return t("direct", max)
}
