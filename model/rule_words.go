package model

import (
	"strings"

	"thidua/model/i18n"
)

// Words states the rule in one short sentence of language l, as a person
// reads it in a table ("đạt 100% chỉ tiêu trở lên: 3 điểm; cứ thiếu 1% trừ
// 0,1 điểm; dưới 70%: 0 điểm"), for a criterion with maximum max. Describe
// says instead what to type when scoring.
func (r Rule) Words(l i18n.Lang, max Points) string {
	switch r.Kind {
	case RuleBinary:
		return i18n.T(l, "rule.words.binary", max)
	case RuleCount:
		if r.Down {
			return i18n.T(l, "rule.words.count_down", max, r.Each)
		}
		return i18n.T(l, "rule.words.count", r.Each, max)
	case RuleTarget:
		s := i18n.T(l, "rule.words.target", r.Full, max, r.Step, r.Loss)
		if r.Zero > 0 {
			s += i18n.T(l, "rule.words.target_zero", r.Zero)
		}
		return s
	case RuleBands:
		parts := make([]string, len(r.Bands))
		for i, b := range r.Bands {
			parts[i] = i18n.T(l, "rule.words.band", b.Min, b.Points)
		}
		return i18n.T(l, "rule.words.bands", strings.Join(parts, "; "))
	case RuleRatio:
		return i18n.T(l, "rule.words.ratio", max)
	case RuleExcess:
		return i18n.T(l, "rule.words.excess", r.Gain, r.Step, r.From, max)
	}
	return i18n.T(l, "rule.words.direct", max)
}
