// Package cover is what the window shows in place of the interface: the
// first-run welcome on a database without a bloc, the province's board of
// blocs (until it opens one in the screens a leader has), and the
// notice of a damaged database file with its two ways on: r to close
// thidua and restore a backup, esc to go on and note what is typed.
package cover

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/blocs"
	"thidua/tui/chrome"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/theme"
	"thidua/tui/welcome"
)

// EDamaged says the database file is damaged and how to go on; it is on
// the status line once the notice is put away.
const EDamaged = "app.damaged"

// KeyMap are the keys of the notices.
type KeyMap struct {
	Restore, Hide, Quit key.Binding
}

// Store is what the cover reads and writes: the welcome's and the board's.
type Store interface {
	welcome.Store
	blocs.Store
}

// Model is the cover: none, the welcome, the province's board, or a notice.
type Model struct {
	styles  theme.Styles
	lang    i18n.Lang
	keys    KeyMap
	welcome welcome.Model
	board   blocs.Model
	// welcoming: the welcome has the window; province: the province's
	// board has it; damaged (until hidden): the damage notice has it.
	welcoming, province bool
	damaged             error
	hidden              bool
	restore             bool
	width, height       int
}

// New returns no cover, with the welcome ready over store.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	m := Model{styles: styles, lang: lang, welcome: welcome.New(store, styles, lang, isDark),
		board: blocs.New(store, styles, lang), keys: KeyMap{
			Restore: key.NewBinding(key.WithKeys("r")), Hide: key.NewBinding(key.WithKeys("esc")),
			Quit: key.NewBinding(key.WithKeys("q")),
		}}
	m.board.SetDark(isDark)
	return m
}

// Covers reports whether something is shown in place of the interface.
func (m Model) Covers() bool { return m.welcoming || m.province || (m.damaged != nil && !m.hidden) }

// Province reports whether the province's board of blocs is on show.
func (m Model) Province() bool { return m.province }

// Welcoming reports whether the welcome is on show, and the welcome.
func (m Model) Welcoming() (welcome.Model, bool) { return m.welcome, m.welcoming }

// Damage returns the damage found in the database file, or nil.
func (m Model) Damage() error { return m.damaged }

// WantsRestore reports whether the person asked, on the damage notice, to
// close thidua and restore a backup.
func (m Model) WantsRestore() bool { return m.restore }

// Damaged covers the interface with the damage notice (the first damage
// found is the one told).
func (m *Model) Damaged(err error) {
	if m.damaged == nil {
		m.damaged = err
	}
}

// SetLang switches the cover to another language or background, keeping
// the welcome's answers.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang = styles, lang
	m.welcome.SetLang(styles, lang, isDark)
	m.board.SetLang(styles, lang)
	m.board.SetDark(isDark)
}

// Board shows the province's board of blocs again, read anew.
func (m *Model) Board() tea.Cmd {
	m.province = true
	return m.board.Init()
}

// SetSize sets the window's size; the welcome has all but three lines.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.welcome.SetSize(w, max(1, h-4))
	m.board.SetSize(w, max(1, h-5))
}

// DamagedMsg tells the interface that the database file is damaged (found
// by the check run after the first frame, or by any query).
type DamagedMsg struct{ Err error }

// Update takes what decides the cover (no bloc, a province's database, a
// damaged file, the welcome done) and the replies of the welcome's work.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case DamagedMsg:
		m.Damaged(msg.Err)
		return m, nil
	case scope.NoBlocMsg:
		m.welcoming = true
		return m, nil
	case scope.ProvinceMsg:
		return m, m.Board()
	case blocs.FocusMsg:
		m.province = false
		return m, nil
	case welcome.DoneMsg:
		m.welcoming = false
		return m, nil
	case tea.PasteMsg:
		if m.damaged != nil && !m.hidden {
			return m, nil // the notice has no field: not into the welcome behind it
		}
	}
	if m.province {
		var cmd tea.Cmd
		m.board, cmd = m.board.Update(msg)
		return m, cmd
	}
	if !m.welcoming {
		return m, nil
	}
	var cmd tea.Cmd
	m.welcome, cmd = m.welcome.Update(msg)
	return m, cmd
}

// Key handles a key while the cover is on: r and esc answer the damage
// notice (esc puts it away and says it on the status line), the board
// takes its keys (q quits it), q quits the welcome's first step, the rest
// goes to the welcome.
func (m Model) Key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case m.damaged != nil && !m.hidden:
		return m.damageKey(msg)
	case m.province:
		var cmd tea.Cmd
		m.board, cmd = m.board.Update(msg)
		return m, cmd
	case m.welcome.Step() == "choose" && key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	}
	var cmd tea.Cmd
	m.welcome, cmd = m.welcome.Update(msg)
	return m, cmd
}

// damageKey answers the damage notice.
func (m Model) damageKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Restore):
		m.restore = true
		return m, tea.Quit
	case key.Matches(msg, m.keys.Hide):
		m.hidden = true
		return m, status.ErrorCmd(model.Errorf(EDamaged, model.Message(m.lang, m.damaged)))
	}
	return m, nil
}

// View is the window the cover fills, with the status line's text under
// the welcome.
func (m Model) View(statusText string) tea.View {
	switch {
	case m.damaged != nil && !m.hidden:
		return chrome.Damaged(m.styles, i18n.T(m.lang, EDamaged, model.Message(m.lang, m.damaged)),
			i18n.T(m.lang, "app.damaged_keys"), m.width)
	case m.province:
		body := m.board.View() + "\n" + chrome.Footer(m.styles, m.board.ShortHelp(), m.width)
		return chrome.Welcome(m.styles, body, statusText, m.width, m.height)
	}
	return chrome.Welcome(m.styles, m.welcome.View(), statusText, m.width, m.height)
}
