package app

import (
	"context"

	"thidua/model"
	"thidua/storage"
)

// The province's interface shows one bloc at a time with the screens a
// leader has: the bloc in focus is a local setting of the province's
// database, and the reads the screens make of "the installation's bloc"
// (who it is, the bloc, its periods, units and criteria versions) answer
// for that bloc. Nothing below the interface sees it: a merge, the command
// line and the exchange read the province as it is.

// settingFocus is the bloc the province's interface shows.
const settingFocus = "province.focus"

// Focus returns the bloc the province's interface shows, "" when none is
// chosen (or the database is not a province's).
func (s App) Focus(ctx context.Context) (string, error) {
	province, err := s.DB.IsProvince(ctx)
	if err != nil || !province {
		return "", err
	}
	id, err := s.Setting(ctx, settingFocus)
	if err != nil || id == "" {
		return "", err
	}
	blocs, err := s.DB.Blocs(ctx)
	for _, b := range blocs {
		if b.ID == id {
			return id, err
		}
	}
	return "", err // a bloc no longer held: none in focus
}

// SetFocus shows bloc blocID in the province's interface ("" for the
// board of blocs).
func (s App) SetFocus(ctx context.Context, blocID string) error {
	return s.SetSetting(ctx, settingFocus, blocID)
}

// OpenOnBoard makes a province's interface open on its board of blocs,
// whichever bloc it showed last; elsewhere it does nothing.
func (s App) OpenOnBoard(ctx context.Context) error {
	focus, err := s.Focus(ctx)
	if err != nil || focus == "" {
		return err
	}
	return s.SetFocus(ctx, "")
}

// ProvinceBlocs is the province's board for the latest period of each bloc.
func (s App) ProvinceBlocs(ctx context.Context) ([]model.ProvinceBloc, error) {
	return s.DB.ProvinceBlocs(ctx, "")
}

// Installation is who this installation is; at a province with a bloc in
// focus, the province working on that bloc.
func (s App) Installation(ctx context.Context) (model.Installation, error) {
	inst, err := s.DB.Installation(ctx)
	if model.ErrorCode(err) != storage.ENoBloc || inst.Role != model.RoleProvince {
		return inst, err
	}
	focus, ferr := s.Focus(ctx)
	if ferr != nil {
		return inst, ferr
	}
	if focus == "" {
		return inst, err
	}
	inst.BlocID = focus
	return inst, nil
}

// Bloc is the installation's bloc, or the province's bloc in focus.
func (s App) Bloc(ctx context.Context) (model.Bloc, error) {
	focus, err := s.Focus(ctx)
	if err != nil || focus == "" {
		if err != nil {
			return model.Bloc{}, err
		}
		return s.DB.Bloc(ctx)
	}
	blocs, err := s.DB.Blocs(ctx)
	for _, b := range blocs {
		if b.ID == focus {
			return b, err
		}
	}
	return model.Bloc{}, model.Errorf(storage.ENoBloc)
}

// Periods lists the bloc's periods (the bloc in focus at a province).
func (s App) Periods(ctx context.Context) ([]model.Period, error) {
	focus, err := s.Focus(ctx)
	if err != nil || focus == "" {
		if err != nil {
			return nil, err
		}
		return s.DB.Periods(ctx)
	}
	return s.DB.BlocPeriodList(ctx, focus)
}

// Units lists the bloc's units (the bloc in focus at a province).
func (s App) Units(ctx context.Context, query string) ([]model.Unit, error) {
	focus, err := s.Focus(ctx)
	if err != nil || focus == "" {
		if err != nil {
			return nil, err
		}
		return s.DB.Units(ctx, query)
	}
	return s.DB.BlocUnits(ctx, focus, query)
}

// Versions lists the bloc's criteria versions (the bloc in focus at a
// province).
func (s App) Versions(ctx context.Context) ([]model.CriteriaVersion, error) {
	focus, err := s.Focus(ctx)
	if err != nil {
		return nil, err
	}
	return s.DB.BlocVersions(ctx, focus)
}

// ProvinceResults are the results of every bloc's latest period, for the
// table that ranks units of several blocs together.
func (s App) ProvinceResults(ctx context.Context) ([]model.PeriodResult, error) {
	sections, err := s.DB.BlocPeriods(ctx, "", "")
	if err != nil {
		return nil, err
	}
	out := make([]model.PeriodResult, 0, len(sections))
	for _, sec := range sections {
		r, err := s.Result(ctx, sec.Period.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
