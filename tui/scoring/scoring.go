// Package scoring is the score sheet: the official criteria table with its
// parts, codes, indentation and maxima, a column per stage, live subtotals
// and totals, and the focused criterion's text, guidance and history in a
// pane. Typing a number and enter saves it (one transaction) and moves to
// the next criterion; keys typed while a save is under way are kept and
// replayed, so nothing typed is lost.
package scoring

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Store is what the screen needs from the database.
type Store interface {
	LoadSheet(ctx context.Context, periodID, unitID string) (model.ScoreSheet, error)
	SaveScores(ctx context.Context, b model.ScoreBatch) (model.SaveResult, error)
	UndoLast(ctx context.Context, actor model.Actor, periodID, unitID string, stage model.Stage, mine []int64) (model.Undone, error)
	History(ctx context.Context, periodID, unitID, criterionID string) ([]model.Change, error)
	Units(ctx context.Context, query string) ([]model.Unit, error)
	ReturnSubmission(ctx context.Context, actor model.Actor, periodID, unitID string, reasons []model.ReturnReason) error
	SetExplanation(ctx context.Context, actor model.Actor, periodID string, e model.Explanation) error
	ResultHistory(ctx context.Context) (model.History, error)
}

// SavedMsg reports that a score was saved, so other screens can refresh.
type SavedMsg struct{ UnitID string }

type sheetMsg struct {
	seq   int
	sheet model.ScoreSheet
	focus string // criterion to put the cursor on
}

type historyMsg struct {
	criterionID string
	changes     []model.Change
}

type undoneMsg struct {
	undone model.Undone
	err    error
}

type unitsMsg struct{ units []model.Unit }

// Model is the scoring screen.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	isDark bool
	keys   KeyMap
	scope  scope.Scope

	unitID string
	stage  model.Stage
	sheet  *model.ScoreSheet
	rows   []model.Criterion
	self   model.Totals // self-stage totals
	shown  model.Totals // totals at the stage on show
	// bloc and province are the totals at those stages, for their columns;
	// provinced: the province has reviewed something.
	bloc, province model.Totals
	provinced      bool
	// reviewed: the bloc has scored something on this sheet.
	reviewed bool
	seq      int // load sequence; older replies are dropped

	cursor int
	scroll table.Scroll
	buf    []rune // the value being typed in the focused cell
	errMsg string // why the typed value was refused
	// mine are the changes saved from this screen since thidua was opened
	// (audit ids): ctrl+z undoes only these.
	mine []int64

	saving   bool
	pending  []tea.KeyPressMsg // typed while a save was under way
	handback []tea.KeyPressMsg // typed during a save, for the root (see Handback)

	dialog dialog.Model[Model]

	details bool
	history []model.Change
	past    *model.History // every period's results, for the line of the unit's past (past.go)

	picker *picker

	width, height int
}

// New returns the scoring screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang)}
}

// SetScope tells the screen who is working and on which period; it reloads
// the sheet when the period changed.
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	changed := s.Period.ID != m.scope.Period.ID
	m.scope = s
	if changed {
		m.past = nil // read again with the new period's sheet
	}
	m.SetScopeKeys()
	if m.unitID == "" {
		m.unitID = s.Own.ID
	}
	if len(s.Stages()) > 0 && !contains(s.Stages(), m.stage) {
		m.stage = s.Stages()[0]
	}
	if changed || m.sheet == nil {
		return m.load("")
	}
	return nil
}

// Reload reads the sheet again (the rules or the table may have changed).
func (m *Model) Reload() tea.Cmd {
	c, _ := m.Focused()
	return m.load(c.ID)
}

// SetUnit shows another unit's sheet.
func (m *Model) SetUnit(unitID string) tea.Cmd {
	if unitID == m.unitID && m.sheet != nil {
		return nil
	}
	m.unitID = unitID
	m.buf, m.errMsg = nil, ""
	return m.load("")
}

func contains(list []model.Stage, s model.Stage) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// load reads the sheet again; focus names the criterion to land on.
func (m *Model) load(focus string) tea.Cmd {
	if !m.scope.Ready() || m.unitID == "" {
		return nil
	}
	m.seq++
	seq, store, period, unit := m.seq, m.store, m.scope.Period.ID, m.unitID
	return func() tea.Msg {
		s, err := store.LoadSheet(context.Background(), period, unit)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return sheetMsg{seq: seq, sheet: s, focus: focus}
	}
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 90), h)
	m.follow()
}

// Capturing reports whether keys are going into a field (a typed value, a
// dialog or the unit picker), so that the root does not read letters as
// commands.
func (m Model) Capturing() bool {
	return len(m.buf) > 0 || m.dialog.Open() || m.picker != nil
}

// TakesKey reports whether the screen keeps a key for itself instead of
// letting the root read it as a command: digits are always values here (so
// "1" scores, it does not switch screens), and while a value or a dialog is
// open every key is the screen's.
func (m Model) TakesKey(msg tea.KeyPressMsg) bool {
	if m.noUnit() {
		return m.Capturing() // a digit switches screens: there is no sheet to type into
	}
	return m.Capturing() || isValueKey(msg) || key.Matches(msg, m.keys.Next, m.keys.Prev, m.keys.Save)
}

// TypesDigits reports whether a digit is a value here (so the screens
// switch with ctrl+←/→): not while no unit is chosen.
func (m Model) TypesDigits() bool { return !m.noUnit() }

// noUnit reports that no sheet is on its way: the installation has no
// unit of its own (a province) and none was chosen yet.
func (m Model) noUnit() bool { return m.sheet == nil && m.scope.Ready() && m.unitID == "" }

// Handback returns, once, the keys typed during a save that are not the
// screen's (with those typed after them), for the root to handle in order.
func (m *Model) Handback() []tea.KeyPressMsg {
	h := m.handback
	m.handback = nil
	return h
}

// Unsaved reports whether a typed value has not been saved yet.
func (m Model) Unsaved() bool { return m.ValueUnsaved() || m.dialog.Typed() }

// ValueUnsaved reports whether a value typed in the cell is not saved yet.
func (m Model) ValueUnsaved() bool { return len(m.buf) > 0 || m.saving || len(m.pending) > 0 }

// Sheet returns the sheet on show (for tests).
func (m Model) Sheet() *model.ScoreSheet { return m.sheet }

// Focused returns the criterion under the cursor.
func (m Model) Focused() (model.Criterion, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return model.Criterion{}, false
	}
	return m.rows[m.cursor], true
}

// Typed returns the value being typed.
func (m Model) Typed() string { return string(m.buf) }

// Error returns why the typed value was refused ("" if it was not).
func (m Model) Error() string { return m.errMsg }

// Init loads nothing until the root gives the screen its scope.
func (m Model) Init() tea.Cmd { return nil }

// Update handles keys and replies.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.follow()
	return m, cmd
}

// SetLang switches the screen to another language or background, keeping
// everything it holds (the sheet, what is typed, the changes it may undo).
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.dialog.SetStyles(styles)
	m.SetScopeKeys()
}

// SetScopeKeys enables the keys the installation's role has.
func (m *Model) SetScopeKeys() {
	m.keys.Return.SetEnabled(m.scope.Leader())
	m.keys.Answer.SetEnabled(m.scope.Inst.Role == model.RoleUnit)
	m.keys.Stage.SetEnabled(len(m.scope.Stages()) > 1)
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case sheetMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.setSheet(msg.sheet, msg.focus)
		if m.past == nil {
			return m, tea.Batch(m.historyCmd(), m.pastCmd())
		}
		return m, m.historyCmd()
	case pastMsg:
		if msg.period == m.scope.Period.ID {
			m.past = &msg.history
		}
		return m, nil
	case savedMsg:
		return m.saved(msg)
	case undoneMsg:
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		u := msg.undone
		text := i18n.T(m.lang, "scoring.undone_to", m.sheet.Tree.Label(u.CriterionID), m.scoreText(u.Before), m.scoreText(u.After))
		return m, tea.Batch(m.load(u.CriterionID), status.InfoCmd(text), savedCmd(m.unitID))
	case returnedMsg:
		if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
			return m, nil // the dialog says why, with what was typed
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		return m, tea.Batch(m.load(""), status.InfoCmd(msg.info), func() tea.Msg { return ReturnedMsg{} })
	case historyMsg:
		if c, ok := m.Focused(); ok && c.ID == msg.criterionID {
			m.history = msg.changes
		}
		return m, nil
	case unitsMsg:
		if m.picker != nil {
			m.picker.setUnits(msg.units)
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.saving {
			m.pending = append(m.pending, msg)
			return m, nil
		}
		return m.key(msg)
	case tea.PasteMsg:
		if m.dialog.Open() {
			return dialog.Update(m, at, msg)
		}
		return m.paste(msg.Content)
	}
	return m, nil
}

func savedCmd(unitID string) tea.Cmd {
	return func() tea.Msg { return SavedMsg{UnitID: unitID} }
}

// setSheet shows a freshly loaded sheet, keeping the cursor on the same
// criterion (or on focus), else on the first criterion without a score.
func (m *Model) setSheet(s model.ScoreSheet, focus string) {
	keep := focus
	if keep == "" {
		if c, ok := m.Focused(); ok && m.sheet != nil && m.sheet.Unit.ID == s.Unit.ID {
			keep = c.ID
		}
	}
	m.sheet = &s
	m.rows = s.Tree.Nodes()
	m.recompute()
	m.cursor = -1
	for i, c := range m.rows {
		if c.ID == keep {
			m.cursor = i
		}
	}
	if m.cursor < 0 {
		m.cursor = m.firstMissing()
	}
	m.history = nil
}

// firstMissing is the first scorable row without a score at the stage on
// show, or the first scorable row.
func (m *Model) firstMissing() int {
	first := -1
	for i, c := range m.rows {
		if !c.Scorable() {
			continue
		}
		if first < 0 {
			first = i
		}
		if _, ok := m.sheet.Effective(c.ID, m.stage); !ok {
			return i
		}
	}
	return max(first, 0)
}

// recompute adds up the sheet for the self stage and the stage on show.
func (m *Model) recompute() {
	if m.sheet == nil {
		return
	}
	l := m.sheet.Layers()
	m.self = m.sheet.Tree.Totals(l.Effective(model.StageSelf), m.sheet.Rules.Caps)
	m.shown = m.sheet.Tree.Totals(l.Effective(m.stage), m.sheet.Rules.Caps)
	m.reviewed = l.Has(model.StageBloc)
	m.provinced = l.Has(model.StageProvince)
	m.bloc = m.sheet.Tree.Totals(l.Effective(model.StageBloc), m.sheet.Rules.Caps)
	m.province = m.sheet.Tree.Totals(l.Effective(model.StageProvince), m.sheet.Rules.Caps)
}

// lockErr says why the sheet cannot be changed at the stage on show, or
// nil.
func (m Model) lockErr() error {
	if m.sheet == nil {
		return nil
	}
	_, err := model.MayScore(m.scope.Actor(), m.scope.Bloc, m.sheet.Locks, m.unitID, m.stage)
	return err
}
