package model

import (
	"math/big"
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

// Score computes the points for what the officer typed under this rule and
// returns them with the canonical form of the input to store beside them
// ("" for direct points). Direct points are parsed but not range-checked
// here: ValidatePoints does that, so that a typed score over the maximum is
// refused, never clamped. A computed score is always within [0, max],
// because that is what the table's formula says; here it is rounded to
// hundredths, half away from zero, as thidua did before scores obeyed the
// bloc's step (files made then are checked against it). ScoreStep is the
// rule in force.
func (r Rule) Score(input string, max Points) (Points, string, error) {
	exact, canon, err := r.exact(input, max)
	if err != nil || exact == nil {
		return 0, canon, err
	}
	return RoundRat(exact), canon, nil
}

// ScoreStep is Score under the bloc's score step: a computed score is
// rounded down to the step (to the hundredth when the bloc sets none), so
// that a rule never gives a value that could not be typed, and never more
// than was earned. Direct points are returned as typed (ValidatePoints
// checks their step).
func (r Rule) ScoreStep(input string, max, step Points) (Points, string, error) {
	if r.Kind == RuleDirect {
		p, err := ParsePoints(input)
		return p, "", err
	}
	exact, canon, err := r.exact(input, max)
	if err != nil || exact == nil {
		return 0, canon, err
	}
	return FloorStep(exact, step), canon, nil
}

// exact computes a rule's score as an exact number; for direct points it
// returns the typed points.
func (r Rule) exact(input string, max Points) (*big.Rat, string, error) {
	switch r.Kind {
	case RuleDirect:
		p, err := ParsePoints(input)
		if err != nil {
			return nil, "", err
		}
		return p.Rat(), "", nil
	case RuleBinary:
		ok, err := parseAchieved(input)
		if err != nil {
			return nil, "", err
		}
		if ok {
			return max.Rat(), "1", nil
		}
		return new(big.Rat), "0", nil
	case RuleCount:
		n, err := ParsePoints(input)
		if err != nil {
			return nil, "", err
		}
		if n < 0 {
			return nil, "", Errorf(ENegative, n)
		}
		if n%PointsPerUnit != 0 {
			return nil, "", Errorf(ECountNotWhole, n)
		}
		count := int64(n / PointsPerUnit)
		p := Points(count) * r.Each
		if r.Down {
			p = max - p
		}
		return clamp(p, max).Rat(), (n).String(), nil
	}
	pct, canon, err := parsePercent(input)
	if err != nil {
		return nil, "", err
	}
	return clampRat(r.fromPercent(pct, max), max), canon, nil
}

// FloorStep rounds an exact, non-negative number of points down to a
// multiple of step (of a hundredth when step is 0).
func FloorStep(r *big.Rat, step Points) Points {
	if step <= 0 {
		step = 1
	}
	hundredths := new(big.Rat).Mul(r, big.NewRat(PointsPerUnit, 1))
	q := new(big.Int).Quo(hundredths.Num(), new(big.Int).Mul(hundredths.Denom(), big.NewInt(int64(step))))
	return Points(q.Int64()) * step
}

// fromPercent applies a percent-based rule exactly; pct is in percent.
func (r Rule) fromPercent(pct *big.Rat, max Points) *big.Rat {
	ge := func(p Points) bool { return pct.Cmp(new(big.Rat).SetFrac64(int64(p), PointsPerUnit)) >= 0 }
	switch r.Kind {
	case RuleTarget:
		if ge(r.Full) {
			return max.Rat()
		}
		if r.Zero > 0 && !ge(r.Zero) {
			return new(big.Rat)
		}
		short := new(big.Rat).Sub(r.Full.Rat(), pct)
		steps := floorRat(new(big.Rat).Quo(short, r.Step.Rat()))
		return (max - Points(steps)*r.Loss).Rat()
	case RuleExcess:
		over := new(big.Rat).Sub(pct, r.From.Rat())
		if over.Sign() <= 0 {
			return new(big.Rat)
		}
		steps := floorRat(new(big.Rat).Quo(over, r.Step.Rat()))
		return (Points(steps) * r.Gain).Rat()
	case RuleBands:
		for _, b := range r.Bands {
			if ge(b.Min) {
				return b.Points.Rat()
			}
		}
		return new(big.Rat)
	case RuleRatio:
		share := new(big.Rat).Quo(pct, big.NewRat(100, 1))
		return new(big.Rat).Mul(max.Rat(), share)
	}
	return new(big.Rat)
}

func clampRat(r *big.Rat, max Points) *big.Rat {
	if r.Sign() < 0 {
		return new(big.Rat)
	}
	if r.Cmp(max.Rat()) > 0 {
		return max.Rat()
	}
	return r
}

func floorRat(r *big.Rat) int64 {
	q := new(big.Int).Quo(r.Num(), r.Denom()) // truncates toward zero; r ≥ 0 here
	return q.Int64()
}

func clamp(p, max Points) Points {
	if p < 0 {
		return 0
	}
	if p > max {
		return max
	}
	return p
}

// parseAchieved reads "đạt"/"không đạt" in the forms people type.
func parseAchieved(s string) (bool, error) {
	// What is stored first: folding is costly and a sheet holds hundreds.
	switch s {
	case "1":
		return true, nil
	case "0":
		return false, nil
	}
	switch Fold(s) {
	case "1", "d", "dat", "co", "x", "y", "yes", "achieved", "ok":
		return true, nil
	case "0", "k", "khong", "khong dat", "chua dat", "n", "no", "not achieved", "-":
		return false, nil
	}
	return false, Errorf(EBadInput, quote(s))
}

// parsePercent reads "96,5", "96,5%" or "1250/1300" (actual/target) as an
// exact percentage, with its canonical text.
func parsePercent(s string) (*big.Rat, string, error) {
	s = strings.TrimSpace(s)
	if a, t, ok := strings.Cut(s, "/"); ok {
		av, err := ParsePoints(a)
		if err != nil {
			return nil, "", err
		}
		tv, err := ParsePoints(t)
		if err != nil {
			return nil, "", err
		}
		if av < 0 || tv < 0 {
			return nil, "", Errorf(EPercentInvalid, quote(s))
		}
		if tv == 0 {
			return nil, "", Errorf(ETargetZero)
		}
		pct := new(big.Rat).Mul(new(big.Rat).SetFrac64(int64(av), int64(tv)), big.NewRat(100, 1))
		return pct, av.String() + "/" + tv.String(), nil
	}
	p, err := ParsePoints(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	if err != nil {
		return nil, "", err
	}
	if p < 0 || p > Whole(1000) {
		return nil, "", Errorf(EPercentInvalid, quote(s))
	}
	return p.Rat(), p.String() + "%", nil
}

// Describe explains the rule to the officer in language l: what to type and
// how it becomes points.
func (r Rule) Describe(l i18n.Lang, max Points) string {
	switch r.Kind {
	case RuleBinary:
		return i18n.T(l, "rule.binary", max)
	case RuleCount:
		if r.Down {
			return i18n.T(l, "rule.count_down", r.Each, max)
		}
		return i18n.T(l, "rule.count", r.Each, max)
	case RuleTarget:
		s := i18n.T(l, "rule.target", r.Full, max, r.Step, r.Loss)
		if r.Zero > 0 {
			s += i18n.T(l, "rule.target_zero", r.Zero)
		}
		return s
	case RuleBands:
		parts := make([]string, len(r.Bands))
		for i, b := range r.Bands {
			parts[i] = i18n.T(l, "rule.band", b.Min, b.Points)
		}
		return i18n.T(l, "rule.bands", strings.Join(parts, "; "))
	case RuleRatio:
		return i18n.T(l, "rule.ratio", max)
	case RuleExcess:
		return i18n.T(l, "rule.excess", r.Gain, r.Step, r.From, max)
	}
	return i18n.T(l, "rule.direct", max)
}
