// Package screens holds the interface's six screens as one value, in key
// order: it builds them over one store and gives each the scope, the
// language, the size and the replies of background work, and it tells the
// others to reload when one changed data. The root model shows one of them
// at a time.
package screens

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/criteria"
	"thidua/tui/exchange"
	"thidua/tui/results"
	"thidua/tui/scope"
	"thidua/tui/scoring"
	"thidua/tui/settings"
	"thidua/tui/theme"
	"thidua/tui/units"
)

// Store is everything the screens read and write.
type Store interface {
	units.Store
	units.PeopleStore
	criteria.Store
	results.Store
	scoring.Store
	settings.Store
	exchange.Store
}

// ID names a screen; the keys 1–6 show them in this order.
type ID int

// The screens, in key order.
const (
	Units ID = iota
	Criteria
	Scoring
	Results
	Exchange
	Settings
	Count // how many there are
)

// String names the screen, for tests and logs.
func (id ID) String() string {
	return [...]string{"units", "criteria", "scoring", "results", "exchange", "settings"}[id]
}

// Names are the screens' names in key order.
func Names() []string {
	names := make([]string, Count)
	for id := range Count {
		names[id] = id.String()
	}
	return names
}

// Page is what the root asks of every screen besides Update.
type Page interface {
	help.KeyMap
	View() string
	SetSize(w, h int)
	TakesKey(tea.KeyPressMsg) bool
	Unsaved() bool // something typed is not saved yet
	SetScope(scope.Scope) tea.Cmd
	SetLang(theme.Styles, i18n.Lang, bool)
}

// Set is the six screens.
type Set struct {
	Units    units.Model
	Criteria criteria.Model
	Scoring  scoring.Model
	Results  results.Model
	Exchange exchange.Model
	Settings settings.Model
}

// New returns the screens over store, styled st, speaking l.
func New(store Store, st theme.Styles, l i18n.Lang, isDark bool) Set {
	return Set{
		Units:    units.New(store, st, l, isDark),
		Criteria: criteria.New(store, st, l, isDark),
		Scoring:  scoring.New(store, st, l, isDark),
		Results:  results.New(store, st, l, isDark),
		Exchange: exchange.New(store, st, l, isDark),
		Settings: settings.New(store, st, l, isDark),
	}
}

// Page returns screen id.
func (s *Set) Page(id ID) Page {
	return [...]Page{&s.Units, &s.Criteria, &s.Scoring, &s.Results, &s.Exchange, &s.Settings}[id]
}

// Update gives msg to screen id.
func (s *Set) Update(id ID, msg tea.Msg) tea.Cmd {
	switch id {
	case Units:
		return step(&s.Units, msg, units.Model.Update)
	case Criteria:
		return step(&s.Criteria, msg, criteria.Model.Update)
	case Scoring:
		return step(&s.Scoring, msg, scoring.Model.Update)
	case Results:
		return step(&s.Results, msg, results.Model.Update)
	case Exchange:
		return step(&s.Exchange, msg, exchange.Model.Update)
	}
	return step(&s.Settings, msg, settings.Model.Update)
}

// step updates the screen at p with msg.
func step[M any](p *M, msg tea.Msg, update func(M, tea.Msg) (M, tea.Cmd)) tea.Cmd {
	var cmd tea.Cmd
	*p, cmd = update(*p, msg)
	return cmd
}

// Broadcast gives a reply of background work to every screen; each keeps
// the replies it asked for and ignores the rest.
func (s *Set) Broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, Count)
	for id := range Count {
		cmds[id] = s.Update(id, msg)
	}
	return tea.Batch(cmds...)
}

// Changed answers a message by which one screen says data changed: the
// screens that show it reload. scoped says the installation, its periods
// or rules may have changed too (the root reads them again); ok says msg
// was such a message.
func (s *Set) Changed(msg tea.Msg) (cmd tea.Cmd, scoped, ok bool) {
	switch msg.(type) {
	case scoring.SavedMsg, units.ChangedMsg:
		return tea.Batch(s.Results.Reload(), s.Units.Reload()), false, true
	case scoring.ReturnedMsg:
		return tea.Batch(s.Exchange.Reload(), s.Results.Reload()), false, true
	case criteria.ChangedMsg, settings.ChangedMsg:
		return tea.Batch(s.Scoring.Reload(), s.Results.Reload()), true, true
	case exchange.ChangedMsg:
		// Merged files or a decision: scores, units and rules may all have
		// changed.
		return tea.Batch(s.Scoring.Reload(), s.Results.Reload(), s.Units.Reload()), true, true
	}
	return nil, false, false
}

// SetScope tells every screen about the installation and period.
func (s *Set) SetScope(sc scope.Scope) tea.Cmd {
	cmds := make([]tea.Cmd, Count)
	for id := range Count {
		cmds[id] = s.Page(id).SetScope(sc)
	}
	return tea.Batch(cmds...)
}

// SetLang switches every screen to another language or background.
func (s *Set) SetLang(st theme.Styles, l i18n.Lang, isDark bool) {
	for id := range Count {
		s.Page(id).SetLang(st, l, isDark)
	}
}

// SetSize gives every screen the room between the header and the footer.
func (s *Set) SetSize(w, h int) {
	for id := range Count {
		s.Page(id).SetSize(w, h)
	}
}
