package criteria

import (
	"context"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	ctable "thidua/model/table"
	"thidua/tui/form"
	"thidua/tui/preview"
	"thidua/tui/status"
)

// readMsg carries a criteria file read for the preview.
type readMsg struct {
	result *ctable.Result
	err    error
}

// openImport asks for the file to import, its draft's label, and whether
// to issue it for the period on show.
func (m *Model) openImport() {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	m.form = form.New(t("criteria.import_title"), m.styles, m.lang, m.isDark)
	m.form.SetIntro(t("criteria.import_intro"))
	m.form.AddText("file", t("criteria.field_file"), "", t("welcome.criteria_path_hint"))
	m.form.AddText("label", t("criteria.import_label"), "", "")
	m.form.SetSize(min(m.width, 100), m.height)
	m.dialog = importDialog
}

// readFile reads the file named in the import form, off the update loop.
func (m Model) readFile() tea.Cmd {
	store, path := m.store, m.form.Value("file")
	return func() tea.Msg {
		r, err := store.ReadCriteriaFile(path)
		return readMsg{result: r, err: err}
	}
}

// previewKey moves through the preview of the file; enter imports a table
// without problems as a new draft, in one transaction; esc goes back to
// the file.
func (m Model) previewKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.preview, _ = m.preview.Update(msg)
	switch m.preview.Decision() {
	case preview.Back:
		m.dialog = importDialog
		m.form.Reopen()
		return m, nil
	case preview.Accepted:
		res := m.preview.Result()
		label := m.label
		store, actor, lang := m.store, m.scope.Actor(), m.lang
		read, _, _ := res.RuleCounts()
		n := 0
		for _, c := range res.Rows {
			if c.Scorable() {
				n++
			}
		}
		m.dialog = noDialog
		return m, func() tea.Msg {
			done, err := store.ImportCriteria(context.Background(), actor, model.CriteriaImport{Label: label, Rows: res.Rows})
			if err != nil {
				return status.ErrorMsg{Err: err}
			}
			return doneMsg{version: done.VersionID, info: i18n.T(lang, "criteria.done_imported", label, n, read)}
		}
	}
	return m, nil
}

// submitImport reads the file named in the form.
func (m Model) submitImport() (Model, tea.Cmd) {
	path := strings.TrimSpace(m.form.Value("file"))
	if path == "" {
		m.form.SetError("file", i18n.T(m.lang, "cli.need_file"))
		m.form.Reopen()
		return m, nil
	}
	m.label = m.form.Value("label")
	if m.label == "" {
		m.label = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	return m, m.readFile()
}

// ruleFromGuidance sets the focused criterion's rule to the one its
// guidance states, when one can be read.
func (m Model) ruleFromGuidance() tea.Cmd {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		return nil
	}
	rd := ctable.ReadRule(c.Title, c.Guidance, c.Max, c.Kind)
	if !rd.Read() {
		return status.ErrorCmd(model.Errorf("criteria.no_rule_read", m.tree.PathString(c.ID)))
	}
	c.Rule = rd.Rule
	return m.saveRows(model.Replace(m.rows, c), c.ID,
		i18n.T(m.lang, "criteria.rule_from_guide", m.tree.PathString(c.ID), rd.Rule.WordsFor(m.lang, c.Max, c.Kind)))
}

// ruleLine says how a criterion is scored, in words: the rule and the
// sentence of its guidance it was read from, or that it was set by hand,
// or why its guidance could not be read.
func ruleLine(l i18n.Lang, c model.Criterion) string {
	rd := ctable.ReadRule(c.Title, c.Guidance, c.Max, c.Kind)
	switch {
	case c.Rule.IsDirect() && rd.Why != nil:
		return i18n.T(l, "criteria.rule_direct_why", rd.Why.Localize(l))
	case c.Rule.IsDirect():
		return c.Rule.WordsFor(l, c.Max, c.Kind)
	case rd.Read() && rd.Rule.String() == c.Rule.String():
		return i18n.T(l, "criteria.rule_source", c.Rule.WordsFor(l, c.Max, c.Kind), rd.Sentence)
	}
	return i18n.T(l, "criteria.rule_by_hand", c.Rule.WordsFor(l, c.Max, c.Kind))
}

// parseRuleField reads the rule typed in the row form: the machine form
// ("count each=0.5"), or a sentence of guidance read as the import reads
// it; empty is points typed directly.
func parseRuleField(text string, c model.Criterion) (model.Rule, error) {
	if strings.TrimSpace(text) == "" {
		return model.Rule{}, nil
	}
	if r, err := model.ParseRule(text); err == nil {
		return r, nil
	}
	rd := ctable.ReadRule(c.Title, text, c.Max, c.Kind)
	if rd.Read() {
		return rd.Rule, nil
	}
	if rd.Why != nil {
		return model.Rule{}, rd.Why
	}
	return model.ParseRule(text)
}
