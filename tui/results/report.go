package results

import (
	"context"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/status"
	"thidua/tui/work"
)

// The period's print-ready report: the folder (the one used last time
// offered) and an ASCII file name, then the workbook written as work under
// way, with a bar as each unit's sheet is read, esc to stop.

// reportDialog asks where to write the report.
func (m Model) reportDialog() dialog.Model[Model] {
	f := m.newForm(m.t("results.report_title", m.result.Period.Label))
	f.SetIntro(m.t("results.report_intro"))
	f.AddPath("dir", m.t("results.field_dir"), m.exportDir, m.t("results.dir_hint"),
		pick.Options{Mode: pick.Folder, Start: m.exportDir})
	f.AddText("name", m.t("results.field_file"), reportName(m.result), "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		dir, name := f.Value("dir"), f.Value("name")
		if !strings.HasSuffix(strings.ToLower(name), ".xlsx") {
			name += ".xlsx"
		}
		path := filepath.Join(dir, name)
		store, period, lang := m.store, m.periodID, m.lang
		var cmd tea.Cmd
		m.job, cmd = work.Start(m.t("results.reporting"), func(ctx context.Context, report func(int, int)) tea.Msg {
			if err := store.WriteReport(ctx, period, path, lang, report); err != nil {
				return reportMsg{err: err}
			}
			abs, err := filepath.Abs(path)
			if err != nil {
				abs = path
			}
			return reportMsg{info: i18n.T(lang, "results.done_report", abs)}
		})
		return m, cmd
	}).Awaiting("")
}

// reportMsg ends the report's writing.
type reportMsg struct {
	err  error
	info string
}

// reported says where the report went, or why it did not; stopped, it is
// not written at all.
func (m Model) reported(msg reportMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	if work.Stopped(msg.err) {
		m.dialog.Close()
		return m, status.InfoCmd(m.t("work.stopped"))
	}
	if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
		return m, nil
	}
	if msg.err != nil {
		return m, status.ErrorCmd(msg.err)
	}
	return m, tea.Batch(m.Reload(), status.InfoCmd(msg.info))
}

// reportName is the report's file name: ASCII, saying what it is
// ("thidua-bao-cao-PY-LDTBXH-2019.xlsx").
func reportName(r *model.PeriodResult) string {
	return "thidua-bao-cao-" + asciiName(r.Bloc.Code) + "-" + asciiName(r.Period.Code) + ".xlsx"
}

// asciiName keeps letters, digits, '-' and '_' of a code, without accents.
func asciiName(s string) string {
	var b strings.Builder
	for _, r := range model.Fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ' || r == '.':
			b.WriteByte('-')
		}
	}
	return strings.ToUpper(b.String())
}
