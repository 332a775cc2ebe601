package exchange

import (
	"context"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/pick"
)

// The board's keys and the dialogs they open: returning a unit's sheet,
// closing a return, and (at a unit's) answering one.

func (m Model) boardKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case matches(msg, k.Down):
		m.cursor = max(0, min(m.boardLen()-1, m.cursor+1))
	case matches(msg, k.Open) && m.scope.Merges():
		return m.openMerge()
	case matches(msg, k.Open):
		return m.openJoin()
	case matches(msg, k.Holds):
		m.mode = holdsMode
		return m, m.Reload()
	case matches(msg, k.Setup):
		return m.openSetup()
	case matches(msg, k.Export):
		return m.beforeExport()
	case matches(msg, k.Return):
		if u, ok := m.selectedUnit(); ok {
			m.dialog = m.returnDialog(u)
		}
	case matches(msg, k.Clear):
		if u, ok := m.selectedUnit(); ok && len(m.returnsOf(u.ID)) > 0 {
			m.dialog = m.clearDialog(u)
		}
	case matches(msg, k.Answer):
		if m.cursor < len(m.returns) {
			m.dialog = m.answerDialog(m.returns[m.cursor])
		}
	}
	return m, nil
}

// newForm is a dialog's form, at the screen's size.
func (m Model) newForm(title string) form.Model {
	f := form.New(m.t(title), m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 100), m.height)
	return f
}

// returnDialog asks which criterion of unit u's sheet goes back to it, and
// why; it stays open until the database took the return.
func (m Model) returnDialog(u model.Unit) dialog.Model[Model] {
	f := m.newForm("xtui.dialog.return")
	f.SetIntro(m.t("xtui.return_intro", u.Name))
	f.AddText("code", m.t("xtui.return_code"), "", m.t("xtui.return_code_hint_ex", m.exampleCode()))
	f.AddText("reason", m.t("xtui.return_reason"), "", "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		code, reason := f.Value("code"), f.Value("reason")
		if code == "*" {
			code = ""
		}
		id, what := "", m.t("xtui.whole_sheet")
		if code != "" && m.tree != nil {
			c, err := m.tree.Resolve(code)
			if err != nil {
				f.SetError("code", model.Message(m.lang, err))
				return m, nil
			}
			id, what = c.ID, m.tree.Label(c.ID)
		}
		if reason == "" {
			f.SetError("reason", m.t("xtui.need_reason"))
			return m, nil
		}
		store, actor, period := m.store, m.scope.Actor(), m.scope.Period.ID
		info := m.t("scoring.returned_to", what, shortName(u))
		return m, func() tea.Msg {
			err := store.ReturnSubmission(context.Background(), actor, period, u.ID,
				[]model.ReturnReason{{UnitID: u.ID, CriterionID: id, Reason: reason}})
			return doneMsg{err: err, info: info, changed: true}
		}
	}).Awaiting("reason")
}

// clearDialog closes unit u's return, with a note.
func (m Model) clearDialog(u model.Unit) dialog.Model[Model] {
	f := m.newForm("xtui.dialog.clear")
	f.SetIntro(m.t("xtui.clear_intro", u.Name))
	f.AddText("note", m.t("xtui.note"), "", "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		store, actor, period, note := m.store, m.scope.Actor(), m.scope.Period.ID, f.Value("note")
		info := m.t("xtui.cleared", u.Name)
		return m, func() tea.Msg {
			err := store.ClearReturn(context.Background(), actor, period, u.ID, note)
			return doneMsg{err: err, info: info, changed: true}
		}
	})
}

// answerDialog takes the unit's answer to returned criterion r; it stays
// open until the database took it.
func (m Model) answerDialog(r model.ReturnReason) dialog.Model[Model] {
	f := m.newForm("xtui.dialog.answer")
	f.SetIntro(m.t("xtui.answer_intro", m.criterionLabel(r.CriterionID), r.Reason))
	f.AddText("answer", m.t("xtui.answer"), m.answers[r.UnitID+"/"+r.CriterionID], m.t("xtui.answer_hint"))
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		// The criterion goes by its id: its code may repeat in the table.
		store, actor, period, answer := m.store, m.scope.Actor(), m.scope.Period.ID, f.Value("answer")
		info := m.t("xtui.answered")
		return m, func() tea.Msg {
			err := store.SetExplanation(context.Background(), actor, period,
				model.Explanation{UnitID: r.UnitID, CriterionID: r.CriterionID, Answer: answer})
			return doneMsg{err: err, info: info, changed: true}
		}
	}).Awaiting("answer")
}

// openPicker opens a dialog that is only a file or folder picker (open at
// once): a pick submits it, esc closes it.
func (m Model) openPicker(title, intro string, opt pick.Options, submit dialog.Submit[Model]) (Model, tea.Cmd) {
	f := m.newForm(title)
	if intro != "" {
		f.SetIntro(m.t(intro))
	}
	field, label := "path", m.t("xtui.path")
	if opt.Mode == pick.Folder {
		field, label = "dir", m.t("xtui.folder")
	}
	f.AddPath(field, label, opt.Start, "", opt)
	cmd := f.OpenPicker(field, true)
	m.dialog = dialog.New(f, submit)
	return m, cmd
}

// boardLen is the number of rows the board's cursor moves over.
func (m Model) boardLen() int {
	switch {
	case m.scope.Leader():
		return len(m.rows)
	case m.scope.Province():
		return 0
	}
	return len(m.returns)
}

// role names this installation's side of the exchange, for messages.
func (m Model) role() string {
	switch {
	case m.scope.Leader():
		return "leader"
	case m.scope.Province():
		return "province"
	}
	return "unit"
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

// recentImport is the folder files were last taken from ("" if none was
// chosen yet, or it is the export folder).
func (m Model) recentImport() string {
	if m.importDir == m.exportDir {
		return ""
	}
	return m.importDir
}

// setupDir is where the setup files are offered to go: a folder beside the
// exports.
func (m Model) setupDir() string { return filepath.Join(m.exportDir, m.t("xtui.setup_folder")) }
