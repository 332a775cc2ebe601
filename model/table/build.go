package table

import (
	"sort"
	"strconv"
	"strings"

	"thidua/model"
)

// parsed is one row on its way to becoming a criterion.
type parsed struct {
	c       model.Criterion
	ref     Ref
	level   int
	kindSet bool
	maxSet  bool
	sign    string
	bad     bool // the row has a problem of its own already
	rule    string
}

// build turns the table's rows into criteria, and fills res.
func build(res *Result, lines []rowLine) {
	var rows []parsed
	hasRuleCol := false
	problem := func(p *parsed, err error) {
		p.bad = true
		res.Problems = append(res.Problems, Note{Ref: p.ref, ID: p.c.ID, Err: asError(err)})
	}
	for _, l := range lines {
		p := parsed{ref: l.ref, c: model.Criterion{ID: model.NewID(), Code: oneLine(l.code), Title: oneLine(l.title),
			Guidance: strings.TrimSpace(model.NFC(l.guidance))}, rule: l.rule}
		if l.max != "" {
			m, sign, err := readMax(l.max)
			if err != nil {
				problem(&p, err)
			} else {
				p.c.Max, p.sign, p.maxSet = m, sign, true
			}
		}
		if kind := strings.TrimSpace(l.kind); kind != "" {
			if p.c.Kind, p.kindSet = model.ParseKind(kind); !p.kindSet {
				problem(&p, model.Errorf(model.ETreeKindUnknown, p.c.Code))
			}
		}
		if lv := strings.TrimSpace(l.level); lv != "" {
			var err error
			if p.level, err = strconv.Atoi(lv); err != nil || p.level < 1 {
				p.level = 0
				problem(&p, model.Errorf(ELevel, lv))
			}
		}
		if l.rule != "" {
			hasRuleCol = true
		}
		switch model.Fold(l.capped) {
		case "", "0", "no", "khong":
		default:
			p.c.Capped = true
		}
		rows = append(rows, p)
	}
	if len(rows) == 0 {
		res.Problems = append(res.Problems, Note{Err: model.Errorf(ENoRows)})
		return
	}
	nameHeadings(res, rows)
	outline := make([]outlineRow, len(rows))
	for i, p := range rows {
		outline[i] = outlineRow{code: p.c.Code, level: p.level, section: sectionOf(p.c.Title) != model.Standard}
	}
	parents, badLevels := link(outline)
	for _, i := range badLevels {
		problem(&rows[i], model.Errorf(ELevel, strconv.Itoa(rows[i].level)))
	}
	kids := map[int][]int{}
	for i := range rows {
		if parents[i] >= 0 {
			rows[i].c.ParentID = rows[parents[i]].c.ID
		}
		kids[parents[i]] = append(kids[parents[i]], i)
		rows[i].c.Position = len(kids[parents[i]])
	}
	// The section each row counts towards, from its own heading or its
	// ancestors' (a leaf's own title names its content, not its part).
	section := make([]model.Kind, len(rows))
	for i := range rows {
		section[i] = model.Standard
		for a := i; a >= 0; a = parents[a] {
			if a == i && len(kids[i]) == 0 && parents[i] >= 0 {
				continue
			}
			if k := sectionOf(rows[a].c.Title); k != model.Standard {
				section[i] = k
				break
			}
		}
	}
	for i := range rows {
		p := &rows[i]
		if p.kindSet {
			continue
		}
		switch {
		case len(kids[i]) > 0:
			p.c.Kind = model.Group
		case section[i] != model.Standard:
			p.c.Kind = section[i]
		case p.sign == "-" && parents[i] < 0:
			p.c.Kind = model.Deduction
		default:
			p.c.Kind = model.Standard
		}
	}
	// Caps stated in a group's heading; maxima left blank. Children come
	// after their parent, so going backwards every child is settled first.
	for i := len(rows) - 1; i >= 0; i-- {
		p := &rows[i]
		if p.c.Kind == model.Group {
			if cap, ok := statedCap(p.c.Title, section[i]); ok {
				p.c.Capped = true
				if !p.maxSet {
					p.c.Max, p.maxSet = cap, true
				}
			}
		}
		if p.maxSet || p.bad {
			continue
		}
		if len(kids[i]) > 0 {
			for _, k := range kids[i] {
				p.c.Max += rows[k].c.Max
			}
			if section[i] == model.Standard {
				res.Notes = append(res.Notes, Note{Ref: p.ref, ID: p.c.ID, Err: model.Errorf(NMaxSum, label(p.c), p.c.Max)})
			}
			continue
		}
		problem(p, model.Errorf(ENoMax, label(p.c)))
	}
	for i := range rows {
		p := &rows[i]
		if p.c.Kind == model.Group {
			continue
		}
		if hasRuleCol {
			r, err := model.ParseRule(p.rule)
			if err != nil {
				problem(p, err)
				continue
			}
			p.c.Rule = r
			if !r.IsDirect() {
				res.Readings[p.c.ID] = Reading{Rule: r, Typed: true}
			} else {
				res.Readings[p.c.ID] = Reading{Typed: true}
			}
			continue
		}
		rd := ReadRule(p.c.Title, p.c.Guidance, p.c.Max, p.c.Kind)
		p.c.Rule = rd.Rule
		res.Readings[p.c.ID] = rd
	}
	res.Rows = make([]model.Criterion, len(rows))
	bad := map[string]bool{}
	for i, p := range rows {
		res.Rows[i] = p.c
		res.Refs[p.c.ID] = p.ref
		if p.bad {
			bad[p.c.ID] = true
		}
	}
	tree, err := model.NewTree(res.Rows)
	if err != nil {
		res.Problems = append(res.Problems, Note{Err: asError(err)})
		return
	}
	for _, pr := range tree.Problems() {
		if bad[pr.ID] {
			continue
		}
		res.Problems = append(res.Problems, Note{Ref: res.Refs[pr.ID], ID: pr.ID, Err: pr.Err})
	}
	if res.Total > 0 && res.Total != tree.StandardMax() {
		res.Notes = append(res.Notes, Note{Err: model.Errorf(NTotalDiffers, res.Total, tree.StandardMax())})
	}
	sortNotes(res.Problems)
	sortNotes(res.Notes)
}

func label(c model.Criterion) string {
	if c.Code != "" {
		return c.Code
	}
	return cut(c.Title, 40)
}

func asError(err error) *model.Error {
	if e, ok := err.(*model.Error); ok {
		return e
	}
	return model.Errorf(EUnreadable, err.Error())
}

// sortNotes orders notes by their place in the file (the table as a whole
// last).
func sortNotes(n []Note) {
	sort.SliceStable(n, func(a, b int) bool {
		la, lb := n[a].Ref.Line, n[b].Ref.Line
		if la == 0 {
			la = 1 << 30
		}
		if lb == 0 {
			lb = 1 << 30
		}
		return la < lb
	})
}

// nameHeadings gives a bonus or deduction heading typed without a number
// ("ĐIỂM THƯỞNG" below the total) the next number of the table's parts
// (IV after III, PHẦN C after PHẦN B), so that a person can name it; a note
// says so.
func nameHeadings(res *Result, rows []parsed) {
	last := ""
	for i := range rows {
		p := &rows[i]
		code := strings.TrimSpace(p.c.Code)
		if code == "" && p.level == 0 && sectionOf(p.c.Title) != model.Standard {
			p.c.Code = nextPart(last, sectionOf(p.c.Title))
			last = p.c.Code
			res.Notes = append(res.Notes, Note{Ref: p.ref, ID: p.c.ID, Err: model.Errorf(NCodeGiven, p.c.Code, cut(p.c.Title, 40))})
			continue
		}
		if st := codeStyle(code); st == "roman" || st == "part" || st == "upper" {
			if last == "" || codeStyle(last) == st {
				last = code
			}
		}
	}
}

var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// nextPart is the part number after last, in its style.
func nextPart(last string, section model.Kind) string {
	bare := BareCode(last)
	suffix := strings.TrimPrefix(strings.TrimSpace(last), bare)
	switch codeStyle(last) {
	case "roman":
		for i, r := range romans[:len(romans)-1] {
			if r == bare {
				return romans[i+1] + suffix
			}
		}
	case "upper":
		if bare < "Z" {
			return string(rune(bare[0]+1)) + suffix
		}
	case "part":
		words := strings.Fields(bare)
		n := words[len(words)-1]
		next := ""
		for i, r := range romans[:len(romans)-1] {
			if r == strings.ToUpper(n) {
				next = romans[i+1]
			}
		}
		if next == "" && len(n) == 1 && n[0] >= 'A' && n[0] < 'Z' {
			next = string(rune(n[0] + 1))
		}
		if next != "" {
			return strings.Join(append(words[:len(words)-1], next), " ")
		}
	}
	if section == model.Bonus {
		return "Thưởng"
	}
	return "Trừ"
}
