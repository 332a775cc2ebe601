package stress

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
)

// rngFor returns the random numbers of one purpose: the same seed and
// words give the same numbers in every run, whatever runs beside them.
func rngFor(seed int64, words ...string) *rand.Rand {
	h := sha256.Sum256([]byte(strings.Join(words, "/")))
	return rand.New(rand.NewPCG(uint64(seed), binary.LittleEndian.Uint64(h[:8])))
}

// entry is what an officer types for one criterion: the input as the
// criterion's rule takes it, the points it gives, and a note, evidence or
// (a review that differs) a reason.
type entry struct {
	c        model.Criterion
	input    string // as typed: "96,5", "2", "1"
	points   model.Points
	canon    string // the input as stored
	note     string
	evidence string
	reason   string
}

// Notes, evidence and review reasons as units and leaders write them.
var (
	notes = []string{
		"Đã hoàn thành trước thời hạn", "Có báo cáo kết quả gửi Khối", "Chỉ tiêu giao đầu năm đã điều chỉnh theo Quyết định của UBND",
		"Số liệu đến ngày 30 của tháng cuối kỳ", "Một số xã chưa gửi báo cáo đúng hạn", "Đã khắc phục sau kiểm tra",
	}
	evidence = []string{"Báo cáo số %d/BC-%s ngày %d/%d/%d", "Kế hoạch số %d/KH-%s ngày %d/%d/%d", "Quyết định số %d/QĐ-%s ngày %d/%d/%d"}
	reasons  = []string{
		"Thiếu minh chứng kèm theo", "Chậm báo cáo so với quy định của Khối", "Số liệu chưa khớp với báo cáo của Sở",
		"Chưa đạt chỉ tiêu theo kết quả kiểm tra", "Tự chấm chưa đúng hướng dẫn chấm",
	}
)

// selfSheet is a unit's whole sheet for a period: quality is how likely
// a standard criterion is at full marks, so that units rank apart.
func selfSheet(rng *rand.Rand, leaves []model.Criterion, step model.Points, quality float64, abbrev string, year int) []entry {
	out := make([]entry, 0, len(leaves))
	for _, c := range leaves {
		e := entry{c: c, input: selfInput(rng, c, step, quality)}
		if !e.evaluate(step) {
			e.input = strings.ReplaceAll(demo.FullMarksInput(c), ".", ",")
			e.evaluate(step)
		}
		if rng.IntN(16) == 0 {
			e.note = notes[rng.IntN(len(notes))]
		}
		if c.Kind == model.Standard && rng.IntN(4) == 0 {
			e.evidence = fmt.Sprintf(evidence[rng.IntN(len(evidence))], 10+rng.IntN(190), abbrev, 1+rng.IntN(28), 1+rng.IntN(12), year)
		}
		out = append(out, e)
	}
	return out
}

// evaluate computes the points of the input by the criterion's rule, as
// saving it would; false if the rule refuses it.
func (e *entry) evaluate(step model.Points) bool {
	p, canon, err := model.Evaluate(e.c, e.input, step)
	e.points, e.canon = p, canon
	return err == nil
}

// selfInput is what a unit types for a criterion: mostly full marks (or
// nothing earned or lost), sometimes less, in the form the rule takes.
func selfInput(rng *rand.Rand, c model.Criterion, step model.Points, quality float64) string {
	switch c.Kind {
	case model.Bonus:
		if rng.IntN(4) != 0 {
			return "0"
		}
		return gained(rng, c, step)
	case model.Deduction:
		if rng.IntN(10) != 0 {
			return "0"
		}
		return gained(rng, c, step)
	}
	if rng.Float64() < quality {
		return strings.ReplaceAll(demo.FullMarksInput(c), ".", ",")
	}
	return short(rng, c, step)
}

// gained is a bonus earned or a deduction suffered.
func gained(rng *rand.Rand, c model.Criterion, step model.Points) string {
	switch c.Rule.Kind {
	case model.RuleBinary:
		return "1"
	case model.RuleCount:
		return fmt.Sprint(1 + rng.IntN(2))
	}
	return points(onStep(c.Max/model.Points(1+rng.IntN(2)), step))
}

// short is a standard criterion not at full marks.
func short(rng *rand.Rand, c model.Criterion, step model.Points) string {
	switch c.Rule.Kind {
	case model.RuleTarget, model.RuleBands, model.RuleRatio:
		return model.Points(7000 + rng.IntN(2990)).Localize(i18n.VI)
	case model.RuleBinary:
		return "0"
	case model.RuleCount:
		return fmt.Sprint(1 + rng.IntN(3))
	}
	return points(max(0, c.Max-onStep(model.Points(1+rng.IntN(4))*max(step, 25), step)))
}

// lower is the leader's review of an entry that it finds too high, or ""
// when there is nothing lower to give.
func lower(e entry, step model.Points) string {
	switch {
	case e.c.Kind == model.Bonus && e.points > 0:
		return "0"
	case e.c.Kind != model.Standard:
		return ""
	}
	switch e.c.Rule.Kind {
	case model.RuleTarget, model.RuleBands, model.RuleRatio:
		return model.Points(8500).Localize(i18n.VI)
	case model.RuleBinary:
		return "0"
	case model.RuleCount:
		return "3"
	}
	if e.points < max(step, 25) {
		return ""
	}
	return points(onStep(e.points-max(step, 25), step))
}

// review is the leader's bloc-stage sheet for a unit: the unit's own
// inputs, a few of them lowered with a reason.
func review(rng *rand.Rand, self []entry, step model.Points) []entry {
	out := make([]entry, len(self))
	for i, e := range self {
		out[i] = entry{c: e.c, input: e.input, points: e.points, canon: e.canon}
		if rng.IntN(25) != 0 {
			continue
		}
		r := entry{c: e.c, input: lower(e, step), reason: reasons[rng.IntN(len(reasons))]}
		if r.input != "" && r.evaluate(step) && r.points != e.points {
			out[i] = r
		}
	}
	return out
}

// onStep rounds p down to the score step.
func onStep(p, step model.Points) model.Points {
	if step <= 0 {
		return p
	}
	return p / step * step
}

// points writes points as Vietnamese offices type them: "2,5".
func points(p model.Points) string { return p.Localize(i18n.VI) }

// registrations are a unit's emulation registration lines for a period.
func registrations(rng *rand.Rand, year int, half bool) []model.Registration {
	lines := []model.Registration{
		{Item: "01-danh-hieu", Detail: "Đăng ký danh hiệu: Tập thể lao động xuất sắc"},
		{Item: "02-chi-tieu-1", Detail: "Hoàn thành chỉ tiêu chuyên môn chủ yếu", Target: fmt.Sprintf("%d%%", 95+rng.IntN(6))},
		{Item: "03-chi-tieu-2", Detail: "Giải quyết hồ sơ đúng hạn", Target: fmt.Sprintf("%d hồ sơ", 300+rng.IntN(900))},
		{Item: "04-cai-cach", Detail: "Cải cách hành chính, chuyển đổi số", Target: fmt.Sprintf("%d thủ tục trực tuyến", 10+rng.IntN(40))},
		{Item: "05-giao-uoc", Detail: fmt.Sprintf("Ký kết giao ước thi đua Khối năm %d", year)},
	}
	if half {
		return lines[1:4]
	}
	return lines
}
