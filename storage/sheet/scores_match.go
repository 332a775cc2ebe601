package sheet

import (
	"errors"
	"strings"

	"thidua/model"
	ctable "thidua/model/table"
)

// findCriterion finds the criterion a score sheet's row is about: by its
// path of numbers from the top ("I. / 1. / 1.1"), else by a number no
// other criterion has, else by its text.
func findCriterion(t *model.Tree, path []string, title string) (model.Criterion, bool) {
	if c, ok := walkPath(t, path); ok {
		return c, true
	}
	code := bare(path[len(path)-1])
	var hits []model.Criterion
	if code != "" {
		for _, c := range t.Nodes() {
			if bare(c.Code) == code {
				hits = append(hits, c)
			}
		}
		if len(hits) == 1 {
			return hits[0], true
		}
	}
	key := model.Fold(title)
	if key == "" {
		return model.Criterion{}, false
	}
	var found []model.Criterion
	for _, c := range t.Nodes() {
		if model.Fold(c.Title) == key {
			found = append(found, c)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	// A title shared by rows under different parents ("Đạt chỉ tiêu"):
	// the one among the rows the number matches.
	for _, c := range found {
		for _, h := range hits {
			if c.ID == h.ID {
				return c, true
			}
		}
	}
	return model.Criterion{}, false
}

// walkPath follows codes down the tree from the top, comparing numbers
// without their punctuation ("1" is "1." is "1)").
func walkPath(t *model.Tree, path []string) (model.Criterion, bool) {
	parent := ""
	var found model.Criterion
	for _, seg := range path {
		ok := false
		for _, c := range t.Children(parent) {
			if bare(c.Code) == bare(seg) && bare(seg) != "" {
				found, parent, ok = c, c.ID, true
				break
			}
		}
		if !ok {
			return model.Criterion{}, false
		}
	}
	return found, len(path) > 0
}

// bare is a code compared without its punctuation and case.
func bare(code string) string { return strings.ToUpper(ctable.BareCode(code)) }

// scoreInput is what to type for criterion c given a sheet's points and
// measure: the measure for a computed criterion (checked against the
// points when both are given), the points for direct scoring, or, for a
// computed criterion without a measure, the one input that gives exactly
// those points.
func scoreInput(c model.Criterion, points, measure string, step model.Points) (string, error) {
	if c.Rule.IsDirect() {
		if points == "" {
			return measure, nil
		}
		return points, nil
	}
	if measure != "" {
		if points != "" {
			want, err1 := model.ParsePoints(points)
			// The rule in force rounds down to the step; sheets made
			// before it rounded to the hundredth.
			got, _, err2 := c.Rule.ScoreStep(measure, c.Max, step)
			legacy, _, _ := c.Rule.Score(measure, c.Max)
			if err1 == nil && err2 == nil && want != got && want != legacy {
				return "", model.Errorf(EPointsDiffer, want, measure, got)
			}
		}
		return measure, nil
	}
	p, err := model.ParsePoints(points)
	if err != nil {
		return "", err
	}
	if in, ok := invert(c, p); ok {
		return in, nil
	}
	return "", model.Errorf(ENeedsMeasure, strings.TrimSpace(c.Code), p, c.Guidance)
}

// invert finds the input that gives p under c's rule when exactly one does:
// achieved or not, or a whole number of occurrences short of the cap.
func invert(c model.Criterion, p model.Points) (string, bool) {
	r := c.Rule
	switch r.Kind {
	case model.RuleBinary:
		switch p {
		case c.Max:
			return "1", true
		case 0:
			return "0", true
		}
	case model.RuleCount:
		lost := p
		if r.Down {
			lost = c.Max - p
		}
		// At the cap (or at 0 when counting down) more occurrences give
		// the same points: the count is unknown.
		atCap := (r.Down && p == 0) || (!r.Down && p == c.Max)
		if r.Each > 0 && lost >= 0 && lost%r.Each == 0 && !atCap {
			return (lost / r.Each * model.PointsPerUnit).String(), true
		}
	}
	return "", false
}

// sheetUnit is the unit whose scores a sheet holds: the one its title rows
// name, else the one the person chose. A sheet naming another unit than the
// one chosen is refused, so that no unit's scores land on another's sheet.
func sheetUnit(g *grid, header int, cols scoreColumns, opt ScoreOptions) (string, error) {
	var lines []string
	for r := 0; r < header && r < len(g.rows); r++ {
		lines = append(lines, g.line(r))
	}
	named, ok := unitNamed(lines, opt.Units)
	chosen := model.NormalizeCode(opt.Unit)
	switch {
	case ok && chosen != "" && named.Code != chosen:
		return "", model.Errorf(EUnitMismatch, g.name, named.Name, chosen)
	case ok:
		return named.Code, nil
	case chosen != "" || cols.unit >= 0:
		return chosen, nil
	}
	return "", model.Errorf(ENoUnit, g.name)
}

// unitNamed finds the one unit that lines name: by its full name, else by
// its short name on a line about the unit ("Đơn vị: Phòng LĐTBXH huyện Tuy
// An"), else by its short name anywhere.
func unitNamed(lines []string, units []model.Unit) (model.Unit, bool) {
	keys := make([]string, len(lines))
	for i, l := range lines {
		keys[i] = " " + ctable.HeadingKey(l) + " "
	}
	match := func(name func(model.Unit) string, only func(string) bool) (model.Unit, bool) {
		var hits []model.Unit
		for _, u := range units {
			n := ctable.HeadingKey(name(u))
			if n == "" {
				continue
			}
			for _, k := range keys {
				if only(k) && strings.Contains(k, " "+n+" ") {
					hits = append(hits, u)
					break
				}
			}
		}
		if len(hits) == 1 {
			return hits[0], true
		}
		return model.Unit{}, false
	}
	everyLine := func(string) bool { return true }
	unitLine := func(k string) bool { return strings.Contains(k, " don vi ") }
	if u, ok := match(func(u model.Unit) string { return u.Name }, everyLine); ok {
		return u, true
	}
	if u, ok := match(func(u model.Unit) string { return u.ShortName }, unitLine); ok {
		return u, true
	}
	return match(func(u model.Unit) string { return u.ShortName }, everyLine)
}

// asRowErrors reports whether err is a list of row errors.
func asRowErrors(err error, out *model.RowErrors) bool { return errors.As(err, out) }
