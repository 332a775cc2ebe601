package units

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
)

// openUnitForm opens the form that adds a unit or edits u.
func (m *Model) openUnitForm(d dialog, u model.Unit) {
	t := func(id string) string { return i18n.T(m.lang, id) }
	title := t("units.add_title")
	if d == editDialog {
		title = i18n.T(m.lang, "units.edit_title", u.Code)
	}
	m.form = form.New(title, m.styles, m.lang, m.isDark)
	m.form.AddText("code", t("units.field_code"), u.Code, t("units.hint_code"))
	m.form.AddText("name", t("units.field_name"), u.Name, t("units.hint_name"))
	m.form.AddText("short", t("units.field_short"), u.ShortName, t("units.hint_short"))
	m.form.AddText("kind", t("units.field_kind"), u.Kind, "")
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog, m.editing = d, u
}

// openWithdraw asks why a unit leaves (or confirms its return).
func (m *Model) openWithdraw(u model.Unit) {
	m.editing = u
	if u.Status == model.Withdrawn {
		m.form = form.New(i18n.T(m.lang, "units.restore_title", u.Name), m.styles, m.lang, m.isDark)
	} else {
		m.form = form.New(i18n.T(m.lang, "units.withdraw_title", u.Name), m.styles, m.lang, m.isDark)
		m.form.SetIntro(i18n.T(m.lang, "units.withdraw_intro"))
		m.form.AddText("reason", i18n.T(m.lang, "units.field_reason"), "", "")
	}
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog = withdrawDialog
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
	store, actor := m.store, m.scope.Actor()
	switch m.dialog {
	case addDialog, editDialog:
		u := m.editing
		u.Code, u.Name = m.form.Value("code"), m.form.Value("name")
		u.ShortName, u.Kind = m.form.Value("short"), m.form.Value("kind")
		// Left blank, the short name and kind come from the official name.
		short, kind := model.SplitUnitName(u.Name)
		if u.ShortName == "" {
			u.ShortName = short
		}
		if u.Kind == "" {
			u.Kind = kind
		}
		if err := (&model.Unit{Code: model.NormalizeCode(u.Code), Name: u.Name}).Validate(); err != nil {
			m.form.SetError(m.errorField(err), model.Message(m.lang, err))
			return m, nil
		}
		adding := m.dialog == addDialog
		lang := m.lang
		return m, func() tea.Msg {
			var err error
			if adding {
				u, err = store.AddUnit(context.Background(), actor, u)
			} else {
				u, err = store.UpdateUnit(context.Background(), actor, u)
			}
			return doneMsg{err: err, info: i18n.T(lang, "units.saved", u.Code, u.Name), unitID: u.ID}
		}
	case withdrawDialog:
		u := m.editing
		withdraw := u.Status != model.Withdrawn
		reason := m.form.Value("reason")
		if withdraw && reason == "" {
			m.form.SetError("reason", i18n.T(m.lang, "units.need_reason"))
			return m, nil
		}
		id := "units.withdrawn"
		if !withdraw {
			id = "units.restored"
		}
		info := i18n.T(m.lang, id, u.Code)
		return m, func() tea.Msg {
			return doneMsg{err: store.WithdrawUnit(context.Background(), actor, u.ID, reason, withdraw), info: info}
		}
	}
	return m, nil
}

// errorField is the form field an error is about.
func (m Model) errorField(err error) string {
	var e *model.Error
	if !errors.As(err, &e) {
		return ""
	}
	switch e.Code {
	case model.EUnitNoCode, model.EUnitBadCode, model.EUnitDuplicate:
		return "code"
	case model.EUnitNoName:
		return "name"
	}
	return ""
}
