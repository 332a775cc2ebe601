package units

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/tui/keys"
)

// PeopleKeyMap are the keys of the individuals part.
type PeopleKeyMap struct {
	Open, Back, Switch      key.Binding
	Add, Edit, Import       key.Binding
	Review, Register        key.Binding
	Nominate, Drop, Upward  key.Binding
	AllUnits, Filter, Enter key.Binding
	Decide, Match           key.Binding
}

// DefaultPeopleKeyMap returns the individuals part's keys in language l.
func DefaultPeopleKeyMap(l i18n.Lang) PeopleKeyMap {
	return PeopleKeyMap{
		Open:     keys.Bind(l, "people_ui.key_open", "c"),
		Back:     keys.Bind(l, "key.back", "esc"),
		Switch:   key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", i18n.T(l, "people_ui.key_switch"))),
		Add:      keys.Bind(l, "people_ui.key_add", "a"),
		Edit:     keys.Bind(l, "people_ui.key_edit", "e"),
		Import:   keys.Bind(l, "people_ui.key_import", "i"),
		Review:   keys.Bind(l, "people_ui.key_review", "r"),
		Register: keys.Bind(l, "people_ui.key_register", "d"),
		Nominate: keys.Bind(l, "people_ui.key_nominate", "n"),
		Drop:     keys.Bind(l, "people_ui.key_drop", "x"),
		Upward:   keys.Bind(l, "people_ui.key_upward", "u"),
		AllUnits: keys.Bind(l, "people_ui.key_all", "t"),
		Filter:   keys.Bind(l, "key.filter", "/"),
		Enter:    keys.Bind(l, "key.filter_done", "enter"),
		Decide:   keys.Bind(l, "people_ui.key_decide", "D"),
		Match:    keys.Bind(l, "people_ui.key_match", "m"),
	}
}

// peopleKey handles a key on the individuals part (no dialog open).
func (m Model) peopleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	v, k := &m.staff, m.pkeys
	if v.filtering {
		switch {
		case key.Matches(msg, k.Back):
			v.filtering = false
			v.filter.Blur()
			v.filter.SetValue("")
		case key.Matches(msg, k.Enter), key.Matches(msg, m.keys.LeaveUp), key.Matches(msg, m.keys.LeaveDown):
			v.filtering = false
			v.filter.Blur()
		default:
			var cmd tea.Cmd
			v.filter, cmd = v.filter.Update(msg)
			m.applyPeopleFilter()
			return m, cmd
		}
		m.applyPeopleFilter()
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Up):
		v.cursor = max(0, v.cursor-1)
	case key.Matches(msg, m.keys.Down):
		v.cursor = max(0, min(v.rows()-1, v.cursor+1))
	case key.Matches(msg, m.keys.Top):
		v.cursor = 0
	case key.Matches(msg, m.keys.Bottom):
		v.cursor = max(0, v.rows()-1)
	case key.Matches(msg, k.Back):
		if v.filter.Value() != "" {
			v.filter.SetValue("")
			m.applyPeopleFilter()
			return m, nil
		}
		v.open = false
	case key.Matches(msg, k.Switch):
		v.tab = 1 - v.tab
		v.cursor = 0
		if v.tab == staffTab && v.unit.ID == "" { // every unit's staff is not one list
			v.tab = nomineeTab
		}
	case key.Matches(msg, k.Filter) && v.tab == staffTab:
		v.filtering = true
		return m, v.filter.Focus()
	case key.Matches(msg, k.AllUnits) && (m.scope.Leader() || m.province()):
		home := v.home
		if v.unit.ID != "" { // to every unit's proposals, and back
			m, cmd := m.openPeople(model.Unit{})
			m.staff.home, m.staff.tab = home, nomineeTab
			return m, cmd
		}
		return m.openPeople(home)
	default:
		return m.peopleAction(msg)
	}
	return m, nil
}

// peopleAction opens the dialog or does the write a key asks for.
func (m Model) peopleAction(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.pkeys
	p, hasPerson := m.selectedPerson()
	n, hasNominee := m.selectedNominee()
	write := m.mayWrite()
	switch {
	case key.Matches(msg, k.Add) && write:
		m.dialog = m.personDialog(people.Person{Unit: m.staff.unit.ID})
	case key.Matches(msg, k.Edit) && write && hasPerson:
		m.dialog = m.personDialog(p)
	case key.Matches(msg, k.Import) && write:
		m.dialog = m.importDialog()
	case key.Matches(msg, k.Review) && write && hasPerson:
		m.dialog = m.reviewDialog(p)
	case key.Matches(msg, k.Register) && write && hasPerson:
		m.dialog = m.registerDialog(p)
	case key.Matches(msg, k.Nominate) && write && hasPerson:
		m.dialog = m.nominateDialog(p)
	case key.Matches(msg, k.Drop) && hasNominee && m.mayWriteUnit(p.Unit):
		m.dialog = m.withdrawNomineeDialog(p, n)
	case key.Matches(msg, k.Upward) && hasNominee && m.scope.Leader():
		return m, m.upwardCmd(p, n)
	case key.Matches(msg, k.Decide) && hasNominee && m.province():
		return m.decideNomineeKey(p, n)
	case key.Matches(msg, k.Match) && hasNominee && m.mayWriteUnit(p.Unit):
		return m.matchKey(p, n)
	}
	return m, nil
}

// peopleShortHelp is the footer's keys of the individuals part: what the
// list on show and this installation allow.
func (m Model) peopleShortHelp() []key.Binding {
	k := m.pkeys
	if m.staff.filtering {
		return []key.Binding{k.Enter, k.Back}
	}
	out := []key.Binding{k.Back, k.Switch}
	if m.staff.tab == staffTab {
		out = append(out, k.Filter)
		if m.mayWrite() {
			out = append(out, k.Nominate, k.Add, k.Import, k.Review, k.Register)
		}
	} else {
		switch {
		case m.province():
			out = append(out, k.Decide, k.AllUnits)
		case m.scope.Leader():
			out = append(out, k.Drop, k.Upward, k.AllUnits)
		default:
			out = append(out, k.Drop)
		}
		if len(m.staff.book.Unmatched) > 0 && !m.province() {
			out = append(out, k.Match)
		}
	}
	return out
}
