package table

import (
	"strings"

	"thidua/model"
)

// count reads points for each occurrence, up or down ("mỗi lần chậm trừ
// 0,25 điểm", "1,5 điểm/mô hình", "5 điểm/buổi, tối đa 50"). On a bonus
// item each occurrence adds points; on a deduction item each takes more
// away, however it is worded; on a standard criterion "trừ" counts down
// from the full mark.
func (rd *reader) count() Reading {
	counts := rd.by[cCount]
	c := counts[0]
	for _, x := range counts[1:] {
		if x.points != c.points || x.down != c.down {
			return rd.direct(NRuleTwoReadings, rd.sentence)
		}
	}
	for _, x := range rd.used {
		switch x.kind {
		case cCount, cCap, cFloor:
		case cYes, cFull:
			// "Hoàn thành đúng hạn: 2 điểm; chậm mỗi đợt trừ 0,5": the
			// full mark, then points off.
			if !c.down || rd.kind != model.Standard || !rd.full(x) || (x.kind == cFull && x.pct != model.Whole(100)) {
				return rd.direct(NRuleUnexplained, x.text)
			}
		case cNo:
			return rd.direct(NRuleZeroCase, x.text)
		default:
			return rd.direct(NRuleUnexplained, x.text)
		}
	}
	if cp := rd.capOf(c); cp > 0 && cp != rd.max {
		return rd.direct(NRuleContradicts, rd.sentence, rd.max)
	}
	if c.points > rd.max {
		return rd.direct(NRuleContradicts, c.text, rd.max)
	}
	switch rd.kind {
	case model.Deduction:
		// A deduction item is typed as points lost: each occurrence adds
		// to them, however it is worded.
		if c.explicit && !c.down && strings.Contains(fold(c.text), "cong") {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
		return rd.read(model.Rule{Kind: model.RuleCount, Each: c.points})
	case model.Bonus:
		if c.down {
			return rd.direct(NRuleContradicts, c.text, rd.max)
		}
		return rd.read(model.Rule{Kind: model.RuleCount, Each: c.points})
	}
	return rd.read(model.Rule{Kind: model.RuleCount, Each: c.points, Down: c.down})
}
