package exchange

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
	"thidua/tui/work"
)

// Files that leave and the setup file a unit takes: the leader's setup
// files for the units, this installation's own file (a unit's submission,
// the leader's bloc file) after a warning of what it goes without, and a
// unit joining with a new setup file, its key confirmed if it changed.

// openSetup asks for the folder of the units' setup files.
func (m Model) openSetup() (Model, tea.Cmd) {
	opt := pick.Options{Mode: pick.Folder, Start: m.setupDir()}
	return m.openPicker("xtui.dialog.setup", "xtui.setup_intro", opt, func(m Model, f *form.Model) (Model, tea.Cmd) {
		dir := f.Value("dir")
		if dir == "" {
			f.SetError("dir", m.t("xtui.need_folder"))
			return m, nil
		}
		store, period, lang, fp := m.store, m.scope.Period.ID, m.lang, m.fingerprint
		return m.start(m.t("xtui.writing"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			ws, err := store.ExportSetups(ctx, period, dir)
			if err != nil {
				return doneMsg{err: err}
			}
			lines := []string{i18n.T(lang, "xtui.setup_done", len(ws), dir)}
			for _, w := range ws {
				lines = append(lines, "  "+filepath.Base(w.Path)+"  "+i18n.T(lang, "xtui.receipt", w.Receipt()))
			}
			lines = append(lines, "", i18n.T(lang, "xtui.setup_private", fp))
			return doneMsg{lines: lines, info: i18n.T(lang, "xtui.setup_done", len(ws), dir)}
		})
	})
}

// start runs fn as work under way, labelled label.
func (m Model) start(label string, fn work.Func) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.job, cmd = work.Start(label, fn)
	return m, cmd
}

// openExport asks where to write this installation's file.
func (m Model) openExport() (Model, tea.Cmd) {
	opt := pick.Options{Mode: pick.Folder, Start: m.exportDir}
	return m.openPicker("xtui.dialog.export", "xtui.export_intro_"+m.role(), opt, func(m Model, f *form.Model) (Model, tea.Cmd) {
		dir := f.Value("dir")
		if dir == "" {
			f.SetError("dir", m.t("xtui.need_folder"))
			return m, nil
		}
		store, period, lang, fp := m.store, m.scope.Period.ID, m.lang, m.fingerprint
		return m.start(m.t("xtui.writing"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			w, err := store.ExportOwn(ctx, period, dir)
			if err != nil {
				return doneMsg{err: err}
			}
			lines := []string{i18n.T(lang, "xtui.export_done", w.Path), i18n.T(lang, "xtui.export_receipt", w.Receipt(), fp)}
			for _, warn := range w.Warnings {
				lines = append(lines, "! "+warn.Localize(lang))
			}
			return doneMsg{lines: lines, info: i18n.T(lang, "xtui.export_done", w.Path)}
		})
	})
}

// warnMsg carries what a person should know before a file is written: a
// unit's returned criteria still unanswered, or the units a bloc file
// goes without.
type warnMsg struct {
	lines []string
	err   error
}

// beforeExport checks, before the export folder is asked for, what the
// file would leave out; a warning is confirmed first.
func (m Model) beforeExport() (Model, tea.Cmd) {
	if m.scope.Leader() {
		return m.warned(warnMsg{lines: m.blocWarnings()})
	}
	if m.scope.Province() {
		return m.openExport()
	}
	store, s, tree, whole := m.store, m.scope, m.tree, m.t("xtui.whole_sheet")
	lang := m.lang
	return m, func() tea.Msg {
		open, err := store.Unanswered(context.Background(), s.Period.ID, s.Inst.UnitID)
		if err != nil || len(open) == 0 {
			return warnMsg{err: err}
		}
		var labels []string
		for _, r := range open {
			labels = append(labels, criterionName(tree, r.CriterionID, whole))
		}
		return warnMsg{lines: []string{i18n.T(lang, "export.warn_unanswered", len(open), strings.Join(labels, ", "))}}
	}
}

// warned shows the warnings (confirm to go on), or goes on to the folder.
func (m Model) warned(msg warnMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.stoppedOr(msg.err, "work.stopped")
	}
	if len(msg.lines) == 0 {
		return m.openExport()
	}
	f := m.newForm("xtui.dialog.warn")
	f.SetIntro(strings.Join(append(msg.lines, "", m.t("xtui.warn_go_on")), "\n"))
	m.dialog = dialog.New(f, func(m Model, _ *form.Model) (Model, tea.Cmd) { return m.openExport() })
	return m, nil
}

// blocWarnings lists what the bloc file goes without: units that sent
// nothing, sheets not reviewed yet, sheets returned and not closed.
func (m Model) blocWarnings() []string {
	g := model.BlocGaps(m.rows, m.scope.Inst.UnitID)
	var out []string
	for _, w := range []struct {
		id    string
		units []model.Unit
	}{{"export.warn_missing", g.Missing}, {"export.warn_returned", g.Returned}, {"export.warn_unreviewed", g.Unreviewed}} {
		if len(w.units) > 0 {
			names := make([]string, len(w.units))
			for i, u := range w.units {
				names[i] = shortName(u)
			}
			out = append(out, m.t(w.id, len(w.units), strings.Join(names, ", ")))
		}
	}
	return out
}

// openJoin asks a unit for the leader's new setup file. A key that is not
// the one known is confirmed first.
func (m Model) openJoin() (Model, tea.Cmd) {
	opt := pick.Options{Mode: pick.File, Exts: exchangeExts, Recent: m.recentImport()}
	return m.openPicker("xtui.dialog.join", "xtui.join_intro", opt, func(m Model, f *form.Model) (Model, tea.Cmd) {
		path, store, lang := f.Value("path"), m.store, m.lang
		known := m.units[m.scope.Bloc.LeaderUnitID].Fingerprint
		return m.start(m.t("xtui.previewing"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			file, err := store.ReadFile(ctx, path)
			if err != nil {
				return doneMsg{err: err}
			}
			if known != "" && !model.SameFingerprint(known, file.Fingerprint) && !file.Endorsed {
				return confirmMsg{path: path, key: file.Fingerprint, author: file.AuthorCode}
			}
			return join(ctx, store, path, file.Fingerprint, lang)
		})
	})
}

// confirmMsg asks the person to confirm a setup file's new key.
type confirmMsg struct{ path, key, author string }

// openConfirm asks whether the new key was checked on the phone.
func (m Model) openConfirm(msg confirmMsg) Model {
	f := m.newForm("xtui.dialog.confirm")
	intro := "xtui.confirm_intro"
	if msg.author == model.ProvinceCode {
		intro = "xtui.confirm_province_intro" // the province's confirmation of a new leader
	}
	f.SetIntro(m.t(intro, msg.author, msg.key))
	f.AddChoice("ok", m.t("xtui.confirm_choice"), []string{m.t("xtui.no_yes"), m.t("xtui.yes")}, 0)
	m.dialog = dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		if f.Choice("ok") != 1 {
			return m, nil
		}
		store, lang := m.store, m.lang
		return m.start(m.t("xtui.writing"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			return join(ctx, store, msg.path, msg.key, lang)
		})
	})
	return m
}

// join takes a setup file whose key fingerprint fp the person accepted.
func join(ctx context.Context, store Store, path, fp string, lang i18n.Lang) tea.Msg {
	o, err := store.JoinFile(ctx, path, fp)
	if err != nil {
		return doneMsg{err: err}
	}
	if (o.Status == model.StatusRejected || o.Status == model.StatusHeld) && o.Reason != nil {
		return doneMsg{err: o.Reason}
	}
	return doneMsg{info: i18n.T(lang, "xtui.joined", o.Message(lang)), changed: true}
}
