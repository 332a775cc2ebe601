// Package scope is what every screen needs to know about where it stands:
// this installation (role, bloc, own unit) and the period on show. The root
// owns it and hands a copy to each screen when it changes.
package scope

import "thidua/model"

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
