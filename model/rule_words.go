package model

import (
	"thidua/model/i18n"
)

// Words states the rule in one short sentence of language l, as a person
// reads it in a table ("đạt 100% chỉ tiêu trở lên: 3 điểm; cứ thiếu 1% trừ
// 0,1 điểm; dưới 70%: 0 điểm"), for a criterion with maximum max. Describe
// says instead what to type when scoring.
func (r Rule) Words(l i18n.Lang, max Points) string { return r.text(l, "rule.words.", max) }

// WordsFor states the rule as Words does, in the words of its kind of
// criterion: a deduction item's "có: trừ 5 điểm" or "trừ 2 điểm/lần", a
// bonus item's "cộng 3 điểm/lần", where "đạt: 5 điểm" would read as
// points earned.
func (r Rule) WordsFor(l i18n.Lang, max Points, kind Kind) string {
	switch {
	case kind == Deduction && r.Kind == RuleBinary:
		return i18n.T(l, "rule.words.binary_deduction", max)
	case kind == Deduction && r.Kind == RuleCount:
		return i18n.T(l, "rule.words.count_deduction", r.Each, max)
	case kind == Bonus && r.Kind == RuleBinary:
		return i18n.T(l, "rule.words.binary_bonus", max)
	case kind == Bonus && r.Kind == RuleCount:
		return i18n.T(l, "rule.words.count_bonus", r.Each, max)
	}
	return r.Words(l, max)
}
