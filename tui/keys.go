package tui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/screens"
	"thidua/tui/status"
)

// key handles a key: ctrl+c always, then the cover (the welcome, a
// notice) while it is on, then the screen on show if it takes the key (a
// field, a dialog, work under way), then the global keys, else the screen.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.line.Text = ""
	if key.Matches(msg, m.keys.ForceQuit) {
		if id := m.unsaved(); id != "" && !m.quitting {
			m.quitting = true
			m.line.Text, m.line.IsErr = i18n.T(m.lang, id), true
			return m, nil
		}
		return m, tea.Quit
	}
	m.quitting = false
	if m.cover.Covers() {
		var cmd tea.Cmd
		*m.cover, cmd = m.cover.Key(msg)
		return m, cmd
	}
	if m.screens.Page(m.screen).TakesKey(msg) {
		return m, m.screens.Update(m.screen, msg)
	}
	for id, b := range m.keys.Screens {
		if key.Matches(msg, b) {
			return m.show(screens.ID(id))
		}
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.fullHelp = !m.fullHelp
		return m, nil
	case key.Matches(msg, m.keys.NextScreen):
		return m.show((m.screen + 1) % screens.Count)
	case key.Matches(msg, m.keys.PrevScreen):
		return m.show((m.screen + screens.Count - 1) % screens.Count)
	case key.Matches(msg, m.keys.Board):
		cmd := m.board()
		return m, cmd
	case key.Matches(msg, m.keys.Period):
		if len(m.ctx.Periods) > 0 {
			m.period = (m.period + 1) % len(m.ctx.Periods)
		}
		return m, m.setScope()
	}
	return m, m.screens.Update(m.screen, msg)
}

// unsaved names the message that says what ctrl+c would lose: a value
// typed in a score cell, or what was typed in a dialog of any screen or in
// the welcome wizard (nothing of it is saved before it is confirmed); ""
// when nothing would be lost.
func (m Model) unsaved() string {
	if m.screens.Scoring.ValueUnsaved() {
		return "app.unsaved"
	}
	if w, on := m.cover.Welcoming(); on && w.Typed() {
		return "app.unsaved_dialog"
	}
	for id := range screens.Count {
		if m.screens.Page(id).Unsaved() {
			return "app.unsaved_dialog"
		}
	}
	return ""
}

// show switches to screen s; the ranking is recomputed when shown.
func (m Model) show(s screens.ID) (tea.Model, tea.Cmd) {
	m.screen = s
	if s == screens.Results {
		return m, m.screens.Results.Reload()
	}
	return m, nil
}

// board takes the province back to its board of blocs: no bloc in focus,
// the board read anew.
func (m *Model) board() tea.Cmd {
	store := m.store
	return tea.Sequence(func() tea.Msg {
		if err := store.SetFocus(context.Background(), ""); err != nil {
			return status.ErrorMsg{Err: err}
		}
		return nil
	}, m.cover.Board())
}
