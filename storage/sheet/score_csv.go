package sheet

import (
	"io"

	"thidua/model"
	ctable "thidua/model/table"
)

// ParseScoreCSV reads scores from CSV: columns unit, code, value and
// optionally note, evidence and stage (Vietnamese headings are accepted:
// "đơn vị", "mã", "điểm", "ghi chú", "minh chứng"). defaultUnit and
// defaultStage fill a file made for one unit's sheet. Rows without a value
// are skipped: blank is not a score.
func ParseScoreCSV(r io.Reader, defaultUnit string, defaultStage model.Stage) ([]model.ScoreLine, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	col := ctable.FindHeadings(t.header, HeadUnit,
		ctable.Heading{Exact: []string{"code", "criterion", "ma", "ma tieu chi", "tieu chi", "stt"}},
		ctable.Heading{Exact: []string{"value", "points", "diem", "diem tu cham", "input", "so lieu"}},
		HeadNote, HeadEvidence, ctable.Heading{Exact: []string{"stage", "buoc cham"}})
	iUnit, iCode, iValue, iNote, iEvidence, iStage := col[0], col[1], col[2], col[3], col[4], col[5]
	if iCode < 0 || iValue < 0 {
		return nil, model.Errorf(ECSVHeader, "code, value", "unit,code,value,note,evidence")
	}
	var out []model.ScoreLine
	var errs model.RowErrors
	for k, rec := range t.rows {
		l := model.ScoreLine{Line: t.lines[k], Unit: field(rec, iUnit), Criterion: field(rec, iCode), Input: field(rec, iValue), Stage: defaultStage}
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
			n := field(rec, iNote)
			l.Note = &n
		}
		if iEvidence >= 0 {
			e := field(rec, iEvidence)
			l.Evidence = &e
		}
		if s := field(rec, iStage); s != "" {
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
