package app

import (
	"context"

	"thidua/model"
	"thidua/storage/exchange"
)

// ConfirmLeader writes, at the province, its confirmation that unit
// unitCode ("" for the bloc's deputy) takes over bloc blocCode whose
// leader's computer is lost, with the reason, into the folder exports go
// to (issue 15).
func (s App) ConfirmLeader(ctx context.Context, blocCode, unitCode, reason string) (model.WrittenFile, error) {
	t, err := s.DB.ConfirmTarget(ctx, blocCode, unitCode)
	if err != nil {
		return model.WrittenFile{}, err
	}
	dir, err := s.ExportDir(ctx)
	if err != nil {
		return model.WrittenFile{}, err
	}
	return exchange.ConfirmLeader(ctx, s.DB, t, reason, dir, s.options())
}
