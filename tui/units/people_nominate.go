package units

import (
	"context"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// tr is i18n.T, for the closures that run off the event loop.
func tr(l i18n.Lang, id string, a ...any) string { return i18n.T(l, id, a...) }

func yearOrEmpty(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// nominateDialog proposes p for a form this period: checked by the rules
// when submitted; a refusal names its rule under the form's field and
// keeps what was typed, so a reason can be added where the rule allows.
func (m Model) nominateDialog(p people.Person) dialog.Model[Model] {
	f := m.peopleForm(m.t("people_ui.nominate_title", p.Name))
	f.SetIntro(m.t("people_ui.nominate_intro"))
	f.AddText("form", m.t("people_ui.field_form"), "", m.t("people_ui.hint_form"))
	f.AddText("achievement", m.t("people_ui.field_achievement"), "", m.t("people_ui.hint_achievement"))
	f.AddText("initiative", m.t("people_ui.field_initiative"), "", m.t("people_ui.hint_initiative"))
	f.AddText("reason", m.t("people_ui.field_reason"), "", m.t("people_ui.hint_reason"))
	periodID := m.scope.Period.ID
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		form, err := people.ParseForm(f.Value("form"))
		if err != nil {
			f.SetError("form", model.Message(m.lang, err))
			return m, nil
		}
		pr := people.Proposal{Person: p.ID, Form: form, Achievement: people.Clean(f.Value("achievement")),
			Reason: people.Clean(f.Value("reason"))}
		if t := people.Clean(f.Value("initiative")); t != "" {
			pr.Evidence = []people.Evidence{{Kind: people.Initiative, Title: t}}
		}
		if err := pr.Validate(); err != nil {
			f.SetError("achievement", model.Message(m.lang, err))
			return m, nil
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			vs, err := store.Nominate(context.Background(), actor, periodID, []people.Proposal{pr})
			info := tr(lang, "people_ui.nominated", p.Name, form.Label(lang))
			if err == nil && len(vs) == 1 && vs[0].Outcome == people.Excepted {
				info = tr(lang, "people_ui.nominated_excepted", p.Name, form.Label(lang), vs[0].Message())
			}
			return peopleDoneMsg{err: err, field: "form", info: info, focus: p.ID}
		}
	}).Awaiting("form")
}

// withdrawNomineeDialog asks before a proposal is withdrawn.
func (m Model) withdrawNomineeDialog(p people.Person, n people.Nominee) dialog.Model[Model] {
	f := m.peopleForm(m.t("people_ui.drop_title", p.Name, n.Form.Label(m.lang)))
	f.SetIntro(m.t("people_ui.drop_intro"))
	periodID := m.scope.Period.ID
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			err := store.Withdraw(context.Background(), actor, periodID, p.ID, n.Form)
			return peopleDoneMsg{err: err, info: tr(lang, "people_ui.dropped", p.Name, n.Form.Label(lang))}
		}
	}).Awaiting("")
}

// upwardCmd marks (or unmarks) a proposal as one the bloc proposes to the
// province: the leader's.
func (m Model) upwardCmd(p people.Person, n people.Nominee) tea.Cmd {
	store, actor, lang, periodID := m.people, m.scope.Actor(), m.lang, m.scope.Period.ID
	on := !n.Upward
	return func() tea.Msg {
		err := store.SetUpward(context.Background(), actor, periodID, p.ID, n.Form, on)
		id := "people_ui.upward_on"
		if !on {
			id = "people_ui.upward_off"
		}
		return peopleDoneMsg{err: err, info: tr(lang, id, p.Name, n.Form.Label(lang)), focus: p.ID}
	}
}
