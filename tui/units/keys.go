package units

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/keys"
)

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down, Top, Bottom key.Binding
	Filter, ClearFilter   key.Binding
	Accept                key.Binding
	Score                 key.Binding
	Add, Edit, Withdraw   key.Binding
	LeaveUp, LeaveDown    key.Binding // the arrows leave the filter and move (j, k are text there)
}

// DefaultKeyMap returns the screen's keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up:          keys.Up(l),
		Down:        keys.Down(l),
		Top:         key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", i18n.T(l, "key.top"))),
		Bottom:      key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", i18n.T(l, "key.bottom"))),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", i18n.T(l, "key.filter"))),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", i18n.T(l, "key.clear_filter"))),
		Accept:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", i18n.T(l, "key.filter_done"))),
		Score:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", i18n.T(l, "key.score_unit"))),
		Add:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", i18n.T(l, "key.add"))),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", i18n.T(l, "key.edit"))),
		Withdraw:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", i18n.T(l, "key.withdraw"))),
		LeaveUp:     key.NewBinding(key.WithKeys("up")),
		LeaveDown:   key.NewBinding(key.WithKeys("down")),
	}
}

// filterKey handles a key typed into the filter: esc clears it, enter
// keeps it, an arrow keeps it and moves; the rest is text.
func (m Model) filterKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.ClearFilter):
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.applyFilter()
		return m, nil
	case key.Matches(msg, m.keys.Accept):
		m.acceptFilter()
		return m, nil
	case key.Matches(msg, m.keys.LeaveUp), key.Matches(msg, m.keys.LeaveDown):
		m.acceptFilter()
		if key.Matches(msg, m.keys.LeaveUp) {
			m.move(-1)
		} else {
			m.move(1)
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	m.applyFilter()
	return m, cmd
}

// listKey handles a key on the list: moving, the filter, scoring the unit
// and the leader's dialogs.
func (m Model) listKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.move(-1)
	case key.Matches(msg, m.keys.Down):
		m.move(1)
	case key.Matches(msg, m.keys.Top):
		m.cursor = 0
	case key.Matches(msg, m.keys.Bottom):
		m.cursor = len(m.shown) - 1
	case key.Matches(msg, m.keys.Filter):
		m.filtering = true
		return m, m.filter.Focus()
	case key.Matches(msg, m.keys.ClearFilter):
		m.filter.SetValue("")
		m.applyFilter()
	case key.Matches(msg, m.keys.Score):
		if u, ok := m.Selected(); ok {
			return m, func() tea.Msg { return ScoreMsg{UnitID: u.ID} }
		}
	case key.Matches(msg, m.keys.Add):
		m.dialog = m.unitDialog(true, model.Unit{})
	case key.Matches(msg, m.keys.Edit):
		if u, ok := m.Selected(); ok {
			m.dialog = m.unitDialog(false, u)
		}
	case key.Matches(msg, m.keys.Withdraw):
		if u, ok := m.Selected(); ok {
			m.dialog = m.withdrawDialog(u)
		}
	case key.Matches(msg, m.pkeys.Open) && m.people != nil:
		if u, ok := m.Selected(); ok {
			return m.openPeople(u)
		}
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	if m.filtering {
		return []key.Binding{m.keys.Accept, m.keys.ClearFilter}
	}
	if m.dialog.Open() {
		return nil
	}
	if m.staff.open {
		return m.peopleShortHelp()
	}
	return []key.Binding{m.keys.Score, m.pkeys.Open, m.keys.Filter, m.keys.Add, m.keys.Edit}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	if m.staff.open {
		k := m.pkeys
		return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Top, m.keys.Bottom, k.Switch, k.Back},
			{k.Filter, k.Add, k.Edit, k.Import, k.Review, k.Register}, {k.Nominate, k.Drop, k.Upward, k.AllUnits}}
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Top, m.keys.Bottom},
		{m.keys.Filter, m.keys.ClearFilter, m.keys.Accept}, {m.keys.Score, m.pkeys.Open, m.keys.Add, m.keys.Edit, m.keys.Withdraw}}
}
