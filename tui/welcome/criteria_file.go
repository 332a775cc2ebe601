package welcome

import (
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/preview"
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

// submitCriteria takes the demo's table, or reads the file and shows what
// was understood of it before going on.
func (m Model) submitCriteria() (Model, tea.Cmd) {
	f := &m.form
	if f.Choice("source") == 0 {
		m.criteria, m.fromDemo = m.store.DemoCriteria(), true
		return m.goTo(periodStep), nil
	}
	res, err := m.store.ReadCriteriaFile(f.Value("file"))
	if err != nil {
		f.SetError("file", model.Message(m.lang, err))
		return m, nil
	}
	m.preview = preview.New(res, m.styles, m.lang)
	m.preview.SetSize(m.width, m.height-4)
	m.previewing = true
	return m, nil
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
