package exchange

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/keys"
)

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down key.Binding
	Open     key.Binding // merge files (leader), take a setup file (unit)
	Apply    key.Binding
	Detail   key.Binding
	Holds    key.Binding
	Accept   key.Binding
	Decline  key.Binding
	Setup    key.Binding
	Export   key.Binding
	Return   key.Binding
	Clear    key.Binding
	Answer   key.Binding
	Back     key.Binding
	Stop     key.Binding // work under way
}

// DefaultKeyMap returns the screen's keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up:      keys.Up(l),
		Down:    keys.Down(l),
		Open:    keys.Bind(l, "xtui.key.open", "o"),
		Apply:   keys.Bind(l, "xtui.key.apply", "a"),
		Detail:  keys.Bind(l, "xtui.key.detail", "enter"),
		Holds:   keys.Bind(l, "xtui.key.holds", "g"),
		Accept:  keys.Bind(l, "xtui.key.accept", "a"),
		Decline: keys.Bind(l, "xtui.key.decline", "d"),
		Setup:   keys.Bind(l, "xtui.key.setup", "s"),
		Export:  keys.Bind(l, "xtui.key.export", "x"),
		Return:  keys.Bind(l, "xtui.key.return", "t"),
		Clear:   keys.Bind(l, "xtui.key.clear", "c"),
		Answer:  keys.Bind(l, "xtui.key.answer", "enter"),
		Back:    keys.Bind(l, "xtui.key.back", "esc"),
		Stop:    keys.Bind(l, "key.stop", "esc"),
	}
}

func matches(msg tea.KeyPressMsg, b key.Binding) bool { return key.Matches(msg, b) }

// enableKeys enables the leader's keys for the leader, the province's
// (merge, holds, its decision file) for the province, the unit's for a
// unit.
func (m *Model) enableKeys() {
	leader := m.scope.Leader()
	for _, b := range []*key.Binding{&m.keys.Setup, &m.keys.Return, &m.keys.Clear} {
		b.SetEnabled(leader)
	}
	m.keys.Holds.SetEnabled(m.scope.Merges())
	m.keys.Export.SetHelp("x", m.t("xtui.key.export"))
	switch {
	case m.scope.Province():
		m.keys.Open.SetHelp("o", m.t("xtui.key.open_blocs"))
		m.keys.Export.SetHelp("x", m.t("xtui.key.export_decisions"))
	case leader:
		m.keys.Open.SetHelp("o", m.t("xtui.key.open"))
	default:
		m.keys.Open.SetHelp("o", m.t("xtui.key.join"))
	}
	m.keys.Answer.SetEnabled(!m.scope.Merges())
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.job.Running():
		return []key.Binding{k.Stop}
	case m.dialog.Open():
		return nil
	case m.mode == filesMode && !m.applied:
		return []key.Binding{k.Apply, k.Detail, k.Back}
	case m.mode == filesMode || m.mode == changesMode:
		return []key.Binding{k.Detail, k.Back}
	case m.mode == holdsMode:
		return []key.Binding{k.Accept, k.Decline, k.Back}
	case m.scope.Leader():
		return []key.Binding{k.Open, k.Holds, k.Return, k.Setup, k.Export}
	case m.scope.Province():
		return []key.Binding{k.Open, k.Holds, k.Export}
	}
	return []key.Binding{k.Open, k.Export, k.Answer}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.scope.Province() {
		return [][]key.Binding{{k.Open, k.Apply, k.Detail, k.Back}, {k.Holds, k.Accept, k.Decline, k.Export}}
	}
	if m.scope.Leader() {
		return [][]key.Binding{{k.Up, k.Down, k.Open, k.Apply, k.Detail, k.Back},
			{k.Holds, k.Accept, k.Decline, k.Return, k.Clear, k.Setup, k.Export}}
	}
	return [][]key.Binding{{k.Up, k.Down, k.Open, k.Export, k.Answer}}
}
