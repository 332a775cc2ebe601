package app

import (
	"context"
	"os"
	"sort"
	"strings"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// HandoverChoice reads what the outgoing leader's handover dialog
// proposes: the unit the newest meeting elected to lead (the periods
// newest first), the units that may take over, and the export folder.
func (s App) HandoverChoice(ctx context.Context) (model.HandoverChoice, error) {
	var c model.HandoverChoice
	inst, err := s.Installation(ctx)
	if err != nil {
		return c, err
	}
	if inst.Role != model.RoleLeader {
		return c, model.Errorf(storage.EExportRole, model.Errorf("role.name."+inst.Role.String()),
			model.Errorf("exchange.kind."+model.KindHandover.String()))
	}
	periods, err := s.Periods(ctx)
	if err != nil {
		return c, err
	}
	for i := len(periods) - 1; i >= 0 && !c.HasElected(); i-- {
		m, err := s.Meeting(ctx, periods[i].ID)
		if err != nil {
			return c, err
		}
		if o, ok := m.Elected(model.OfficeLeader); ok && o.UnitID != inst.UnitID {
			c.Elected, c.ElectedAt = o, periods[i]
		}
	}
	units, err := s.Units(ctx, "")
	if err != nil {
		return c, err
	}
	for _, u := range units {
		if u.Status == model.Active && u.ID != inst.UnitID {
			c.Units = append(c.Units, u)
		}
	}
	sort.SliceStable(c.Units, func(i, j int) bool { return c.Units[i].Code < c.Units[j].Code })
	if c.Index(c.Elected.UnitID) < 0 {
		c.Elected, c.ElectedAt = model.Office{}, model.Period{} // elected, then withdrawn
	}
	c.Dir, err = s.ExportDir(ctx)
	return c, err
}

// Handover writes the leader's handover file for unit unitID into the
// folder dir (remembered for the next export) and makes this installation
// an ordinary member of the bloc (exchange.Handover: a backup first, the
// file written and checked, then one transaction).
func (s App) Handover(ctx context.Context, periodID, unitID, dir string) (model.WrittenFile, error) {
	dir = strings.TrimSpace(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return model.WrittenFile{}, storage.WriteError(dir, err)
	}
	if err := s.SetSetting(ctx, settingExportDir, dir); err != nil {
		return model.WrittenFile{}, err
	}
	return exchange.Handover(ctx, s.DB, storage.ExportRequest{Kind: model.KindHandover, PeriodID: periodID, UnitID: unitID},
		dir, s.options())
}
