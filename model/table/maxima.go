package table

import (
	"math"
	"strconv"
	"strings"

	"thidua/model"
)

// maxRE reads a maximum as offices type it: "10", "2,5", "70 điểm",
// "10đ", "tối đa 5", "(tối đa 5 điểm)", a range "0 - 10" or "0 – 5" or
// "từ 0 đến 10 điểm" (the top of the range is the maximum), a deduction
// typed with its sign "-2" or "(-2)", a bonus "+2".
var (
	maxRangeRE  = lazyRE(`^(?:tu )?([0-9]+(?:[.,][0-9]+)?) ?(?:-|–|—|÷|den|toi) ?([0-9]+(?:[.,][0-9]+)?)$`)
	thousandsRE = lazyRE(`^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$`)
	maxOneRE    = lazyRE(`^(?:toi da|max|khong qua)?:? ?([+\-−]?) ?([0-9]+(?:[.,][0-9]+)?)$`)
)

// parseMax reads the text of a maximum cell. ok is false for an empty
// cell; err says why a non-empty cell is not a maximum. signed reports a
// sign typed before it.
func parseMax(s string) (p model.Points, sign string, ok bool) {
	p, sign, err := readMax(s)
	return p, sign, err == nil && strings.TrimSpace(s) != ""
}

func readMax(raw string) (model.Points, string, error) {
	s := strings.TrimSpace(model.NFC(raw))
	if s == "" {
		return 0, "", nil
	}
	if thousandsRE().MatchString(s) {
		// "1.000": no maximum has three decimals, so the point groups
		// thousands, as Vietnamese typing does ("2,500" stays an error).
		// Excel's own numbers never end in zeros ("2.3500000000000001").
		s = strings.ReplaceAll(s, ".", "")
	} else if n, ok := floatText(s); ok {
		s = n
	}
	f := model.Fold(s)
	f = strings.Trim(f, "() ")
	f = strings.TrimSuffix(f, ".")
	for _, unit := range []string{" diem", "diem", " d", "d"} {
		if strings.HasSuffix(f, unit) {
			f = strings.TrimSpace(strings.TrimSuffix(f, unit))
			break
		}
	}
	if m := maxRangeRE().FindStringSubmatch(f); m != nil {
		lo, err1 := model.ParsePoints(m[1])
		hi, err2 := model.ParsePoints(m[2])
		if err1 == nil && err2 == nil && lo == 0 && hi > 0 {
			return hi, "", nil
		}
		return 0, "", model.Errorf(EMaxRange, raw)
	}
	if m := maxOneRE().FindStringSubmatch(f); m != nil {
		p, err := model.ParsePoints(m[2])
		if err != nil {
			return 0, "", err
		}
		sign := m[1]
		if sign == "−" {
			sign = "-"
		}
		return p, sign, nil
	}
	p, err := model.ParsePoints(s)
	if err != nil {
		return 0, "", err
	}
	if p < 0 {
		return -p, "-", nil
	}
	return p, "", nil
}

// binaryFloatRE is Excel's binary form of a number with a fraction.
var binaryFloatRE = lazyRE(`^-?[0-9]+\.[0-9]{3,}(E-?[0-9]+)?$`)

// floatText turns Excel's binary form of a number (2,35 stored as
// 2.3500000000000001) back into the hundredths it stands for.
func floatText(s string) (string, bool) {
	if !binaryFloatRE().MatchString(s) {
		return "", false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.Abs(v) > 1e9 {
		return "", false
	}
	h := math.Round(v * model.PointsPerUnit)
	if math.Abs(v*model.PointsPerUnit-h) > 1e-6 {
		return "", false
	}
	return model.Points(int64(h)).String(), true
}

// parenRE is a remark in parentheses.
var parenRE = lazyRE(`\([^()]*\)?`)

// capRE finds a cap stated for a group: "tối đa không quá 5 điểm", "trừ
// tối đa 10 điểm", "cộng tối đa 3 điểm", "tối đa trừ 10 điểm", "không
// quá 5 điểm". "(Đạt điểm tối đa)" states no cap: it names the full mark.
var (
	capRE     = lazyRE(`(?:toi da khong qua|khong qua|tru toi da|cong toi da|toi da tru|toi da cong|toi da duoc cong|toi da duoc tru|thuong toi da|toi da) ?:? ?([0-9]+(?:[.,][0-9]+)?) ?diem`)
	strictCap = lazyRE(`toi da khong qua|khong qua|tru toi da|cong toi da|toi da tru|toi da cong|toi da duoc|thuong toi da`)
)

// statedCap returns the cap a group's heading states. A plain "tối đa N
// điểm" counts only on a bonus or deduction heading, where it can only be
// a cap.
func statedCap(title string, section model.Kind) (model.Points, bool) {
	f := model.Fold(title)
	m := capRE().FindStringSubmatch(f)
	if m == nil {
		return 0, false
	}
	if section == model.Standard && !strictCap().MatchString(m[0]) {
		return 0, false
	}
	p, err := model.ParsePoints(m[1])
	return p, err == nil && p > 0
}

// sectionOf recognises the bonus and deduction parts of a table by their
// headings: "ĐIỂM THƯỞNG", "Điểm cộng", "CỘNG ĐIỂM", "Điểm khuyến khích",
// "ĐIỂM TRỪ", "Các trường hợp trừ điểm".
//
// Only the start of the heading counts, outside parentheses: "Chấp hành
// chế độ báo cáo (chậm bị trừ điểm)" is a standard group whose guidance
// speaks of deductions, not a deduction part.
func sectionOf(title string) model.Kind {
	words := strings.Fields(HeadingKey(parenRE().ReplaceAllString(title, " ")))
	f := " " + strings.Join(words[:min(len(words), 8)], " ") + " "
	switch {
	case strings.Contains(f, " diem thuong "), strings.Contains(f, " diem cong "), strings.Contains(f, " cong diem "),
		strings.Contains(f, " diem khuyen khich "), strings.Contains(f, " thuong diem "):
		return model.Bonus
	case strings.Contains(f, " diem tru "), strings.Contains(f, " tru diem "):
		return model.Deduction
	}
	return model.Standard
}
