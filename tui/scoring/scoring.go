// Package scoring is the score sheet: the official criteria table with its
// parts, codes, indentation and maxima, a column per stage, live subtotals
// and totals, and the focused criterion's text, guidance and history in a
// pane. Typing a number and enter saves it (one transaction) and moves to
// the next criterion; keys typed while a save is under way are kept and
// replayed, so nothing typed is lost.
package scoring

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
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
}

// SavedMsg reports that a score was saved, so other screens can refresh.
type SavedMsg struct{ UnitID string }

type sheetMsg struct {
	seq   int
	sheet model.ScoreSheet
	focus string // criterion to put the cursor on
}

type savedMsg struct {
	criterionID string
	result      model.SaveResult
	err         error
	advance     int  // rows to move after a save: 1 forward, -1 back, 0 stay
	override    bool // the save changed a signed self-score (with a reason)
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

// dialog is what an open form is for.
type dialog int

const (
	noDialog dialog = iota
	noteDialog
	evidenceDialog
	reasonDialog
	jumpDialog
	returnDialog // the leader returns the focused criterion to the unit
	answerDialog // the unit answers a returned criterion
)

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

	dialog      dialog
	form        form.Model
	waiting     model.ScoreEntry // the entry that waits for a reason
	waitAdvance int

	details bool
	history []model.Change

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
	m.form.SetSize(min(w, 90), h)
	m.follow()
}

// Capturing reports whether keys are going into a field (a typed value, a
// dialog or the unit picker), so that the root does not read letters as
// commands.
func (m Model) Capturing() bool {
	return len(m.buf) > 0 || m.dialog != noDialog || m.picker != nil
}

// TakesKey reports whether the screen keeps a key for itself instead of
// letting the root read it as a command: digits are always values here (so
// "1" scores, it does not switch screens), and while a value or a dialog is
// open every key is the screen's.
func (m Model) TakesKey(msg tea.KeyPressMsg) bool {
	return m.Capturing() || isValueKey(msg) || msg.Code == tea.KeyTab || msg.Code == tea.KeyEnter
}

// Handback returns, once, the keys typed during a save that are not the
// screen's (with those typed after them), for the root to handle in order.
func (m *Model) Handback() []tea.KeyPressMsg {
	h := m.handback
	m.handback = nil
	return h
}

// Unsaved reports whether a typed value has not been saved yet.
func (m Model) Unsaved() bool { return len(m.buf) > 0 || m.saving || len(m.pending) > 0 }

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
	m.form.SetStyles(styles)
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
		return m, m.historyCmd()
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
		if msg.err != nil {
			m.form.SetError(msg.field, model.Message(m.lang, msg.err))
			return m, nil
		}
		m.dialog = noDialog
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
		if m.dialog != noDialog {
			var cmd tea.Cmd
			m.form, cmd = m.form.Update(msg)
			return m, cmd
		}
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

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.picker != nil {
		return m.pickerKey(msg)
	}
	if m.dialog != noDialog {
		return m.dialogKey(msg)
	}
	if m.sheet == nil {
		return m, nil
	}
	if isValueKey(msg) || (len(m.buf) > 0 && isText(msg)) {
		if err := m.lockErr(); err != nil {
			return m, status.ErrorCmd(err)
		}
		if c, ok := m.Focused(); ok && c.Scorable() {
			m.buf = append(m.buf, []rune(msg.Text)...)
			m.errMsg = m.check(c)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Erase):
		if len(m.buf) > 0 {
			m.buf = m.buf[:len(m.buf)-1]
			m.errMsg = ""
			if c, ok := m.Focused(); ok && len(m.buf) > 0 {
				m.errMsg = m.check(c)
			}
		}
		return m, nil
	case key.Matches(msg, m.keys.Cancel):
		m.buf, m.errMsg = nil, ""
		return m, nil
	case key.Matches(msg, m.keys.Save):
		if len(m.buf) == 0 {
			m.moveScorable(1)
			return m, m.historyCmd()
		}
		return m.commit(1)
	case key.Matches(msg, m.keys.Next):
		return m.commitOrMove(1)
	case key.Matches(msg, m.keys.Prev):
		return m.commitOrMove(-1)
	case msg.Code == tea.KeyDown || (len(m.buf) == 0 && key.Matches(msg, m.keys.Down)):
		return m.commitOrMoveRow(1)
	case msg.Code == tea.KeyUp || (len(m.buf) == 0 && key.Matches(msg, m.keys.Up)):
		return m.commitOrMoveRow(-1)
	}
	if len(m.buf) > 0 {
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Top):
		m.cursor = 0
	case key.Matches(msg, m.keys.Bottom):
		m.cursor = len(m.rows) - 1
	case key.Matches(msg, m.keys.Missing):
		return m.nextMissing()
	case key.Matches(msg, m.keys.Note):
		return m.openText(noteDialog)
	case key.Matches(msg, m.keys.Evidence):
		return m.openText(evidenceDialog)
	case key.Matches(msg, m.keys.Jump):
		m.form = form.New(i18n.T(m.lang, "scoring.jump_title"), m.styles, m.lang, m.isDark)
		m.form.AddText("code", i18n.T(m.lang, "scoring.jump_label"), "", i18n.T(m.lang, "scoring.jump_hint"))
		m.form.SetSize(min(m.width, 90), m.height)
		m.dialog = jumpDialog
	case key.Matches(msg, m.keys.Clear):
		return m.clear()
	case key.Matches(msg, m.keys.Undo):
		if err := m.lockErr(); err != nil {
			return m, status.ErrorCmd(err)
		}
		store, actor, period, unit, stage := m.store, m.scope.Actor(), m.scope.Period.ID, m.unitID, m.stage
		mine := append([]int64(nil), m.mine...)
		return m, func() tea.Msg {
			u, err := store.UndoLast(context.Background(), actor, period, unit, stage, mine)
			return undoneMsg{undone: u, err: err}
		}
	case key.Matches(msg, m.keys.Return):
		return m.openReturn()
	case key.Matches(msg, m.keys.Answer):
		return m.openAnswer()
	case key.Matches(msg, m.keys.Stage):
		stages := m.scope.Stages()
		for i, s := range stages {
			if s == m.stage {
				m.stage = stages[(i+1)%len(stages)]
				break
			}
		}
		m.recompute()
	case key.Matches(msg, m.keys.Details):
		m.details = !m.details
		return m, m.historyCmd()
	case key.Matches(msg, m.keys.Unit):
		m.picker = newPicker(m.styles, m.lang, m.isDark)
		store := m.store
		return m, func() tea.Msg {
			units, err := store.Units(context.Background(), "")
			if err != nil {
				return status.ErrorMsg{Err: err}
			}
			return unitsMsg{units: units}
		}
	}
	return m, m.historyCmd()
}

// check validates the typed value as the store would, for an immediate
// message while typing: first what the cell takes at all (a character that
// cannot be part of a score is named at once), then the value.
func (m Model) check(c model.Criterion) string {
	if len(m.buf) == 0 {
		return ""
	}
	if msg := m.cellRefusal(); msg != "" {
		return msg
	}
	if _, _, err := model.Evaluate(c, string(m.buf), m.sheet.Rules.Step); err != nil {
		return model.Message(m.lang, err)
	}
	return ""
}

// moveScorable moves the cursor to the next (or previous) scorable row.
func (m *Model) moveScorable(d int) {
	for i := m.cursor + d; i >= 0 && i < len(m.rows); i += d {
		if m.rows[i].Scorable() {
			m.cursor = i
			return
		}
	}
}

func (m Model) commitOrMove(d int) (Model, tea.Cmd) {
	if len(m.buf) > 0 {
		return m.commit(d)
	}
	m.moveScorable(d)
	return m, m.historyCmd()
}

func (m Model) commitOrMoveRow(d int) (Model, tea.Cmd) {
	if len(m.buf) > 0 {
		return m.commit(d)
	}
	m.cursor = max(0, min(len(m.rows)-1, m.cursor+d))
	return m, m.historyCmd()
}

// commit saves the typed value. A review score that differs from the score
// below it first asks for a reason.
func (m Model) commit(advance int) (Model, tea.Cmd) {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		m.buf = nil
		return m, nil
	}
	if msg := m.cellRefusal(); msg != "" {
		m.errMsg = msg
		return m, nil // never saved: the value stays until it is fixed
	}
	points, canon, err := model.Evaluate(c, string(m.buf), m.sheet.Rules.Step)
	if err != nil {
		m.errMsg = model.Message(m.lang, err)
		return m, nil // the value stays, the field keeps focus
	}
	e := model.ScoreEntry{Criterion: c.ID, Input: string(m.buf)}
	if old, signed := m.signed(c.ID); signed && (old.Points != points || old.Input != canon) {
		return m.askOverride(e, advance, old, points.Localize(m.lang))
	}
	if model.NeedsReason(m.stage, points, m.sheet.At(c.ID)) {
		below, _ := model.Below(m.stage, m.sheet.At(c.ID))
		m.waiting, m.waitAdvance = e, advance
		m.form = form.New(i18n.T(m.lang, "scoring.reason_title", m.sheet.Tree.Label(c.ID)), m.styles, m.lang, m.isDark)
		m.form.SetIntro(i18n.T(m.lang, "scoring.reason_intro", below, points))
		m.form.AddText("reason", i18n.T(m.lang, "scoring.reason_label"), "", "")
		m.form.SetSize(min(m.width, 90), m.height)
		m.dialog = reasonDialog
		return m, nil
	}
	return m.save(e, advance)
}

// save starts saving one entry; keys typed meanwhile are queued.
func (m Model) save(e model.ScoreEntry, advance int) (Model, tea.Cmd) {
	m.saving = true
	b := model.ScoreBatch{PeriodID: m.scope.Period.ID, UnitID: m.unitID, Stage: m.stage, Actor: m.scope.Actor(),
		Entries: []model.ScoreEntry{e}}
	store := m.store
	_, override := m.signed(e.Criterion)
	override = override && e.Reason != ""
	return m, func() tea.Msg {
		res, err := store.SaveScores(context.Background(), b)
		return savedMsg{criterionID: e.Criterion, result: res, err: err, advance: advance, override: override}
	}
}

// saved applies a save's outcome, then replays the keys typed meanwhile.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	m.saving = false
	var cmds []tea.Cmd
	if msg.err != nil {
		m.errMsg = model.Message(m.lang, msg.err)
		m.pending = nil // keys typed after a refusal would land on the wrong row
		return m, status.ErrorCmd(msg.err)
	}
	m.mine = append(m.mine, msg.result.Audit...)
	rows := m.sheet.Rows[msg.criterionID]
	if rows == nil {
		rows = map[model.Stage]model.ScoreRecord{}
		m.sheet.Rows[msg.criterionID] = rows
	}
	if len(msg.result.Scores) > 0 {
		flag := rows[m.stage].Flag
		if msg.override || flag == model.FlagOverridden {
			flag = model.FlagOverridden
		} else {
			flag = ""
		}
		rows[m.stage] = model.ScoreRecord{Score: msg.result.Scores[0], SetBy: m.scope.Actor(), UpdatedAt: time.Now(), Flag: flag}
	} else {
		delete(rows, m.stage)
	}
	m.recompute()
	m.buf, m.errMsg = nil, ""
	if msg.result.Flag != nil {
		cmds = append(cmds, status.InfoCmd(i18n.T(m.lang, "scoring.saved_flag", msg.result.Flag.Localize(m.lang))))
	}
	cmds = append(cmds, savedCmd(m.unitID))
	if msg.advance != 0 {
		m.moveScorable(msg.advance)
	}
	// Replay what was typed during the save, in order, until another save
	// starts (the rest stays queued for after it).
	for len(m.pending) > 0 && !m.saving {
		k := m.pending[0]
		if !m.TakesKey(k) {
			// A key for the interface (q, another screen, help): it and
			// every key after it are handed back to the root, which
			// handles them before any key typed later, so that q typed
			// during a save quits once the save is done.
			m.handback = append(m.handback, m.pending...)
			m.pending = nil
			break
		}
		m.pending = m.pending[1:]
		var cmd tea.Cmd
		m, cmd = m.key(k)
		cmds = append(cmds, cmd)
	}
	cmds = append(cmds, m.historyCmd())
	return m, tea.Batch(cmds...)
}

// clear removes the focused criterion's score at the stage on show.
func (m Model) clear() (Model, tea.Cmd) {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		return m, nil
	}
	if _, has := m.sheet.Rows[c.ID][m.stage]; !has {
		return m, nil
	}
	if err := m.lockErr(); err != nil {
		return m, status.ErrorCmd(err)
	}
	e := model.ScoreEntry{Criterion: c.ID, Clear: true, Reason: i18n.T(m.lang, "scoring.cleared")}
	if old, signed := m.signed(c.ID); signed {
		e.Reason = ""
		return m.askOverride(e, 0, old, i18n.T(m.lang, "scoring.override_clear"))
	}
	return m.save(e, 0)
}

// nextMissing moves to the next criterion without a score and says how
// many are left.
func (m Model) nextMissing() (Model, tea.Cmd) {
	n := len(m.shown.Missing)
	if n == 0 {
		return m, status.InfoCmd(i18n.T(m.lang, "scoring.complete"))
	}
	missing := map[string]bool{}
	for _, id := range m.shown.Missing {
		missing[id] = true
	}
	for k := 1; k <= len(m.rows); k++ {
		i := (m.cursor + k) % len(m.rows)
		if missing[m.rows[i].ID] {
			m.cursor = i
			break
		}
	}
	var codes []string
	for _, id := range m.shown.Missing[:min(8, n)] {
		codes = append(codes, m.sheet.Tree.Label(id))
	}
	if n > 8 {
		codes = append(codes, "…")
	}
	return m, tea.Batch(m.historyCmd(), status.InfoCmd(i18n.T(m.lang, "scoring.missing", n, strings.Join(codes, ", "))))
}

// openText opens the note or evidence editor for the focused criterion.
func (m Model) openText(d dialog) (Model, tea.Cmd) {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		return m, nil
	}
	r, has := m.sheet.Rows[c.ID][m.stage]
	if !has {
		return m, status.InfoCmd(i18n.T(m.lang, "scoring.score_first"))
	}
	if err := m.lockErr(); err != nil {
		return m, status.ErrorCmd(err)
	}
	title, value := "scoring.note_title", r.Note
	if d == evidenceDialog {
		title, value = "scoring.evidence_title", r.Evidence
	}
	m.form = form.New(i18n.T(m.lang, title, m.sheet.Tree.Label(c.ID)), m.styles, m.lang, m.isDark)
	m.form.SetSize(min(m.width, 90), m.height)
	m.form.AddText("text", i18n.T(m.lang, title+"_label"), value, "")
	if _, signed := m.signed(c.ID); signed {
		// The unit's signed note is changed only with a reason, like its
		// points.
		m.form.SetIntro(i18n.T(m.lang, "scoring.override_note", m.unitName()))
		m.form.AddText("reason", i18n.T(m.lang, "scoring.reason_label"), "", "")
	}
	m.dialog = d
	return m, nil
}

func (m Model) dialogKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	switch m.form.State() {
	case form.Cancelled:
		m.dialog = noDialog
		return m, nil
	case form.Editing:
		return m, cmd
	}
	d := m.dialog
	m.dialog = noDialog
	switch d {
	case reasonDialog:
		reason := m.form.Value("reason")
		if reason == "" {
			m.dialog = reasonDialog
			m.form.SetError("reason", i18n.T(m.lang, "score.needs_reason"))
			return m, nil
		}
		e := m.waiting
		e.Reason = reason
		return m.save(e, m.waitAdvance)
	case jumpDialog:
		c, err := m.sheet.Tree.Resolve(m.form.Value("code"))
		if err != nil {
			m.dialog = jumpDialog
			m.form.SetError("code", model.Message(m.lang, err))
			return m, nil
		}
		for i, r := range m.rows {
			if r.ID == c.ID {
				m.cursor = i
			}
		}
		return m, m.historyCmd()
	case noteDialog, evidenceDialog:
		c, _ := m.Focused()
		r := m.sheet.Rows[c.ID][m.stage]
		text := m.form.Value("text")
		e := model.ScoreEntry{Criterion: c.ID, Input: storedInput(r.Score), Reason: m.form.Value("reason")}
		if d == noteDialog {
			e.Note = &text
		} else {
			e.Evidence = &text
		}
		old := r.Note
		if d == evidenceDialog {
			old = r.Evidence
		}
		if _, signed := m.signed(c.ID); signed && text != old && e.Reason == "" {
			m.dialog = d
			m.form.SetError("reason", i18n.T(m.lang, "score.needs_reason"))
			return m, nil
		}
		return m.save(e, 0)
	case returnDialog, answerDialog:
		return m.submitReturn(d)
	}
	return m, nil
}

// storedInput is what to send again to keep a stored score as it is.
func storedInput(s model.Score) string {
	if s.Input != "" {
		return strings.TrimSuffix(s.Input, "%")
	}
	return s.Points.String()
}

// historyCmd loads the focused criterion's history when the pane shows it.
func (m Model) historyCmd() tea.Cmd {
	c, ok := m.Focused()
	if !m.details || !ok || !c.Scorable() || m.sheet == nil {
		return nil
	}
	store, period, unit := m.store, m.scope.Period.ID, m.unitID
	return func() tea.Msg {
		changes, err := store.History(context.Background(), period, unit, c.ID)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return historyMsg{criterionID: c.ID, changes: changes}
	}
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	if m.dialog != noDialog || m.picker != nil {
		return nil
	}
	if len(m.buf) > 0 {
		// A value is being typed: every key is the cell's but these.
		return []key.Binding{m.keys.Save, m.keys.Next, m.keys.Cancel, m.keys.Erase}
	}
	return []key.Binding{m.keys.Save, m.keys.Jump, m.keys.Missing, m.keys.Note, m.keys.Unit, m.keys.Stage, m.keys.Return,
		m.keys.Answer, m.keys.Undo}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.Save, k.Next, k.Prev, k.Up, k.Down, k.Top, k.Bottom},
		{k.Cancel, k.Clear, k.Note, k.Evidence, k.Jump, k.Missing},
		{k.Unit, k.Stage, k.Details, k.Undo, k.Return, k.Answer},
		k.Legend,
	}
}
