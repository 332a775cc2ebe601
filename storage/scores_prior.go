package storage

import (
	"context"

	"thidua/model"
)

// manyScores is the size of a batch (a sheet imported, or typed in from
// paper) from which the unit's stored sheet is read in one query rather
// than a row at a time.
const manyScores = 16

// priorScores finds the stored scores a batch compares with: for a few
// entries a row at a time, for many the whole sheet read once (and a row
// this batch wrote, again from the database).
type priorScores struct {
	periodID, unitID string
	sheet            map[scoreKey]*model.ScoreRecord // nil: row by row
	written          map[scoreKey]bool
}

// scoreKey is one score of a sheet.
type scoreKey struct {
	criterionID string
	stage       model.Stage
}

// loadPrior prepares the lookups of batch b.
func loadPrior(ctx context.Context, tx *Tx, b ScoreBatch) (*priorScores, error) {
	p := &priorScores{periodID: b.PeriodID, unitID: b.UnitID}
	if len(b.Entries) < manyScores {
		return p, nil
	}
	p.sheet, p.written = map[scoreKey]*model.ScoreRecord{}, map[scoreKey]bool{}
	err := unitScores(ctx, tx, b.PeriodID, b.UnitID, func(r model.ScoreRecord) { p.sheet[scoreKey{r.CriterionID, r.Stage}] = &r })
	return p, err
}

// row returns the stored score of a criterion at a stage, or nil.
func (p *priorScores) row(ctx context.Context, tx *Tx, criterionID string, stage model.Stage) (*model.ScoreRecord, error) {
	k := scoreKey{criterionID, stage}
	if p.sheet == nil || p.written[k] {
		return scoreRow(ctx, tx, p.periodID, p.unitID, criterionID, stage)
	}
	return p.sheet[k], nil
}

// forget notes a score the batch just wrote.
func (p *priorScores) forget(criterionID string, stage model.Stage) {
	if p.sheet != nil {
		p.written[scoreKey{criterionID, stage}] = true
	}
}

// stages reads the stored scores of a criterion under stage, for
// model.NeedsReason to compare a review score with.
func (p *priorScores) stages(ctx context.Context, tx *Tx, criterionID string, stage model.Stage) (func(model.Stage) (model.Points, bool), error) {
	held := map[model.Stage]model.Points{}
	for s := model.StageSelf; s < stage; s++ {
		r, err := p.row(ctx, tx, criterionID, s)
		if err != nil {
			return nil, err
		}
		if r != nil {
			held[s] = r.Points
		}
	}
	return func(s model.Stage) (model.Points, bool) { p, ok := held[s]; return p, ok }, nil
}
