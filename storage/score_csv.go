package storage

import (
	"context"
	"io"

	"thidua/model"
)

// ScoreLine is one score read from a file, with the line it came from.
type ScoreLine struct {
	Sheet     string // the worksheet of a workbook; "" for CSV
	Line      int
	Unit      string // unit code
	Criterion string // criterion code or path
	Input     string
	Note      *string // nil when the file has no note column
	Evidence  *string
	Stage     model.Stage
}

// ref is where the line is in its file.
func (l ScoreLine) ref() RowRef { return RowRef{Sheet: l.Sheet, Line: l.Line} }

// ParseScoreCSV reads scores from CSV: columns unit, code, value and
// optionally note, evidence and stage (Vietnamese headings are accepted:
// "đơn vị", "mã", "điểm", "ghi chú", "minh chứng"). defaultUnit and
// defaultStage fill a file made for one unit's sheet. Rows without a value
// are skipped: blank is not a score.
func ParseScoreCSV(r io.Reader, defaultUnit string, defaultStage model.Stage) ([]ScoreLine, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	col := FindHeadings(t.header, HeadUnit,
		Heading{Exact: []string{"code", "criterion", "ma", "ma tieu chi", "tieu chi", "stt"}},
		Heading{Exact: []string{"value", "points", "diem", "diem tu cham", "input", "so lieu"}},
		HeadNote, HeadEvidence, Heading{Exact: []string{"stage", "buoc cham"}})
	iUnit, iCode, iValue, iNote, iEvidence, iStage := col[0], col[1], col[2], col[3], col[4], col[5]
	if iCode < 0 || iValue < 0 {
		return nil, model.Errorf(ECSVHeader, "code, value", "unit,code,value,note,evidence")
	}
	var out []ScoreLine
	var errs RowErrors
	for k, rec := range t.rows {
		l := ScoreLine{Line: t.lines[k], Unit: get(rec, iUnit), Criterion: get(rec, iCode), Input: get(rec, iValue), Stage: defaultStage}
		if l.Unit == "" {
			l.Unit = defaultUnit
		}
		if l.Input == "" {
			continue
		}
		if l.Unit == "" {
			errs = append(errs, model.Errorf(ECSV, l.Line, model.Errorf(ECSVNoUnit)))
			continue
		}
		if iNote >= 0 {
			n := get(rec, iNote)
			l.Note = &n
		}
		if iEvidence >= 0 {
			e := get(rec, iEvidence)
			l.Evidence = &e
		}
		if s := get(rec, iStage); s != "" {
			if l.Stage, err = model.ParseStage(s); err != nil {
				errs = append(errs, model.Errorf(ECSV, l.Line, err))
				continue
			}
		}
		out = append(out, l)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// ImportScores saves scores read from a file in one transaction, with the
// same validation as typing them: either every line is saved or none, and
// every refused line is reported with its number. It returns how many scores
// changed.
func (db *DB) ImportScores(ctx context.Context, actor model.Actor, periodID string, lines []ScoreLine, source string) (int, error) {
	changed := 0
	err := db.write(ctx, func(tx *Tx) error {
		inst, err := installation(ctx, tx)
		if err != nil {
			return err
		}
		type key struct {
			unit  string
			stage model.Stage
		}
		var order []key
		groups := map[key][]ScoreLine{}
		for _, l := range lines {
			k := key{model.NormalizeCode(l.Unit), l.Stage}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], l)
		}
		var errs RowErrors
		for _, k := range order {
			g := groups[k]
			u, err := unitByCode(ctx, tx, inst.BlocID, k.unit)
			if err != nil {
				errs = append(errs, g[0].ref().Wrap(err))
				continue
			}
			b := ScoreBatch{PeriodID: periodID, UnitID: u.ID, Stage: k.stage, Actor: actor, Source: source, Once: true}
			for _, l := range g {
				b.Entries = append(b.Entries, ScoreEntry{Criterion: l.Criterion, Input: l.Input, Note: l.Note,
					Evidence: l.Evidence, Reason: source})
			}
			res, err := saveScores(ctx, tx, b)
			var entryErrs EntryErrors
			switch {
			case err == nil:
				changed += res.Changed
			case asEntryErrors(err, &entryErrs):
				for _, e := range entryErrs {
					if e.Twice >= 0 {
						// The same criterion on two lines: both are named.
						e.Err = model.Errorf(ECSVTwice, e.Ref, g[e.Twice].Line)
					}
					errs = append(errs, g[e.Index].ref().Wrap(e.Err))
				}
			default: // the whole sheet was refused (a lock, a withdrawn unit)
				errs = append(errs, g[0].ref().Wrap(err))
			}
		}
		if len(errs) > 0 {
			return errs
		}
		return nil
	})
	return changed, err
}
