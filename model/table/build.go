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
	given   bool // its number was given by nameHeadings
	bad     bool // the row has a problem of its own already
	rule    string
}

// bulletRE is a dash or bullet typed before a title that has its number.
var bulletRE = lazyRE(`^[-–—+•*]\s+`)

// builder turns the table's rows into criteria, phase by phase: the cells
// of each row, the tree from the numbering, the section each row counts
// towards, kinds, maxima, rules; then the checks of the whole tree.
type builder struct {
	res        *Result
	rows       []parsed
	parents    []int         // index of each row's parent, -1 for a part
	kids       map[int][]int // parent index (-1: top) → children in order
	section    []model.Kind  // standard, bonus or deduction, for every row
	hasRuleCol bool
}

// build turns the table's rows into criteria, and fills res.
func build(res *Result, lines []rowLine) {
	b := &builder{res: res}
	for _, l := range lines {
		b.parse(l)
	}
	if len(b.rows) == 0 {
		res.Problems = append(res.Problems, Note{Err: model.Errorf(ENoRows)})
		return
	}
	nameHeadings(res, b.rows)
	b.link()
	b.sections()
	b.kinds()
	b.maxima()
	b.itemMaxima()
	b.rules()
	b.finish()
}

func (b *builder) problem(p *parsed, err error) {
	p.bad = true
	b.res.Problems = append(b.res.Problems, Note{Ref: p.ref, ID: p.c.ID, Err: asError(err)})
}

func (b *builder) note(i int, code string, args ...any) {
	p := b.rows[i]
	b.res.Notes = append(b.res.Notes, Note{Ref: p.ref, ID: p.c.ID, Err: model.Errorf(code, args...)})
}

// parse reads the cells of one row.
func (b *builder) parse(l rowLine) {
	title := oneLine(l.title)
	if l.code != "" {
		title = bulletRE().ReplaceAllString(title, "") // "1 | - Hàng năm, …"
	}
	p := parsed{ref: l.ref, c: model.Criterion{ID: model.NewID(), Code: oneLine(l.code), Title: title,
		Guidance: strings.TrimSpace(model.NFC(l.guidance))}, rule: l.rule}
	if l.max != "" {
		m, sign, err := readMax(l.max)
		if err != nil {
			b.problem(&p, err)
		} else {
			p.c.Max, p.sign, p.maxSet = m, sign, true
		}
	}
	if kind := strings.TrimSpace(l.kind); kind != "" {
		if p.c.Kind, p.kindSet = model.ParseKind(kind); !p.kindSet {
			b.problem(&p, model.Errorf(model.ETreeKindUnknown, p.c.Code))
		}
	}
	if lv := strings.TrimSpace(l.level); lv != "" {
		var err error
		if p.level, err = strconv.Atoi(lv); err != nil || p.level < 1 {
			p.level = 0
			b.problem(&p, model.Errorf(ELevel, lv))
		}
	}
	if l.rule != "" {
		b.hasRuleCol = true
	}
	switch model.Fold(l.capped) {
	case "", "0", "no", "khong":
	default:
		p.c.Capped = true
	}
	b.rows = append(b.rows, p)
}

// link places every row in the tree from its numbering (or level).
func (b *builder) link() {
	outline := make([]outlineRow, len(b.rows))
	for i, p := range b.rows {
		outline[i] = outlineRow{code: p.c.Code, level: p.level, section: sectionOf(p.c.Title), given: p.given}
	}
	parents, badLevels := link(outline)
	for _, i := range badLevels {
		b.problem(&b.rows[i], model.Errorf(ELevel, strconv.Itoa(b.rows[i].level)))
	}
	b.parents, b.kids = parents, map[int][]int{}
	for i := range b.rows {
		if parents[i] >= 0 {
			b.rows[i].c.ParentID = b.rows[parents[i]].c.ID
		}
		b.kids[parents[i]] = append(b.kids[parents[i]], i)
		b.rows[i].c.Position = len(b.kids[parents[i]])
	}
}

// sections finds the section each row counts towards, from its own
// heading or its ancestors' (a leaf's own title names its content, not
// its part).
func (b *builder) sections() {
	b.section = make([]model.Kind, len(b.rows))
	for i := range b.rows {
		b.section[i] = model.Standard
		for a := i; a >= 0; a = b.parents[a] {
			if a == i && len(b.kids[i]) == 0 && b.parents[i] >= 0 {
				continue
			}
			if k := sectionOf(b.rows[a].c.Title); k != model.Standard {
				b.section[i] = k
				break
			}
		}
	}
}

// kinds gives every row without a kind column its kind.
func (b *builder) kinds() {
	for i := range b.rows {
		p := &b.rows[i]
		if p.kindSet {
			continue
		}
		switch {
		case len(b.kids[i]) > 0:
			p.c.Kind = model.Group
		case b.section[i] != model.Standard:
			p.c.Kind = b.section[i]
		case p.sign == "-" && b.parents[i] < 0:
			p.c.Kind = model.Deduction
		default:
			p.c.Kind = model.Standard
		}
	}
}

// maxima settles the caps stated in a group's heading and the maxima left
// blank in the standard section: a group's is the sum of its children, a
// leaf's is a problem. Children come after their parent, so going
// backwards every child is settled first. Bonus and deduction rows
// without a maximum are left to itemMaxima.
func (b *builder) maxima() {
	for i := len(b.rows) - 1; i >= 0; i-- {
		p := &b.rows[i]
		if p.c.Kind == model.Group {
			if cap, ok := statedCap(b.capText(i), b.section[i]); ok {
				p.c.Capped = true
				if !p.maxSet {
					p.c.Max, p.maxSet = cap, true
				}
			}
		}
		if p.maxSet || p.bad || b.section[i] != model.Standard {
			continue
		}
		if len(b.kids[i]) > 0 {
			for _, k := range b.kids[i] {
				p.c.Max += b.rows[k].c.Max
			}
			b.note(i, NMaxSum, b.path(i), p.c.Max)
			continue
		}
		b.problem(p, model.Errorf(ENoMax, b.path(i)))
	}
}

// capText is where a group's cap may be stated: its heading, and for a
// bonus or deduction part also its guidance ("Tối đa không quá 10 điểm"
// in the guidance column, or on the row under the heading). A standard
// group's guidance may speak of its items' caps, so only its heading
// counts.
func (b *builder) capText(i int) string {
	p := b.rows[i]
	if b.section[i] == model.Standard {
		return p.c.Title
	}
	return p.c.Title + "\n" + p.c.Guidance
}

// rules reads every scorable criterion's rule: from the file's rule
// column when it has one (thidua's export), else from its guidance.
func (b *builder) rules() {
	for i := range b.rows {
		p := &b.rows[i]
		if p.c.Kind == model.Group {
			continue
		}
		if !b.hasRuleCol {
			rd := ReadRule(p.c.Title, p.c.Guidance, p.c.Max, p.c.Kind)
			p.c.Rule = rd.Rule
			b.res.Readings[p.c.ID] = rd
			continue
		}
		r, err := model.ParseRule(p.rule)
		if err != nil {
			b.problem(p, err)
			continue
		}
		p.c.Rule = r
		b.res.Readings[p.c.ID] = Reading{Rule: r, Typed: true}
	}
}

// finish fills the result and checks the tree as a whole, each problem
// tied to its row (a row with a problem of its own is not checked again).
func (b *builder) finish() {
	res := b.res
	res.Rows = make([]model.Criterion, len(b.rows))
	bad := map[string]bool{}
	for i, p := range b.rows {
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

// path names row i as the tree will: the codes from its part down
// ("B / 2"), its title when it has no code.
func (b *builder) path(i int) string {
	var codes []string
	for a := i; a >= 0; a = b.parents[a] {
		codes = append(codes, label(b.rows[a].c))
	}
	for l, r := 0, len(codes)-1; l < r; l, r = l+1, r-1 {
		codes[l], codes[r] = codes[r], codes[l]
	}
	return strings.Join(codes, " / ")
}

func label(c model.Criterion) string {
	if c.Code != "" {
		return strings.TrimSpace(c.Code)
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
