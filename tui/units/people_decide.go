package units

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/people"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// The province's decision on a person the bloc proposed upward, typed on
// the nominees list as `D` types a unit's on the ranking: accept, refuse
// or give a lower form, the decision as the office writes it, and why.
// Storage checks the proposal went up and the cap of the bloc's rules;
// a refusal keeps what was typed under the field it is about.

// province reports whether this is the province's installation.
func (m Model) province() bool { return m.scope.Inst.Role == model.RoleProvince }

// decideNomineeKey opens the decision dialog on n, or says why not: the
// bloc did not send it up, so the province has nothing to decide.
func (m Model) decideNomineeKey(p people.Person, n people.Nominee) (Model, tea.Cmd) {
	if !n.Upward {
		return m, status.ErrorCmd(model.Errorf("people_ui.decide_not_upward", p.Name, n.Form.Label(m.lang)))
	}
	m.dialog = m.decideNomineeDialog(p, n)
	return m, nil
}

// decideNomineeDialog is the province's decision on n, filled with the
// one already recorded when there is one (a correction). A downgrade
// gives a lower form of the same kind, or a certificate for a title.
func (m Model) decideNomineeDialog(p people.Person, n people.Nominee) dialog.Model[Model] {
	settings := m.staff.book.Settings
	var lower []people.Form
	var lowerNames []string
	for _, f := range settings.Forms {
		if f.Title() == n.Form.Title() && f < n.Form || n.Form.Title() && !f.Title() {
			lower = append(lower, f)
			lowerNames = append(lowerNames, settings.Label(f, m.lang))
		}
	}
	verdict, to, ref, why := 0, 0, "", ""
	if d := n.Decision; d != nil {
		verdict, ref, why = int(d.Ruling), d.Text(), d.Reason
		for i, f := range lower {
			if f == d.DowngradedTo {
				to = i
			}
		}
	}
	f := m.peopleForm(m.t("people_ui.decide_title", p.Name, settings.Label(n.Form, m.lang)))
	f.SetIntro(m.t("people_ui.decide_intro"))
	f.AddChoice("verdict", m.t("people_ui.field_verdict"),
		[]string{m.t("people_ui.verdict_accept"), m.t("people_ui.verdict_refuse"), m.t("people_ui.verdict_down")}, verdict)
	if len(lower) > 0 {
		f.AddChoice("to", m.t("people_ui.field_down_to"), lowerNames, to)
	}
	f.AddText("ref", m.t("people_ui.field_decision"), ref, m.t("people_ui.hint_decision"))
	f.AddText("reason", m.t("people_ui.field_decision_reason"), why, m.t("people_ui.hint_decision_reason"))
	periodID := m.scope.Period.ID
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		d := people.Decision{Person: p.ID, Form: n.Form, Ruling: people.Ruling(f.Choice("verdict")), Reason: people.Clean(f.Value("reason"))}
		if d.Ruling == people.RulingDowngraded {
			if len(lower) == 0 {
				f.SetError("verdict", m.t("people_ui.decide_no_lower"))
				return m, nil
			}
			d.DowngradedTo = lower[f.Choice("to")]
		}
		if ref := strings.TrimSpace(f.Value("ref")); ref != "" || d.Ruling != people.RulingRefused {
			var err error
			if d.Number, d.Date, err = people.ParseDecisionText(ref); err != nil {
				f.SetError("ref", model.Message(m.lang, err))
				return m, nil
			}
		}
		if err := d.Validate(); err != nil {
			f.SetError("reason", model.Message(m.lang, err))
			return m, nil
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			err := store.DecideNominee(context.Background(), actor, periodID, d)
			info := tr(lang, "people_ui.decided", p.Name, n.Form.Label(lang), d.Describe(lang))
			return peopleDoneMsg{err: err, field: "verdict", info: info, focus: p.ID}
		}
	}).Awaiting("verdict")
}
