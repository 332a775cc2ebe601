package sheet

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// unitSheet writes one unit's score sheet: "bảng tự chấm điểm thi đua"
// while only the unit has scored, "bảng chấm điểm thi đua" with the bloc's
// (and the province's) column once it has been reviewed. Every row of the
// criteria table with its maximum and points (groups with their capped
// subtotals), notes, the totals, the place and date and the signatures.
func (b *book) unitSheet(d *reportData, pos model.Position) (string, error) {
	s := d.sheets[pos.UnitID]
	u := d.res.Units[pos.UnitID]
	tree, caps := d.res.Tree, d.res.Rules.Caps
	stages := []model.Stage{model.StageSelf}
	for _, st := range []model.Stage{model.StageBloc, model.StageProvince} {
		if has(s, st) || (st == model.StageBloc && pos.Stage >= st) {
			stages = append(stages, st)
		}
	}
	layers := s.Layers()
	totals := make([]model.Totals, len(stages))
	for i, st := range stages {
		totals[i] = tree.Totals(layers.Effective(st), caps)
	}
	// A sheet with fewer stage columns gives their width to the criteria.
	l := layout{widths: []float64{6, 46 + 8*float64(max(0, 2-len(stages))), 7}, split: 2}
	for range stages {
		l.widths = append(l.widths, 8)
	}
	l.widths = append(l.widths, 22)
	name, err := b.addSheet(nonEmpty(u.ShortName, u.Code), l.widths)
	if err != nil {
		return "", err
	}
	notes := l.last()
	title := "sheet.title.self"
	if len(stages) > 1 {
		title = "sheet.title.scored"
	}
	row, err := b.titleBlock(name, l, docHead{superior: d.res.Bloc.Name, issuer: u.Name, title: b.t(title),
		lines: []string{b.t("sheet.line.period", d.res.Period.Label)}})
	if err != nil {
		return "", err
	}
	lines := []string{b.t("sheet.line.unit", u.Name)}
	if pos.NotRanked == nil {
		lines = append(lines, b.t("sheet.line.stage", b.t("stage."+pos.Stage.String())))
	}
	for _, line := range lines {
		if err := b.span(name, row, 0, l.last(), line, lookLine); err != nil {
			return "", err
		}
		row++
	}
	head := row + 1
	if err := b.unitHeader(name, head, stages, l); err != nil {
		return "", err
	}
	row = head + 2
	for _, c := range tree.Nodes() {
		if err := b.criterionRow(name, row, d, s, c, stages, layers, totals, l); err != nil {
			return "", err
		}
		row++
	}
	first := row
	if row, err = b.unitTotals(name, row, d, stages, totals, notes); err != nil {
		return "", err
	}
	left := signer{}
	if len(stages) > 1 {
		left = signer{titles: []string{b.t("sheet.bloc_review"), b.t("sheet.bloc_leader")}, note: b.t("sheet.sign_seal")}
	}
	right := signer{titles: []string{b.t("sheet.unit_head")}, note: b.t("sheet.sign_seal")}
	end, err := b.signatures(name, l, row+1, b.dateLine(u.ShortName, d.opt.Date), left, right)
	if err != nil {
		return "", err
	}
	b.keepTogether(name, first-2, end-1) // the last criteria, the totals and the signatures
	return name, b.finish(name, pageSpec{head0: head, head1: head + 1, end: end})
}

// has reports whether the sheet has any score at stage st.
func has(s model.ScoreSheet, st model.Stage) bool {
	for _, stages := range s.Rows {
		if _, ok := stages[st]; ok {
			return true
		}
	}
	return false
}

func nonEmpty(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}

// unitHeader writes the two header rows: number, criterion, maximum and
// notes over both rows, the points of each stage under "Điểm chấm".
func (b *book) unitHeader(sheet string, row int, stages []model.Stage, l layout) error {
	h := header{tall: map[int]string{0: b.t("sheet.col.code"), 1: b.t("sheet.col.criterion"), 2: b.t("sheet.col.max"),
		l.last(): b.t("sheet.col.notes")}, sub: map[int]string{}}
	stageCol := map[model.Stage]string{model.StageSelf: "sheet.col.self", model.StageBloc: "sheet.col.bloc",
		model.StageProvince: "sheet.col.province"}
	if len(stages) == 1 {
		h.tall[3] = b.t(stageCol[stages[0]])
	} else {
		h.over, h.from, h.to = b.t("sheet.col.points"), 3, 3+len(stages)-1
		for i, st := range stages {
			h.sub[3+i] = b.t(stageCol[st])
		}
	}
	return b.header(sheet, row, h)
}

// header is a table's two header rows: headings merged over both rows
// (tall), and one heading (over) spanning columns from..to above their
// own headings (sub).
type header struct {
	tall, sub map[int]string
	over      string
	from, to  int
}

// header writes a two-row header; the rows grow to fit it when the sheet
// is finished.
func (b *book) header(sheet string, row int, h header) error {
	for c, text := range h.tall {
		if err := b.write(sheet, row, row+1, c, c, text, lookHead); err != nil {
			return err
		}
	}
	if h.over != "" {
		if err := b.span(sheet, row, h.from, h.to, h.over, lookHead); err != nil {
			return err
		}
	}
	for c, text := range h.sub {
		if err := b.put(sheet, row+1, c, text, lookHead); err != nil {
			return err
		}
	}
	return nil
}

// criterionRow writes one row of the criteria table. Deduction rows show
// their points as negative numbers, so that the column reads as it adds
// up; a criterion without a score stays blank (blank is not zero).
func (b *book) criterionRow(sheet string, row int, d *reportData, s model.ScoreSheet, c model.Criterion,
	stages []model.Stage, layers model.Layers, totals []model.Totals, l layout) error {
	tree := d.res.Tree
	group := !c.Scorable()
	sign := model.Points(1)
	if tree.Section(c.ID) == model.Deduction {
		sign = -1
	}
	code := lookCenter
	code.bold = group
	text := lookText
	text.bold, text.indent = group, tree.Depth(c.ID)-1
	num := look{border: true, bold: group}
	if err := b.put(sheet, row, 0, c.Code, code); err != nil {
		return err
	}
	if err := b.put(sheet, row, 1, c.Title, text); err != nil {
		return err
	}
	if err := b.putPoints(sheet, row, 2, sign*c.Max, num); err != nil {
		return err
	}
	for i, st := range stages {
		p, ok := totals[i].Value[c.ID], true
		if !group {
			p, ok = layers.Effective(st)[c.ID]
		}
		var err error
		if ok {
			err = b.putPoints(sheet, row, 3+i, sign*p, num)
		} else {
			err = b.put(sheet, row, 3+i, "", lookCenter)
		}
		if err != nil {
			return err
		}
	}
	note := ""
	if !group {
		note = b.scoreNotes(d, s, c, stages)
	}
	return b.put(sheet, row, l.last(), note, lookText)
}

// scoreNotes gathers what the notes column says of a criterion: what the
// unit measured, its note and evidence, and why each review changed it.
func (b *book) scoreNotes(d *reportData, s model.ScoreSheet, c model.Criterion, stages []model.Stage) string {
	var parts []string
	if self, ok := s.Rows[c.ID][model.StageSelf]; ok {
		if in := b.measure(c, self.Input); in != "" {
			parts = append(parts, in)
		}
		if self.Note != "" {
			parts = append(parts, self.Note)
		}
		if self.Evidence != "" {
			parts = append(parts, b.t("sheet.note.evidence", self.Evidence))
		}
		if self.Flag == model.FlagOverridden {
			parts = append(parts, b.t("sheet.note.overridden", d.reviews[reviewKey{s.Unit.ID, c.ID, model.StageSelf}]))
		}
	}
	for _, st := range stages[1:] {
		r, ok := s.Rows[c.ID][st]
		if !ok {
			continue
		}
		var why []string
		for _, x := range []string{d.reviews[reviewKey{s.Unit.ID, c.ID, st}], b.measure(c, r.Input), r.Note} {
			if x != "" && !slices.Contains(why, x) {
				why = append(why, x)
			}
		}
		if len(why) > 0 {
			parts = append(parts, b.t("sheet.note.review", capitalize(b.t("stage."+st.String())), strings.Join(why, "; ")))
		}
	}
	return strings.Join(parts, "\n")
}

// measure says what was measured for a computed criterion: "Số liệu:
// 96%", "Số lần: 2", "Đạt".
func (b *book) measure(c model.Criterion, input string) string {
	if input == "" || c.Rule.IsDirect() {
		return ""
	}
	if c.Rule.Kind == model.RuleBinary {
		if input == "1" {
			return b.t("sheet.note.achieved")
		}
		return b.t("sheet.note.not_achieved")
	}
	if b.lang == i18n.VI {
		input = strings.ReplaceAll(input, ".", ",")
	}
	if c.Rule.Kind == model.RuleCount {
		if input == "0" {
			return "" // nothing happened: the points say it all
		}
		return b.t("sheet.note.count", input)
	}
	return b.t("sheet.note.input", input)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// unitTotals writes the rows under the table: the criteria points, the
// bonus and deductions as they count (after the bloc's caps), the total.
func (b *book) unitTotals(sheet string, row int, d *reportData, stages []model.Stage, totals []model.Totals, notes int) (int, error) {
	tree, caps := d.res.Tree, d.res.Rules.Caps
	bonusMax, dedMax := sectionMax(tree, model.Bonus, caps.Bonus), sectionMax(tree, model.Deduction, caps.Deduction)
	bonusLabel, dedLabel := b.t("sheet.sum.bonus"), b.t("sheet.sum.deduction")
	if caps.Bonus > 0 {
		bonusLabel = b.t("sheet.sum.bonus_cap", caps.Bonus)
	}
	if caps.Deduction > 0 {
		dedLabel = b.t("sheet.sum.deduction_cap", caps.Deduction)
	}
	lines := []struct {
		label string
		max   model.Points
		value func(model.Totals) model.Points
		bold  bool
	}{
		{b.t("sheet.sum.standard"), tree.StandardMax(), func(t model.Totals) model.Points { return t.Standard }, false},
		{bonusLabel, bonusMax, func(t model.Totals) model.Points { return t.Bonus }, false},
		{dedLabel, -dedMax, func(t model.Totals) model.Points { return -t.Deduction }, false},
		{b.t("sheet.sum.total"), 0, func(t model.Totals) model.Points { return t.Total }, true},
	}
	for _, x := range lines {
		if x.max == 0 && !x.bold {
			continue // the table has no bonus (or deduction) part
		}
		if err := b.span(sheet, row, 0, 1, x.label, look{border: true, bold: x.bold, digits: -1, align: "center", wrap: true}); err != nil {
			return 0, err
		}
		num := look{border: true, bold: x.bold}
		var err error
		if x.bold {
			err = b.put(sheet, row, 2, "", lookCenter)
		} else {
			err = b.putPoints(sheet, row, 2, x.max, num)
		}
		if err != nil {
			return 0, err
		}
		for i := range stages {
			if err := b.putPoints(sheet, row, 3+i, x.value(totals[i]), num); err != nil {
				return 0, err
			}
		}
		if err := b.put(sheet, row, notes, "", lookText); err != nil {
			return 0, err
		}
		row++
	}
	return row, nil
}

// sectionMax is the most a section (bonus or deduction) can count: its
// parts' maxima, capped by the bloc's rule when it has one.
func sectionMax(t *model.Tree, k model.Kind, cap model.Points) model.Points {
	var sum model.Points
	for _, part := range t.Children("") {
		if t.Section(part.ID) == k {
			sum += part.Max
		}
	}
	if cap > 0 && cap < sum {
		return cap
	}
	return sum
}
