package results

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// provinceDecisionDialog is the province's decision on unit p's proposal:
// accept it, refuse it, or give the award to another unit of the bloc,
// with the decision's reference as the office writes it ("Quyết định số
// 512/QĐ-UBND ngày 20/01/2020"). Storage checks it is proposed, the
// replacement and the quota; a refusal keeps what was typed.
func (m Model) provinceDecisionDialog(p model.Position) dialog.Model[Model] {
	awards := m.result.Rules.Awards
	award := 0
	if pr, ok := m.result.Proposals.ForUnit(p.UnitID); ok {
		for i, a := range awards {
			if a.Code == pr.Award {
				award = i
			}
		}
	}
	var others []model.Position
	for _, o := range m.result.Ranking.All() {
		if o.UnitID != p.UnitID && m.result.Units[o.UnitID].Status == model.Active {
			others = append(others, o)
		}
	}
	names := make([]string, len(others))
	for i, o := range others {
		names[i] = m.unitName(o.UnitID)
	}
	f := m.newForm(m.t("results.decision_title", m.unitName(p.UnitID)))
	f.AddChoice("award", m.t("results.field_award"), awardNames(awards), award)
	f.AddChoice("verdict", m.t("results.field_verdict"),
		[]string{m.t("results.verdict_accept"), m.t("results.verdict_refuse"), m.t("results.verdict_replace")}, 0)
	if len(names) > 0 {
		f.AddChoice("instead", m.t("results.field_instead"), names, 0)
	}
	f.AddText("ref", m.t("results.field_ref"), "", m.t("results.ref_hint"))
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		q := model.DecisionRequest{UnitID: p.UnitID, Award: awards[f.Choice("award")].Code, Verdict: model.Verdict(f.Choice("verdict"))}
		if q.Verdict == model.VerdictReplace {
			if len(others) == 0 {
				f.SetError("verdict", m.t("award.decision_same_unit", p.Code))
				return m, nil
			}
			q.Instead = others[f.Choice("instead")].UnitID
		}
		if ref := strings.TrimSpace(f.Value("ref")); ref != "" || q.Verdict != model.VerdictRefuse {
			var err error
			if q.Number, q.Date, err = model.ParseDecisionRef(ref); err != nil {
				f.SetError("ref", model.Message(m.lang, err))
				return m, nil
			}
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(m.t("results.done_decision", m.unitName(p.UnitID)), func(ctx context.Context) error {
			return store.Decide(ctx, actor, period, q)
		})
	})
}
