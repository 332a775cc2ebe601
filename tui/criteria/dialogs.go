package criteria

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The dialogs of the criteria screen: a row added or edited, a row
// deleted, a new draft, a version issued or put to use for the period.
// Each waits for the database and says why when it refused.

var kinds = []model.Kind{model.Group, model.Standard, model.Bonus, model.Deduction}

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// Unsaved reports whether a dialog is open with something typed in it that
// is not saved yet (ctrl+c then asks before quitting).
func (m Model) Unsaved() bool { return m.dialog.Typed() }

// newForm is a dialog's form, at the screen's size.
func (m Model) newForm(title string) form.Model {
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 100), m.height)
	return f
}

// rowDialog is the form for a new row (how: 1 after the focused row, 2 as
// its child) or for editing c (how 0).
func (m Model) rowDialog(how int, c model.Criterion) dialog.Model[Model] {
	t := m.t
	title := t("criteria.add_title")
	if how == 0 {
		title = t("criteria.edit_title", m.tree.Label(c.ID))
	}
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.AddText("code", t("criteria.field_code"), c.Code, t("criteria.hint_code"))
	f.AddText("title", t("criteria.field_title"), c.Title, "")
	names := make([]string, len(kinds))
	sel := 1
	for i, k := range kinds {
		names[i] = t("kind." + k.String())
		if k == c.Kind {
			sel = i
		}
	}
	f.AddChoice("kind", t("criteria.field_kind"), names, sel)
	max := ""
	if c.Max > 0 {
		max = c.Max.Localize(m.lang)
	}
	f.AddText("max", t("criteria.field_max"), max, t("criteria.hint_max"))
	capped := 0
	if c.Capped {
		capped = 1
	}
	f.AddChoice("capped", t("criteria.field_capped"), []string{t("criteria.not_capped"), t("criteria.capped")}, capped)
	rule := ""
	if !c.Rule.IsDirect() {
		rule = c.Rule.WordsFor(m.lang, c.Max, c.Kind)
	}
	f.AddText("rule", t("criteria.field_rule"), rule, t("criteria.hint_rule_words"))
	f.AddText("guidance", t("criteria.field_guidance"), c.Guidance, "")
	f.SetSize(min(m.width, 100), m.height)
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		return m.submitRow(f, how, c, rule)
	}).Awaiting("")
}

// submitRow checks row form f (about c, added as how says, its rule shown
// as rule) and saves the draft with the row added or changed.
func (m Model) submitRow(f *form.Model, how int, c model.Criterion, rule string) (Model, tea.Cmd) {
	c.Code, c.Title, c.Guidance = f.Value("code"), f.Value("title"), f.Value("guidance")
	c.Kind = kinds[f.Choice("kind")]
	c.Capped = f.Choice("capped") == 1
	max, err := model.ParsePoints(f.Value("max"))
	if err != nil {
		f.SetError("max", model.Message(m.lang, err))
		return m, nil
	}
	c.Max = max
	if text := f.Value("rule"); text == rule && text != "" {
		// The rule in words as shown, untouched: the rule stays, even if
		// the maximum it names has just changed.
	} else if c.Rule, err = parseRuleField(text, c); err != nil {
		f.SetError("rule", model.Message(m.lang, err))
		return m, nil
	}
	if c.Kind == model.Group {
		c.Rule = model.Rule{}
	} else if err := c.Rule.Check(c.Max); err != nil {
		f.SetError("rule", model.Message(m.lang, err))
		return m, nil
	}
	focused, _ := m.Focused()
	var rows []model.Criterion
	switch how {
	case 0:
		rows = model.Replace(m.rows, c)
	case 1:
		c.ID = ""
		rows = model.InsertAfter(m.rows, focused.ID, withID(c))
	default:
		rows = model.AddChild(m.rows, focused.ID, withID(c))
	}
	if len(m.rows) == 0 {
		rows = model.InsertAfter(nil, "", withID(c))
	}
	var newID string
	for _, r := range rows {
		if r.Code == c.Code && r.Title == c.Title {
			newID = r.ID
		}
	}
	return m, m.saveRows(rows, newID, m.t("criteria.done_saved_row", c.Code))
}

// withID gives a new row an id the draft can keep across saves.
func withID(c model.Criterion) model.Criterion {
	if c.ID == "" {
		c.ID = model.NewID()
	}
	return c
}

// draftDialog asks for the label of a new draft copied from version v.
func (m Model) draftDialog(v model.CriteriaVersion) dialog.Model[Model] {
	f := m.newForm(m.t("criteria.draft_title"))
	f.SetIntro(m.t("criteria.draft_intro"))
	f.AddText("label", m.t("criteria.field_label"), "", "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		label := f.Value("label")
		if label == "" {
			f.SetError("label", m.t("criteria.need_label"))
			return m, nil
		}
		store, actor, rows, info := m.store, m.scope.Actor(), m.rows, m.t("criteria.done_drafted", label)
		return m, func() tea.Msg {
			id, err := store.CreateDraft(context.Background(), actor, label, v.ID, rows)
			return doneMsg{err: err, version: id, info: info}
		}
	}).Awaiting("")
}

// deleteDialog confirms deleting row c from the draft.
func (m Model) deleteDialog(c model.Criterion) dialog.Model[Model] {
	f := m.newForm(m.t("criteria.delete_title", m.tree.Label(c.ID)))
	return dialog.New(f, func(m Model, _ *form.Model) (Model, tea.Cmd) {
		return m, m.saveRows(model.Delete(m.rows, c.ID), "", m.t("criteria.done_deleted", c.Code))
	}).Awaiting("")
}

// issueDialog confirms issuing version v: it can never change after.
func (m Model) issueDialog(v model.CriteriaVersion) dialog.Model[Model] {
	f := m.newForm(m.t("criteria.issue_title", v.Label))
	f.SetIntro(m.t("criteria.issue_intro"))
	return dialog.New(f, func(m Model, _ *form.Model) (Model, tea.Cmd) {
		store, actor, lang := m.store, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			hash, err := store.IssueVersion(context.Background(), actor, v.ID)
			if err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{version: v.ID, changed: true, info: i18n.T(lang, "criteria.done_issued", v.Label, hash[:12])}
		}
	}).Awaiting("")
}

// useDialog confirms that the period on show is scored on version v.
func (m Model) useDialog(v model.CriteriaVersion) dialog.Model[Model] {
	period := m.scope.Period
	f := m.newForm(m.t("criteria.use_title", v.Label, period.Label))
	return dialog.New(f, func(m Model, _ *form.Model) (Model, tea.Cmd) {
		store, actor, info := m.store, m.scope.Actor(), m.t("criteria.done_used", period.Code, v.Label)
		return m, func() tea.Msg {
			err := store.UsePeriodCriteria(context.Background(), actor, period.ID, v.ID)
			return doneMsg{err: err, version: v.ID, changed: err == nil, info: info}
		}
	}).Awaiting("")
}
