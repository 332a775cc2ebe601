package criteria

import (
	"context"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	ctable "thidua/model/table"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/preview"
	"thidua/tui/status"
	"thidua/tui/work"
)

// A criteria table imported from a file: the file and the draft's label
// asked for, the file read as work the person can stop with esc (a
// workbook may be large), its preview, then the draft written in one
// transaction.

// readMsg carries a criteria file read for the preview.
type readMsg struct {
	result *ctable.Result
	label  string
	err    error
}

// importDialog asks for the file to import and its draft's label; it waits
// while the file is read, and says why when it could not be.
func (m Model) importDialog() dialog.Model[Model] {
	f := m.newForm(m.t("criteria.import_title"))
	f.SetIntro(m.t("criteria.import_intro"))
	f.AddText("file", m.t("criteria.field_file"), "", m.t("welcome.criteria_path_hint"))
	f.AddText("label", m.t("criteria.import_label"), "", "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		path := strings.TrimSpace(f.Value("file"))
		if path == "" {
			f.SetError("file", m.t("cli.need_file"))
			return m, nil
		}
		label := f.Value("label")
		if label == "" {
			label = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		}
		store := m.store
		var cmd tea.Cmd
		m.job, cmd = work.Start(m.t("work.reading"), func(ctx context.Context, report func(int, int)) tea.Msg {
			r, err := store.ReadCriteriaFile(ctx, path, report)
			return readMsg{result: r, label: label, err: err}
		})
		return m, cmd
	}).Awaiting("file")
}

// read shows the file's preview, or says why it could not be read.
func (m Model) read(msg readMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	if work.Stopped(msg.err) {
		m.dialog.Reopen()
		return m, status.InfoCmd(m.t("work.stopped"))
	}
	if msg.err != nil {
		m.dialog.Answer(msg.err, m.lang)
		return m, nil
	}
	m.preview = preview.New(msg.result, m.styles, m.lang)
	m.preview.SetSize(m.width, m.height)
	m.previewing, m.label = true, msg.label
	return m, nil
}

// previewKey moves through the preview of the file; enter imports a table
// without problems as a new draft, in one transaction; esc goes back to
// the file.
func (m Model) previewKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.preview, _ = m.preview.Update(msg)
	switch m.preview.Decision() {
	case preview.Back:
		m.previewing = false
		m.dialog.Reopen()
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
		m.previewing = false
		m.dialog.Close()
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
