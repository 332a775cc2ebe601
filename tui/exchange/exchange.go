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
// Merging many files shows a progress bar and stops on esc, each file
// whole; every file is checked as hostile input (in a child process, by
// the binary), so a broken file is reported, never a crash.
package exchange

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/pick"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
	"thidua/tui/work"
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

	ExpandFiles(paths []string) (files, skipped []string, err error)
	PreviewFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error)
	ApplyFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error)
	DecideHold(ctx context.Context, id int64, accept bool, reason string) (model.MergeOutcome, error)
	ExportSetups(ctx context.Context, periodID, dir string) ([]model.WrittenFile, error)
	ExportOwn(ctx context.Context, periodID, dir string) (model.WrittenFile, error)
	ReadFile(ctx context.Context, path string) (model.FileInfo, error)
	JoinFile(ctx context.Context, path, fingerprint string) (model.MergeOutcome, error)
	Fingerprint(ctx context.Context) (string, error)
	ExportDir(ctx context.Context) (string, error)
	ImportDir(ctx context.Context) (string, error)
	RememberImportDir(ctx context.Context, dir string) error
}

// ChangedMsg reports that files were merged or a decision changed data:
// the other screens reload.
type ChangedMsg struct{}

// mode is what the screen shows.
type mode int

const (
	boardMode   mode = iota // the inbox board (leader) or the unit's side
	filesMode               // the files of a preview or a merge
	changesMode             // one file's changes
	holdsMode               // held files
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
	dialog dialog.Model[Model]
	job    work.Job // a merge, an export or a decision under way

	board
	merge
	holds   []model.Hold
	hcursor int
	hscroll table.Scroll
	result  []string // lines to show after an export (files written, what to do)

	width, height int
}

// board is what the board shows, as last read.
type board struct {
	rows        []model.InboxRow
	sent        []model.SentFile
	returns     []model.ReturnReason
	answers     map[string]string // unit id/criterion id → answer
	fingerprint string
	tree        *model.Tree
	units       map[string]model.Unit
	exportDir   string            // where files are written, as remembered
	importDir   string            // where files were last taken from ("" if never)
	loadedFor   string            // the period whose data the board holds ("" before the first read)
	lastRead    int64             // the read the board shows (see reads)
	typedEarly  []tea.KeyPressMsg // keys typed before it arrived, acted on when it does
	cursor      int
	scroll      table.Scroll
}

// merge is a preview or a merge: the files and what came of each.
type merge struct {
	paths     []string
	pathTyped string   // what the person typed, to remember its folder
	skipped   []string // entries of the folder not read
	outcomes  []model.MergeOutcome
	applied   bool // the outcomes are of a merge, not a preview
	fcursor   int
	fscroll   table.Scroll
	ccursor   int // changes list
	cscroll   table.Scroll
}

// New returns the exchange screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang), now: time.Now,
		board: board{answers: map[string]string{}, units: map[string]model.Unit{}}}
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

// SetLang switches the screen to another language or background, keeping
// what it shows (a preview, an open dialog).
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.enableKeys()
	m.dialog.SetStyles(styles)
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h)
}

// TakesKey reports whether the screen keeps a key: an open dialog, a view
// esc leaves, or work under way (esc stops it).
func (m Model) TakesKey(msg tea.KeyPressMsg) bool {
	if m.dialog.Open() || m.job.Running() {
		return true
	}
	return m.mode != boardMode && matches(msg, m.keys.Back)
}

// Busy reports whether a merge, an export or a decision is under way (for
// tests).
func (m Model) Busy() bool { return m.job.Running() }

// Outcomes returns the files of the last preview or merge (for tests).
func (m Model) Outcomes() []model.MergeOutcome { return m.outcomes }

// Rows returns the board's rows (for tests).
func (m Model) Rows() []model.InboxRow { return m.rows }

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// Unsaved reports whether a dialog is open with something typed in it that
// is not saved yet (ctrl+c then asks before quitting).
func (m Model) Unsaved() bool { return m.dialog.Typed() }

// Update handles keys, loaded data and the replies of work under way.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.follow()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if job, cmd, ok := m.job.Update(msg); ok {
		m.job = job
		return m, cmd
	}
	switch msg := msg.(type) {
	case pick.Msg, tea.PasteMsg:
		return dialog.Update(m, at, msg)
	case loadedMsg:
		if msg.period != m.scope.Period.ID || msg.read < m.lastRead {
			return m, nil // another period's, or older than what is shown
		}
		m.lastRead = msg.read
		return m.loaded(msg).replay()
	case loadFailedMsg:
		return m.failed(msg)
	case warnMsg:
		return m.warned(msg)
	case expandedMsg:
		return m.expanded(msg)
	case filesMsg:
		return m.filesDone(msg)
	case confirmMsg:
		m.job = work.Job{}
		return m.openConfirm(msg), nil
	case doneMsg:
		return m.done(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// key handles a key: work under way takes only esc (stop), an open dialog
// every key, else the view on show.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case m.job.Running():
		if matches(msg, m.keys.Stop) {
			m.job.Cancel()
		}
		return m, nil
	case m.dialog.Open():
		return dialog.Update(m, at, msg)
	}
	if m, held := m.wait(msg); held {
		return m, nil
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
}

// doneMsg ends other work: an export, a decision, a return. A dialog
// waiting for it closes when it succeeded and says why when it did not.
type doneMsg struct {
	err     error
	info    string
	lines   []string
	changed bool
}

// done shows the outcome of work: the reply to a waiting dialog, the
// result's lines, and a reload.
func (m Model) done(msg doneMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
		return m, nil // the dialog stays open with what was typed, and says why
	}
	if msg.err != nil {
		return m, m.stoppedOr(msg.err, "work.stopped")
	}
	m.result = msg.lines
	cmds := []tea.Cmd{m.Reload()}
	if msg.info != "" {
		cmds = append(cmds, status.InfoCmd(msg.info))
	}
	if msg.changed {
		cmds = append(cmds, changedCmd)
	}
	return m, tea.Batch(cmds...)
}

func changedCmd() tea.Msg { return ChangedMsg{} }

// stoppedOr reports err, or for work the person stopped the message
// stopped says.
func (m Model) stoppedOr(err error, stopped string) tea.Cmd {
	if work.Stopped(err) {
		return status.InfoCmd(m.t(stopped))
	}
	return status.ErrorCmd(err)
}
