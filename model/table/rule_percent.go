package table

import "thidua/model"

// The rules on a percentage of a target achieved: over-achievement
// ("mỗi 1% vượt cộng 0,1 điểm, tối đa 2"), a target with steps ("đạt 100%
// … cứ giảm 1% trừ 0,5 điểm; dưới 70%: 0 điểm") and a ratio ("tính theo tỷ
// lệ hoàn thành × 3").

// excess reads points for each step above the target.
func (rd *reader) excess() Reading {
	if len(rd.by[cExcess]) > 1 {
		return rd.direct(NRuleTwoReadings, rd.sentence)
	}
	e := rd.by[cExcess][0]
	if c, ok := rd.only(cExcess, cCap, cFloor, cNo); !ok {
		return rd.direct(NRuleUnexplained, c.text)
	}
	if cp := rd.capOf(e); cp > 0 && cp != rd.max {
		return rd.direct(NRuleContradicts, rd.sentence, rd.max)
	}
	return rd.read(model.Rule{Kind: model.RuleExcess, From: model.Whole(100), Step: e.pct, Gain: e.points})
}

// target reads the full mark from a percentage, points lost per step
// short, and the percentage below which nothing is given.
func (rd *reader) target() Reading {
	if len(rd.by[cStep]) > 1 {
		return rd.direct(NRuleTwoReadings, rd.sentence)
	}
	if c, ok := rd.only(cStep, cFull, cBelow, cYes, cFloor, cNo); !ok {
		return rd.direct(NRuleUnexplained, c.text)
	}
	s := rd.by[cStep][0]
	r := model.Rule{Kind: model.RuleTarget, Full: model.Whole(100), Step: s.pct, Loss: s.points}
	for _, c := range rd.by[cFull] {
		if !rd.full(c) {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
		r.Full = c.pct
	}
	for _, c := range rd.by[cYes] {
		if !rd.full(c) {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
	}
	for _, c := range rd.by[cBelow] {
		if c.points != 0 {
			return rd.direct(NRuleUnexplained, c.text)
		}
		r.Zero = c.pct
	}
	if len(rd.by[cNo]) > 0 {
		return rd.direct(NRuleZeroCase, rd.by[cNo][0].text)
	}
	return rd.read(r)
}

// ratio reads the maximum times the share achieved.
func (rd *reader) ratio() Reading {
	if c, ok := rd.only(cRatio, cFull, cYes, cCap); !ok {
		return rd.direct(NRuleUnexplained, c.text)
	}
	for _, c := range append(append([]clause{}, rd.by[cFull]...), rd.by[cYes]...) {
		if !rd.full(c) || (c.kind == cFull && c.pct != model.Whole(100)) {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
	}
	for _, c := range rd.by[cRatio] {
		if c.points > 0 && c.points != rd.max {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
	}
	return rd.read(model.Rule{Kind: model.RuleRatio})
}
