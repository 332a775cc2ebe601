// Package recovery is the screen thidua shows instead of its interface when
// the database file is damaged: what happened, the backups there are
// (newest first), and one key to put the chosen one in place. The damaged
// file is never deleted: restoring moves it aside. It runs as a program of
// its own, before (or instead of) the interface, because the damaged file
// cannot be open while it is replaced.
package recovery

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Backup is one backup offered.
type Backup struct {
	Path   string
	Time   time.Time
	Reason string
	Size   int64
}

// RestoreFunc puts the backup at path in place of the database and returns
// where the replaced file was kept.
type RestoreFunc func(backup string) (aside string, err error)

// KeyMap are the recovery screen's keys; its help is in the catalogue's
// lines of keys under the list.
type KeyMap struct {
	Up, Down, Restore, Quit key.Binding
	Go                      key.Binding // once restored: open thidua
}

// DefaultKeyMap returns the screen's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:      key.NewBinding(key.WithKeys("up", "k")),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		Restore: key.NewBinding(key.WithKeys("enter", "r")),
		Quit:    key.NewBinding(key.WithKeys("q", "esc", "ctrl+c")),
		Go:      key.NewBinding(key.WithKeys("enter", "q", "esc", "ctrl+c")),
	}
}

// Model is the recovery screen.
type Model struct {
	keys    KeyMap
	db      string // the damaged database
	problem error
	backups []Backup
	restore RestoreFunc
	lang    i18n.Lang
	styles  theme.Styles

	cursor   int
	busy     bool
	err      string
	aside    string // set once restored
	from     string
	restored bool
	width    int
	height   int
}

type restoredMsg struct {
	from, aside string
	err         error
}

// New returns the screen for the damaged database at db.
func New(db string, problem error, backups []Backup, restore RestoreFunc, lang i18n.Lang) Model {
	return Model{db: db, problem: problem, backups: backups, restore: restore, lang: lang, styles: theme.New(true),
		keys: DefaultKeyMap()}
}

// Restored reports whether a backup was put in place.
func (m Model) Restored() bool { return m.restored }

// Init does nothing: the backups are listed by the caller.
func (m Model) Init() tea.Cmd { return nil }

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// Update handles keys and the reply of a restore.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.styles = theme.New(msg.IsDark())
	case restoredMsg:
		m.busy = false
		if msg.err != nil {
			m.err = model.Message(m.lang, msg.err)
			return m, nil
		}
		m.aside, m.from, m.err = msg.aside, msg.from, ""
		return m, nil
	case tea.KeyPressMsg:
		if m.busy {
			return m, nil
		}
		return m.key(msg)
	}
	return m, nil
}

// key handles a key: once restored any of enter, q, esc goes on; before,
// the list moves, enter restores the chosen backup, q leaves.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case m.from != "":
		if key.Matches(msg, k.Go) {
			m.restored = true
			return m, tea.Quit
		}
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(m.backups)-1, m.cursor+1)
	case key.Matches(msg, k.Restore):
		if len(m.backups) == 0 {
			return m, nil
		}
		m.busy, m.err = true, ""
		b, restore := m.backups[m.cursor].Path, m.restore
		return m, func() tea.Msg {
			aside, err := restore(b)
			return restoredMsg{from: b, aside: aside, err: err}
		}
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	}
	return m, nil
}

// View renders the screen.
func (m Model) View() tea.View {
	width := max(20, m.width)
	wrap := lipgloss.NewStyle().Width(min(width, 100))
	var lines []string
	lines = append(lines, m.styles.Header.Render("thidua · "+m.t("recovery.title")), "")
	if m.from != "" {
		lines = append(lines,
			m.styles.Status.Render(wrap.Render(m.t("recovery.done", filepath.Base(m.from)))), "")
		if m.aside != "" {
			lines = append(lines, wrap.Render(m.t("recovery.aside", m.aside)), "")
		}
		lines = append(lines, m.styles.Dim.Render(m.t("recovery.done_keys")))
		return m.view(lines)
	}
	lines = append(lines, m.styles.Error.Render(wrap.Render(model.Message(m.lang, m.problem))), "")
	if len(m.backups) == 0 {
		lines = append(lines, wrap.Render(m.t("recovery.none", filepath.Dir(m.db))), "",
			m.styles.Dim.Render(m.t("recovery.none_keys")))
		return m.view(lines)
	}
	lines = append(lines, wrap.Render(m.t("recovery.intro")), "")
	header := "  " + table.Cell(m.t("recovery.col_time"), 20, false) + "  " + table.Cell(m.t("recovery.col_reason"), 28, false) + "  " + m.t("recovery.col_size")
	lines = append(lines, m.styles.Table.Header.Render(header))
	for i, b := range m.backups {
		line := table.Cell(b.Time.Format("02/01/2006 15:04:05"), 20, false) + "  " +
			table.Cell(model.BackupLabel(m.lang, b.Reason), 28, false) + "  " + size(b.Size, m.lang)
		if i == m.cursor {
			line = m.styles.Table.Selected.Render("› " + line)
		} else {
			line = "  " + line
		}
		lines = append(lines, line)
	}
	lines = append(lines, "")
	if m.busy {
		lines = append(lines, m.styles.Dim.Render(m.t("recovery.busy")))
	}
	if m.err != "" {
		lines = append(lines, m.styles.Error.Render(wrap.Render(m.err)))
	}
	lines = append(lines, m.styles.Dim.Render(m.t("recovery.keys")))
	return m.view(lines)
}

func (m Model) view(lines []string) tea.View {
	body := strings.Join(lines, "\n")
	if m.width > 0 {
		body = lipgloss.NewStyle().MaxWidth(m.width).Render(body)
	}
	v := tea.NewView(body)
	v.AltScreen = true
	v.WindowTitle = "thidua"
	return v
}

// size writes a file size for people: "1,2 MB" in Vietnamese.
func size(n int64, lang i18n.Lang) string {
	switch {
	case n >= 1<<20:
		s := fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
		if lang == i18n.VI {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
