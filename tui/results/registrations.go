package results

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/keys"
	"thidua/tui/status"
	"thidua/tui/table"
)

// registrations is the view of one unit's registration ("đăng ký thi đua")
// lines, editable by the unit itself (or by the leader on its behalf).
type registrations struct {
	unitID string
	lines  []model.Registration
	cursor int
	keys   regKeys
}

type regKeys struct {
	Up, Down, Add, Edit, Delete, Back key.Binding
}

type regsMsg struct {
	unitID string
	lines  []model.Registration
}

func (r *registrations) load(store Store, periodID string) tea.Cmd {
	unit := r.unitID
	return func() tea.Msg {
		lines, err := store.Registrations(context.Background(), periodID, unit)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return regsMsg{unitID: unit, lines: lines}
	}
}

func (m Model) openRegistrations(unitID string) (Model, tea.Cmd) {
	l := m.lang
	m.regs = &registrations{unitID: unitID, keys: regKeys{
		Up: key.NewBinding(key.WithKeys("up", "k")), Down: key.NewBinding(key.WithKeys("down", "j")),
		Add: keys.Bind(l, "key.add", "a"), Edit: keys.Bind(l, "key.edit", "e"), Delete: keys.Bind(l, "key.delete_row", "d"),
		Back: keys.Bind(l, "key.back", "esc"),
	}}
	return m, m.regs.load(m.store, m.periodID)
}

// regsKey handles keys while the registrations are on show.
func (m Model) regsKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.dialog.Open() {
		return dialog.Update(m, at, msg)
	}
	r, k := m.regs, m.regs.keys
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	switch {
	case key.Matches(msg, k.Back):
		m.regs = nil
	case key.Matches(msg, k.Up):
		r.cursor = max(0, r.cursor-1)
	case key.Matches(msg, k.Down):
		r.cursor = max(0, min(len(r.lines)-1, r.cursor+1))
	case key.Matches(msg, k.Add), key.Matches(msg, k.Edit):
		var line model.Registration
		if key.Matches(msg, k.Edit) && r.cursor < len(r.lines) {
			line = r.lines[r.cursor]
		}
		m.dialog = m.regDialog(line)
	case key.Matches(msg, k.Delete):
		if r.cursor < len(r.lines) {
			line := r.lines[r.cursor]
			line.Detail = ""
			return m.saveRegistration(line, t("results.done_reg_deleted", line.Item))
		}
	}
	return m, nil
}

// regDialog adds a registration line, or edits line.
func (m Model) regDialog(line model.Registration) dialog.Model[Model] {
	t := m.t
	f := m.newForm(t("results.reg_title", m.unitName(m.regs.unitID)))
	f.AddText("item", t("results.field_item"), line.Item, t("results.item_hint"))
	f.AddText("detail", t("results.field_detail"), line.Detail, "")
	f.AddText("target", t("results.field_target"), line.Target, t("results.target_hint"))
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		line := model.Registration{UnitID: m.regs.unitID, Item: f.Value("item"), Detail: f.Value("detail"),
			Target: f.Value("target")}
		if line.Item == "" {
			f.SetError("item", t("registration.no_item"))
			return m, nil
		}
		if line.Detail == "" {
			f.SetError("detail", t("results.need_detail"))
			return m, nil
		}
		return m.saveRegistration(line, t("results.done_reg", line.Item))
	})
}

func (m Model) saveRegistration(line model.Registration, info string) (Model, tea.Cmd) {
	store, actor, period := m.store, m.scope.Actor(), m.periodID
	return m, func() tea.Msg {
		return doneMsg{err: store.SetRegistration(context.Background(), actor, period, line), info: info}
	}
}

func (r *registrations) view(m Model) string {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	if m.dialog.Open() {
		return m.dialog.View()
	}
	lines := []string{m.styles.Title.Render(t("results.reg_title", m.unitName(r.unitID))), ""}
	cols := table.Fit([]table.Column{{Title: t("results.field_item"), Width: 18}, {Title: t("results.field_detail")},
		{Title: t("results.field_target"), Width: 22}}, m.width, 20)
	lines = append(lines, m.styles.Table.Header.Render(table.Header(cols)))
	for i, l := range r.lines {
		line := table.Line(cols, []string{l.Item, l.Detail, l.Target})
		if i == r.cursor {
			line = m.styles.Table.Selected.Render(line)
		}
		lines = append(lines, line)
	}
	if len(r.lines) == 0 {
		lines = append(lines, m.styles.Dim.Render(t("results.no_regs")))
	}
	lines = append(lines, "", m.styles.Dim.Render(t("results.reg_keys")))
	return strings.Join(lines, "\n")
}
