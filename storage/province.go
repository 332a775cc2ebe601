package storage

import (
	"context"
	"sort"

	"thidua/model"
)

// The province's database holds many blocs, each with its own periods,
// units and scores as their bloc files brought them; the installation has
// no bloc of its own. These read it bloc by bloc.

// IsProvince reports whether the database is a province's.
func (db *DB) IsProvince(ctx context.Context) (bool, error) {
	var yes bool
	err := db.read(ctx, func(tx *Tx) error {
		inst, ok, err := installationAny(ctx, tx)
		yes = ok && inst.Role == model.RoleProvince
		return err
	})
	return yes, err
}

// Blocs lists every bloc the database holds, by code.
func (db *DB) Blocs(ctx context.Context) ([]model.Bloc, error) {
	var out []model.Bloc
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = allBlocs(ctx, tx)
		return err
	})
	return out, err
}

func allBlocs(ctx context.Context, tx *Tx) ([]model.Bloc, error) {
	var ids []string
	if err := eachRow(ctx, tx, `SELECT bloc_id, '' FROM bloc WHERE ? = '' ORDER BY code`, "", func(id, _ string) {
		ids = append(ids, id)
	}); err != nil {
		return nil, err
	}
	out := make([]model.Bloc, 0, len(ids))
	for _, id := range ids {
		b, err := blocByID(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// blocPeriods lists a bloc's periods, earliest end first (a half-year
// before the year that holds it).
func blocPeriods(ctx context.Context, tx *Tx, blocID string) ([]model.Period, error) {
	var out []model.Period
	err := scanEach(ctx, tx, `SELECT `+periodColumns+` FROM period p
		LEFT JOIN criteria_version v ON v.version_id = p.criteria_version_id WHERE p.bloc_id = ?`, func(r scanner) error {
		p, err := scanPeriod(r)
		out = append(out, p)
		return err
	}, blocID)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Ends.Equal(out[j].Ends) {
			return out[i].Ends.Before(out[j].Ends)
		}
		return out[i].Code < out[j].Code
	})
	return out, nil
}

// blocPeriod finds a bloc's period by code, or its latest when code is "".
func blocPeriod(ctx context.Context, tx *Tx, blocID, code string) (model.Period, error) {
	if code != "" {
		return periodByCode(ctx, tx, blocID, code)
	}
	ps, err := blocPeriods(ctx, tx, blocID)
	if err != nil {
		return model.Period{}, err
	}
	if len(ps) == 0 {
		return model.Period{}, model.Errorf(model.EPeriodUnknown, "—")
	}
	return ps[len(ps)-1], nil
}

// BlocPeriods returns the blocs a command works on, each with its period
// of periodCode (its latest when ""): at a bloc's installation its own bloc
// (blocCode, if given, must name it); at a province every bloc it holds
// that has such a period, or the one blocCode names.
func (db *DB) BlocPeriods(ctx context.Context, blocCode, periodCode string) ([]model.BlocPeriod, error) {
	var out []model.BlocPeriod
	err := db.read(ctx, func(tx *Tx) error {
		inst, ok, err := installationAny(ctx, tx)
		if err != nil {
			return err
		}
		if !ok {
			return model.Errorf(ENoBloc)
		}
		var blocs []model.Bloc
		if inst.BlocID != "" {
			b, err := blocByID(ctx, tx, inst.BlocID)
			if err != nil {
				return err
			}
			blocs = []model.Bloc{b}
		} else if blocs, err = allBlocs(ctx, tx); err != nil {
			return err
		}
		if len(blocs) == 0 {
			return model.Errorf(model.EProvinceEmpty)
		}
		if blocCode != "" {
			blocs = pickBloc(blocs, blocCode)
			if len(blocs) == 0 {
				return model.Errorf(model.EBlocUnknown, blocCode)
			}
		}
		for _, b := range blocs {
			p, err := blocPeriod(ctx, tx, b.ID, periodCode)
			if model.ErrorCode(err) == model.EPeriodUnknown && len(blocs) > 1 {
				continue // this bloc has not sent that period
			}
			if err != nil {
				return err
			}
			out = append(out, model.BlocPeriod{Bloc: b, Period: p})
		}
		if len(out) == 0 {
			return model.Errorf(model.EPeriodUnknown, periodCode)
		}
		return nil
	})
	return out, err
}

func pickBloc(blocs []model.Bloc, code string) []model.Bloc {
	code = model.NormalizeCode(code)
	for _, b := range blocs {
		if b.Code == code {
			return []model.Bloc{b}
		}
	}
	return nil
}

// BlocPeriodList lists a bloc's periods, earliest end first.
func (db *DB) BlocPeriodList(ctx context.Context, blocID string) ([]model.Period, error) {
	var out []model.Period
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = blocPeriods(ctx, tx, blocID)
		return err
	})
	return out, err
}

// BlocUnits lists a bloc's units in Vietnamese order; query filters them
// as Units does.
func (db *DB) BlocUnits(ctx context.Context, blocID, query string) ([]model.Unit, error) {
	var out []model.Unit
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		out, err = units(ctx, tx, blocID, query)
		return err
	})
	return out, err
}

// ProvinceBlocs is the province's board for a period code (each bloc's
// latest when ""): per bloc its leader, the last bloc file received and
// its receipt, the leader key's verification, its units, open holds,
// province scores and decisions.
func (db *DB) ProvinceBlocs(ctx context.Context, periodCode string) ([]model.ProvinceBloc, error) {
	var out []model.ProvinceBloc
	err := db.read(ctx, func(tx *Tx) error {
		blocs, err := allBlocs(ctx, tx)
		if err != nil {
			return err
		}
		for _, b := range blocs {
			row := model.ProvinceBloc{Bloc: b}
			if err := provinceBloc(ctx, tx, &row, periodCode); err != nil {
				return err
			}
			out = append(out, row)
		}
		return nil
	})
	return out, err
}

func provinceBloc(ctx context.Context, tx *Tx, row *model.ProvinceBloc, periodCode string) error {
	b := row.Bloc
	if b.LeaderUnitID != "" {
		u, err := unitByID(ctx, tx, b.LeaderUnitID)
		if err != nil {
			return err
		}
		row.Leader = u
		if err := tx.queryRow(ctx, `SELECT coalesce(key_verified, '') FROM unit WHERE unit_id = ?`, u.ID).
			Scan(&row.KeyVerified); err != nil {
			return err
		}
	}
	if err := tx.queryRow(ctx, `SELECT count(*) FROM unit WHERE bloc_id = ? AND status = 'active'`, b.ID).
		Scan(&row.Units); err != nil {
		return err
	}
	p, err := blocPeriod(ctx, tx, b.ID, periodCode)
	if model.ErrorCode(err) == model.EPeriodUnknown {
		return nil
	}
	if err != nil {
		return err
	}
	row.Period = p
	if err := scanEach(ctx, tx, `SELECT `+receivedColumns+` FROM received_file WHERE period_id = ? AND kind = ?
		ORDER BY received_at DESC, export_seq DESC LIMIT 1`, func(r scanner) error {
		f, err := scanReceived(r)
		row.Last = &f
		return err
	}, p.ID, model.KindBlocFile.String()); err != nil {
		return err
	}
	return tx.queryRow(ctx, `SELECT
		(SELECT count(*) FROM hold WHERE period_id = ?1 AND decided_at IS NULL),
		(SELECT count(*) FROM score WHERE period_id = ?1 AND stage = 'province'),
		(SELECT count(*) FROM decision WHERE period_id = ?1)`, p.ID).Scan(&row.OpenHolds, &row.ProvinceScores, &row.Decisions)
}
