package scoring

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/status"
)

// Typing on the sheet: a value typed into the focused cell, checked as it
// is typed and saved (one transaction) with enter, tab or an arrow; the
// commands of the letters; saving, clearing, undoing.

// key handles a key: the unit picker's, an open dialog's, a value typed
// into the focused cell, the keys that save or leave it, then commands.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case m.picker != nil:
		return m.pickerKey(msg)
	case m.dialog.Open():
		return dialog.Update(m, at, msg)
	case m.noUnit() && key.Matches(msg, m.keys.Unit):
		return m.openPicker()
	case m.sheet == nil:
		return m, nil
	}
	msg = narrowKey(msg)
	if isValueKey(msg) || (len(m.buf) > 0 && isText(msg)) {
		return m.typeKey(msg)
	}
	if next, cmd, ok := m.cellKey(msg); ok {
		return next, cmd
	}
	if len(m.buf) > 0 {
		return m, nil
	}
	if m.stray(msg) {
		// A character that is no command (l or I for 1, O for 0, a
		// letter of another layout) starts the value and is refused by
		// name, never dropped: "l0" dropped to "0" would save 0 for 10.
		return m.typeKey(msg)
	}
	return m.commandKey(msg)
}

// typeKey adds a typed character to the focused cell, checked at once.
func (m Model) typeKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if err := m.lockErr(); err != nil {
		return m, status.ErrorCmd(err)
	}
	if c, ok := m.Focused(); ok && c.Scorable() {
		m.buf = append(m.buf, []rune(msg.Text)...)
		m.errMsg = m.check(c)
	}
	return m, nil
}

// cellKey handles the keys that edit, save or leave the focused cell; ok
// says the key was one of them.
func (m Model) cellKey(msg tea.KeyPressMsg) (_ Model, _ tea.Cmd, ok bool) {
	k, typing := m.keys, len(m.buf) > 0
	switch {
	case key.Matches(msg, k.Erase):
		if typing {
			m.buf = m.buf[:len(m.buf)-1]
			m.errMsg = ""
			if c, ok := m.Focused(); ok && len(m.buf) > 0 {
				m.errMsg = m.check(c)
			}
		}
		return m, nil, true
	case key.Matches(msg, k.Cancel):
		m.buf, m.errMsg = nil, ""
		return m, nil, true
	case key.Matches(msg, k.Save) && !typing:
		m.moveScorable(1)
		return m, m.historyCmd(), true
	case key.Matches(msg, k.Save):
		m, cmd := m.commit(1)
		return m, cmd, true
	case key.Matches(msg, k.Next), key.Matches(msg, k.Prev):
		d := 1
		if key.Matches(msg, k.Prev) {
			d = -1
		}
		m, cmd := m.commitOrMove(d)
		return m, cmd, true
	case key.Matches(msg, k.RowDown), !typing && key.Matches(msg, k.Down):
		m, cmd := m.commitOrMoveRow(1)
		return m, cmd, true
	case key.Matches(msg, k.RowUp), !typing && key.Matches(msg, k.Up):
		m, cmd := m.commitOrMoveRow(-1)
		return m, cmd, true
	}
	return m, nil, false
}

// commandKey handles the letter commands, the cell being empty.
func (m Model) commandKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Top):
		m.cursor = 0
	case key.Matches(msg, k.Bottom):
		m.cursor = len(m.rows) - 1
	case key.Matches(msg, k.Missing):
		return m.nextMissing()
	case key.Matches(msg, k.Note):
		return m.openText("note")
	case key.Matches(msg, k.Evidence):
		return m.openText("evidence")
	case key.Matches(msg, k.Jump):
		m.dialog = m.jumpDialog()
	case key.Matches(msg, k.Clear):
		return m.clear()
	case key.Matches(msg, k.Undo):
		return m.undo()
	case key.Matches(msg, k.Return):
		return m.openReturn()
	case key.Matches(msg, k.Answer):
		return m.openAnswer()
	case key.Matches(msg, k.Stage):
		m.nextStage()
	case key.Matches(msg, k.Details):
		m.details = !m.details
	case key.Matches(msg, k.Unit):
		return m.openPicker()
	}
	return m, m.historyCmd()
}

// undo takes back the last change saved from this screen on the sheet.
func (m Model) undo() (Model, tea.Cmd) {
	if err := m.lockErr(); err != nil {
		return m, status.ErrorCmd(err)
	}
	store, actor, period, unit, stage := m.store, m.scope.Actor(), m.scope.Period.ID, m.unitID, m.stage
	mine := append([]int64(nil), m.mine...)
	return m, func() tea.Msg {
		u, err := store.UndoLast(context.Background(), actor, period, unit, stage, mine)
		return undoneMsg{undone: u, err: err}
	}
}

// nextStage shows the next stage this installation scores.
func (m *Model) nextStage() {
	stages := m.scope.Stages()
	for i, s := range stages {
		if s == m.stage {
			m.stage = stages[(i+1)%len(stages)]
			break
		}
	}
	m.recompute()
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
		m.dialog = m.reasonDialog(i18n.T(m.lang, "scoring.reason_title", m.sheet.Tree.Label(c.ID)),
			i18n.T(m.lang, "scoring.reason_intro", below, points), e, advance)
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

type savedMsg struct {
	criterionID string
	result      model.SaveResult
	err         error
	advance     int  // rows to move after a save: 1 forward, -1 back, 0 stay
	override    bool // the save changed a signed self-score (with a reason)
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
