// Package scope is what every screen needs to know about where it stands:
// this installation (role, bloc, own unit) and the period on show. The root
// owns it and hands a copy to each screen when it changes.
package scope

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/status"
)

// Scope is who is working, on which bloc and period.
type Scope struct {
	Inst   model.Installation
	Bloc   model.Bloc
	Own    model.Unit
	Period model.Period
}

// Ready reports whether the installation and a period are known.
func (s Scope) Ready() bool { return s.Inst.ID != "" && s.Period.ID != "" }

// Actor is who writes from this installation.
func (s Scope) Actor() model.Actor { return s.Inst.Actor() }

// Leader reports whether this is the bloc leader's installation.
func (s Scope) Leader() bool { return s.Inst.Role == model.RoleLeader }

// Province reports whether this is the province's installation.
func (s Scope) Province() bool { return s.Inst.Role == model.RoleProvince }

// Merges reports whether this installation merges files sent up to it: the
// leader the units', the province the blocs'.
func (s Scope) Merges() bool { return s.Leader() || s.Province() }

// Stages returns the stages this installation scores: a unit its own
// self-assessment, the leader the self stage (its own, or typed in for a
// unit that sent paper) and the bloc review, the province its review.
func (s Scope) Stages() []model.Stage {
	switch s.Inst.Role {
	case model.RoleLeader:
		return []model.Stage{model.StageSelf, model.StageBloc}
	case model.RoleProvince:
		return []model.Stage{model.StageProvince}
	}
	return []model.Stage{model.StageSelf}
}

// CanScore reports whether this installation may score unit at stage at
// all (flags such as "on behalf" still apply when it does).
func (s Scope) CanScore(unitID string, stage model.Stage) bool {
	_, err := model.MayWrite(s.Actor(), model.ScoreFact(stage), unitID, s.Bloc)
	return err == nil
}

// Store is what the scope is read from.
type Store interface {
	Installation(ctx context.Context) (model.Installation, error)
	Bloc(ctx context.Context) (model.Bloc, error)
	Periods(ctx context.Context) ([]model.Period, error)
	Units(ctx context.Context, filter string) ([]model.Unit, error)
}

// LoadedMsg carries who this installation is and the bloc's periods.
type LoadedMsg struct {
	Inst    model.Installation
	Bloc    model.Bloc
	Own     model.Unit
	Periods []model.Period
}

// NoBlocMsg says the database has no bloc yet: the welcome is shown.
type NoBlocMsg struct{}

// ProvinceMsg says the database is a province's (bloc files merged, no
// bloc of its own): the interface says how the province works for now.
type ProvinceMsg struct{}

// LoadCmd reads who this installation is, its bloc, periods and own unit.
func LoadCmd(store Store) tea.Cmd {
	return func() tea.Msg {
		ctx := context.Background()
		var m LoadedMsg
		var err error
		if m.Inst, err = store.Installation(ctx); err != nil {
			if model.ErrorCode(err) != model.ENoBloc {
				return status.ErrorMsg{Err: err}
			}
			if m.Inst.Role == model.RoleProvince {
				return ProvinceMsg{}
			}
			return NoBlocMsg{}
		}
		if m.Bloc, err = store.Bloc(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if m.Periods, err = store.Periods(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		list, err := store.Units(ctx, "")
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		for _, u := range list {
			if u.ID == m.Inst.UnitID {
				m.Own = u
			}
		}
		return m
	}
}
