// Package blocs is the province's first screen: every bloc whose files it
// merged, with its leader, the last bloc file received and its receipt,
// the leader key's verification, its units, where it stands and the days
// to its deadline; and, on c, the table that ranks the units of every bloc
// together, kind by kind. enter opens a bloc in the screens a leader has.
package blocs

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/keys"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Store is what the screen reads and writes.
type Store interface {
	ProvinceBlocs(ctx context.Context) ([]model.ProvinceBloc, error)
	ProvinceResults(ctx context.Context) ([]model.PeriodResult, error)
	SetFocus(ctx context.Context, blocID string) error
	Confirmer
}

// LoadedMsg carries the board.
type LoadedMsg struct {
	Blocs []model.ProvinceBloc
	Now   time.Time
}

// resultsMsg carries every bloc's results, for the table across blocs.
type resultsMsg struct{ results []model.PeriodResult }

// FocusMsg says the province opened a bloc: the root shows its screens.
type FocusMsg struct{ BlocID string }

// LoadCmd reads the board.
func LoadCmd(store Store) tea.Cmd {
	return func() tea.Msg {
		list, err := store.ProvinceBlocs(context.Background())
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return LoadedMsg{Blocs: list, Now: time.Now()}
	}
}

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down, Open, Cross, Kind, Confirm, Help, Quit key.Binding
}

// DefaultKeyMap returns the keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up: keys.Up(l), Down: keys.Down(l),
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", i18n.T(l, "blocs.key_open"))),
		Cross:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", i18n.T(l, "blocs.key_cross"))),
		Kind:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", i18n.T(l, "blocs.key_kind"))),
		Confirm: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", i18n.T(l, "blocs.key_confirm"))),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", i18n.T(l, "key.help"))),
		Quit:    key.NewBinding(key.WithKeys("q"), key.WithHelp("q", i18n.T(l, "key.quit"))),
	}
}

// Model is the board of blocs and the table across blocs.
type Model struct {
	store         Store
	styles        theme.Styles
	lang          i18n.Lang
	keys          KeyMap
	blocs         []model.ProvinceBloc
	now           time.Time
	loaded        bool
	cross         bool // the table across blocs is on show
	results       []model.PeriodResult
	kinds         []string
	kind          int // index into kinds; len(kinds) is every kind as one list
	cursor        int
	scroll        table.Scroll
	width, height int
	isDark        bool
	dialog        dialog.Model[Model] // the confirmation of a new leader
	help          bool                // every key is on show (?)
}

// New returns the board over store.
func New(store Store, styles theme.Styles, lang i18n.Lang) Model {
	return Model{store: store, styles: styles, lang: lang, keys: DefaultKeyMap(lang)}
}

// Init loads the board.
func (m Model) Init() tea.Cmd { return LoadCmd(m.store) }

// SetLang switches the screen to another language or background.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang) {
	m.styles, m.lang, m.keys = styles, lang, DefaultKeyMap(lang)
}

// SetDark tells the screen the terminal's background (its dialog's fields).
func (m *Model) SetDark(isDark bool) { m.isDark = isDark }

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h)
}

// Update takes the board, the results and the keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		m.blocs, m.now, m.loaded = msg.Blocs, msg.Now, true
		m.cursor = min(m.cursor, max(0, len(m.blocs)-1))
	case confirmedMsg:
		return m.confirmed(msg)
	case tea.PasteMsg:
		return dialog.Update(m, at, msg)
	case resultsMsg:
		m.results, m.kinds = msg.results, model.Kinds(msg.results)
		m.kind = len(m.kinds)
		m.cursor = 0
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// at is where the screen keeps its dialog.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.dialog.Open() {
		return dialog.Update(m, at, msg)
	}
	n := len(m.blocs)
	if m.cross {
		n = len(m.crossRows())
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.help = !m.help
	case key.Matches(msg, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
		m.scroll.Follow(m.cursor, max(1, m.height-4), n)
	case key.Matches(msg, m.keys.Down):
		m.cursor = max(0, min(n-1, m.cursor+1))
		m.scroll.Follow(m.cursor, max(1, m.height-4), n)
	case key.Matches(msg, m.keys.Cross):
		m.cross, m.cursor = !m.cross, 0
		m.scroll.Reset()
		if m.cross && m.results == nil {
			store := m.store
			return m, func() tea.Msg {
				rs, err := store.ProvinceResults(context.Background())
				if err != nil {
					return status.ErrorMsg{Err: err}
				}
				return resultsMsg{results: rs}
			}
		}
	case key.Matches(msg, m.keys.Kind) && m.cross:
		m.kind, m.cursor = (m.kind+1)%(len(m.kinds)+1), 0
		m.scroll.Reset()
	case key.Matches(msg, m.keys.Open):
		return m, m.open()
	case key.Matches(msg, m.keys.Confirm) && !m.cross && m.cursor < len(m.blocs):
		m.dialog = m.confirmDialog()
	}
	return m, nil
}

// open focuses the bloc under the cursor (on the table across blocs, the
// bloc of the unit under it).
func (m Model) open() tea.Cmd {
	id := ""
	if m.cross {
		if rows := m.crossRows(); m.cursor < len(rows) {
			id = rows[m.cursor].Bloc.ID
		}
	} else if m.cursor < len(m.blocs) {
		id = m.blocs[m.cursor].Bloc.ID
	}
	if id == "" {
		return nil
	}
	store := m.store
	return func() tea.Msg {
		if err := store.SetFocus(context.Background(), id); err != nil {
			return status.ErrorMsg{Err: err}
		}
		return FocusMsg{BlocID: id}
	}
}

// crossRows are the units of the kind on show, ranked together.
func (m Model) crossRows() []model.CrossEntry {
	if m.kind >= len(m.kinds) {
		return model.CrossRank(m.results, "", true)
	}
	return model.CrossRank(m.results, m.kinds[m.kind], false)
}

// ShortHelp is the footer's keys.
func (m Model) ShortHelp() []key.Binding {
	if m.dialog.Open() {
		return nil // the dialog says its own keys
	}
	// Help and quit first, as on every screen: never cut off a narrow
	// window.
	return append([]key.Binding{m.keys.Help, m.keys.Quit}, m.FullHelp()[0]...)
}

// FullHelp is every key of the board or of the table across blocs.
func (m Model) FullHelp() [][]key.Binding {
	if m.cross {
		return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Kind, m.keys.Cross}, {m.keys.Help, m.keys.Quit}}
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Confirm, m.keys.Cross}, {m.keys.Help, m.keys.Quit}}
}
