package criteria

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
)

var kinds = []model.Kind{model.Group, model.Standard, model.Bonus, model.Deduction}

// openRow opens the form for a new row (how: 1 after the focused row, 2 as
// its child) or for editing c (how 0).
func (m *Model) openRow(how int, c model.Criterion) {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	title := t("criteria.add_title")
	if how == 0 {
		title = t("criteria.edit_title", m.tree.Label(c.ID))
	}
	m.form = form.New(title, m.styles, m.lang, m.isDark)
	m.form.AddText("code", t("criteria.field_code"), c.Code, t("criteria.hint_code"))
	m.form.AddText("title", t("criteria.field_title"), c.Title, "")
	names := make([]string, len(kinds))
	sel := 1
	for i, k := range kinds {
		names[i] = t("kind." + k.String())
		if k == c.Kind {
			sel = i
		}
	}
	m.form.AddChoice("kind", t("criteria.field_kind"), names, sel)
	max := ""
	if c.Max > 0 {
		max = c.Max.Localize(m.lang)
	}
	m.form.AddText("max", t("criteria.field_max"), max, t("criteria.hint_max"))
	capped := 0
	if c.Capped {
		capped = 1
	}
	m.form.AddChoice("capped", t("criteria.field_capped"), []string{t("criteria.not_capped"), t("criteria.capped")}, capped)
	rule := ""
	if !c.Rule.IsDirect() {
		rule = c.Rule.WordsFor(m.lang, c.Max, c.Kind)
	}
	m.form.AddText("rule", t("criteria.field_rule"), rule, t("criteria.hint_rule_words"))
	m.ruleText = rule
	m.form.AddText("guidance", t("criteria.field_guidance"), c.Guidance, "")
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog, m.editing, m.adding = rowDialog, c, how
}

// openDraft asks for the label of a new draft copied from the version on
// show.
func (m *Model) openDraft() {
	m.form = form.New(i18n.T(m.lang, "criteria.draft_title"), m.styles, m.lang, m.isDark)
	m.form.SetIntro(i18n.T(m.lang, "criteria.draft_intro"))
	m.form.AddText("label", i18n.T(m.lang, "criteria.field_label"), "", "")
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog = draftDialog
}

func (m *Model) openConfirm(d dialog, title string) {
	m.form = form.New(title, m.styles, m.lang, m.isDark)
	if d == issueDialog {
		m.form.SetIntro(i18n.T(m.lang, "criteria.issue_intro"))
	}
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog = d
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
	v, _ := m.Version()
	store, actor, lang := m.store, m.scope.Actor(), m.lang
	switch m.dialog {
	case rowDialog:
		return m.submitRow()
	case importDialog:
		return m.submitImport()
	case deleteDialog:
		return m, m.saveRows(model.Delete(m.rows, m.editing.ID), "", i18n.T(lang, "criteria.done_deleted", m.editing.Code))
	case issueDialog:
		return m, func() tea.Msg {
			hash, err := store.IssueVersion(context.Background(), actor, v.ID)
			if err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{version: v.ID, info: i18n.T(lang, "criteria.done_issued", v.Label, hash[:12])}
		}
	case useDialog:
		period := m.scope.Period
		return m, func() tea.Msg {
			err := store.UsePeriodCriteria(context.Background(), actor, period.ID, v.ID)
			return doneMsg{err: err, version: v.ID, changed: err == nil, info: i18n.T(lang, "criteria.done_used", period.Code, v.Label)}
		}
	case draftDialog:
		label := m.form.Value("label")
		if label == "" {
			m.form.SetError("label", i18n.T(lang, "criteria.need_label"))
			return m, nil
		}
		rows := m.rows
		return m, func() tea.Msg {
			id, err := store.CreateDraft(context.Background(), actor, label, v.ID, rows)
			return doneMsg{err: err, version: id, info: i18n.T(lang, "criteria.done_drafted", label)}
		}
	}
	return m, nil
}

// submitRow checks the row form and saves the draft with the row added or
// changed.
func (m Model) submitRow() (Model, tea.Cmd) {
	c := m.editing
	c.Code, c.Title, c.Guidance = m.form.Value("code"), m.form.Value("title"), m.form.Value("guidance")
	c.Kind = kinds[m.form.Choice("kind")]
	c.Capped = m.form.Choice("capped") == 1
	max, err := model.ParsePoints(m.form.Value("max"))
	if err != nil {
		m.form.SetError("max", model.Message(m.lang, err))
		return m, nil
	}
	c.Max = max
	if text := m.form.Value("rule"); text == m.ruleText && text != "" {
		// The rule in words as shown, untouched: the rule stays, even if
		// the maximum it names has just changed.
	} else if c.Rule, err = parseRuleField(text, c); err != nil {
		m.form.SetError("rule", model.Message(m.lang, err))
		return m, nil
	}
	if c.Kind == model.Group {
		c.Rule = model.Rule{}
	} else if err := c.Rule.Check(c.Max); err != nil {
		m.form.SetError("rule", model.Message(m.lang, err))
		return m, nil
	}
	focused, _ := m.Focused()
	var rows []model.Criterion
	switch m.adding {
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
	return m, m.saveRows(rows, newID, i18n.T(m.lang, "criteria.done_saved_row", c.Code))
}

// withID gives a new row an id the draft can keep across saves.
func withID(c model.Criterion) model.Criterion {
	if c.ID == "" {
		c.ID = model.NewID()
	}
	return c
}
