package model

import (
	"math/big"
	"strings"
)

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
