package exchange

import (
	"context"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/status"
)

// progressMsg tells how far a merge has come.
type progressMsg struct{ done, total int }

// filesMsg carries the outcomes of a preview or a merge.
type filesMsg struct {
	outcomes []model.MergeOutcome
	applied  bool
	err      error
}

// doneMsg ends other work: an export, a decision, a return. With field
// set it answers the open dialog, which closes only once the work is done
// (a refused return or answer keeps what was typed, and says why).
type doneMsg struct {
	err     error
	info    string
	lines   []string
	changed bool
	field   string
}

// wait delivers the next message of work under way.
func wait(ch chan tea.Msg) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// runFiles previews (or, with apply, merges) the files in the background,
// reporting progress after each file.
func (m Model) runFiles(paths []string, apply bool) (Model, tea.Cmd) {
	store := m.store
	ch := make(chan tea.Msg, 8)
	m.progress, m.done, m.total = ch, 0, len(paths)
	m.busy = m.t("xtui.previewing")
	if apply {
		m.busy = m.t("xtui.merging")
	}
	go func() {
		defer close(ch)
		ctx := context.Background()
		progress := func(done, total int) {
			select { // a bar that skips a step is fine; a merge that waits for it is not
			case ch <- progressMsg{done: done, total: total}:
			default:
			}
		}
		var out []model.MergeOutcome
		var err error
		if apply {
			out, err = store.ApplyFiles(ctx, paths, progress)
		} else {
			out, err = store.PreviewFiles(ctx, paths, progress)
		}
		ch <- filesMsg{outcomes: out, applied: apply, err: err}
	}()
	return m, wait(ch)
}

// filesDone shows the outcomes of a preview or merge.
func (m Model) filesDone(msg filesMsg) (Model, tea.Cmd) {
	m.busy, m.progress = "", nil
	if msg.err != nil {
		return m, tea.Batch(m.Reload(), errCmd(msg.err))
	}
	m.outcomes, m.applied = msg.outcomes, msg.applied
	m.mode, m.fcursor = filesMode, 0
	m.fscroll.Reset()
	if !msg.applied {
		return m, nil
	}
	return m, tea.Batch(m.Reload(), func() tea.Msg { return ChangedMsg{} }, infoCmd(m.summary()))
}

// summary counts the outcomes by status.
func (m Model) summary() string {
	count := map[model.MergeStatus]int{}
	for _, o := range m.outcomes {
		count[o.Status]++
	}
	id := "xtui.summary"
	if !m.applied {
		id = "xtui.summary_preview"
	}
	return m.t(id, count[model.StatusApplied], count[model.StatusUnchanged], count[model.StatusStale],
		count[model.StatusHeld], count[model.StatusRejected])
}

// boardLen is the number of rows the board's cursor moves over.
func (m Model) boardLen() int {
	if m.scope.Leader() {
		return len(m.rows)
	}
	return len(m.returns)
}

func (m Model) boardKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = max(0, min(m.boardLen()-1, m.cursor+1))
	case key.Matches(msg, k.Open) && m.scope.Leader():
		return m.openPicker(pickDialog, "", pick.Options{Mode: pick.Files, Exts: exchangeExts, Recent: m.recentImport()})
	case key.Matches(msg, k.Open):
		return m.openPicker(joinDialog, "xtui.join_intro", pick.Options{Mode: pick.File, Exts: exchangeExts, Recent: m.recentImport()})
	case key.Matches(msg, k.Holds):
		m.mode = holdsMode
		return m, m.Reload()
	case key.Matches(msg, k.Setup):
		dir := filepath.Join(m.store.ExportDir(context.Background()), m.t("xtui.setup_folder"))
		return m.openPicker(setupDialog, "xtui.setup_intro", pick.Options{Mode: pick.Folder, Start: dir})
	case key.Matches(msg, k.Export):
		return m.beforeExport()
	case key.Matches(msg, k.Return):
		u, ok := m.selectedUnit()
		if !ok {
			return m, nil
		}
		m.open(returnDialog)
		m.form.SetIntro(m.t("xtui.return_intro", u.Name))
		m.form.AddText("code", m.t("xtui.return_code"), "", m.t("xtui.return_code_hint_ex", m.exampleCode()))
		m.form.AddText("reason", m.t("xtui.return_reason"), "", "")
	case key.Matches(msg, k.Clear):
		u, ok := m.selectedUnit()
		if !ok || len(m.returnsOf(u.ID)) == 0 {
			return m, nil
		}
		m.open(clearDialog)
		m.form.SetIntro(m.t("xtui.clear_intro", u.Name))
		m.form.AddText("note", m.t("xtui.note"), "", "")
	case key.Matches(msg, k.Answer):
		if m.cursor >= len(m.returns) {
			return m, nil
		}
		r := m.returns[m.cursor]
		m.open(answerDialog)
		m.form.SetIntro(m.t("xtui.answer_intro", m.criterionLabel(r.CriterionID), r.Reason))
		m.form.AddText("answer", m.t("xtui.answer"), m.answers[r.UnitID+"/"+r.CriterionID], m.t("xtui.answer_hint"))
		m.answering = r
	}
	return m, nil
}

// role names this installation's side of the exchange, for messages.
func (m Model) role() string {
	if m.scope.Leader() {
		return "leader"
	}
	return "unit"
}

// open starts a dialog.
func (m *Model) open(d dialog) {
	m.dialog = d
	m.form = form.New(m.t("xtui.dialog."+[...]string{"", "pick", "setup", "export", "return", "clear", "answer", "decide",
		"join", "confirm", "warn"}[d]),
		m.styles, m.lang, m.isDark)
	m.form.SetSize(min(m.width, 100), m.height)
}

// selectedUnit is the unit of the board row under the cursor.
func (m Model) selectedUnit() (model.Unit, bool) {
	if !m.scope.Leader() || m.cursor >= len(m.rows) {
		return model.Unit{}, false
	}
	return m.rows[m.cursor].Unit, true
}

// returnsOf lists the reasons a unit's sheet was returned with.
func (m Model) returnsOf(unitID string) []model.ReturnReason {
	var out []model.ReturnReason
	for _, r := range m.returns {
		if r.UnitID == unitID {
			out = append(out, r)
		}
	}
	return out
}

func (m Model) dialogKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	switch m.form.State() {
	case form.Cancelled:
		m.dialog = noDialog
		return m, nil
	case form.Submitted:
		return m.submit()
	}
	return m, cmd
}

// submit carries out the open dialog.
func (m Model) submit() (Model, tea.Cmd) {
	store, s := m.store, m.scope
	period, actor, lang := s.Period.ID, s.Actor(), m.lang
	switch m.dialog {
	case pickDialog:
		path := m.form.Value("path")
		paths, err := store.ExpandFiles(splitPaths(path))
		if err == nil && len(paths) == 0 {
			err = model.Errorf("xtui.no_files", path)
		}
		if err != nil {
			// Back to the picker, which says why.
			m.form.SetError("path", m.errText(err))
			return m, tea.Batch(m.form.OpenPicker("path", true), status.ErrorCmd(err))
		}
		m.dialog, m.paths, m.pathTyped = noDialog, paths, path
		return m.runFiles(paths, false)
	case warnDialog:
		m.dialog = noDialog
		return m.openExport()
	case setupDialog, exportDialog:
		dir := m.form.Value("dir")
		if dir == "" {
			m.form.SetError("dir", m.t("xtui.need_folder"))
			return m, nil
		}
		setup := m.dialog == setupDialog
		m.dialog, m.busy, m.done, m.total = noDialog, m.t("xtui.writing"), 0, 0
		fp := m.fingerprint
		return m, func() tea.Msg {
			ctx := context.Background()
			if setup {
				ws, err := store.ExportSetups(ctx, period, dir)
				if err != nil {
					return doneMsg{err: err}
				}
				lines := []string{t(lang, "xtui.setup_done", len(ws), dir)}
				for _, w := range ws {
					lines = append(lines, "  "+filepath.Base(w.Path)+"  "+t(lang, "xtui.receipt", w.Receipt()))
				}
				lines = append(lines, "", t(lang, "xtui.setup_private", fp))
				return doneMsg{lines: lines, info: t(lang, "xtui.setup_done", len(ws), dir)}
			}
			store.SetSetting(ctx, "export_dir", dir)
			w, err := store.ExportOwn(ctx, period, dir)
			if err != nil {
				return doneMsg{err: err}
			}
			lines := []string{t(lang, "xtui.export_done", w.Path), t(lang, "xtui.export_receipt", w.Receipt(), fp)}
			for _, warn := range w.Warnings {
				lines = append(lines, "! "+warn.Localize(lang))
			}
			return doneMsg{lines: lines, info: t(lang, "xtui.export_done", w.Path)}
		}
	case returnDialog:
		u, ok := m.selectedUnit()
		if !ok {
			m.dialog = noDialog
			return m, nil
		}
		code, reason := m.form.Value("code"), m.form.Value("reason")
		if code == "*" {
			code = ""
		}
		id, what := "", m.t("xtui.whole_sheet")
		if code != "" && m.tree != nil {
			c, err := m.tree.Resolve(code)
			if err != nil {
				m.form.SetError("code", m.errText(err))
				return m, nil
			}
			id, what = c.ID, m.tree.Label(c.ID)
		}
		if reason == "" {
			m.form.SetError("reason", m.t("xtui.need_reason"))
			return m, nil
		}
		return m, func() tea.Msg {
			err := store.ReturnSubmission(context.Background(), actor, period, u.ID,
				[]model.ReturnReason{{UnitID: u.ID, CriterionID: id, Reason: reason}})
			return doneMsg{err: err, info: t(lang, "scoring.returned_to", what, shortName(u)), changed: true, field: "reason"}
		}
	case clearDialog:
		u, _ := m.selectedUnit()
		note := m.form.Value("note")
		m.dialog = noDialog
		return m, func() tea.Msg {
			err := store.ClearReturn(context.Background(), actor, period, u.ID, note)
			return doneMsg{err: err, info: t(lang, "xtui.cleared", u.Name), changed: true}
		}
	case answerDialog:
		// The criterion goes by its id: its code may repeat in the table.
		r, answer := m.answering, m.form.Value("answer")
		return m, func() tea.Msg {
			err := store.SetExplanation(context.Background(), actor, period,
				model.Explanation{UnitID: r.UnitID, CriterionID: r.CriterionID, Answer: answer})
			return doneMsg{err: err, info: t(lang, "xtui.answered"), changed: true, field: "answer"}
		}
	case joinDialog:
		path := m.form.Value("path")
		known := m.units[m.scope.Bloc.LeaderUnitID].Fingerprint
		m.dialog, m.busy = noDialog, m.t("xtui.previewing")
		return m, func() tea.Msg {
			ctx := context.Background()
			f, err := store.ReadFile(ctx, path)
			if err != nil {
				return doneMsg{err: err}
			}
			fp := f.Fingerprint
			if known != "" && !model.SameFingerprint(known, fp) {
				return confirmMsg{path: path, key: fp, author: f.AuthorCode}
			}
			return join(ctx, store, path, fp, lang)
		}
	case confirmDialog:
		path, fp := m.joinPath, m.joinKey
		m.dialog = noDialog
		if m.form.Choice("ok") != 1 {
			return m, nil
		}
		m.busy = m.t("xtui.writing")
		return m, func() tea.Msg { return join(context.Background(), store, path, fp, lang) }
	case decideDialog:
		h := m.holds[m.hcursor]
		accept, reason := m.accept, m.form.Value("reason")
		if !accept && reason == "" {
			m.form.SetError("reason", m.t("xtui.need_reason"))
			return m, nil
		}
		m.dialog = noDialog
		return m, func() tea.Msg {
			o, err := store.DecideHold(context.Background(), h.ID, accept, reason)
			if err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{info: o.Message(lang), changed: true}
		}
	}
	m.dialog = noDialog
	return m, nil
}

// confirmMsg asks the person to confirm a setup file's new key.
type confirmMsg struct{ path, key, author string }

// join takes a setup file whose key fingerprint fp the person accepted.
func join(ctx context.Context, store Store, path, fp string, lang i18n.Lang) tea.Msg {
	o, err := store.JoinFile(ctx, path, fp)
	if err != nil {
		return doneMsg{err: err}
	}
	if (o.Status == model.StatusRejected || o.Status == model.StatusHeld) && o.Reason != nil {
		return doneMsg{err: o.Reason}
	}
	return doneMsg{info: t(lang, "xtui.joined", o.Message(lang)), changed: true}
}

// splitPaths reads what was typed in the path field: one path, or several
// separated by ";" (spaces belong to folder names).
func splitPaths(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.Trim(strings.TrimSpace(p), `"`); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// importDir is the folder to offer next time: the folder given, or the
// folder of the first file given.
func importDir(typed string) string {
	ps := splitPaths(typed)
	if len(ps) == 0 {
		return ""
	}
	if strings.EqualFold(filepath.Ext(ps[0]), ".sqlite") {
		return filepath.Dir(ps[0])
	}
	return ps[0]
}

func (m Model) filesKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.fcursor = max(0, m.fcursor-1)
	case key.Matches(msg, k.Down):
		m.fcursor = max(0, min(len(m.outcomes)-1, m.fcursor+1))
	case key.Matches(msg, k.Detail):
		if len(m.changes()) > 0 {
			m.mode, m.ccursor = changesMode, 0
			m.cscroll.Reset()
		}
	case key.Matches(msg, k.Apply) && !m.applied:
		// The folder is remembered once files were taken from it.
		m.store.SetSetting(context.Background(), "import_dir", importDir(m.pathTyped))
		return m.runFiles(m.paths, true)
	case key.Matches(msg, k.Back):
		m.mode, m.outcomes = boardMode, nil
	}
	return m, nil
}

func (m Model) changesKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(m.changes())
	switch {
	case key.Matches(msg, k.Up):
		m.ccursor = max(0, m.ccursor-1)
	case key.Matches(msg, k.Down):
		m.ccursor = max(0, min(n-1, m.ccursor+1))
	case key.Matches(msg, k.Back), key.Matches(msg, k.Detail):
		m.mode = filesMode
	}
	return m, nil
}

func (m Model) holdsKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.hcursor = max(0, m.hcursor-1)
	case key.Matches(msg, k.Down):
		m.hcursor = max(0, min(len(m.holds)-1, m.hcursor+1))
	case key.Matches(msg, k.Accept), key.Matches(msg, k.Decline):
		if m.hcursor >= len(m.holds) {
			return m, nil
		}
		m.accept = key.Matches(msg, k.Accept)
		m.open(decideDialog)
		h := m.holds[m.hcursor]
		if m.accept {
			m.form.SetIntro(m.t("xtui.accept_intro", h.File.Name, m.holdReason(h)))
			m.form.AddText("reason", m.t("xtui.decide_reason"), "", m.t("xtui.accept_hint"))
		} else {
			m.form.SetIntro(m.t("xtui.decline_intro", h.File.Name))
			m.form.AddText("reason", m.t("xtui.decide_reason"), "", "")
		}
	case key.Matches(msg, k.Back):
		m.mode = boardMode
	}
	return m, nil
}
