package storage

import (
	"context"

	"thidua/model"
)

// ResultHistory reads every period's result of the bloc, oldest first, in one
// read, and gathers each unit's total, rank and shortfalls over them
// (model.BuildHistory).
func (db *DB) ResultHistory(ctx context.Context) (model.History, error) {
	periods, err := db.Periods(ctx)
	if err != nil {
		return model.History{}, err
	}
	results := make([]model.PeriodResult, 0, len(periods))
	err = db.read(ctx, func(tx *Tx) error {
		for _, p := range periods {
			r, _, err := result(ctx, tx, p.ID)
			if err != nil {
				return err
			}
			results = append(results, r)
		}
		return nil
	})
	if err != nil {
		return model.History{}, err
	}
	return model.BuildHistory(results), nil
}
