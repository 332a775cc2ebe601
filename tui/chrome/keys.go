package chrome

import (
	"charm.land/bubbles/v2/key"

	"thidua/model/i18n"
)

// KeyMap are the keys that work on every screen: one per screen (1–6 in
// order, named by the screens' names), the next and previous screen, the
// period, help and quit.
type KeyMap struct {
	Screens                []key.Binding
	NextScreen, PrevScreen key.Binding
	Period, Help, Quit     key.Binding
	ForceQuit              key.Binding
	// Board goes back to the province's board of blocs (only at a
	// province: disabled elsewhere).
	Board      key.Binding
	switchDesc string
}

// DefaultKeyMap returns the global keys with help in language l, for the
// screens named (their message ids "screen.<name>").
func DefaultKeyMap(l i18n.Lang, screens []string) KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, i18n.T(l, desc)))
	}
	k := KeyMap{
		NextScreen: b("tab ctrl+→", "key.next_screen", "tab", "ctrl+right"),
		PrevScreen: b("ctrl+←", "key.prev_screen", "shift+tab", "ctrl+left"),
		Period:     b("p", "key.period", "p"),
		Help:       b("?", "key.help", "?"),
		Quit:       b("q", "key.quit", "q"),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
		Board:      b("0", "key.board", "0"),
		switchDesc: i18n.T(l, "key.switch_screen"),
	}
	k.Board.SetEnabled(false)
	for i, name := range screens {
		digit := string(rune('1' + i))
		k.Screens = append(k.Screens, b(digit, "screen."+name, digit))
	}
	return k
}

// ShortHelp is the footer: help and quit first (they must never be cut off
// a narrow window), then the screen's own keys, then the period switch.
// Where digits are typed (the scoring screen's scores) and tab moves
// between fields, it names ctrl+←/→ for the screens.
func (k KeyMap) ShortHelp(screen []key.Binding, digits bool) []key.Binding {
	out := []key.Binding{k.Help, k.Quit}
	if k.Board.Enabled() {
		out = append(out, k.Board)
	}
	if digits {
		out = append(out, k.DigitsScreens())
	}
	return append(append(out, screen...), k.Period)
}

// DigitsScreens is the screen switch where digits are typed.
func (k KeyMap) DigitsScreens() key.Binding {
	b := k.NextScreen
	b.SetHelp("ctrl+←→", k.switchDesc)
	return b
}

// Global is the column of full help every screen shares; where digits are
// typed, screens switch with ctrl+←/→ only.
func (k KeyMap) Global(digits bool) []key.Binding {
	if digits {
		next := k.NextScreen
		next.SetHelp("ctrl+→", next.Help().Desc)
		return []key.Binding{next, k.PrevScreen, k.Period, k.Help, k.Quit}
	}
	return append(append([]key.Binding{}, k.Screens...), k.NextScreen, k.PrevScreen, k.Period, k.Board, k.Help, k.Quit)
}

// Tabs are the screens' tabs, screen on marked.
func (k KeyMap) Tabs(on int) []Tab {
	out := make([]Tab, len(k.Screens))
	for i, b := range k.Screens {
		out[i] = Tab{Key: b, Active: i == on}
	}
	return out
}
