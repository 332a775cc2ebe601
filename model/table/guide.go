package table

import (
	"regexp"
	"sort"
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

// clauseKind names what a clause of guidance says.
type clauseKind int

const (
	cNone   clauseKind = iota // no points in it
	cFull                     // the full mark at a percentage: "đạt 100% chỉ tiêu: 3 điểm"
	cYes                      // points for a condition met: "Đạt: 2 điểm", "1 điểm"
	cNo                       // nothing for a condition not met: "không đạt: 0 điểm"
	cStep                     // "cứ giảm 1% trừ 0,5 điểm"
	cBand                     // "từ 95% đến dưới 100%: 3 điểm"
	cBelow                    // "dưới 70%: 0 điểm"
	cRatio                    // "tính theo tỷ lệ hoàn thành × 3"
	cExcess                   // "mỗi 1% vượt cộng 0,1 điểm"
	cCount                    // "0,5 điểm/lần", "mỗi lần chậm trừ 0,25 điểm"
	cCap                      // "tối đa 2 điểm"
	cFloor                    // "trừ đến hết điểm của tiêu chí"
	cRange                    // "trừ 1 - 2 điểm/lần": the grader chooses
	cRefer                    // "Như I.4.1": the rule is elsewhere
	cRate                     // a rate to bring down: "giảm tỷ lệ …"
	cOther                    // points, in a way not understood
)

// clause is one clause of guidance with what was read from it.
type clause struct {
	text     string // as written
	kind     clauseKind
	pct, hi  model.Points // percentages (95% = 9500)
	points   model.Points
	down     bool // cCount: points taken away
	explicit bool // cCount: "cộng"/"trừ" written
}

const num = `([0-9]+(?:[.,][0-9]+)?)`

var (
	// the words of a clause are matched folded: no accents, lower case.
	pctRE      = regexp.MustCompile(num + ` ?%`)
	pointsRE   = regexp.MustCompile(num + ` ?diem`)
	rangePtsRE = regexp.MustCompile(num + ` ?(?:-|den) ?` + num + ` ?diem`)
	zeroRE     = regexp.MustCompile(`(?:^|[: ])(?:0|khong) diem\b|: ?(?:0|khong)$|khong (?:duoc )?(?:cham|tinh) diem|khong co diem|khong duoc diem|khong cham tieu chi`)
	stepRE     = regexp.MustCompile(`(?:cu|moi|neu) ?` + num + ` ?% ?(?:giam|thieu|thap hon|khong dat|chua dat|hut|con thieu|duoi chi tieu|duoi ke hoach)|(?:cu|moi) (?:giam|thieu|thap hon|hut|khong dat|chua dat) ` + num + ` ?%|(?:giam|thieu|hut) (?:moi|cu) ` + num + ` ?%`)
	excessRE   = regexp.MustCompile(`(?:moi|cu) ` + num + ` ?% vuot|vuot (?:moi|cu|tren)? ?` + num + ` ?%|(?:moi|cu) vuot ` + num + ` ?%`)
	ratioRE    = regexp.MustCompile(`theo ty le|= ?ty le|ty le (?:% )?hoan thanh (?:x|nhan)|ty le % ?x|ty le x`)
	factorRE   = regexp.MustCompile(`(?:x|nhan(?: voi)?) ?` + num + `\b`)
	capClRE    = regexp.MustCompile(`toi da(?: khong qua| duoc| la)?:? ?` + num + `(?: ?diem|\s*$|\s*[,;.])|khong qua ` + num + ` ?diem`)
	floorRE    = regexp.MustCompile(`tru (?:den )?het (?:so )?diem|tru het diem|khong tru qua|toi thieu (?:la )?0 diem`)
	referRE    = regexp.MustCompile(`^(?:nhu|tuong tu|giong) (?:tieu chi |muc |diem )?[ivx0-9]`)
	unitWords  = `lan|vu|viec|vu viec|hoc phan|mo hinh|buoi|dot|ho so|bao cao|van ban|hoat dong|san pham|sang kien|chi tieu|cuoc|giai|tin|bai|nguoi|truong hop|don vi|noi dung|chinh sach|ngay|tuan|thang|loi|de tai|cong trinh|diem|cuoc thi|phong trao|tap the|ca nhan|chuong trinh|hoc phan|can bo|dang vien|doi tuong|tap the|ky|kien nghi|giay khen|bang khen|co|huy hieu|khu dan cu|thon|to dan pho|ap|ban|khu|ho|co so|hoi nghi|dia ban|xa|phuong|doan vien|hoi vien`
	perUnitRE  = regexp.MustCompile(num + ` ?diem ?/ ?(?:1 |01 |mot )?(?:` + unitWords + `)\b`)
	eachRE     = regexp.MustCompile(`(?:moi|cu moi|cu|tung) (?:1 |01 |mot )?(?:` + unitWords + `)\b`)
	verbRE     = regexp.MustCompile(`\b(tru|cong|bi tru|duoc cong|thuong)\b`)
	fullPctRE  = regexp.MustCompile(`^(?:dat|hoan thanh|thuc hien|dat ty le|ty le|dat va vuot|dat tu|tu|dat ty le tu|ty le tu)? ?` + num + ` ?%(?: (?:chi tieu|ke hoach|so|tro len|tro len|ke hoach tro len|chi tieu tro len|dung han|muc tieu))*(?: tro len)?`)
	fullWordRE = regexp.MustCompile(`^(?:dat|hoan thanh|thuc hien|dat va vuot|vuot) (?:100% )?(?:chi tieu|ke hoach|muc tieu)(?: (?:duoc giao|tro len|ke hoach|van dong|nam))*\b`)
	bandRE     = regexp.MustCompile(`(?:tu|dat tu|dat|tren)? ?` + num + ` ?% ?(?:den|-|–|toi) ?(?:duoi|<)? ?` + num + ` ?%`)
	belowRE    = regexp.MustCompile(`(?:dat )?(?:duoi|thap hon|<) ?` + num + ` ?%`)
	noWordsRE  = regexp.MustCompile(`^(?:khong|chua|cham|tre|sai|thieu|vang|khong co|khong dat|chua dat|khong hoan thanh|chua hoan thanh|khong thuc hien|khong dung|khong kip thoi|khong day du|khong dung han|bi xuat toan|xep loai kem)\b`)
	rateRE     = regexp.MustCompile(`giam ty le|ty le .*giam|giam so (?:ho|vu|nguoi)`)
	cleanRE    = regexp.MustCompile(`([0-9]) ?d\b`)
	spaceRE    = regexp.MustCompile(`\s+`)
	oneUnitRE  = regexp.MustCompile(`\b(?:1|mot) (?:` + unitWords + `)\b.*\b(?:bi tru|tru|duoc cong|cong)\b ?` + num + ` ?diem`)
	countCapRE = regexp.MustCompile(`toi da(?: khong qua)? ` + num + ` (?:` + unitWords + `)\b`)
	wordTruRE  = regexp.MustCompile(`\b(?:tru|bi tru)\b`)
	looseFull  = regexp.MustCompile(`^[^:]*?` + num + ` ?%[^:0-9]*: ?` + num + ` ?diem$`)
	leadZeroRE = regexp.MustCompile(`\b0+([1-9][0-9]*(?:[.,][0-9]+)?)\b`)
)

// splitClauses cuts guidance into its clauses: at semicolons, line
// breaks, sentence ends and list dashes.
func splitClauses(s string) []string {
	s = strings.NewReplacer("\r", "\n", "•", "\n", "·", "\n").Replace(model.NFC(s))
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for _, part := range regexp.MustCompile(`;|\.\s+(?:[-+]\s)?|^\s*[-+]\s+|\s+[-+]\s+(?:[A-ZĐÂĂÊÔƠƯ])`).Split(line, -1) {
			part = strings.Trim(strings.TrimSpace(part), ".,:-+ ")
			if part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// fold is the form clauses are matched in.
func fold(s string) string {
	f := model.Fold(s)
	f = strings.NewReplacer("×", " x ", "*", " x ", "–", "-", "—", "-", "≥", " tu ", "<", " duoi ", "(", " ", ")", " ", "\"", " ", "“", " ", "”", " ").Replace(f)
	f = cleanRE.ReplaceAllString(f, "$1 diem")
	f = leadZeroRE.ReplaceAllString(f, "$1")
	f = strings.ReplaceAll(f, "diem /", "diem/")
	return strings.TrimSpace(spaceRE.ReplaceAllString(f, " "))
}

func pts(s string) model.Points {
	p, err := model.ParsePoints(s)
	if err != nil {
		return -1
	}
	return p
}

// parseClause reads what one clause says.
func parseClause(text string) clause {
	c := readClause(text)
	if c.kind == cCount {
		// "tối đa 2 ngày": a cap on the count, in points each × count.
		if m := countCapRE.FindStringSubmatch(fold(text)); m != nil && !strings.HasSuffix(m[0], "diem") {
			if n := pts(m[1]); n > 0 && c.points > 0 {
				c.hi = model.Points(int64(n) * int64(c.points) / model.PointsPerUnit)
			}
		}
	}
	return c
}

func readClause(text string) clause {
	f := fold(text)
	c := clause{text: text}
	pm := pointsRE.FindAllStringSubmatch(f, -1)
	switch {
	case referRE.MatchString(f):
		c.kind = cRefer
		return c
	case rangePtsRE.MatchString(f) && !bandRE.MatchString(f):
		c.kind = cRange
		return c
	case floorRE.MatchString(f) && len(pm) == 0:
		c.kind = cFloor
		return c
	}
	if m := excessRE.FindStringSubmatch(f); m != nil && len(pm) > 0 && regexp.MustCompile(`cong|thuong|duoc`).MatchString(f) {
		c.kind, c.pct, c.points = cExcess, pts(first(m[1:])), pts(pm[0][1])
		if cm := capClRE.FindStringSubmatch(f); cm != nil {
			c.hi = pts(first(cm[1:]))
		}
		return c
	}
	if m := stepRE.FindStringSubmatch(f); m != nil && len(pm) > 0 && strings.Contains(f, "tru") {
		c.kind, c.pct, c.points = cStep, pts(first(m[1:])), pts(pm[len(pm)-1][1])
		return c
	}
	if ratioRE.MatchString(f) {
		c.kind = cRatio
		if m := factorRE.FindStringSubmatch(f[ratioRE.FindStringIndex(f)[0]:]); m != nil {
			c.points = pts(m[1])
		}
		return c
	}
	if m := perUnitRE.FindStringSubmatch(f); m != nil {
		c.kind, c.points = cCount, pts(m[1])
		c.down = wordTruRE.MatchString(f[:strings.Index(f, m[0])])
		c.explicit = verbRE.MatchString(f)
		if cm := capClRE.FindStringSubmatch(f); cm != nil {
			c.hi = pts(first(cm[1:]))
		}
		return c
	}
	if m := oneUnitRE.FindStringSubmatch(f); m != nil && !pctRE.MatchString(f) {
		c.kind, c.points, c.explicit = cCount, pts(m[1]), true
		c.down = wordTruRE.MatchString(m[0])
		return c
	}
	if eachRE.MatchString(f) && len(pm) > 0 && verbRE.MatchString(f) && !pctRE.MatchString(f) {
		c.kind, c.points = cCount, pts(pm[0][1])
		v := verbRE.FindString(f)
		c.down = strings.Contains(v, "tru")
		c.explicit = true
		if cm := capClRE.FindStringSubmatch(f); cm != nil && len(pm) > 1 {
			c.hi = pts(first(cm[1:]))
		}
		return c
	}
	if m := bandRE.FindStringSubmatch(f); m != nil && len(pm) > 0 {
		c.kind, c.pct, c.hi, c.points = cBand, pts(m[1]), pts(m[2]), pts(pm[len(pm)-1][1])
		return c
	}
	if m := belowRE.FindStringSubmatch(f); m != nil && (len(pm) > 0 || zeroRE.MatchString(f)) {
		c.kind, c.pct = cBelow, pts(m[1])
		if len(pm) > 0 && !zeroRE.MatchString(f) {
			c.points = pts(pm[len(pm)-1][1])
		}
		return c
	}
	if m := fullPctRE.FindStringSubmatch(f); m != nil && len(pm) > 0 {
		c.kind, c.pct, c.points = cFull, pts(m[1]), pts(pm[len(pm)-1][1])
		return c
	}
	if m := looseFull.FindStringSubmatch(f); m != nil && !strings.Contains(f, "duoi") {
		c.kind, c.pct, c.points = cFull, pts(m[1]), pts(m[2])
		return c
	}
	if fullWordRE.MatchString(f) && (len(pm) > 0 || strings.Contains(f, "diem toi da")) {
		c.kind, c.pct = cFull, model.Whole(100)
		if len(pm) > 0 {
			c.points = pts(pm[len(pm)-1][1])
		} else {
			c.points = -2 // the full mark, whatever it is
		}
		return c
	}
	if cm := capClRE.FindStringSubmatch(f); cm != nil && len(pm) <= 1 && strings.HasPrefix(f, "toi da") {
		c.kind, c.points = cCap, pts(first(cm[1:]))
		return c
	}
	if zeroRE.MatchString(f) {
		if noWordsRE.MatchString(f) || strings.Contains(f, ":") || strings.HasPrefix(f, "0 diem") {
			c.kind = cNo
			return c
		}
	}
	if len(pm) == 1 && !pctRE.MatchString(f) {
		p := pts(pm[0][1])
		before := strings.TrimSpace(f[:strings.Index(f, pm[0][0])])
		switch {
		case strings.HasSuffix(before, "tru") || strings.HasSuffix(before, "bi tru"):
			c.kind, c.points, c.down, c.explicit = cYes, p, true, true
		case noWordsRE.MatchString(before) && p > 0:
			c.kind, c.points = cOther, p // a lesser level for a failing ("chậm: 1 điểm")
			c.down = true
		case strings.HasSuffix(before, "tru") || strings.HasSuffix(before, "bi tru"):
			c.kind, c.points, c.down, c.explicit = cYes, p, true, true
		default:
			c.kind, c.points = cYes, p
		}
		return c
	}
	if len(pm) > 0 || pctRE.MatchString(f) && strings.Contains(f, "diem") {
		c.kind = cOther
	}
	return c
}

func first(ss []string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

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
		r = readText(title, title, max, kind)
	}
	return r
}

func readText(text, title string, max model.Points, kind model.Kind) Reading {
	var cls []clause
	for _, t := range splitClauses(text) {
		cls = append(cls, parseClause(t))
	}
	var used []clause
	for _, c := range cls {
		if c.kind != cNone {
			used = append(used, c)
		}
	}
	if len(used) == 0 {
		return Reading{}
	}
	sentence := joinText(used)
	direct := func(code string, args ...any) Reading {
		return Reading{Sentence: sentence, Why: model.Errorf(code, args...)}
	}
	read := func(r model.Rule) Reading {
		if err := r.Check(max); err != nil {
			return direct(NRuleContradicts, sentence, max)
		}
		return Reading{Rule: r, Sentence: sentence}
	}
	by := map[clauseKind][]clause{}
	for _, c := range used {
		by[c.kind] = append(by[c.kind], c)
	}
	only := func(kinds ...clauseKind) (clause, bool) {
		for _, c := range used {
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
	full := func(c clause) bool { return c.points == max || c.points == -2 }
	for _, c := range used {
		if c.points == -1 || c.pct == -1 || c.hi == -1 {
			return direct(NRuleUnexplained, c.text)
		}
	}
	switch {
	case len(by[cRefer]) > 0:
		return direct(NRuleRefers, by[cRefer][0].text)
	case len(by[cRange]) > 0:
		return direct(NRuleRange, by[cRange][0].text)
	case len(by[cOther]) > 0:
		c := by[cOther][0]
		if c.down {
			return direct(NRuleLevels, sentence)
		}
		return direct(NRuleUnexplained, c.text)
	}
	pctRule := len(by[cStep])+len(by[cBand])+len(by[cBelow])+len(by[cRatio])+len(by[cExcess]) > 0
	if pctRule && rateRE.MatchString(fold(title)) {
		return direct(NRuleRate, title)
	}
	switch {
	case len(by[cExcess]) > 0:
		if len(by[cExcess]) > 1 {
			return direct(NRuleTwoReadings, sentence)
		}
		e := by[cExcess][0]
		if c, ok := only(cExcess, cCap, cFloor, cNo); !ok {
			return direct(NRuleUnexplained, c.text)
		}
		if cp := capOf(e, by); cp > 0 && cp != max {
			return direct(NRuleContradicts, sentence, max)
		}
		return read(model.Rule{Kind: model.RuleExcess, From: model.Whole(100), Step: e.pct, Gain: e.points})
	case len(by[cStep]) > 0:
		if len(by[cStep]) > 1 {
			return direct(NRuleTwoReadings, sentence)
		}
		if c, ok := only(cStep, cFull, cBelow, cYes, cFloor, cNo); !ok {
			return direct(NRuleUnexplained, c.text)
		}
		s := by[cStep][0]
		r := model.Rule{Kind: model.RuleTarget, Full: model.Whole(100), Step: s.pct, Loss: s.points}
		for _, c := range by[cFull] {
			if !full(c) {
				return direct(NRuleContradicts, c.text, max)
			}
			r.Full = c.pct
		}
		for _, c := range by[cYes] {
			if !full(c) {
				return direct(NRuleContradicts, c.text, max)
			}
		}
		for _, c := range by[cBelow] {
			if c.points != 0 {
				return direct(NRuleUnexplained, c.text)
			}
			r.Zero = c.pct
		}
		if len(by[cNo]) > 0 {
			return direct(NRuleZeroCase, by[cNo][0].text)
		}
		return read(r)
	case len(by[cRatio]) > 0:
		if c, ok := only(cRatio, cFull, cYes, cCap); !ok {
			return direct(NRuleUnexplained, c.text)
		}
		for _, c := range append(by[cFull], by[cYes]...) {
			if !full(c) || (c.kind == cFull && c.pct != model.Whole(100)) {
				return direct(NRuleContradicts, c.text, max)
			}
		}
		for _, c := range by[cRatio] {
			if c.points > 0 && c.points != max {
				return direct(NRuleContradicts, c.text, max)
			}
		}
		return read(model.Rule{Kind: model.RuleRatio})
	case len(by[cBand])+len(by[cBelow]) > 0 || len(by[cFull]) > 1:
		return readBands(used, max, sentence, direct, read)
	case len(by[cCount]) > 0:
		return readCount(used, by, max, kind, sentence, direct, read)
	}
	// Points for a condition met, and perhaps nothing when it is not.
	if c, ok := only(cYes, cFull, cNo, cCap, cFloor); !ok {
		return direct(NRuleUnexplained, c.text)
	}
	yes := append(append([]clause{}, by[cFull]...), by[cYes]...)
	if len(yes) == 0 {
		return Reading{}
	}
	for _, c := range yes {
		if c.kind == cFull && c.pct != model.Whole(100) {
			return direct(NRuleUnexplained, c.text)
		}
	}
	if len(yes) > 1 {
		return direct(NRuleLevels, sentence)
	}
	y := yes[0]
	if y.down && kind == model.Standard {
		return direct(NRuleUnexplained, y.text)
	}
	if !full(y) {
		return direct(NRuleContradicts, y.text, max)
	}
	if len(by[cNo]) == 0 && kind == model.Standard {
		return direct(NRuleOnlyFull, y.text)
	}
	return read(model.Rule{Kind: model.RuleBinary})
}

// capOf returns the cap a reading states, in its clause or on its own.
func capOf(c clause, by map[clauseKind][]clause) model.Points {
	if c.hi > 0 {
		return c.hi
	}
	for _, x := range by[cCap] {
		return x.points
	}
	return 0
}

// readCount reads a count of occurrences, up or down.
func readCount(used []clause, by map[clauseKind][]clause, max model.Points, kind model.Kind, sentence string,
	direct func(string, ...any) Reading, read func(model.Rule) Reading) Reading {
	counts := by[cCount]
	c := counts[0]
	for _, x := range counts[1:] {
		if x.points != c.points || x.down != c.down {
			return direct(NRuleTwoReadings, sentence)
		}
	}
	for _, x := range used {
		switch x.kind {
		case cCount, cCap, cFloor:
		case cYes, cFull:
			// "Hoàn thành đúng hạn: 2 điểm; chậm mỗi đợt trừ 0,5": the
			// full mark, then points off.
			if !c.down || kind != model.Standard || (x.points != max && x.points != -2) || (x.kind == cFull && x.pct != model.Whole(100)) {
				return direct(NRuleUnexplained, x.text)
			}
		case cNo:
			return direct(NRuleZeroCase, x.text)
		default:
			return direct(NRuleUnexplained, x.text)
		}
	}
	if cp := capOf(c, by); cp > 0 && cp != max {
		return direct(NRuleContradicts, sentence, max)
	}
	if c.points > max {
		return direct(NRuleContradicts, c.text, max)
	}
	switch kind {
	case model.Deduction:
		// A deduction item is typed as points lost: each occurrence adds
		// to them, however it is worded.
		if c.explicit && !c.down && strings.Contains(fold(c.text), "cong") {
			return direct(NRuleContradicts, c.text, max)
		}
		return read(model.Rule{Kind: model.RuleCount, Each: c.points})
	case model.Bonus:
		if c.down {
			return direct(NRuleContradicts, c.text, max)
		}
		return read(model.Rule{Kind: model.RuleCount, Each: c.points})
	}
	return read(model.Rule{Kind: model.RuleCount, Each: c.points, Down: c.down})
}

// readBands reads percentage bands: the full mark from a percentage, then
// lower bands, each starting where the one above ends.
func readBands(used []clause, max model.Points, sentence string,
	direct func(string, ...any) Reading, read func(model.Rule) Reading) Reading {
	type band struct {
		min, upper model.Points
		points     model.Points
		text       string
	}
	var bands []band
	var floor *clause
	for i, c := range used {
		switch c.kind {
		case cFull:
			p := c.points
			if p == -2 {
				p = max
			}
			bands = append(bands, band{min: c.pct, upper: -1, points: p, text: c.text})
		case cBand:
			bands = append(bands, band{min: c.pct, upper: c.hi, points: c.points, text: c.text})
		case cBelow:
			if floor != nil {
				return direct(NRuleTwoReadings, sentence)
			}
			floor = &used[i]
		case cNo, cFloor:
		default:
			return direct(NRuleUnexplained, c.text)
		}
	}
	if len(bands) == 0 {
		return direct(NRuleUnexplained, sentence)
	}
	sort.SliceStable(bands, func(i, j int) bool { return bands[i].min > bands[j].min })
	if bands[0].upper >= 0 {
		return direct(NRuleUnexplained, bands[0].text) // nothing says what the top earns
	}
	if bands[0].points != max {
		return direct(NRuleContradicts, bands[0].text, max)
	}
	for i := 1; i < len(bands); i++ {
		b, above := bands[i], bands[i-1]
		if b.min == above.min || (b.upper >= 0 && b.upper != above.min) || b.points > above.points {
			return direct(NRuleTwoReadings, sentence)
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
			return direct(NRuleTwoReadings, sentence)
		}
		if floor.points > 0 {
			r.Bands = append(r.Bands, model.Band{Min: 0, Points: floor.points})
		}
	}
	if len(r.Bands) == 0 {
		return direct(NRuleUnexplained, sentence)
	}
	return read(r)
}

func joinText(cls []clause) string {
	parts := make([]string, len(cls))
	for i, c := range cls {
		parts[i] = c.text
	}
	return strings.Join(parts, "; ")
}
