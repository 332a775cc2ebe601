package table

import (
	"strings"

	"thidua/model"
)

// Reading is how a criterion's scoring rule was decided on import.
type Reading struct {
	// Rule is the rule read (direct when none was).
	Rule model.Rule
	// Sentence is the guidance text the rule was read from.
	Sentence string
	// Why says why a guidance that speaks of points was left as points
	// typed directly; nil when it was read, or there was nothing to read.
	Why *model.Error
	// Typed marks a rule given in the file's own rule column (thidua's
	// export), not read from words.
	Typed bool
}

// Read reports whether a rule was read from words.
func (r Reading) Read() bool { return !r.Rule.IsDirect() && !r.Typed }

// ReadRule reads how a criterion is scored from its guidance (or, when the
// guidance says nothing about points, its title), for a criterion of kind
// with maximum max. It recognises the rules thidua computes: a target with
// steps, bands, a ratio, achieved or not, a count up or down, and
// over-achievement. Whatever fits two readings, contradicts the maximum or
// has a part it does not understand is left as points typed directly, with
// the reason.
func ReadRule(title, guidance string, max model.Points, kind model.Kind) Reading {
	if kind == model.Group || max <= 0 {
		return Reading{}
	}
	r := readText(guidance, title, max, kind)
	if r.Rule.IsDirect() && r.Why == nil && r.Sentence == "" {
		r = readText(titleGuide(title), title, max, kind)
	}
	return r
}

// titleGuide is the guidance a title holds: what it says in parentheses
// when that speaks of points ("Sinh hoạt định kỳ (đạt: 30 điểm; không đạt:
// 0 điểm)"), else the whole title.
func titleGuide(title string) string {
	var inner []string
	for _, m := range parenRE().FindAllString(title, -1) {
		m = strings.Trim(m, "() ")
		if len(clausesOf(m)) > 0 {
			inner = append(inner, m)
		}
	}
	if len(inner) == 0 {
		return title
	}
	return strings.Join(inner, "; ")
}

// reader decides a rule from the clauses of one guidance text. Each
// family of rules (rule_percent.go, rule_bands.go, rule_count.go) reads
// its own clauses and says why it leaves the criterion direct.
type reader struct {
	used     []clause // the clauses that speak of points
	by       map[clauseKind][]clause
	max      model.Points
	kind     model.Kind
	sentence string
}

// clausesOf reads the clauses of text that speak of points.
func clausesOf(text string) []clause {
	var used []clause
	for _, t := range splitClauses(text) {
		if c := parseClause(t); c.kind != cNone {
			used = append(used, c)
		}
	}
	return used
}

func readText(text, title string, max model.Points, kind model.Kind) Reading {
	used := clausesOf(text)
	if len(used) == 0 {
		return Reading{}
	}
	rd := &reader{used: used, by: map[clauseKind][]clause{}, max: max, kind: kind, sentence: joinText(used)}
	for _, c := range used {
		rd.by[c.kind] = append(rd.by[c.kind], c)
	}
	for _, c := range used {
		if c.points == -1 || c.pct == -1 || c.hi == -1 {
			return rd.direct(NRuleUnexplained, c.text)
		}
	}
	switch {
	case len(rd.by[cRefer]) > 0:
		return rd.direct(NRuleRefers, rd.by[cRefer][0].text)
	case len(rd.by[cRange]) > 0:
		return rd.direct(NRuleRange, rd.by[cRange][0].text)
	case len(rd.by[cOther]) > 0:
		c := rd.by[cOther][0]
		if c.down {
			return rd.direct(NRuleLevels, rd.sentence)
		}
		return rd.direct(NRuleUnexplained, c.text)
	}
	pctRule := len(rd.by[cStep])+len(rd.by[cBand])+len(rd.by[cBelow])+len(rd.by[cRatio])+len(rd.by[cExcess]) > 0
	if pctRule && rateRE().MatchString(fold(title)) {
		return rd.direct(NRuleRate, title)
	}
	switch {
	case len(rd.by[cExcess]) > 0:
		return rd.excess()
	case len(rd.by[cStep]) > 0:
		return rd.target()
	case len(rd.by[cRatio]) > 0:
		return rd.ratio()
	case len(rd.by[cBand])+len(rd.by[cBelow]) > 0 || len(rd.by[cFull]) > 1:
		return rd.bands()
	case len(rd.by[cCount]) > 0:
		return rd.count()
	}
	return rd.binary()
}

// direct leaves the criterion as points typed directly, saying why.
func (rd *reader) direct(code string, args ...any) Reading {
	return Reading{Sentence: rd.sentence, Why: model.Errorf(code, args...)}
}

// read takes rule r, unless it cannot work with the maximum.
func (rd *reader) read(r model.Rule) Reading {
	if err := r.Check(rd.max); err != nil {
		return rd.direct(NRuleContradicts, rd.sentence, rd.max)
	}
	return Reading{Rule: r, Sentence: rd.sentence}
}

// only returns the first clause not of one of kinds; ok when there is none.
func (rd *reader) only(kinds ...clauseKind) (clause, bool) {
	for _, c := range rd.used {
		ok := false
		for _, k := range kinds {
			ok = ok || c.kind == k
		}
		if !ok {
			return c, false
		}
	}
	return clause{}, true
}

// full reports whether a clause gives the full mark.
func (rd *reader) full(c clause) bool { return c.points == rd.max || c.points == -2 }

// binary reads points for a condition met, and perhaps nothing when it is
// not: achieved or not.
func (rd *reader) binary() Reading {
	if c, ok := rd.only(cYes, cFull, cNo, cCap, cFloor); !ok {
		return rd.direct(NRuleUnexplained, c.text)
	}
	yes := append(append([]clause{}, rd.by[cFull]...), rd.by[cYes]...)
	if len(yes) == 0 {
		return Reading{}
	}
	for _, c := range yes {
		if c.kind == cFull && c.pct != model.Whole(100) {
			return rd.direct(NRuleUnexplained, c.text)
		}
	}
	if len(yes) > 1 {
		return rd.direct(NRuleLevels, rd.sentence)
	}
	y := yes[0]
	if y.down && rd.kind == model.Standard {
		return rd.direct(NRuleUnexplained, y.text)
	}
	if !rd.full(y) {
		return rd.direct(NRuleContradicts, y.text, rd.max)
	}
	if len(rd.by[cNo]) == 0 && rd.kind == model.Standard {
		return rd.direct(NRuleOnlyFull, y.text)
	}
	return rd.read(model.Rule{Kind: model.RuleBinary})
}

// capOf returns the cap a reading states, in its clause or on its own.
func (rd *reader) capOf(c clause) model.Points {
	if c.hi > 0 {
		return c.hi
	}
	for _, x := range rd.by[cCap] {
		return x.points
	}
	return 0
}

func joinText(cls []clause) string {
	parts := make([]string, len(cls))
	for i, c := range cls {
		parts[i] = c.text
	}
	return strings.Join(parts, "; ")
}
