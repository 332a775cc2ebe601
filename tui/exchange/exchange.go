// Package exchange is the file-exchange screen (key 5). At the bloc
// leader's it is an inbox board, one row per unit (the last file received
// and when, its receipt, how the unit's key was verified, the review state,
// open holds, the time left to the deadline), with the ways files come
// and go: merging a folder or files (a USB stick) after a preview that
// drills down to every change, the held files' decisions, returning a
// unit's sheet with reasons, the setup files for the units and the bloc
// file for the province. At a unit's it shows the unit's own side: the
// leader's key, the last submission sent, the reasons a sheet was returned
// with and the unit's answers, and the export of its submission.
//
// Merging many files shows a progress bar; every file is checked as hostile
// input (in a child process, by the binary), so a broken file is reported,
// never a crash.
package exchange

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/keys"
	"thidua/tui/pick"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Store is what the screen needs from the database and the file system.
type Store interface {
	Inbox(ctx context.Context, periodID string) ([]model.InboxRow, error)
	Holds(ctx context.Context, open bool) ([]model.Hold, error)
	SentFiles(ctx context.Context, periodID string) ([]model.SentFile, error)
	Returns(ctx context.Context, periodID, unitID string) ([]model.ReturnReason, error)
	Explanations(ctx context.Context, periodID, unitID string) ([]model.Explanation, error)
	Unanswered(ctx context.Context, periodID, unitID string) ([]model.ReturnReason, error)
	ReturnSubmission(ctx context.Context, actor model.Actor, periodID, unitID string, reasons []model.ReturnReason) error
	ClearReturn(ctx context.Context, actor model.Actor, periodID, unitID, note string) error
	SetExplanation(ctx context.Context, actor model.Actor, periodID string, e model.Explanation) error
	VersionTree(ctx context.Context, versionID string) (*model.Tree, error)
	Units(ctx context.Context, filter string) ([]model.Unit, error)

	ExpandFiles(paths []string) ([]string, error)
	PreviewFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error)
	ApplyFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error)
	DecideHold(ctx context.Context, id int64, accept bool, reason string) (model.MergeOutcome, error)
	ExportSetups(ctx context.Context, periodID, dir string) ([]model.WrittenFile, error)
	ExportOwn(ctx context.Context, periodID, dir string) (model.WrittenFile, error)
	ReadFile(ctx context.Context, path string) (model.FileInfo, error)
	JoinFile(ctx context.Context, path, fingerprint string) (model.MergeOutcome, error)
	Fingerprint(ctx context.Context) (string, error)
	ExportDir(ctx context.Context) string
	ImportDir(ctx context.Context) string
	SetSetting(ctx context.Context, key, value string) error
}

// ChangedMsg reports that files were merged or a decision changed data:
// the other screens reload.
type ChangedMsg struct{}

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down key.Binding
	Open     key.Binding // merge files
	Apply    key.Binding
	Detail   key.Binding
	Holds    key.Binding
	Accept   key.Binding
	Decline  key.Binding
	Setup    key.Binding
	Export   key.Binding
	Return   key.Binding
	Clear    key.Binding
	Answer   key.Binding
	Back     key.Binding
}

// DefaultKeyMap returns the screen's keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up:      keys.Up(l),
		Down:    keys.Down(l),
		Open:    keys.Bind(l, "xtui.key.open", "o"),
		Apply:   keys.Bind(l, "xtui.key.apply", "a"),
		Detail:  keys.Bind(l, "xtui.key.detail", "enter"),
		Holds:   keys.Bind(l, "xtui.key.holds", "g"),
		Accept:  keys.Bind(l, "xtui.key.accept", "a"),
		Decline: keys.Bind(l, "xtui.key.decline", "d"),
		Setup:   keys.Bind(l, "xtui.key.setup", "s"),
		Export:  keys.Bind(l, "xtui.key.export", "x"),
		Return:  keys.Bind(l, "xtui.key.return", "t"),
		Clear:   keys.Bind(l, "xtui.key.clear", "c"),
		Answer:  keys.Bind(l, "xtui.key.answer", "enter"),
		Back:    keys.Bind(l, "xtui.key.back", "esc"),
	}
}

// mode is what the screen shows.
type mode int

const (
	boardMode   mode = iota // the inbox board (leader) or the unit's side
	filesMode               // the files of a preview or a merge
	changesMode             // one file's changes
	holdsMode               // held files
)

// dialog is the form open over the screen.
type dialog int

const (
	noDialog dialog = iota
	pickDialog
	setupDialog
	exportDialog
	returnDialog
	clearDialog
	answerDialog
	decideDialog
	joinDialog
	confirmDialog
	warnDialog // what the leader (or a unit) should know before a file is written
)

// Model is the exchange screen.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	isDark bool
	keys   KeyMap
	scope  scope.Scope
	now    func() time.Time

	mode   mode
	dialog dialog
	form   form.Model
	accept bool // decideDialog: accept (else decline)
	// joining: the setup file whose key the person is asked to confirm,
	// and its fingerprint.
	joinPath, joinKey string
	// answering: the return the answer dialog is about.
	answering model.ReturnReason

	// board
	rows        []model.InboxRow
	sent        []model.SentFile
	returns     []model.ReturnReason
	answers     map[string]string // criterion id → answer (unit side)
	fingerprint string
	tree        *model.Tree
	units       map[string]model.Unit
	cursor      int
	scroll      table.Scroll

	// files of a preview or merge
	paths     []string
	pathTyped string // what the person typed, to remember its folder
	outcomes  []model.MergeOutcome
	applied   bool // the outcomes are of a merge, not a preview
	fcursor   int
	fscroll   table.Scroll
	ccursor   int // changes list
	cscroll   table.Scroll

	// holds
	holds   []model.Hold
	hcursor int
	hscroll table.Scroll

	// work under way: a merge, an export
	busy     string
	done     int
	total    int
	progress chan tea.Msg
	result   []string // lines to show after an export (files written, what to do)

	width, height int
}

// New returns the exchange screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang), now: time.Now,
		answers: map[string]string{}, units: map[string]model.Unit{}}
}

// SetClock replaces the clock the deadline countdown is counted with
// (tests).
func (m *Model) SetClock(now func() time.Time) { m.now = now }

// SetScope shows the period on show and says who works; the leader's board
// and actions for the leader, the unit's side otherwise.
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	if s.Period.ID != m.scope.Period.ID {
		m.mode, m.outcomes, m.result = boardMode, nil, nil
	}
	m.scope = s
	m.enableKeys()
	return m.Reload()
}

func (m *Model) enableKeys() {
	leader := m.scope.Leader()
	for _, b := range []*key.Binding{&m.keys.Holds, &m.keys.Setup, &m.keys.Return, &m.keys.Clear} {
		b.SetEnabled(leader)
	}
	if leader {
		m.keys.Open.SetHelp("o", m.t("xtui.key.open"))
	} else {
		m.keys.Open.SetHelp("o", m.t("xtui.key.join"))
	}
	m.keys.Answer.SetEnabled(!leader)
}

// SetLang switches the screen to another language or background, keeping
// what it shows (a preview, an open dialog).
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.enableKeys()
	m.form.SetStyles(styles)
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.form.SetSize(min(w, 100), h)
}

// TakesKey reports whether the screen keeps a key: an open dialog, a view
// esc leaves, or work under way.
func (m Model) TakesKey(msg tea.KeyPressMsg) bool {
	if m.dialog != noDialog || m.busy != "" {
		return true
	}
	return m.mode != boardMode && key.Matches(msg, m.keys.Back)
}

// Busy reports whether a merge or an export is under way (for tests).
func (m Model) Busy() bool { return m.busy != "" }

// Outcomes returns the files of the last preview or merge (for tests).
func (m Model) Outcomes() []model.MergeOutcome { return m.outcomes }

// Rows returns the board's rows (for tests).
func (m Model) Rows() []model.InboxRow { return m.rows }

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// loadedMsg carries the board's data.
type loadedMsg struct {
	period      string
	rows        []model.InboxRow
	sent        []model.SentFile
	returns     []model.ReturnReason
	answers     []model.Explanation
	holds       []model.Hold
	tree        *model.Tree
	units       []model.Unit
	fingerprint string
}

// Reload reads the board again.
func (m Model) Reload() tea.Cmd {
	s := m.scope
	if !s.Ready() {
		return nil
	}
	store := m.store
	return func() tea.Msg {
		ctx := context.Background()
		out := loadedMsg{period: s.Period.ID}
		var err error
		if out.fingerprint, err = store.Fingerprint(ctx); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if out.tree, err = store.VersionTree(ctx, s.Period.CriteriaVersionID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if out.units, err = store.Units(ctx, ""); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if out.sent, err = store.SentFiles(ctx, s.Period.ID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if s.Leader() {
			if out.rows, err = store.Inbox(ctx, s.Period.ID); err != nil {
				return status.ErrorMsg{Err: err}
			}
			if out.holds, err = store.Holds(ctx, true); err != nil {
				return status.ErrorMsg{Err: err}
			}
			if out.returns, err = store.Returns(ctx, s.Period.ID, ""); err != nil {
				return status.ErrorMsg{Err: err}
			}
			if out.answers, err = store.Explanations(ctx, s.Period.ID, ""); err != nil {
				return status.ErrorMsg{Err: err}
			}
			return out
		}
		if out.returns, err = store.Returns(ctx, s.Period.ID, s.Inst.UnitID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if out.answers, err = store.Explanations(ctx, s.Period.ID, s.Inst.UnitID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		return out
	}
}

// Update handles keys, loaded data and the progress of work under way.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.follow()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case pick.ListedMsg:
		if m.dialog != noDialog {
			var cmd tea.Cmd
			m.form, cmd = m.form.Update(msg)
			return m, cmd
		}
		return m, nil
	case warnMsg:
		return m.warned(msg)
	case loadedMsg:
		if msg.period != m.scope.Period.ID {
			return m, nil
		}
		m.rows, m.sent, m.returns, m.holds, m.tree = msg.rows, msg.sent, msg.returns, msg.holds, msg.tree
		sortByTable(m.tree, m.returns)
		m.fingerprint = msg.fingerprint
		m.units = map[string]model.Unit{}
		for _, u := range msg.units {
			m.units[u.ID] = u
		}
		m.answers = map[string]string{}
		for _, a := range msg.answers {
			m.answers[a.UnitID+"/"+a.CriterionID] = a.Answer
		}
		m.cursor = max(0, min(m.cursor, m.boardLen()-1))
		m.hcursor = max(0, min(m.hcursor, len(m.holds)-1))
		return m, nil
	case progressMsg:
		m.done, m.total = msg.done, msg.total
		return m, wait(m.progress)
	case filesMsg:
		return m.filesDone(msg)
	case confirmMsg:
		m.busy = ""
		m.joinPath, m.joinKey = msg.path, msg.key
		m.open(confirmDialog)
		m.form.SetIntro(m.t("xtui.confirm_intro", msg.author, msg.key))
		m.form.AddChoice("ok", m.t("xtui.confirm_choice"), []string{m.t("xtui.no_yes"), m.t("xtui.yes")}, 0)
		return m, nil
	case doneMsg:
		m.busy = ""
		if msg.err != nil && msg.field != "" && m.dialog != noDialog {
			// The dialog stays open with what was typed, and says why.
			m.form.SetError(msg.field, m.errText(msg.err))
			return m, nil
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		if msg.field != "" {
			m.dialog = noDialog
		}
		m.result = msg.lines
		cmds := []tea.Cmd{m.Reload()}
		if msg.info != "" {
			cmds = append(cmds, status.InfoCmd(msg.info))
		}
		if msg.changed {
			cmds = append(cmds, func() tea.Msg { return ChangedMsg{} })
		}
		return m, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		if m.busy != "" {
			return m, nil // a merge cannot be stopped half-way; keys wait for it
		}
		if m.dialog != noDialog {
			return m.dialogKey(msg)
		}
		m.result = nil
		switch m.mode {
		case filesMode:
			return m.filesKey(msg)
		case changesMode:
			return m.changesKey(msg)
		case holdsMode:
			return m.holdsKey(msg)
		}
		return m.boardKey(msg)
	case tea.PasteMsg:
		if m.dialog != noDialog {
			var cmd tea.Cmd
			m.form, cmd = m.form.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.dialog != noDialog || m.busy != "":
		return nil
	case m.mode == filesMode && !m.applied:
		return []key.Binding{k.Apply, k.Detail, k.Back}
	case m.mode == filesMode || m.mode == changesMode:
		return []key.Binding{k.Detail, k.Back}
	case m.mode == holdsMode:
		return []key.Binding{k.Accept, k.Decline, k.Back}
	case m.scope.Leader():
		return []key.Binding{k.Open, k.Holds, k.Return, k.Setup, k.Export}
	}
	return []key.Binding{k.Open, k.Export, k.Answer}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.scope.Leader() {
		return [][]key.Binding{{k.Up, k.Down, k.Open, k.Apply, k.Detail, k.Back},
			{k.Holds, k.Accept, k.Decline, k.Return, k.Clear, k.Setup, k.Export}}
	}
	return [][]key.Binding{{k.Up, k.Down, k.Open, k.Export, k.Answer}}
}
