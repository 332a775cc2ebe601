package model

import (
	"sort"
	"strings"
)

// TieKey is one measure a bloc may use to order units with equal totals.
type TieKey int

const (
	// TieStandard prefers the higher standard subtotal.
	TieStandard TieKey = iota
	// TieDeduction prefers fewer deduction points.
	TieDeduction
	// TieBonus prefers more bonus points.
	TieBonus
	// TieFullMarks prefers more standard criteria at full marks.
	TieFullMarks
	// TiePart prefers the higher subtotal of one part of the table (e.g.
	// "higher score in the professional-tasks part").
	TiePart
)

var tieKeyNames = [...]string{"standard", "deduction", "bonus", "full_marks", "part"}

// TieBreak is one step of a bloc's ordered tie-break list.
type TieBreak struct {
	Key  TieKey
	Part string // TiePart: criterion id of the part
	// Label is the part's code, for explanations; filled from the tree.
	Label string
}

// String returns the stored form: "standard", "deduction", "bonus",
// "full_marks" or "part:<criterion id>".
func (b TieBreak) String() string {
	if b.Key == TiePart {
		return "part:" + b.Part
	}
	return tieKeyNames[b.Key]
}

// DefaultTieBreaks is DESIGN's default: higher standard subtotal, fewer
// deduction points, more bonus points.
func DefaultTieBreaks() []TieBreak {
	return []TieBreak{{Key: TieStandard}, {Key: TieDeduction}, {Key: TieBonus}}
}

// ParseTieBreaks reads a comma-separated list such as
// "standard,deduction,bonus" or "part:I,full_marks". A part may be named by
// criterion id or by code when tree is given; tree may be nil.
func ParseTieBreaks(s string, tree *Tree) ([]TieBreak, error) {
	var out []TieBreak
	seen := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		var b TieBreak
		name, arg, _ := strings.Cut(f, ":")
		found := false
		for i, n := range tieKeyNames {
			if n == strings.ToLower(strings.TrimSpace(name)) {
				b.Key, found = TieKey(i), true
			}
		}
		if !found || (b.Key == TiePart) != (arg != "") {
			return nil, Errorf(ERuleBadTieBreak, quote(f))
		}
		if b.Key == TiePart {
			b.Part = strings.TrimSpace(arg)
			if tree != nil {
				c, ok := tree.Get(b.Part)
				if !ok {
					var err error
					if c, err = tree.Resolve(b.Part); err != nil {
						return nil, Errorf(ERuleBadTieBreak, quote(f))
					}
				}
				b.Part, b.Label = c.ID, tree.Label(c.ID)
			}
		}
		if seen[b.String()] {
			return nil, Errorf(ERuleBadTieBreak, quote(f))
		}
		seen[b.String()] = true
		out = append(out, b)
	}
	return out, nil
}

// FormatTieBreaks is the inverse of ParseTieBreaks.
func FormatTieBreaks(bs []TieBreak) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.String()
	}
	return strings.Join(parts, ",")
}

// Numbering is how ranks continue after a tie.
type Numbering int

const (
	// NumberingSkip is "1, 2, 2, 4": a shared rank uses up its places.
	NumberingSkip Numbering = iota
	// NumberingDense is "1, 2, 2, 3".
	NumberingDense
)

// String returns "skip" or "dense".
func (n Numbering) String() string {
	if n == NumberingDense {
		return "dense"
	}
	return "skip"
}

// ParseNumbering reads "skip" (1, 2, 2, 4) or "dense" (1, 2, 2, 3).
func ParseNumbering(s string) (Numbering, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "skip", "", "1224":
		return NumberingSkip, nil
	case "dense", "1223":
		return NumberingDense, nil
	}
	return NumberingSkip, Errorf(ERuleBadNumbering, quote(s))
}

// Candidate is a unit as it enters the ranking.
type Candidate struct {
	UnitID    string
	Code      string
	Name      string
	ShortName string
	Totals    Totals
	// Stage is the stage the totals come from (province > bloc > self).
	Stage Stage
	// Reviewed is false while the bloc has not reviewed the unit: it is
	// then ranked on its self-scores and the screen says so.
	Reviewed bool
	// VoteOrder is the meeting's recorded decision among units tied on
	// every measure: 1 comes first. 0 means no decision recorded.
	VoteOrder int
	// NotRanked, when set, says why the unit is listed last without a rank.
	NotRanked *Error
	// Flags are remarks shown beside the unit (e.g. the leader reviewed its
	// own unit).
	Flags []*Error
}

func (c *Candidate) sortName() string {
	if c.ShortName != "" {
		return c.ShortName
	}
	return c.Name
}

// ReasonKind says what decided the order of two adjacent units.
type ReasonKind int

const (
	// ByTotal: the totals differ.
	ByTotal ReasonKind = iota
	// ByTieBreak: equal totals, decided by a tie-break.
	ByTieBreak
	// ByVote: equal on every measure, decided by the meeting's vote.
	ByVote
	// Tied: equal on every measure and no vote recorded: a shared rank.
	Tied
)

// Reason explains why Upper is placed above (or level with) Lower.
type Reason struct {
	Kind         ReasonKind
	Upper, Lower string // unit codes
	TieBreak     TieBreak
	A, B         Points // the deciding values (upper's, lower's); counts as whole points
	Rank         int    // Tied: the shared rank
}

// Position is a unit's place in the result.
type Position struct {
	Candidate
	Rank int // 0 when not ranked
	Tied bool
	// Above explains the order against the unit just above; Below against
	// the unit just below. Either may be nil at the ends of the list.
	Above, Below *Reason
}

// Ranking is the ordered result for one period.
type Ranking struct {
	Ranked    []Position
	NotRanked []Position // in unit name order, each with its reason
}

// measure returns a candidate's value for a tie-break, oriented so that a
// larger value is better.
func measure(c *Candidate, b TieBreak) Points {
	switch b.Key {
	case TieStandard:
		return c.Totals.Standard
	case TieDeduction:
		return -c.Totals.Deduction
	case TieBonus:
		return c.Totals.Bonus
	case TieFullMarks:
		return Points(c.Totals.FullMarks)
	case TiePart:
		return c.Totals.Value[b.Part]
	}
	return 0
}

// compare orders two candidates: negative when a ranks above b. The reason
// says which measure decided.
func compare(a, b *Candidate, breaks []TieBreak) (int, Reason) {
	r := Reason{Upper: a.Code, Lower: b.Code}
	if a.Totals.Total != b.Totals.Total {
		r.Kind, r.A, r.B = ByTotal, a.Totals.Total, b.Totals.Total
		return sign(b.Totals.Total - a.Totals.Total), r
	}
	for _, tb := range breaks {
		ma, mb := measure(a, tb), measure(b, tb)
		if ma != mb {
			r.Kind, r.TieBreak = ByTieBreak, tb
			r.A, r.B = ma, mb
			if tb.Key == TieDeduction {
				r.A, r.B = -ma, -mb
			}
			return sign(mb - ma), r
		}
	}
	if a.VoteOrder > 0 && b.VoteOrder > 0 && a.VoteOrder != b.VoteOrder {
		r.Kind, r.A, r.B = ByVote, Points(a.VoteOrder), Points(b.VoteOrder)
		return sign(Points(a.VoteOrder - b.VoteOrder)), r
	}
	r.Kind = Tied
	return 0, r
}

func sign(p Points) int {
	switch {
	case p < 0:
		return -1
	case p > 0:
		return 1
	}
	return 0
}

// Rank orders the candidates: total descending, then the bloc's tie-breaks in
// order, then the meeting's recorded vote. Units equal on all of these share
// a rank, numbered as the bloc chooses. Units that are not ranked come last,
// each with its reason. Every adjacent pair carries the reason for its order.
func Rank(cands []Candidate, breaks []TieBreak, numbering Numbering) Ranking {
	coll := NewCollator()
	var in, out []Candidate
	for _, c := range cands {
		if c.NotRanked != nil {
			out = append(out, c)
		} else {
			in = append(in, c)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		if c, _ := compare(&in[i], &in[j], breaks); c != 0 {
			return c < 0
		}
		return coll.Less(in[i].sortName(), in[j].sortName()) // display order only
	})
	sort.SliceStable(out, func(i, j int) bool { return coll.Less(out[i].sortName(), out[j].sortName()) })

	var res Ranking
	rank := 0
	for i := range in {
		p := Position{Candidate: in[i]}
		if i == 0 {
			rank = 1
		} else {
			c, r := compare(&in[i-1], &in[i], breaks)
			if c == 0 {
				p.Tied = true
				res.Ranked[i-1].Tied = true
			} else if numbering == NumberingDense {
				rank++
			} else {
				rank = i + 1
			}
			r.Rank = rank
			p.Above = &r
			res.Ranked[i-1].Below = &r
		}
		p.Rank = rank
		res.Ranked = append(res.Ranked, p)
	}
	for _, c := range out {
		res.NotRanked = append(res.NotRanked, Position{Candidate: c})
	}
	return res
}

// All returns the ranked units followed by the units not ranked.
func (r Ranking) All() []Position {
	out := make([]Position, 0, len(r.Ranked)+len(r.NotRanked))
	out = append(out, r.Ranked...)
	return append(out, r.NotRanked...)
}
