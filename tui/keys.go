package tui

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
)

// KeyMap are the keys that work on every screen.
type KeyMap struct {
	Units, Results key.Binding
	NextScreen     key.Binding
	Period         key.Binding
	Help           key.Binding
	Quit           key.Binding
	ForceQuit      key.Binding
}

// DefaultKeyMap returns the global keys with help in language l. Screens
// keep the numbers of the full interface: 1 units, 4 results.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Units:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1", i18n.T(l, "screen.units"))),
		Results:    key.NewBinding(key.WithKeys("4"), key.WithHelp("4", i18n.T(l, "screen.results"))),
		NextScreen: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", i18n.T(l, "key.next_screen"))),
		Period:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", i18n.T(l, "key.period"))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", i18n.T(l, "key.help"))),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", i18n.T(l, "key.quit"))),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

// short is the part of the footer every screen shares.
func (k KeyMap) short() []key.Binding {
	return []key.Binding{k.Units, k.Results, k.Period, k.Help, k.Quit}
}

// global is the column of full help every screen shares.
func (k KeyMap) global() []key.Binding {
	return []key.Binding{k.Units, k.Results, k.NextScreen, k.Period, k.Help, k.Quit}
}
