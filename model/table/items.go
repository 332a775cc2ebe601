package table

import (
	"strings"

	"thidua/model"
)

// Bonus and deduction items are usually typed with their points column
// empty: the guidance says what each is worth ("5 điểm/Bằng khen", "Mỗi
// trường hợp trừ 5 điểm") and the part states a cap ("ĐIỂM THƯỞNG (tối đa
// không quá 10 điểm)"). itemMaxima settles such an item's maximum by the
// first of these that the table states, and says on the item's row which
// it took:
//
//  1. the cap its own guidance or title states ("tối đa 3 điểm", "tối đa
//     5 lần" at 1 point each);
//  2. the one amount its guidance gives, when it gives one and not per
//     occurrence ("cộng 3 điểm", "trừ 5 điểm"): the item is worth that;
//  3. the cap of the nearest group above it that has one: its part;
//  4. for a deduction with no cap anywhere, the standard total of the
//     table: a unit cannot lose more than the table gives;
//  5. a bonus with no cap anywhere is a problem to fix in the file:
//     nothing bounds it, and a guess would rank units on points the table
//     never set.
//
// A bonus or deduction group left blank is then the sum of its items (a
// deduction part at most the standard total), and a group whose items can
// add up to more than its maximum is capped by it: a bonus or deduction
// part's maximum is its cap (model/criteria_check.go).
func (b *builder) itemMaxima() {
	std := b.standardTotal()
	for i := range b.rows {
		p := &b.rows[i]
		if p.maxSet || p.bad || len(b.kids[i]) > 0 || (p.c.Kind != model.Bonus && p.c.Kind != model.Deduction) {
			continue
		}
		b.itemMax(i, std)
	}
	for i := len(b.rows) - 1; i >= 0; i-- {
		p := &b.rows[i]
		if len(b.kids[i]) == 0 || b.section[i] == model.Standard || p.bad {
			continue
		}
		var sum model.Points
		bad := false
		for _, k := range b.kids[i] {
			sum += b.rows[k].c.Max
			bad = bad || b.rows[k].bad
		}
		switch {
		case !p.maxSet && bad:
			p.bad = true // its sum means nothing until its items are fixed
		case !p.maxSet && b.section[i] == model.Deduction && std > 0 && sum > std:
			p.c.Max, p.maxSet, p.c.Capped = std, true, true
			b.note(i, NPartStandard, partRef(b.path(i)), sum, std)
		case !p.maxSet:
			p.c.Max, p.maxSet = sum, true
		case sum > p.c.Max && !p.c.Capped:
			p.c.Capped = true
			b.note(i, NPartCap, partRef(b.path(i)), sum, p.c.Max)
		}
	}
}

// itemMax settles the maximum of bonus or deduction item i.
func (b *builder) itemMax(i int, std model.Points) {
	p := &b.rows[i]
	if m, sentence, ok := statedItemMax(p.c.Title, p.c.Guidance); ok {
		p.c.Max, p.maxSet = m, true
		b.note(i, NMaxFromGuide, b.path(i), cut(sentence, 60), m)
		return
	}
	for a := b.parents[i]; a >= 0; a = b.parents[a] {
		if b.rows[a].maxSet {
			p.c.Max, p.maxSet = b.rows[a].c.Max, true
			b.note(i, NMaxFromPart, b.path(i), partRef(b.path(a)), p.c.Max)
			return
		}
	}
	part := partRef(b.path(i))
	if b.parents[i] >= 0 {
		part = partRef(b.path(b.parents[i]))
	}
	if p.c.Kind == model.Deduction && std > 0 {
		p.c.Max, p.maxSet = std, true
		b.note(i, NMaxStandard, b.path(i), part, std)
		return
	}
	b.problem(p, model.Errorf(EBonusNoMax, b.path(i), part))
}

// standardTotal is the sum of the standard parts' maxima as settled.
func (b *builder) standardTotal() model.Points {
	var sum model.Points
	for _, i := range b.kids[-1] {
		if b.section[i] == model.Standard && b.rows[i].c.Kind != model.Bonus && b.rows[i].c.Kind != model.Deduction {
			sum += b.rows[i].c.Max
		}
	}
	return sum
}

// statedItemMax finds the maximum an item's guidance or title states: a
// cap, or else the one amount it gives (not per occurrence), with the
// clause it came from.
func statedItemMax(title, guidance string) (model.Points, string, bool) {
	texts := [][]clause{clausesOf(guidance), clausesOf(titleGuide(title))}
	for _, used := range texts {
		for _, c := range used {
			switch {
			case c.kind == cCap && c.points > 0:
				return c.points, c.text, true
			case (c.kind == cCount || c.kind == cExcess) && c.hi > 0:
				return c.hi, c.text, true
			}
		}
	}
	for _, used := range texts {
		if len(used) == 0 {
			continue
		}
		var yes []clause
		for _, c := range used {
			switch c.kind {
			case cYes:
				yes = append(yes, c)
			case cNo, cFloor:
			default:
				return 0, "", false // per occurrence, levels, a percentage
			}
		}
		if len(yes) == 1 && yes[0].points > 0 {
			return yes[0].points, yes[0].text, true
		}
		return 0, "", false
	}
	return 0, "", false
}

// partRef names a group for a note: "phần B", or "PHẦN C" as it is.
func partRef(path string) *model.Error {
	if partRE().MatchString(model.Fold(strings.TrimSpace(strings.Split(path, "/")[0]))) {
		return model.Errorf("table.part_named", path)
	}
	return model.Errorf("table.part_ref", path)
}
