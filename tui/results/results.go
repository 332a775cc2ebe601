// Package results is the screen with a period's ranking: rank (ties
// shared), unit, self and bloc totals, bonus, deductions, total and the
// award proposal; enter explains a unit's place against its neighbours.
package results

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/keys"
	"thidua/tui/pick"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
	"thidua/tui/work"
)

// Store is what the screen needs from the database.
type Store interface {
	Result(ctx context.Context, periodID string) (model.PeriodResult, error)
	SetBallot(ctx context.Context, actor model.Actor, periodID string, b model.Ballot, votes map[string]int) error
	SetExclusion(ctx context.Context, actor model.Actor, periodID, unitID, reason string) error
	SetAwardBlock(ctx context.Context, actor model.Actor, periodID string, b model.Block) error
	SetTieVotes(ctx context.Context, actor model.Actor, periodID string, order map[string]int) error
	SetLock(ctx context.Context, actor model.Actor, periodID string, l model.Lock, on bool) error
	SetDecision(ctx context.Context, actor model.Actor, periodID string, d model.Decision) error
	Decide(ctx context.Context, actor model.Actor, periodID string, q model.DecisionRequest) error
	Locks(ctx context.Context, periodID string) ([]model.Lock, error)
	Registrations(ctx context.Context, periodID, unitID string) ([]model.Registration, error)
	SetRegistration(ctx context.Context, actor model.Actor, periodID string, r model.Registration) error
	WriteReport(ctx context.Context, periodID, path string, lang i18n.Lang, progress func(done, total int)) error
	Meeting(ctx context.Context, periodID string) (model.Meeting, error)
	SetMeeting(ctx context.Context, actor model.Actor, periodID string, m model.Meeting) error
	ExportDir(ctx context.Context) (string, error)
	ResultHistory(ctx context.Context) (model.History, error)
}

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down      key.Binding
	Explain       key.Binding
	Ballot        key.Binding
	Exclude       key.Binding
	Ineligible    key.Binding
	TieVote       key.Binding
	Accept        key.Binding
	Registrations key.Binding
	Decision      key.Binding
	Report        key.Binding
	View          key.Binding // table, bars, heat
	Meeting       key.Binding
	Stop          key.Binding // the report under way
}

// DefaultKeyMap returns the screen's keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up:            keys.Up(l),
		Down:          keys.Down(l),
		Explain:       keys.Bind(l, "key.explain", "enter"),
		Ballot:        keys.Bind(l, "key.ballot", "b"),
		Exclude:       keys.Bind(l, "key.exclude", "x"),
		Ineligible:    keys.Bind(l, "key.ineligible", "i"),
		TieVote:       keys.Bind(l, "key.tie_vote", "t"),
		Accept:        keys.Bind(l, "key.accept", "a"),
		Registrations: keys.Bind(l, "key.registrations", "r"),
		Decision:      keys.Bind(l, "key.decision", "D"),
		Report:        keys.Bind(l, "key.report", "o"),
		View:          keys.Bind(l, "key.view", "v"),
		Meeting:       keys.Bind(l, "key.meeting", "m"),
		Stop:          keys.Bind(l, "key.stop", "esc"),
	}
}

// LoadedMsg carries a period's result.
type LoadedMsg struct {
	PeriodID string
	Result   model.PeriodResult
}

// LoadCmd computes a period's result.
func LoadCmd(store Store, periodID string) tea.Cmd {
	return func() tea.Msg {
		r, err := store.Result(context.Background(), periodID)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return LoadedMsg{PeriodID: periodID, Result: r}
	}
}

// Model is the results screen.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	isDark bool
	keys   KeyMap
	scope  scope.Scope
	locks  []model.Lock
	dialog dialog.Model[Model]
	job    work.Job // the report being written
	regs   *registrations
	// exportDir is where the report goes, as remembered.
	exportDir string
	periodID  string
	result    *model.PeriodResult
	rows      []model.Position
	cursor    int
	scroll    table.Scroll
	explain   bool
	view      view
	history   *model.History // every period's results, read for the history view
	width     int
	height    int
}

// New returns the results screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang)}
}

// SetScope shows the period on show and says who works; the leader's
// actions are enabled for the leader only.
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	m.scope = s
	m.enableKeys()
	return m.SetPeriod(s.Period.ID)
}

// enableKeys enables the leader's actions for the leader only.
func (m *Model) enableKeys() {
	leader := m.scope.Leader()
	for _, b := range []*key.Binding{&m.keys.Ballot, &m.keys.Exclude, &m.keys.Ineligible, &m.keys.TieVote, &m.keys.Accept,
		&m.keys.Decision, &m.keys.Meeting} {
		b.SetEnabled(leader)
	}
	// The province decides on the bloc's proposals; the rest is the bloc's.
	if m.scope.Inst.Role == model.RoleProvince {
		m.keys.Decision.SetEnabled(true)
	}
}

// SetLang switches the screen to another language or background, keeping
// what it shows.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.enableKeys()
	m.dialog.SetStyles(styles)
}

// SetPeriod shows another period and returns the command that loads it.
func (m *Model) SetPeriod(periodID string) tea.Cmd {
	m.periodID = periodID
	return m.Reload()
}

// Reload reads the current period again, with its locks.
func (m Model) Reload() tea.Cmd {
	if m.periodID == "" {
		return nil
	}
	store, period := m.store, m.periodID
	return tea.Batch(LoadCmd(store, period), func() tea.Msg {
		ctx := context.Background()
		locks, err := store.Locks(ctx, period)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		dir, err := store.ExportDir(ctx)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return locksMsg{period: period, locks: locks, exportDir: dir}
	})
}

// TakesKey reports whether the screen keeps a key: an open dialog, the
// registrations, or the report under way (esc stops it).
func (m Model) TakesKey(tea.KeyPressMsg) bool {
	return m.dialog.Open() || m.regs != nil || m.job.Running()
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h)
}

// Selected returns the position under the cursor.
func (m Model) Selected() (model.Position, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return model.Position{}, false
	}
	return m.rows[m.cursor], true
}

// Update handles keys and loaded data.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.update(msg)
	if m.result != nil {
		_, _, rows := m.layout()
		m.scroll.Follow(m.cursor, rows, len(m.rows))
	}
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if job, cmd, ok := m.job.Update(msg); ok {
		m.job = job
		return m, cmd
	}
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.PeriodID != m.periodID {
			return m, nil // a reply for a period no longer shown
		}
		r := msg.Result
		m.result = &r
		m.rows = r.Ranking.All()
		m.cursor = max(0, min(m.cursor, len(m.rows)-1))
		if m.view == historyView { // the history holds this period too: read again
			return m, m.loadHistory()
		}
	case historyMsg:
		m.history = &msg.history
	case locksMsg:
		if msg.period == m.periodID {
			m.locks, m.exportDir = msg.locks, msg.exportDir
		}
	case doneMsg, regsMsg:
		return m.reply(msg)
	case reportMsg:
		return m.reported(msg)
	case meetingMsg:
		if msg.period == m.periodID && m.result != nil && !m.dialog.Open() {
			m.dialog = m.meetingDialog(msg.meeting)
		}
	case pick.Msg, tea.PasteMsg:
		return dialog.Update(m, at, msg)
	case tea.KeyPressMsg:
		switch {
		case m.job.Running():
			if key.Matches(msg, m.keys.Stop) {
				m.job.Cancel()
			}
			return m, nil
		case m.regs != nil:
			return m.regsKey(msg)
		case m.dialog.Open():
			return dialog.Update(m, at, msg)
		}
		switch {
		case key.Matches(msg, m.keys.Up):
			m.cursor = max(0, m.cursor-1)
		case key.Matches(msg, m.keys.Down):
			m.cursor = max(0, min(len(m.rows)-1, m.cursor+1))
		case key.Matches(msg, m.keys.Explain):
			m.explain = !m.explain
		case key.Matches(msg, m.keys.View):
			m.view = (m.view + 1) % viewCount
			if m.view == historyView {
				return m, m.loadHistory()
			}
		default:
			return m.action(msg)
		}
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.job.Running():
		return []key.Binding{m.keys.Stop}
	case m.dialog.Open() || m.regs != nil:
		return nil
	}
	if m.scope.Inst.Role == model.RoleProvince {
		return []key.Binding{m.keys.Explain, m.keys.Decision, m.keys.View, m.keys.Report}
	}
	return []key.Binding{m.keys.Explain, m.keys.View, m.keys.Report, m.keys.Registrations}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, k.Explain, k.View, k.Registrations, k.Report},
		{k.Ballot, k.TieVote, k.Exclude, k.Ineligible, k.Accept, k.Decision, k.Meeting}}
}
