package table

import (
	"sort"

	"thidua/model"
)

// band is one level of a banded rule as read: from min percent (below
// upper, -1 for none), points.
type band struct {
	min, upper model.Points
	points     model.Points
	text       string
}

// bands reads percentage bands: the full mark from a percentage, then
// lower bands, each starting where the one above ends ("100%: 4 điểm; từ
// 95% đến dưới 100%: 3 điểm; dưới 95%: 0 điểm").
func (rd *reader) bands() Reading {
	var bands []band
	var floor *clause
	for i, c := range rd.used {
		switch c.kind {
		case cFull:
			p := c.points
			if p == -2 {
				p = rd.max
			}
			bands = append(bands, band{min: c.pct, upper: -1, points: p, text: c.text})
		case cBand:
			bands = append(bands, band{min: c.pct, upper: c.hi, points: c.points, text: c.text})
		case cBelow:
			if floor != nil {
				return rd.direct(NRuleTwoReadings, rd.sentence)
			}
			floor = &rd.used[i]
		case cNo, cFloor:
		default:
			return rd.direct(NRuleUnexplained, c.text)
		}
	}
	if len(bands) == 0 {
		return rd.direct(NRuleUnexplained, rd.sentence)
	}
	sort.SliceStable(bands, func(i, j int) bool { return bands[i].min > bands[j].min })
	if bands[0].upper >= 0 {
		return rd.direct(NRuleUnexplained, bands[0].text) // nothing says what the top earns
	}
	if bands[0].points != rd.max {
		return rd.direct(NRuleContradicts, bands[0].text, rd.max)
	}
	for i := 1; i < len(bands); i++ {
		b, above := bands[i], bands[i-1]
		if b.min == above.min || (b.upper >= 0 && b.upper != above.min) || b.points > above.points {
			return rd.direct(NRuleTwoReadings, rd.sentence)
		}
	}
	r := model.Rule{Kind: model.RuleBands}
	for _, b := range bands {
		if b.points > 0 {
			r.Bands = append(r.Bands, model.Band{Min: b.min, Points: b.points})
		}
	}
	if floor != nil {
		if floor.pct != bands[len(bands)-1].min {
			return rd.direct(NRuleTwoReadings, rd.sentence)
		}
		if floor.points > 0 {
			r.Bands = append(r.Bands, model.Band{Min: 0, Points: floor.points})
		}
	}
	if len(r.Bands) == 0 {
		return rd.direct(NRuleUnexplained, rd.sentence)
	}
	return rd.read(r)
}
