package main

import (
	"context"

	"thidua/model"
	"thidua/storage"
)

// provinceJSON is what a read command prints with --json at a province:
// its document for each bloc (DESIGN §5's shape), one a bloc.
type provinceJSON[T any] struct {
	Period string `json:"period"` // as asked; "" for each bloc's latest
	Blocs  []T    `json:"blocs"`
}

// blocSections lists the blocs a read command prints, each with its
// period: at a province every bloc that has the period (one section
// each) or the one --bloc names; at a bloc its own.
func blocSections(ctx context.Context, db *storage.DB, blocCode, periodCode string) ([]model.BlocPeriod, bool, error) {
	province, err := db.IsProvince(ctx)
	if err != nil {
		return nil, false, err
	}
	sections, err := db.BlocPeriods(ctx, blocCode, periodCode)
	return sections, province, err
}
