package table

import (
	"strings"

	"thidua/model"
)

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
	pctRE      = lazyRE(num + ` ?%`)
	pointsRE   = lazyRE(num + ` ?diem`)
	rangePtsRE = lazyRE(num + ` ?(?:-|den) ?` + num + ` ?diem`)
	zeroRE     = lazyRE(`(?:^|[: ])(?:0|khong) diem\b|: ?(?:0|khong)$|khong (?:duoc )?(?:cham|tinh) diem|khong co diem|khong duoc diem|khong cham tieu chi`)
	stepRE     = lazyRE(`(?:cu|moi|neu) ?` + num + ` ?% ?(?:giam|thieu|thap hon|khong dat|chua dat|hut|con thieu|duoi chi tieu|duoi ke hoach)|(?:cu|moi) (?:giam|thieu|thap hon|hut|khong dat|chua dat) ` + num + ` ?%|(?:giam|thieu|hut) (?:moi|cu) ` + num + ` ?%`)
	excessRE   = lazyRE(`(?:moi|cu) ` + num + ` ?% vuot|vuot (?:moi|cu|tren)? ?` + num + ` ?%|(?:moi|cu) vuot ` + num + ` ?%`)
	ratioRE    = lazyRE(`theo ty le|= ?ty le|ty le (?:% )?hoan thanh (?:x|nhan)|ty le % ?x|ty le x`)
	factorRE   = lazyRE(`(?:x|nhan(?: voi)?) ?` + num + `\b`)
	capClRE    = lazyRE(`toi da(?: khong qua| duoc| la)?:? ?` + num + `(?: ?diem|\s*$|\s*[,;.])|khong qua ` + num + ` ?diem`)
	floorRE    = lazyRE(`tru (?:den )?het (?:so )?diem|tru het diem|khong tru qua|toi thieu (?:la )?0 diem`)
	referRE    = lazyRE(`^(?:nhu|tuong tu|giong) (?:tieu chi |muc |diem )?[ivx0-9]`)
	unitWords  = `lan|vu|viec|vu viec|hoc phan|mo hinh|buoi|dot|ho so|bao cao|van ban|hoat dong|san pham|sang kien|chi tieu|cuoc|giai|tin|bai|nguoi|truong hop|don vi|noi dung|chinh sach|ngay|tuan|thang|loi|de tai|cong trinh|diem|cuoc thi|phong trao|tap the|ca nhan|chuong trinh|hoc phan|can bo|dang vien|doi tuong|tap the|ky|kien nghi|giay khen|bang khen|co|huy hieu|khu dan cu|thon|to dan pho|ap|ban|khu|ho|co so|hoi nghi|dia ban|xa|phuong|doan vien|hoi vien|luot|em|hoc sinh|sinh vien|hoc vien|chau|dong chi|chi doan|lop|tiet|gio`
	perUnitRE  = lazyRE(num + ` ?diem ?/ ?(?:1 |01 |mot )?(?:` + unitWords + `)\b`)
	eachPtsRE  = lazyRE(`^(?:moi|cu moi|tung) (?:1 |01 |mot )?(?:` + unitWords + `) (?:duoc |tinh )?` + num + ` ?diem`)
	eachRE     = lazyRE(`(?:moi|cu moi|cu|tung) (?:1 |01 |mot )?(?:` + unitWords + `)\b`)
	verbRE     = lazyRE(`\b(tru|cong|bi tru|duoc cong|thuong)\b`)
	fullPctRE  = lazyRE(`^(?:dat|hoan thanh|thuc hien|dat ty le|ty le|dat va vuot|dat tu|tu|dat ty le tu|ty le tu)? ?` + num + ` ?%(?: (?:chi tieu|ke hoach|so|tro len|tro len|ke hoach tro len|chi tieu tro len|dung han|muc tieu))*(?: tro len)?`)
	fullWordRE = lazyRE(`^(?:dat|hoan thanh|thuc hien|dat va vuot|vuot) (?:100% )?(?:chi tieu|ke hoach|muc tieu)(?: (?:duoc giao|tro len|ke hoach|van dong|nam))*\b`)
	bandRE     = lazyRE(`(?:tu|dat tu|dat|tren)? ?` + num + ` ?% ?(?:den|-|–|toi) ?(?:duoi|<)? ?` + num + ` ?%`)
	belowRE    = lazyRE(`(?:dat )?(?:duoi|thap hon|<) ?` + num + ` ?%`)
	noWordsRE  = lazyRE(`^(?:khong|chua|cham|tre|sai|thieu|vang|khong co|khong dat|chua dat|khong hoan thanh|chua hoan thanh|khong thuc hien|khong dung|khong kip thoi|khong day du|khong dung han|bi xuat toan|xep loai kem)\b`)
	rateRE     = lazyRE(`giam ty le|ty le .*giam|giam so (?:ho|vu|nguoi)`)
	cleanRE    = lazyRE(`([0-9]) ?d\b`)
	spaceRE    = lazyRE(`\s+`)
	oneUnitRE  = lazyRE(`\b(?:1|mot) (?:` + unitWords + `)\b.*\b(?:bi tru|tru|duoc cong|cong)\b ?` + num + ` ?diem`)
	countCapRE = lazyRE(`toi da(?: khong qua)? ` + num + ` (?:` + unitWords + `)\b`)
	wordTruRE  = lazyRE(`\b(?:tru|bi tru)\b`)
	looseFull  = lazyRE(`^[^:]*?` + num + ` ?%[^:0-9]*: ?` + num + ` ?diem$`)
	gainRE     = lazyRE(`cong|thuong|duoc`)
	leadZeroRE = lazyRE(`\b0+([1-9][0-9]*(?:[.,][0-9]+)?)\b`)
)

var (
	// labelRE is the label a guidance line may start with ("Hướng dẫn:",
	// "Cách chấm:").
	labelRE = lazyRE(`(?i)^\s*(?:hướng dẫn chấm|hướng dẫn|cách chấm điểm|cách chấm|cách tính điểm|cách tính|phương pháp chấm|phương pháp tính điểm)\s*:\s*`)
	// dashRE is a dash between two clauses, before a capital.
	dashRE = lazyRE(`\s+[-+]\s+(\p{Lu})`)
	// clauseEndRE ends a clause: a semicolon, a full stop, a list dash.
	clauseEndRE = lazyRE(`;|\.\s+(?:[-+]\s)?|^\s*[-+]\s+|\x00`)
)

// splitClauses cuts guidance into its clauses: at semicolons, line
// breaks, sentence ends and list dashes.
func splitClauses(s string) []string {
	s = strings.NewReplacer("\r", "\n", "•", "\n", "·", "\n").Replace(model.NFC(s))
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = labelRE().ReplaceAllString(line, "")
		line = dashRE().ReplaceAllString(line, "\x00$1") // "… 2 điểm - Không đạt: 0"
		for _, part := range clauseEndRE().Split(line, -1) {
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
	f = cleanRE().ReplaceAllString(f, "$1 diem")
	f = leadZeroRE().ReplaceAllString(f, "$1")
	f = strings.ReplaceAll(f, "diem /", "diem/")
	return strings.TrimSpace(spaceRE().ReplaceAllString(f, " "))
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
	if c.kind == cCount && moreAmounts(fold(text), c.points) {
		// "khiển trách trừ 2 điểm, cảnh cáo trừ 3 điểm": levels to choose.
		c.kind, c.down = cOther, true
		return c
	}
	if c.kind == cCount {
		// "tối đa 2 ngày": a cap on the count, in points each × count.
		if m := countCapRE().FindStringSubmatch(fold(text)); m != nil && !strings.HasSuffix(m[0], "diem") {
			if n := pts(m[1]); n > 0 && c.points > 0 {
				c.hi = model.Points(int64(n) * int64(c.points) / model.PointsPerUnit)
			}
		}
	}
	return c
}

// moreAmounts reports whether a clause read as points per occurrence
// names points other than that amount and its cap.
func moreAmounts(f string, each model.Points) bool {
	cp := model.Points(-3)
	if m := capClRE().FindStringSubmatch(f); m != nil {
		cp = pts(first(m[1:]))
	}
	eachSeen, capSeen := false, false
	for _, m := range pointsRE().FindAllStringSubmatch(f, -1) {
		switch v := pts(m[1]); {
		case v == each && !eachSeen:
			eachSeen = true
		case v == cp && !capSeen:
			capSeen = true
		default:
			return true
		}
	}
	return false
}

// clauseReaders try, in order, each family of wording a clause may have;
// the first that recognises it says what it is.
var clauseReaders = []func(c *clause, f string, pm [][]string) bool{
	readAside, readPercentRule, readPerOccurrence, readPercentBands, readPoints,
}

func readClause(text string) clause {
	f := fold(text)
	c := clause{text: text}
	pm := pointsRE().FindAllStringSubmatch(f, -1)
	for _, read := range clauseReaders {
		if read(&c, f, pm) {
			return c
		}
	}
	if len(pm) > 0 || pctRE().MatchString(f) && strings.Contains(f, "diem") {
		c.kind = cOther
	}
	return c
}

// readAside recognises clauses that set the rule aside: a reference to
// another criterion, a range of points for the grader, a floor at 0.
func readAside(c *clause, f string, pm [][]string) bool {
	switch {
	case referRE().MatchString(f):
		c.kind = cRefer
	case rangePtsRE().MatchString(f) && !bandRE().MatchString(f):
		c.kind = cRange
	case floorRE().MatchString(f) && len(pm) == 0:
		c.kind = cFloor
	default:
		return false
	}
	return true
}

// readPercentRule recognises the rules on a percentage achieved:
// over-achievement, steps short of the target, a ratio.
func readPercentRule(c *clause, f string, pm [][]string) bool {
	if m := excessRE().FindStringSubmatch(f); m != nil && len(pm) > 0 && gainRE().MatchString(f) {
		c.kind, c.pct, c.points = cExcess, pts(first(m[1:])), pts(pm[0][1])
		if cm := capClRE().FindStringSubmatch(f); cm != nil {
			c.hi = pts(first(cm[1:]))
		}
		return true
	}
	if m := stepRE().FindStringSubmatch(f); m != nil && len(pm) > 0 && strings.Contains(f, "tru") {
		c.kind, c.pct, c.points = cStep, pts(first(m[1:])), pts(pm[len(pm)-1][1])
		return true
	}
	if ratioRE().MatchString(f) {
		c.kind = cRatio
		if m := factorRE().FindStringSubmatch(f[ratioRE().FindStringIndex(f)[0]:]); m != nil {
			c.points = pts(m[1])
		}
		return true
	}
	return false
}

// readPerOccurrence recognises points for each occurrence, up or down:
// "1,5 điểm/mô hình", "1 lần bị trừ 2 điểm", "mỗi vụ trừ 4 điểm".
func readPerOccurrence(c *clause, f string, pm [][]string) bool {
	if m := perUnitRE().FindStringSubmatch(f); m != nil {
		c.kind, c.points = cCount, pts(m[1])
		c.down = wordTruRE().MatchString(f[:strings.Index(f, m[0])])
		c.explicit = verbRE().MatchString(f)
		if cm := capClRE().FindStringSubmatch(f); cm != nil {
			c.hi = pts(first(cm[1:]))
		}
		return true
	}
	if m := oneUnitRE().FindStringSubmatch(f); m != nil && !pctRE().MatchString(f) {
		c.kind, c.points, c.explicit = cCount, pts(m[1]), true
		c.down = wordTruRE().MatchString(m[0])
		return true
	}
	if m := eachPtsRE().FindStringSubmatch(f); m != nil && !pctRE().MatchString(f) && !verbRE().MatchString(f) {
		// "mỗi buổi 5 điểm, tối đa 15 điểm": points for each.
		c.kind, c.points = cCount, pts(m[1])
		if cm := capClRE().FindStringSubmatch(f); cm != nil && len(pm) > 1 {
			c.hi = pts(first(cm[1:]))
		}
		return true
	}
	if eachRE().MatchString(f) && len(pm) > 0 && verbRE().MatchString(f) && !pctRE().MatchString(f) {
		c.kind, c.points = cCount, pts(pm[0][1])
		c.down = strings.Contains(verbRE().FindString(f), "tru")
		c.explicit = true
		if cm := capClRE().FindStringSubmatch(f); cm != nil && len(pm) > 1 {
			c.hi = pts(first(cm[1:]))
		}
		return true
	}
	return false
}

// readPercentBands recognises fixed points for a percentage reached: a
// band, a floor below which nothing is given, the full mark from a
// percentage.
func readPercentBands(c *clause, f string, pm [][]string) bool {
	if m := bandRE().FindStringSubmatch(f); m != nil && len(pm) > 0 {
		c.kind, c.pct, c.hi, c.points = cBand, pts(m[1]), pts(m[2]), pts(pm[len(pm)-1][1])
		return true
	}
	if m := belowRE().FindStringSubmatch(f); m != nil && (len(pm) > 0 || zeroRE().MatchString(f)) {
		c.kind, c.pct = cBelow, pts(m[1])
		if len(pm) > 0 && !zeroRE().MatchString(f) {
			c.points = pts(pm[len(pm)-1][1])
		}
		return true
	}
	if m := fullPctRE().FindStringSubmatch(f); m != nil && len(pm) > 0 {
		c.kind, c.pct, c.points = cFull, pts(m[1]), pts(pm[len(pm)-1][1])
		return true
	}
	if m := looseFull().FindStringSubmatch(f); m != nil && !strings.Contains(f, "duoi") {
		c.kind, c.pct, c.points = cFull, pts(m[1]), pts(m[2])
		return true
	}
	if fullWordRE().MatchString(f) && (len(pm) > 0 || strings.Contains(f, "diem toi da")) {
		c.kind, c.pct = cFull, model.Whole(100)
		c.points = -2 // the full mark, whatever it is
		if len(pm) > 0 {
			c.points = pts(pm[len(pm)-1][1])
		}
		return true
	}
	return false
}

// readPoints recognises a cap, nothing for a condition not met, and
// points for a condition met ("Đạt: 2 điểm", "trừ 5 điểm").
func readPoints(c *clause, f string, pm [][]string) bool {
	if cm := capClRE().FindStringSubmatch(f); cm != nil && len(pm) <= 1 && strings.HasPrefix(f, "toi da") {
		c.kind, c.points = cCap, pts(first(cm[1:]))
		return true
	}
	if zeroRE().MatchString(f) && (noWordsRE().MatchString(f) || strings.Contains(f, ":") || strings.HasPrefix(f, "0 diem")) {
		c.kind = cNo
		return true
	}
	if len(pm) != 1 || pctRE().MatchString(f) {
		return false
	}
	p := pts(pm[0][1])
	before := strings.TrimSpace(f[:strings.Index(f, pm[0][0])])
	switch {
	case strings.HasSuffix(before, "tru") || strings.HasSuffix(before, "bi tru"):
		c.kind, c.points, c.down, c.explicit = cYes, p, true, true
	case noWordsRE().MatchString(before) && p > 0:
		c.kind, c.points = cOther, p // a lesser level for a failing ("chậm: 1 điểm")
		c.down = true
	default:
		c.kind, c.points = cYes, p
	}
	return true
}

func first(ss []string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
