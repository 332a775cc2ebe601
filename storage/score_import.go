package storage

import (
	"context"

	"thidua/model"
	"thidua/model/table"
)

// lineRef is where a score line is in its file.
func lineRef(l model.ScoreLine) table.Ref { return table.Ref{Sheet: l.Sheet, Line: l.Line} }

// ImportScores saves scores read from a file in one transaction, with the
// same validation as typing them: either every line is saved or none, and
// every refused line is reported with its number. It returns how many scores
// changed.
func (db *DB) ImportScores(ctx context.Context, actor model.Actor, periodID string, lines []model.ScoreLine, source string) (int, error) {
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
		groups := map[key][]model.ScoreLine{}
		for _, l := range lines {
			k := key{model.NormalizeCode(l.Unit), l.Stage}
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], l)
		}
		var errs model.RowErrors
		for _, k := range order {
			g := groups[k]
			u, err := unitByCode(ctx, tx, inst.BlocID, k.unit)
			if err != nil {
				errs = append(errs, lineRef(g[0]).Wrap(err))
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
					errs = append(errs, lineRef(g[e.Index]).Wrap(e.Err))
				}
			default: // the whole sheet was refused (a lock, a withdrawn unit)
				errs = append(errs, lineRef(g[0]).Wrap(err))
			}
		}
		if len(errs) > 0 {
			return errs
		}
		return nil
	})
	return changed, err
}
