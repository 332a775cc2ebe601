package units

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The leader's dialogs: a unit added or edited, a unit withdrawn from the
// bloc or brought back. Each waits for the database and says why when it
// refused, under the field the refusal is about.

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// Unsaved reports whether a dialog is open with something typed in it that
// is not saved yet (ctrl+c then asks before quitting).
func (m Model) Unsaved() bool { return m.dialog.Typed() }

// unitDialog adds a unit, or edits u when adding is false.
func (m Model) unitDialog(adding bool, u model.Unit) dialog.Model[Model] {
	title := m.t("units.add_title")
	if !adding {
		title = m.t("units.edit_title", u.Code)
	}
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.AddText("code", m.t("units.field_code"), u.Code, m.t("units.hint_code"))
	f.AddText("name", m.t("units.field_name"), u.Name, m.t("units.hint_name"))
	f.AddText("short", m.t("units.field_short"), u.ShortName, m.t("units.hint_short"))
	f.AddText("kind", m.t("units.field_kind"), u.Kind, "")
	f.SetSize(min(m.width, 100), m.height)
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		u.Code, u.Name = f.Value("code"), f.Value("name")
		u.ShortName, u.Kind = f.Value("short"), f.Value("kind")
		// Left blank, the short name and kind come from the official name.
		short, kind := model.SplitUnitName(u.Name)
		if u.ShortName == "" {
			u.ShortName = short
		}
		if u.Kind == "" {
			u.Kind = kind
		}
		if err := (&model.Unit{Code: model.NormalizeCode(u.Code), Name: u.Name}).Validate(); err != nil {
			f.SetError(errorField(err), model.Message(m.lang, err))
			return m, nil
		}
		store, actor, lang := m.store, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			var err error
			if adding {
				u, err = store.AddUnit(context.Background(), actor, u)
			} else {
				u, err = store.UpdateUnit(context.Background(), actor, u)
			}
			return doneMsg{err: err, info: i18n.T(lang, "units.saved", u.Code, u.Name), unitID: u.ID}
		}
	}).Awaiting("")
}

// withdrawDialog asks why unit u leaves the bloc (or confirms its return).
func (m Model) withdrawDialog(u model.Unit) dialog.Model[Model] {
	withdraw := u.Status != model.Withdrawn
	title := "units.restore_title"
	if withdraw {
		title = "units.withdraw_title"
	}
	f := form.New(m.t(title, u.Name), m.styles, m.lang, m.isDark)
	if withdraw {
		f.SetIntro(m.t("units.withdraw_intro"))
		f.AddText("reason", m.t("units.field_reason"), "", "")
	}
	f.SetSize(min(m.width, 100), m.height)
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if withdraw && reason == "" {
			f.SetError("reason", m.t("units.need_reason"))
			return m, nil
		}
		id := "units.withdrawn"
		if !withdraw {
			id = "units.restored"
		}
		store, actor, info := m.store, m.scope.Actor(), m.t(id, u.Code)
		return m, func() tea.Msg {
			return doneMsg{err: store.WithdrawUnit(context.Background(), actor, u.ID, reason, withdraw), info: info}
		}
	}).Awaiting("")
}

// errorField is the form field an error is about.
func errorField(err error) string {
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
