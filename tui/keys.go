package tui

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
)

// KeyMap are the keys that work on every screen.
type KeyMap struct {
	Units, Criteria, Scoring, Results, Exchange, Settings key.Binding
	NextScreen, PrevScreen                                key.Binding
	Period                                                key.Binding
	Help                                                  key.Binding
	Quit                                                  key.Binding
	ForceQuit                                             key.Binding
	switchDesc                                            string
}

// DefaultKeyMap returns the global keys with help in language l: 1 units,
// 2 criteria, 3 scoring, 4 results, 5 exchange, 6 settings.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Units:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1", i18n.T(l, "screen.units"))),
		Criteria:   key.NewBinding(key.WithKeys("2"), key.WithHelp("2", i18n.T(l, "screen.criteria"))),
		Scoring:    key.NewBinding(key.WithKeys("3"), key.WithHelp("3", i18n.T(l, "screen.scoring"))),
		Results:    key.NewBinding(key.WithKeys("4"), key.WithHelp("4", i18n.T(l, "screen.results"))),
		Exchange:   key.NewBinding(key.WithKeys("5"), key.WithHelp("5", i18n.T(l, "screen.exchange"))),
		Settings:   key.NewBinding(key.WithKeys("6"), key.WithHelp("6", i18n.T(l, "screen.settings"))),
		NextScreen: key.NewBinding(key.WithKeys("tab", "ctrl+right"), key.WithHelp("tab ctrl+→", i18n.T(l, "key.next_screen"))),
		PrevScreen: key.NewBinding(key.WithKeys("shift+tab", "ctrl+left"), key.WithHelp("ctrl+←", i18n.T(l, "key.prev_screen"))),
		Period:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", i18n.T(l, "key.period"))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", i18n.T(l, "key.help"))),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", i18n.T(l, "key.quit"))),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
		switchDesc: i18n.T(l, "key.switch_screen"),
	}
}

// shortHelp is the footer: help and quit first (they must never be cut off
// a narrow window), then the screen's own keys, then the period switch.
// On the scoring screen, where digits are scores and tab moves between
// criteria, it names ctrl+←/→ for the screens.
func (k KeyMap) shortHelp(screen []key.Binding, scoring bool) []key.Binding {
	out := []key.Binding{k.Help, k.Quit}
	if scoring {
		out = append(out, k.scoringScreens())
	}
	out = append(out, screen...)
	return append(out, k.Period)
}

// scoringScreens is the screen switch as the scoring screen has it.
func (k KeyMap) scoringScreens() key.Binding {
	b := k.NextScreen
	b.SetHelp("ctrl+←→", k.switchDesc)
	return b
}

// global is the column of full help every screen shares; on the scoring
// screen, screens switch with ctrl+←/→ only.
func (k KeyMap) global(scoring bool) []key.Binding {
	if scoring {
		next, prev := k.NextScreen, k.PrevScreen
		next.SetHelp("ctrl+→", next.Help().Desc)
		return []key.Binding{next, prev, k.Period, k.Help, k.Quit}
	}
	return []key.Binding{k.Units, k.Criteria, k.Scoring, k.Results, k.Exchange, k.Settings, k.NextScreen, k.PrevScreen, k.Period, k.Help, k.Quit}
}

// tab is a screen and the key that shows it.
type tab struct {
	screen  screen
	binding key.Binding
}

// screens lists the screens with their keys, in order.
func (k KeyMap) screens() []tab {
	return []tab{{unitsScreen, k.Units}, {criteriaScreen, k.Criteria}, {scoringScreen, k.Scoring},
		{resultsScreen, k.Results}, {exchangeScreen, k.Exchange}, {settingsScreen, k.Settings}}
}
