// Package criteria is the screen of the criteria table: its versions (which
// periods use which), the tree with codes, indentation, kind, maximum and
// guidance, the problems of a draft shown beside the rows they are about,
// editing a draft (add, edit, move, indent, delete) and issuing it, after
// which it can never change.
package criteria

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	ctable "thidua/model/table"
	"thidua/tui/dialog"
	"thidua/tui/preview"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
	"thidua/tui/work"
)

// Store is what the screen needs from the database.
type Store interface {
	Versions(ctx context.Context) ([]model.CriteriaVersion, error)
	VersionTree(ctx context.Context, versionID string) (*model.Tree, error)
	CreateDraft(ctx context.Context, actor model.Actor, label, parentID string, rows []model.Criterion) (string, error)
	ReplaceDraft(ctx context.Context, actor model.Actor, versionID string, rows []model.Criterion) error
	IssueVersion(ctx context.Context, actor model.Actor, versionID string) (string, error)
	UsePeriodCriteria(ctx context.Context, actor model.Actor, periodID, versionID string) error
	ReadCriteriaFile(ctx context.Context, path string, progress func(done, total int)) (*ctable.Result, error)
	ImportCriteria(ctx context.Context, actor model.Actor, imp model.CriteriaImport) (model.CriteriaImported, error)
	PeriodOrigin(ctx context.Context, periodID string) (model.PeriodOrigin, bool, error)
}

// ChangedMsg reports that a period now uses another table.
type ChangedMsg struct{}

type loadedMsg struct {
	versions []model.CriteriaVersion
	current  string // version to show
	tree     *model.Tree
	focus    string
	parent   *model.Tree // the version it was copied from, if any
	period   string      // the period it was read for ("" for another read)
	read     int64       // its order among the period reads (see periodReads)
}

type doneMsg struct {
	err     error
	info    string
	version string // version to show after the change
	focus   string
	changed bool
}

// Model is the criteria screen.
type Model struct {
	store    Store
	styles   theme.Styles
	lang     i18n.Lang
	isDark   bool
	keys     KeyMap
	scope    scope.Scope
	lastRead int64 // the period read on show (see periodReads)

	versions []model.CriteriaVersion
	current  int
	tree     *model.Tree
	rows     []model.Criterion
	problems map[string][]*model.Error
	cursor   int
	scroll   table.Scroll

	dialog dialog.Model[Model]
	job    work.Job // a criteria file being read
	// previewing: the file read for an import is on show (preview), to
	// become a draft labelled label.
	previewing bool
	preview    preview.Model
	label      string
	// diff is what changed from the version this one was copied from.
	diff diff

	width, height int
}

// New returns the criteria screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang)}
}

// SetScope tells the screen who is working and on which period, and loads
// the versions (showing the one the period uses, or the draft copied for
// it while that is not issued).
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	m.scope = s
	return m.loadFor(s.Period)
}

// SetLang switches the screen to another language or background, keeping
// what it shows.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.dialog.SetStyles(styles)
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h)
	m.preview.SetSize(w, h)
}

// TakesKey reports whether the screen keeps a key for an open dialog.
func (m Model) TakesKey(tea.KeyPressMsg) bool { return m.Capturing() }

// Capturing reports whether a dialog, the import's preview or the reading
// of a file has the keyboard.
func (m Model) Capturing() bool { return m.dialog.Open() || m.previewing || m.job.Running() }

// Version returns the version on show.
func (m Model) Version() (model.CriteriaVersion, bool) {
	if m.current < 0 || m.current >= len(m.versions) {
		return model.CriteriaVersion{}, false
	}
	return m.versions[m.current], true
}

// Focused returns the row under the cursor.
func (m Model) Focused() (model.Criterion, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return model.Criterion{}, false
	}
	return m.rows[m.cursor], true
}

func (m Model) load(versionID, focus string) tea.Cmd {
	store := m.store
	return func() tea.Msg {
		ctx := context.Background()
		vs, err := store.Versions(ctx)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		if versionID == "" && len(vs) > 0 {
			versionID = vs[len(vs)-1].ID
		}
		var tree *model.Tree
		if versionID != "" {
			if tree, err = store.VersionTree(ctx, versionID); err != nil {
				tree = nil // an empty draft has no tree yet
			}
		}
		return loadedMsg{versions: vs, current: versionID, tree: tree, focus: focus, parent: parentTree(ctx, store, vs, versionID)}
	}
}

// Init loads nothing until the root gives the screen its scope.
func (m Model) Init() tea.Cmd { return nil }

// Update handles keys and replies.
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
	case loadedMsg:
		if msg.period != "" && (msg.period != m.scope.Period.ID || msg.read < m.lastRead) {
			return m, nil // another period's table, or older than what is shown
		}
		m.lastRead = max(m.lastRead, msg.read)
		m.versions = msg.versions
		m.current = len(m.versions) - 1
		for i, v := range m.versions {
			if v.ID == msg.current {
				m.current = i
			}
		}
		m.setTree(msg.tree, msg.focus)
		m.diff = newDiff(m.versions, msg.current, msg.parent, msg.tree)
		return m, nil
	case doneMsg:
		if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
			return m, nil // the dialog says why, with what was typed
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		cmds := []tea.Cmd{m.load(msg.version, msg.focus)}
		if msg.info != "" {
			cmds = append(cmds, status.InfoCmd(msg.info))
		}
		if msg.changed {
			cmds = append(cmds, func() tea.Msg { return ChangedMsg{} })
		}
		return m, tea.Batch(cmds...)
	case readMsg:
		return m.read(msg)
	case tea.PasteMsg:
		return dialog.Update(m, at, msg)
	case tea.KeyPressMsg:
		switch {
		case m.job.Running():
			if key.Matches(msg, m.keys.Stop) {
				m.job.Cancel()
			}
			return m, nil
		case m.previewing:
			return m.previewKey(msg)
		case m.dialog.Open():
			return dialog.Update(m, at, msg)
		case m.diff.showing:
			return m.changesKey(msg), nil
		}
		return m.key(msg)
	}
	return m, nil
}

// setTree shows a version's rows and their problems.
func (m *Model) setTree(t *model.Tree, focus string) {
	m.tree, m.rows, m.problems = t, nil, map[string][]*model.Error{}
	if t == nil {
		m.cursor = 0
		return
	}
	m.rows = t.Nodes()
	for _, p := range t.Problems() {
		m.problems[p.ID] = append(m.problems[p.ID], p.Err)
	}
	if focus == "" {
		if c, ok := m.Focused(); ok {
			focus = c.ID
		}
	}
	m.cursor = 0
	for i, c := range m.rows {
		if c.ID == focus {
			m.cursor = i
		}
	}
}

// draft reports whether the version on show can be edited here.
func (m Model) draft() bool {
	v, ok := m.Version()
	return ok && !v.Issued() && m.scope.Leader()
}

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = max(0, min(len(m.rows)-1, m.cursor+1))
	case key.Matches(msg, k.Top):
		m.cursor = 0
	case key.Matches(msg, k.Bottom):
		m.cursor = max(0, len(m.rows)-1)
	case key.Matches(msg, k.PrevVersion):
		if m.current > 0 {
			return m, m.load(m.versions[m.current-1].ID, "")
		}
	case key.Matches(msg, k.NextVersion):
		if m.current < len(m.versions)-1 {
			return m, m.load(m.versions[m.current+1].ID, "")
		}
	case key.Matches(msg, k.NewDraft):
		if m.scope.Leader() {
			v, _ := m.Version()
			m.dialog = m.draftDialog(v)
		}
	case key.Matches(msg, k.Changes):
		if m.diff.parent != "" {
			m.diff.showing, m.diff.top = true, 0
		}
		return m, nil
	case key.Matches(msg, k.Import):
		if m.scope.Leader() {
			m.dialog = m.importDialog()
		}
		return m, nil
	}
	if !m.draft() {
		if v, ok := m.Version(); ok && v.Issued() && key.Matches(msg, k.Use) && m.scope.Leader() {
			m.dialog = m.useDialog(v)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.AddAfter):
		m.dialog = m.rowDialog(1, model.Criterion{Kind: model.Standard})
	case key.Matches(msg, k.AddChild):
		m.dialog = m.rowDialog(2, model.Criterion{Kind: model.Standard})
	case key.Matches(msg, k.Edit):
		if c, ok := m.Focused(); ok {
			m.dialog = m.rowDialog(0, c)
		}
	case key.Matches(msg, k.Delete):
		if c, ok := m.Focused(); ok {
			m.dialog = m.deleteDialog(c)
		}
	case key.Matches(msg, k.MoveUp):
		return m, m.edit(func(rows []model.Criterion, id string) []model.Criterion { return model.Move(rows, id, -1) })
	case key.Matches(msg, k.MoveDown):
		return m, m.edit(func(rows []model.Criterion, id string) []model.Criterion { return model.Move(rows, id, 1) })
	case key.Matches(msg, k.Indent):
		return m, m.edit(model.Indent)
	case key.Matches(msg, k.Outdent):
		return m, m.edit(model.Outdent)
	case key.Matches(msg, k.ReadRule):
		return m, m.ruleFromGuidance()
	case key.Matches(msg, k.Issue):
		if len(m.allProblems()) > 0 {
			return m, status.ErrorCmd(model.Errorf("criteria.cannot_issue", len(m.allProblems())))
		}
		v, _ := m.Version()
		m.dialog = m.issueDialog(v)
	}
	return m, nil
}

// edit applies a draft operation to the focused row and saves the draft.
func (m Model) edit(op func(rows []model.Criterion, id string) []model.Criterion) tea.Cmd {
	c, ok := m.Focused()
	if !ok {
		return nil
	}
	return m.saveRows(op(m.rows, c.ID), c.ID, "")
}

// saveRows replaces the draft's rows in one transaction.
func (m Model) saveRows(rows []model.Criterion, focus, info string) tea.Cmd {
	v, _ := m.Version()
	store, actor := m.store, m.scope.Actor()
	return func() tea.Msg {
		err := store.ReplaceDraft(context.Background(), actor, v.ID, rows)
		return doneMsg{err: err, version: v.ID, focus: focus, info: info}
	}
}

func (m Model) allProblems() []*model.Error {
	var out []*model.Error
	for _, ps := range m.problems {
		out = append(out, ps...)
	}
	return out
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.job.Running():
		return []key.Binding{m.keys.Stop}
	case m.Capturing():
		return nil
	}
	k := m.keys
	if m.draft() && !m.diff.showing {
		return []key.Binding{k.Edit, k.AddAfter, k.ReadRule, k.Issue}
	}
	if m.diff.showing {
		return []key.Binding{k.Up, k.Down, k.Changes}
	}
	return []key.Binding{k.NextVersion, k.NewDraft, k.Import, k.Use}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	editing := []key.Binding{k.AddAfter, k.AddChild, k.Edit, k.Delete, k.MoveUp, k.MoveDown, k.Indent, k.Outdent, k.ReadRule, k.Issue}
	draft := m.draft()
	for i := range editing {
		editing[i].SetEnabled(draft)
	}
	use := k.Use
	use.SetEnabled(!draft && m.scope.Leader())
	newDraft, imp := k.NewDraft, k.Import
	newDraft.SetEnabled(m.scope.Leader())
	imp.SetEnabled(m.scope.Leader())
	changes := k.Changes
	changes.SetEnabled(m.diff.parent != "")
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.PrevVersion, k.NextVersion, newDraft, imp, use, changes}, editing}
}
