package sheet

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Excel and LibreOffice store a formula's last result beside it, and that
// is what import reads. Files written by scripts often have the formula
// alone ("=SUM(D6:D9)" for a part's maximum); for those, calc computes what
// criteria tables and score sheets use: numbers, cells of the same sheet,
// ranges, + - * / ^, parentheses, and SUM, MIN, MAX, AVERAGE, ROUND, ABS.
// Anything else (another sheet, IF, text) gives no value, as if the cell
// were empty. Each cell is computed once, cycles give no value, and the
// whole workbook's computing is bounded in steps, so no formula can hang the
// program.

// calcBudget is how many steps (cells visited, operations) the formulas of
// one workbook may take all together.
const calcBudget = 2_000_000

// calcDepth bounds the nesting of a formula and of cells computed from
// cells computed from cells.
const calcDepth = 64

// calcState is the computing of one sheet's formulas.
type calcState struct {
	done  map[[2]int]float64
	bad   map[[2]int]bool
	busy  map[[2]int]bool
	steps *int // shared by the workbook's sheets
	depth int
}

// calc returns the value of the formula in cell r, c (grid column).
func (g *grid) calc(r, c int) (float64, bool) {
	if g.calcs == nil {
		steps := g.steps
		if steps == nil {
			steps = new(int)
		}
		g.calcs = &calcState{done: map[[2]int]float64{}, bad: map[[2]int]bool{}, busy: map[[2]int]bool{}, steps: steps}
	}
	return g.calcs.cell(g, r, c)
}

func (cs *calcState) cell(g *grid, r, c int) (float64, bool) {
	k := [2]int{r, c}
	if v, ok := cs.done[k]; ok {
		return v, true
	}
	if cs.bad[k] || cs.busy[k] || cs.depth >= calcDepth || *cs.steps > calcBudget {
		return 0, false
	}
	cs.busy[k] = true
	cs.depth++
	p := &formulaParser{g: g, cs: cs, s: strings.TrimPrefix(strings.TrimSpace(g.formulas[k]), "=")}
	v, ok := p.expr()
	p.space()
	ok = ok && p.i == len(p.s) && !math.IsNaN(v) && !math.IsInf(v, 0)
	cs.depth--
	delete(cs.busy, k)
	if !ok {
		cs.bad[k] = true
		return 0, false
	}
	cs.done[k] = v
	return v, true
}

// value returns the number a referenced cell holds: 0 when empty, its
// number, or its formula's value. ok is false for text.
func (cs *calcState) value(g *grid, row, col int) (v float64, isNum, ok bool) {
	*cs.steps++
	c, found := slices.BinarySearch(g.cols, col)
	if !found || *cs.steps > calcBudget {
		return 0, false, *cs.steps <= calcBudget
	}
	raw := strings.TrimSpace(g.raw(row, c))
	if raw == "" {
		if g.formulas[[2]int{row, c}] == "" {
			return 0, false, true
		}
		v, ok := cs.cell(g, row, c)
		return v, ok, ok
	}
	if g.cellMeta(row, c).kind != kindNumber {
		return 0, false, true
	}
	f, err := strconv.ParseFloat(raw, 64)
	return f, err == nil, err == nil
}

// formulaParser reads a formula by recursive descent.
type formulaParser struct {
	g  *grid
	cs *calcState
	s  string
	i  int
}

func (p *formulaParser) space() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *formulaParser) eat(ch byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ch {
		p.i++
		return true
	}
	return false
}

// expr: term (('+'|'-') term)*
func (p *formulaParser) expr() (float64, bool) {
	p.cs.depth++
	defer func() { p.cs.depth-- }()
	if p.cs.depth > calcDepth {
		return 0, false
	}
	v, ok := p.term()
	for ok {
		*p.cs.steps++
		switch {
		case p.eat('+'):
			var w float64
			w, ok = p.term()
			v += w
		case p.eat('-'):
			var w float64
			w, ok = p.term()
			v -= w
		default:
			return v, true
		}
	}
	return 0, false
}

// term: power (('*'|'/') power)*
func (p *formulaParser) term() (float64, bool) {
	v, ok := p.power()
	for ok {
		switch {
		case p.eat('*'):
			var w float64
			w, ok = p.power()
			v *= w
		case p.eat('/'):
			var w float64
			w, ok = p.power()
			if w == 0 {
				return 0, false
			}
			v /= w
		default:
			return v, true
		}
	}
	return 0, false
}

// power: unary ('^' unary)*
func (p *formulaParser) power() (float64, bool) {
	v, ok := p.unary()
	for ok && p.eat('^') {
		var w float64
		w, ok = p.unary()
		v = math.Pow(v, w)
	}
	return v, ok
}

// unary: ('-'|'+')* atom '%'?
func (p *formulaParser) unary() (float64, bool) {
	switch {
	case p.eat('-'):
		v, ok := p.unary()
		return -v, ok
	case p.eat('+'):
		return p.unary()
	}
	v, ok := p.atom()
	if ok && p.eat('%') {
		v /= 100
	}
	return v, ok
}

// atom: number | '(' expr ')' | function '(' args ')' | cell
func (p *formulaParser) atom() (float64, bool) {
	p.space()
	if p.eat('(') {
		v, ok := p.expr()
		return v, ok && p.eat(')')
	}
	start := p.i
	for p.i < len(p.s) && (isDigit(p.s[p.i]) || p.s[p.i] == '.') {
		p.i++
	}
	if p.i > start {
		if p.i < len(p.s) && (p.s[p.i] == 'E' || p.s[p.i] == 'e') {
			p.i++
			if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
				p.i++
			}
			for p.i < len(p.s) && isDigit(p.s[p.i]) {
				p.i++
			}
		}
		v, err := strconv.ParseFloat(p.s[start:p.i], 64)
		return v, err == nil
	}
	for p.i < len(p.s) && (isLetter(p.s[p.i]) || isDigit(p.s[p.i]) || p.s[p.i] == '$' || p.s[p.i] == '.') {
		p.i++
	}
	word := strings.ToUpper(p.s[start:p.i])
	if word == "" {
		return 0, false
	}
	if p.eat('(') {
		return p.function(word)
	}
	r, c, ok := parseRef(word)
	if !ok {
		return 0, false
	}
	if p.eat(':') {
		return 0, false // a range outside a function
	}
	v, _, ok := p.cs.value(p.g, r, c)
	return v, ok
}

// function computes a function's value over its arguments, each a range,
// a cell or an expression.
func (p *formulaParser) function(name string) (float64, bool) {
	var nums []float64
	var args []float64
	for !p.eat(')') {
		if len(args) > 0 && !p.eat(',') && !p.eat(';') {
			return 0, false
		}
		p.space()
		save := p.i
		for p.i < len(p.s) && (isLetter(p.s[p.i]) || isDigit(p.s[p.i]) || p.s[p.i] == '$') {
			p.i++
		}
		if a, b, ok := p.rangeAt(save); ok {
			if !p.visit(a, b, &nums) {
				return 0, false
			}
			args = append(args, 0)
			continue
		}
		p.i = save
		v, ok := p.expr()
		if !ok {
			return 0, false
		}
		nums, args = append(nums, v), append(args, v)
	}
	switch name {
	case "SUM":
		s := 0.0
		for _, v := range nums {
			s += v
		}
		return s, true
	case "MIN", "MAX":
		if len(nums) == 0 {
			return 0, true
		}
		if name == "MIN" {
			return slices.Min(nums), true
		}
		return slices.Max(nums), true
	case "AVERAGE":
		if len(nums) == 0 {
			return 0, false
		}
		s := 0.0
		for _, v := range nums {
			s += v
		}
		return s / float64(len(nums)), true
	case "ROUND":
		if len(args) != 2 {
			return 0, false
		}
		m := math.Pow(10, math.Round(args[1]))
		return math.Round(args[0]*m) / m, true
	case "ABS":
		if len(args) != 1 {
			return 0, false
		}
		return math.Abs(args[0]), true
	}
	return 0, false
}

// rangeAt reads "A1:B3" from start, if that is what is there.
func (p *formulaParser) rangeAt(start int) ([2]int, [2]int, bool) {
	r0, c0, ok := parseRef(p.s[start:p.i])
	if !ok || p.i >= len(p.s) || p.s[p.i] != ':' {
		return [2]int{}, [2]int{}, false
	}
	p.i++
	from := p.i
	for p.i < len(p.s) && (isLetter(p.s[p.i]) || isDigit(p.s[p.i]) || p.s[p.i] == '$') {
		p.i++
	}
	r1, c1, ok := parseRef(p.s[from:p.i])
	if !ok {
		return [2]int{}, [2]int{}, false
	}
	return [2]int{min(r0, r1), min(c0, c1)}, [2]int{max(r0, r1), max(c0, c1)}, true
}

// visit adds the numbers of the cells of a range: only rows and columns
// the sheet has are visited, however large the range says it is.
func (p *formulaParser) visit(a, b [2]int, nums *[]float64) bool {
	lo, _ := slices.BinarySearch(p.g.cols, a[1])
	for r := a[0]; r <= min(b[0], len(p.g.rows)-1); r++ {
		for k := lo; k < len(p.g.cols) && p.g.cols[k] <= b[1]; k++ {
			v, isNum, ok := p.cs.value(p.g, r, p.g.cols[k])
			if !ok {
				return false
			}
			if isNum {
				*nums = append(*nums, v)
			}
		}
	}
	return true
}

func isDigit(b byte) bool  { return b >= '0' && b <= '9' }
func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
