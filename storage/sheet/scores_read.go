package sheet

import (
	"io"
	"strconv"
	"strings"

	"thidua/model"
	ctable "thidua/model/table"
)

// ScoreOptions says what an old score sheet is read against.
type ScoreOptions struct {
	Tree  *model.Tree  // the period's criteria table
	Units []model.Unit // the bloc's units, to recognise the one a sheet names
	Unit  string       // the unit's code, when the person chose it
	Stage model.Stage  // the stage the scores are for
	Step  model.Points // the bloc's score step, which computed points are rounded down to
}

// Headings of a score sheet's columns, by what they hold.
var (
	headPoints = map[model.Stage]ctable.Heading{
		model.StageSelf: {
			Exact:    []string{"diem tu cham", "tu cham", "diem don vi tu cham", "don vi tu cham", "diem dat", "diem cham", "points", "value", "diem"},
			Contains: []string{"tu cham"},
		},
		model.StageBloc: {
			Exact:    []string{"diem khoi cham", "khoi cham", "diem cum cham", "cum cham", "diem tham dinh", "points", "value"},
			Contains: []string{"khoi cham", "cum cham", "tham dinh"},
		},
		model.StageProvince: {
			Exact:    []string{"diem tinh cham", "tinh cham", "diem tinh tham dinh", "points", "value"},
			Contains: []string{"tinh cham", "tinh tham dinh"},
		},
	}
	headMeasure = ctable.Heading{
		Exact:    []string{"so lieu", "ket qua", "ket qua thuc hien", "ty le", "ty le dat", "input"},
		Contains: []string{"so lieu", "ket qua thuc hien"},
	}
	// headMaxOnly is the maximum of a criterion; unlike a criteria table's,
	// a bare "Điểm" here is the points given, not the maximum.
	headMaxOnly = ctable.Heading{
		Exact:    []string{"diem toi da", "toi da", "diem chuan", "thang diem", "max"},
		Contains: []string{"diem toi da", "diem chuan", "thang diem"},
	}
)

// scoreColumns are the columns of a score sheet.
type scoreColumns struct{ code, title, points, measure, note, evidence, unit int }

func findScoreColumns(header []string, stage model.Stage) (scoreColumns, bool) {
	i := ctable.FindHeadings(header, ctable.HeadCode, headMaxOnly, headPoints[stage], headMeasure, ctable.HeadTitle,
		HeadNote, HeadEvidence, HeadUnit)
	c := scoreColumns{code: i[0], points: i[2], measure: i[3], title: i[4], note: i[5], evidence: i[6], unit: i[7]}
	return c, (c.code >= 0 || c.title >= 0) && (c.points >= 0 || c.measure >= 0)
}

// ReadScores reads the scores and notes of a unit's old score sheet ("bảng
// tự chấm điểm"), as units filled them in Excel before thidua: the
// criteria table with a points column ("Điểm tự chấm", "Điểm Khối chấm"
// for the bloc stage), optionally a measure column ("Số liệu": the
// percentage or count a computed criterion is scored from), notes and
// evidence. Rows are matched to the period's criteria by their numbering,
// else by their text; subtotal rows are left out (thidua adds up itself).
//
// A criterion that thidua computes from a measure takes the measure; where
// the sheet only gives points, an achieved-or-not criterion and a count
// are read back from them when exactly one input gives those points, and
// any other row is refused, as is a measure that gives other points than
// the sheet says. Every sheet of the workbook with a score table is read;
// the unit is the one its title rows name, else opt.Unit. Lines go to
// storage's ImportScores, which applies the same validation as typing.
func ReadScores(r io.Reader, opt ScoreOptions) (_ []model.ScoreLine, err error) {
	defer recoverRead(&err) // no file, however odd, crashes thidua
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer closeRead(f)
	found, err := findTables(f, func(h []string) bool {
		_, ok := findScoreColumns(h, opt.Stage)
		return ok
	}, ENoScoreHeader, false)
	if err != nil {
		return nil, err
	}
	var out []model.ScoreLine
	var errs model.RowErrors
	for _, t := range found {
		cols, _ := findScoreColumns(t.header, opt.Stage)
		lines, err := scoreSheet(t.g, cols, t.start, opt)
		var rowErrs model.RowErrors
		switch {
		case err == nil:
			out = append(out, lines...)
		case asRowErrors(err, &rowErrs):
			errs = append(errs, rowErrs...)
		default:
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(out) == 0 {
		return nil, model.Errorf(ENoScores)
	}
	return out, nil
}

// scoreRow is a row of a score sheet that names a criterion.
type scoreRow struct {
	r                     int
	code, title           string
	points, measure, unit string
}

// scoreSheet reads one sheet's scores.
func scoreSheet(g *grid, cols scoreColumns, start int, opt ScoreOptions) ([]model.ScoreLine, error) {
	unit, err := sheetUnit(g, start, cols, opt)
	if err != nil {
		return nil, err
	}
	rows := scoreRows(g, cols, start)
	codes := make([]string, len(rows))
	for i, s := range rows {
		codes[i] = s.code
	}
	parents := ctable.OutlineParents(codes)
	var out []model.ScoreLine
	var errs model.RowErrors
	seen := map[string]int{}
	for i, s := range rows {
		if s.points == "" && s.measure == "" {
			continue // blank is not a score
		}
		ref := g.ref(s.r)
		var path []string
		for k := i; k >= 0; k = parents[k] {
			path = append([]string{rows[k].code}, path...)
		}
		c, ok := findCriterion(opt.Tree, path, s.title)
		if !ok {
			errs = append(errs, ref.Wrap(model.Errorf(ENoCriterion, s.code, cut(s.title, 50))))
			continue
		}
		if !c.Scorable() {
			continue // a subtotal: thidua adds up itself
		}
		if prev, dup := seen[c.ID]; dup {
			errs = append(errs, ref.Wrap(model.Errorf(EDuplicateRow, opt.Tree.Label(c.ID), prev)))
			continue
		}
		seen[c.ID] = ref.Line
		input, err := scoreInput(c, s.points, s.measure, opt.Step)
		if err != nil {
			errs = append(errs, ref.Wrap(err))
			continue
		}
		l := model.ScoreLine{Sheet: g.name, Line: ref.Line, Unit: unit, Criterion: c.ID, Input: input, Stage: opt.Stage}
		if s.unit != "" {
			l.Unit = s.unit
		}
		if cols.note >= 0 {
			n := g.text(s.r, cols.note)
			l.Note = &n
		}
		if cols.evidence >= 0 {
			e := g.text(s.r, cols.evidence)
			l.Evidence = &e
		}
		if l.Unit == "" {
			errs = append(errs, ref.Wrap(model.Errorf(ENoUnit, g.name)))
			continue
		}
		out = append(out, l)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// scoreRows reads the sheet's rows from start to its footer, leaving out
// the numbering row, blank rows and totals.
func scoreRows(g *grid, cols scoreColumns, start int) []scoreRow {
	var rows []scoreRow
	for r := start; r < len(g.rows); r++ {
		if r == start && g.numbering(r) {
			continue
		}
		if g.footer(r) {
			break
		}
		s := scoreRow{r: r, code: g.text(r, cols.code), title: g.text(r, cols.title), points: g.number(r, cols.points),
			measure: g.measure(r, cols.measure), unit: g.text(r, cols.unit)}
		if s.code == "" {
			if code, text, ok := ctable.SplitCode(s.title); ok {
				s.code, s.title = code, text
			}
		}
		if s.code == "" && (s.title == "" || totalRE.MatchString(ctable.HeadingKey(s.title))) {
			continue
		}
		rows = append(rows, s)
	}
	return rows
}

// measure reads a measure cell: a percentage formatted cell holds 0.96 for
// 96%, which is what the rule takes.
func (g *grid) measure(r, c int) string {
	v := g.number(r, c)
	if v == "" || !g.percentCell(r, c) {
		return v
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(g.raw(r, c)), 64)
	if err != nil {
		return v
	}
	return numberText(strconv.FormatFloat(f*100, 'f', -1, 64)) + "%"
}

// percentCell reports whether a cell is shown as a percentage.
func (g *grid) percentCell(r, c int) bool { return g.percent(r, c) }
