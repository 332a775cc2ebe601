package model

import (
	"cmp"
	"slices"
)

// History is each unit's total and rank in every period the database
// holds, oldest period first (history at a glance: how a unit did against
// last year, and where it lost points against the bloc).
type History struct {
	Periods []Period
	// Units maps a unit's id to its place in each period, in the order of
	// Periods.
	Units map[string][]HistoryPoint
}

// HistoryPoint is a unit's place in one period.
type HistoryPoint struct {
	Total  Points
	Rank   int  // 0: not ranked
	Tied   bool // shares its rank
	Scored bool // the unit has scores in the period (a sheet, or the bloc's review)
	// Shortfalls are the criteria where the unit lost the most points
	// against the bloc's average, most first.
	Shortfalls []Shortfall
}

// Shortfall is a criterion where a unit got fewer points than the bloc's
// average (or was docked more, for a deduction).
type Shortfall struct {
	CriterionID string
	Code, Title string
	Unit        Points // what counted for the unit (a deduction as a negative)
	Average     Points // the bloc's average, the same way
	Lost        Points // Average − Unit, above 0
}

// maxShortfalls is how many shortfalls a history keeps per unit and period.
const maxShortfalls = 3

// BuildHistory gathers each unit's total, rank and shortfalls over the
// periods' results, given oldest first. A unit missing from a period (not
// yet a member) has a zero point there, not Scored. The bloc's averages
// are worked out once a period: the time grows with units × criteria.
func BuildHistory(results []PeriodResult) History {
	h := History{Units: map[string][]HistoryPoint{}}
	for i, r := range results {
		h.Periods = append(h.Periods, r.Period)
		for id := range r.Units {
			if _, ok := h.Units[id]; !ok {
				h.Units[id] = make([]HistoryPoint, len(results))
			}
		}
		avg := averages(r)
		for _, p := range r.Ranking.All() {
			if _, ok := h.Units[p.UnitID]; !ok {
				h.Units[p.UnitID] = make([]HistoryPoint, len(results))
			}
			h.Units[p.UnitID][i] = HistoryPoint{Total: p.Totals.Total, Rank: p.Rank, Tied: p.Tied, Scored: scored(p.Totals),
				Shortfalls: shortfalls(r, avg, p, maxShortfalls)}
		}
	}
	return h
}

// scored reports whether totals hold any score.
func scored(t Totals) bool { return t.Scorable > len(t.Missing) }

// Shortfalls lists at most n criteria where a unit lost the most points
// against the average of the units scored in the period, most first (ties
// in table order). A standard or bonus criterion counts its points, a
// deduction its points taken away as a negative: a unit docked more than
// the others lost there. A unit without scores, or alone with scores, has
// none.
func Shortfalls(r PeriodResult, unitID string, n int) []Shortfall {
	for _, p := range r.Ranking.All() {
		if p.UnitID == unitID {
			return shortfalls(r, averages(r), p, n)
		}
	}
	return nil
}

// averages are the bloc's average of each leaf over the units scored in
// the period, the way shortfalls count them; nil when fewer than two units
// have scores (there is nothing to compare with).
func averages(r PeriodResult) map[string]Points {
	if r.Tree == nil {
		return nil
	}
	var scoredUnits []Position
	for _, p := range r.Ranking.All() {
		if scored(p.Totals) {
			scoredUnits = append(scoredUnits, p)
		}
	}
	if len(scoredUnits) < 2 {
		return nil
	}
	out := map[string]Points{}
	for _, c := range r.Tree.Leaves() {
		var sum Points
		for _, p := range scoredUnits {
			sum += counted(r.Tree, c, p.Totals)
		}
		out[c.ID] = divRound(sum, Points(len(scoredUnits)))
	}
	return out
}

// counted is what a leaf counts for a unit: its points, a deduction's as a
// negative.
func counted(t *Tree, c Criterion, totals Totals) Points {
	if c.Kind == Deduction || t.Section(c.ID) == Deduction {
		return -totals.Value[c.ID]
	}
	return totals.Value[c.ID]
}

// shortfalls are a unit's n largest losses against the averages avg.
func shortfalls(r PeriodResult, avg map[string]Points, p Position, n int) []Shortfall {
	if avg == nil || !scored(p.Totals) {
		return nil
	}
	var out []Shortfall
	for _, c := range r.Tree.Leaves() {
		v := counted(r.Tree, c, p.Totals)
		if lost := avg[c.ID] - v; lost > 0 {
			out = append(out, Shortfall{CriterionID: c.ID, Code: c.Code, Title: c.Title, Unit: v, Average: avg[c.ID], Lost: lost})
		}
	}
	slices.SortStableFunc(out, func(a, b Shortfall) int { return cmp.Compare(b.Lost, a.Lost) })
	return out[:min(n, len(out))]
}

// PreviousPeriod is the period to compare periodID with: the latest
// earlier period of the same kind (last year's year-end for a year-end),
// else the period just before it; periods are given oldest first.
func PreviousPeriod(periods []Period, periodID string) (Period, bool) {
	at := slices.IndexFunc(periods, func(p Period) bool { return p.ID == periodID })
	if at <= 0 {
		return Period{}, false
	}
	for i := at - 1; i >= 0; i-- {
		if periods[i].Kind == periods[at].Kind {
			return periods[i], true
		}
	}
	return periods[at-1], true
}

// divRound divides to the nearest hundredth, halves away from zero.
func divRound(sum, n Points) Points {
	if sum < 0 {
		return -divRound(-sum, n)
	}
	return (2*sum + n) / (2 * n)
}

// sparks are the eight heights of a sparkline, lowest first.
var sparks = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws a unit's totals over the periods as a line of small
// bars, one per period, on the scale lo..hi (the bloc's lowest and
// highest, so that units compare); a period without scores is a space.
func (h History) Sparkline(unitID string, lo, hi Points) string {
	out := make([]rune, 0, len(h.Periods))
	for _, p := range h.Units[unitID] {
		switch {
		case !p.Scored:
			out = append(out, ' ')
		case hi <= lo:
			out = append(out, sparks[len(sparks)-1])
		default:
			i := int((p.Total - lo) * Points(len(sparks)-1) / (hi - lo))
			out = append(out, sparks[max(0, min(len(sparks)-1, i))])
		}
	}
	return string(out)
}

// Range is the lowest and highest total any unit scored in any period.
func (h History) Range() (lo, hi Points) {
	first := true
	for _, points := range h.Units {
		for _, p := range points {
			if !p.Scored {
				continue
			}
			if first || p.Total < lo {
				lo = p.Total
			}
			if first || p.Total > hi {
				hi = p.Total
			}
			first = false
		}
	}
	return lo, hi
}

// Index is the position of a period in the history; -1 when it is not
// there.
func (h History) Index(periodID string) int {
	return slices.IndexFunc(h.Periods, func(p Period) bool { return p.ID == periodID })
}
