// Package units is the screen that lists the bloc's member units: codes,
// names, kind and status, in Vietnamese order, with a filter that ignores
// accents ("song cau" finds "Sông Cầu").
package units

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/input"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Store is what the screen needs from the database.
type Store interface {
	Units(ctx context.Context, query string) ([]model.Unit, error)
	AddUnit(ctx context.Context, actor model.Actor, u model.Unit) (model.Unit, error)
	UpdateUnit(ctx context.Context, actor model.Actor, u model.Unit) (model.Unit, error)
	WithdrawUnit(ctx context.Context, actor model.Actor, unitID, reason string, withdraw bool) error
}

// ScoreMsg asks the root to open a unit's score sheet.
type ScoreMsg struct{ UnitID string }

// ChangedMsg reports that a unit was added or changed.
type ChangedMsg struct{}

// LoadedMsg carries the units read from the store.
type LoadedMsg struct{ Units []model.Unit }

// LoadCmd reads every unit of the bloc.
func LoadCmd(store Store) tea.Cmd {
	return func() tea.Msg {
		units, err := store.Units(context.Background(), "")
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return LoadedMsg{Units: units}
	}
}

// Model is the units screen.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	keys   KeyMap
	all    []model.Unit
	shown  []model.Unit
	cursor int
	scroll table.Scroll
	// focus is the unit the cursor goes to when the list is read again
	// (the one just added or edited), else the one under it.
	focus     string
	filter    textinput.Model
	filtering bool
	width     int
	height    int
	loaded    bool
	isDark    bool
	scope     scope.Scope
	dialog    dialog.Model[Model]
	// people is the store of the individuals part (nil: not offered);
	// staff is that part, open over the list.
	people PeopleStore
	staff  staffView
	pkeys  PeopleKeyMap
}

// doneMsg reports the outcome of a change made through a dialog.
type doneMsg struct {
	err    error
	info   string
	unitID string // the unit added or changed
}

// New returns the units screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	m := Model{store: store, styles: styles, lang: lang, keys: DefaultKeyMap(lang), isDark: isDark, pkeys: DefaultPeopleKeyMap(lang)}
	m.people, _ = store.(PeopleStore)
	m.filter = input.New(i18n.T(lang, "units.filter_prompt"), i18n.T(lang, "units.filter_placeholder"), isDark)
	return m
}

// Init loads the units.
func (m Model) Init() tea.Cmd { return LoadCmd(m.store) }

// Reload reads the units again, and the individuals part's book when it
// is open.
func (m Model) Reload() tea.Cmd {
	if m.staff.open {
		return tea.Batch(LoadCmd(m.store), m.loadBook())
	}
	return LoadCmd(m.store)
}

// SetLang switches the screen to another language or background, keeping
// the list, the filter and the cursor.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys, m.pkeys = DefaultKeyMap(lang), DefaultPeopleKeyMap(lang)
	m.staff.filter.Prompt, m.staff.filter.Placeholder = i18n.T(lang, "people_ui.filter_prompt"), i18n.T(lang, "people_ui.filter_placeholder")
	input.Restyle(&m.staff.filter, isDark)
	m.filter.Prompt, m.filter.Placeholder = i18n.T(lang, "units.filter_prompt"), i18n.T(lang, "units.filter_placeholder")
	input.Restyle(&m.filter, isDark)
	m.dialog.SetStyles(styles)
	m.SetScope(m.scope)
}

// SetScope tells the screen who is working; only the leader changes units.
// The units are the bloc's whatever the period; the individuals part, when
// open, reads the new period's book.
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	changed := s.Period.ID != m.scope.Period.ID
	m.scope = s
	m.keys.Add.SetEnabled(s.Leader())
	m.keys.Edit.SetEnabled(s.Leader())
	m.keys.Withdraw.SetEnabled(s.Leader())
	if m.staff.open && changed {
		m.staff.loaded = false
		return m.loadBook()
	}
	return nil
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h) // an open dialog follows a resize, whole
	m.filter.SetWidth(max(10, w-lipgloss.Width(m.filter.Prompt)-2))
	m.staff.filter.SetWidth(max(10, w-lipgloss.Width(m.staff.filter.Prompt)-2))
}

// TakesKey reports whether the screen keeps a key for a field of its own.
func (m Model) TakesKey(tea.KeyPressMsg) bool { return m.Filtering() }

// Filtering reports whether a field (the filter or a dialog) has the
// keyboard, so that the root does not take letters typed into it as
// commands.
func (m Model) Filtering() bool { return m.filtering || m.dialog.Open() || m.staff.filtering }

// PeopleOpen reports whether the individuals part is on show.
func (m Model) PeopleOpen() bool { return m.staff.open }

// Query returns the current filter text.
func (m Model) Query() string { return m.filter.Value() }

// Shown returns the units the filter keeps, in order.
func (m Model) Shown() []model.Unit { return m.shown }

// Selected returns the unit under the cursor.
func (m Model) Selected() (model.Unit, bool) {
	if m.cursor < 0 || m.cursor >= len(m.shown) {
		return model.Unit{}, false
	}
	return m.shown[m.cursor], true
}

// Update handles keys and loaded data.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m2, cmd, done := m.peopleUpdate(msg); done {
		return m2, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.staff.open && !m.dialog.Open() {
		m, cmd := m.peopleKey(k)
		m.staff.scroll.Follow(m.staff.cursor, m.peopleRows(), m.staff.rows())
		return m, cmd
	}
	if p, ok := msg.(tea.PasteMsg); ok && m.staff.filtering && !m.dialog.Open() {
		var cmd tea.Cmd
		m.staff.filter, cmd = m.staff.filter.Update(p)
		m.applyPeopleFilter()
		return m, cmd
	}
	m, cmd := m.update(msg)
	m.scroll.Follow(m.cursor, m.listRows(), len(m.shown))
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		focus := m.focus
		if u, ok := m.Selected(); ok && focus == "" {
			focus = u.ID
		}
		m.all, m.loaded, m.focus = msg.Units, true, ""
		m.applyFilter()
		// The cursor stays on its unit (or goes to the one just edited),
		// wherever the order puts it.
		for i, u := range m.shown {
			if focus != "" && u.ID == focus {
				m.cursor = i
			}
		}
		return m, nil
	case doneMsg:
		if m.dialog.AnswerAt(errorField(msg.err), msg.err, m.lang) && msg.err != nil {
			return m, nil // the dialog says why, under the field it is about
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		m.focus = msg.unitID
		return m, tea.Batch(LoadCmd(m.store), status.InfoCmd(msg.info), func() tea.Msg { return ChangedMsg{} })
	case tea.KeyPressMsg:
		if m.dialog.Open() {
			return dialog.Update(m, at, msg)
		}
		if m.filtering {
			return m.filterKey(msg)
		}
		return m.listKey(msg)
	case tea.PasteMsg:
		if m.dialog.Open() {
			return dialog.Update(m, at, msg)
		}
		if m.filtering {
			var cmd tea.Cmd
			m.filter, cmd = m.filter.Update(msg)
			m.applyFilter()
			return m, cmd
		}
	}
	return m, nil
}

// acceptFilter leaves the filter field, keeping its text (in NFC, the
// moment it is committed).
func (m *Model) acceptFilter() {
	m.filtering = false
	m.filter.Blur()
	m.filter.SetValue(model.NFC(m.filter.Value()))
	m.applyFilter()
}

func (m *Model) move(d int) {
	m.cursor = max(0, min(len(m.shown)-1, m.cursor+d))
}

// applyFilter keeps the units whose name, short name or code holds every
// word of the filter, ignoring accents, and keeps the cursor on a row.
func (m *Model) applyFilter() {
	q := m.filter.Value()
	m.shown = m.shown[:0]
	for _, u := range m.all {
		if model.MatchFold(u.Code+" "+u.Name+" "+u.ShortName, q) {
			m.shown = append(m.shown, u)
		}
	}
	if m.cursor >= len(m.shown) {
		m.cursor = len(m.shown) - 1
	}
	if m.cursor < 0 && len(m.shown) > 0 {
		m.cursor = 0
	}
}

// columns are the list's columns: the kind from 100 cells, the key's
// fingerprint from 120.
func (m Model) columns() []table.Column {
	t := func(id string) string { return i18n.T(m.lang, id) }
	cols := []table.Column{{Title: t("col.code"), Width: 10}, {Title: t("col.unit")}}
	if m.width >= 100 {
		cols = append(cols, table.Column{Title: t("col.kind"), Width: 14})
	}
	if m.width >= 120 {
		cols = append(cols, table.Column{Title: t("col.key"), Width: 24})
	}
	cols = append(cols, table.Column{Title: t("col.status"), Width: 13})
	return table.Fit(cols, m.width, 16)
}

// View renders the screen.
func (m Model) View() string {
	if m.dialog.Open() {
		return m.dialog.View()
	}
	if m.staff.open {
		return m.peopleView()
	}
	var b strings.Builder
	title := m.styles.Title.Render(i18n.T(m.lang, "units.title", len(m.all)))
	b.WriteString(title + "\n")
	if m.filtering || m.filter.Value() != "" {
		b.WriteString(m.filter.View() + "\n")
	} else {
		b.WriteString(m.styles.Dim.Render(i18n.T(m.lang, "units.filter_hint")) + "\n")
	}
	cols := m.columns()
	b.WriteString(m.styles.Table.Header.Render(table.Header(cols)) + "\n")
	rows := m.listRows()
	if m.loaded && len(m.shown) == 0 {
		b.WriteString(m.styles.Dim.Render(i18n.T(m.lang, "units.none_match")) + "\n")
		return b.String()
	}
	offset := m.scroll.Top(m.cursor, rows, len(m.shown))
	for i := offset; i < len(m.shown) && i < offset+rows; i++ {
		u := m.shown[i]
		cells := []string{u.Code, u.Name}
		if m.width >= 100 {
			cells = append(cells, u.Kind)
		}
		if m.width >= 120 {
			key := u.Fingerprint
			if key == "" {
				key = "—"
			}
			cells = append(cells, key)
		}
		st := i18n.T(m.lang, "status."+u.Status.String())
		cells = append(cells, st)
		line := table.Line(cols, cells)
		switch {
		case i == m.cursor:
			line = m.styles.Table.Selected.Render(line)
		case u.Status == model.Withdrawn:
			line = m.styles.Dim.Render(line)
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// listRows is how many units fit under the title, the filter and the
// header.
func (m Model) listRows() int { return max(1, m.height-3) }
