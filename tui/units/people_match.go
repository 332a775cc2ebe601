package units

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/people"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// A unit that typed its staff again holds the province's decisions on
// its people's old ids aside (Book.Unmatched): the nominees list says so,
// and `m` on a proposal matches one of them, of the same form, to the
// person proposed (storage checks the proposal; later setup files then
// apply the decision to that person).

// unmatchedFor are the decisions kept aside on form f.
func (m Model) unmatchedFor(f people.Form) []people.Decision {
	var out []people.Decision
	for _, d := range m.staff.book.Unmatched {
		if d.Form == f {
			out = append(out, d)
		}
	}
	return out
}

// matchKey opens the match dialog on n, or says why not.
func (m Model) matchKey(p people.Person, n people.Nominee) (Model, tea.Cmd) {
	ds := m.unmatchedFor(n.Form)
	switch {
	case len(m.staff.book.Unmatched) == 0:
		return m, nil
	case n.Decision != nil:
		return m, status.ErrorCmd(model.Errorf("people_db.match_decided", p.Name, n.Form.Label(m.lang)))
	case len(ds) == 0:
		return m, status.ErrorCmd(model.Errorf("people_ui.match_none", n.Form.Label(m.lang), p.Name))
	}
	m.dialog = m.matchDialog(p, n, ds)
	return m, nil
}

// matchDialog asks which decision kept aside is p's.
func (m Model) matchDialog(p people.Person, n people.Nominee, ds []people.Decision) dialog.Model[Model] {
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = m.t("people_ui.match_choice", d.Describe(m.lang), shortID(d.Person))
	}
	f := m.peopleForm(m.t("people_ui.match_title", p.Name, n.Form.Label(m.lang)))
	f.SetIntro(m.t("people_ui.match_intro", p.Name))
	f.AddChoice("decision", m.t("people_ui.field_match"), names, 0)
	periodID := m.scope.Period.ID
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		d := ds[f.Choice("decision")]
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			err := store.MatchDecision(context.Background(), actor, periodID, d.Person, n.Form, p.ID)
			return peopleDoneMsg{err: err, field: "decision", info: tr(lang, "people_ui.matched", p.Name, d.Describe(lang)), focus: p.ID}
		}
	}).Awaiting("decision")
}

// shortID is the start of an id, enough to tell two apart on screen.
func shortID(id string) string {
	if r := []rune(id); len(r) > 8 {
		return string(r[:8])
	}
	return id
}
