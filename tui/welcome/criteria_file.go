package welcome

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/table"
	"thidua/tui/preview"
	"thidua/tui/work"
)

// The criteria step: the demo's table, or a file read through the one
// import path and shown as its preview before the wizard goes on.

// Previewing reports whether the criteria file's preview is on show, and
// its lines (for tests).
func (m Model) Previewing() ([]string, bool) {
	if !m.previewing {
		return nil, false
	}
	return m.preview.Lines(), true
}

// submitCriteria takes the demo's table, or reads the file (as work the
// person can stop with esc: a workbook may be large) and shows what was
// understood of it before going on.
func (m Model) submitCriteria() (Model, tea.Cmd) {
	store := m.store
	if m.form.Choice("source") == 0 {
		m.busy = true
		return m, func() tea.Msg {
			rows, err := store.DemoCriteria()
			return criteriaMsg{demo: rows, err: err}
		}
	}
	path := m.form.Value("file")
	var cmd tea.Cmd
	m.job, cmd = work.Start(m.t("work.reading"), func(ctx context.Context, report func(int, int)) tea.Msg {
		res, err := store.ReadCriteriaFile(ctx, path, report)
		return criteriaMsg{file: res, err: err}
	})
	return m, cmd
}

// criteriaMsg carries the demo's table, or a criteria file as read.
type criteriaMsg struct {
	demo []model.Criterion
	file *table.Result
	err  error
}

// criteriaRead goes on with the demo's table, or shows the file's preview,
// or says why it could not be read.
func (m Model) criteriaRead(msg criteriaMsg) Model {
	m.busy, m.job = false, work.Job{}
	switch {
	case work.Stopped(msg.err):
		m.form.Reopen()
		return m
	case msg.err != nil:
		m.form.SetError("file", model.Message(m.lang, msg.err))
		return m
	case msg.file == nil:
		m.criteria, m.fromDemo = msg.demo, true
		return m.goTo(periodStep)
	}
	m.preview = preview.New(msg.file, m.styles, m.lang)
	m.preview.SetSize(m.width, m.height-4)
	m.previewing = true
	return m
}

// previewKey moves through the preview; enter takes a table without
// problems, esc goes back to the file.
func (m Model) previewKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.preview, _ = m.preview.Update(msg)
	switch m.preview.Decision() {
	case preview.Accepted:
		m.previewing = false
		m.criteria, m.fromDemo = m.preview.Result().Rows, false
		return m.goTo(periodStep), nil
	case preview.Back:
		m.previewing = false
		m.form.Reopen()
	}
	return m, nil
}
