package exchange

import (
	"context"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/scope"
	"thidua/tui/status"
)

// loadedMsg carries the board's data.
type loadedMsg struct {
	period      string
	read        int64 // the order the read began in (see reads)
	rows        []model.InboxRow
	sent        []model.SentFile
	returns     []model.ReturnReason
	answers     []model.Explanation
	holds       []model.Hold
	tree        *model.Tree
	units       []model.Unit
	fingerprint string
	exportDir   string
	importDir   string
}

// Reload reads the board again.
func (m Model) Reload() tea.Cmd {
	s := m.scope
	if !s.Ready() {
		return nil
	}
	store := m.store
	return func() tea.Msg {
		n := reads.Add(1)
		out, err := load(context.Background(), store, s)
		out.read = n
		if err != nil {
			return loadFailedMsg{period: s.Period.ID, err: err}
		}
		return out
	}
}

// reads numbers the board's reads as they begin. Two can be under way at
// once (a merge's own reload, and the one every screen does after a
// change), and their answers can arrive in either order: a read that began
// earlier may hold what was there before the merge, and must not replace
// what a later one read.
var reads atomic.Int64

// loadFailedMsg says the board's data could not be read.
type loadFailedMsg struct {
	period string
	err    error
}

// failed shows why the board could not be read. The keys typed while it
// was read are dropped: they would act on folders and files not known.
func (m Model) failed(msg loadFailedMsg) (Model, tea.Cmd) {
	if msg.period == m.scope.Period.ID {
		m.loadedFor, m.typedEarly = msg.period, nil
	}
	return m, status.ErrorCmd(msg.err)
}

// maxWaiting bounds the keys kept while the board is read.
const maxWaiting = 32

// wait keeps a key typed before the board's data arrived (the folders a
// file goes to and comes from are part of it), to act on it once they are
// there: acting at once would offer no folder, or write beside the
// program; dropping it would lose what was typed.
func (m Model) wait(msg tea.KeyPressMsg) (Model, bool) {
	if m.loadedFor == m.scope.Period.ID || !m.scope.Ready() {
		return m, false
	}
	if len(m.typedEarly) < maxWaiting {
		m.typedEarly = append(m.typedEarly, msg)
	}
	return m, true
}

// replay acts on the keys typed while the board was read, in order.
func (m Model) replay() (Model, tea.Cmd) {
	keys := m.typedEarly
	m.typedEarly = nil
	var cmds []tea.Cmd
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.key(k)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// load reads what the screen shows: for the leader the inbox board and
// the held files, for a unit its own side, and the folders files go to and
// come from.
func load(ctx context.Context, store Store, s scope.Scope) (loadedMsg, error) {
	out := loadedMsg{period: s.Period.ID}
	var err error
	if out.fingerprint, err = store.Fingerprint(ctx); err != nil {
		return out, err
	}
	if out.tree, err = store.VersionTree(ctx, s.Period.CriteriaVersionID); err != nil {
		return out, err
	}
	if out.units, err = store.Units(ctx, ""); err != nil {
		return out, err
	}
	if out.sent, err = store.SentFiles(ctx, s.Period.ID); err != nil {
		return out, err
	}
	if out.exportDir, err = store.ExportDir(ctx); err != nil {
		return out, err
	}
	if out.importDir, err = store.ImportDir(ctx); err != nil {
		return out, err
	}
	if s.Province() { // the blocs' files: its board is the blocs screen
		out.holds, err = store.Holds(ctx, true)
		return out, err
	}
	unit := s.Inst.UnitID // a unit sees its own returns; the leader every unit's
	if s.Leader() {
		unit = ""
		if out.rows, err = store.Inbox(ctx, s.Period.ID); err != nil {
			return out, err
		}
		if out.holds, err = store.Holds(ctx, true); err != nil {
			return out, err
		}
	}
	if out.returns, err = store.Returns(ctx, s.Period.ID, unit); err != nil {
		return out, err
	}
	out.answers, err = store.Explanations(ctx, s.Period.ID, unit)
	return out, err
}

// loaded shows the board's data read for the period on show.
func (m Model) loaded(msg loadedMsg) Model {
	if msg.period != m.scope.Period.ID {
		return m
	}
	m.rows, m.sent, m.returns, m.holds, m.tree = msg.rows, msg.sent, msg.returns, msg.holds, msg.tree
	m.fingerprint, m.exportDir, m.importDir = msg.fingerprint, msg.exportDir, msg.importDir
	m.loadedFor = msg.period
	sortByTable(m.tree, m.returns)
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
	return m
}
