package exchange

import (
	"context"
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/pick"
)

// exchangeExts are the kinds of file the exchange takes in.
var exchangeExts = []string{".sqlite"}

// openPicker opens dialog d as a file or folder picker (the path field's
// picker, open at once): a pick goes to submit, esc closes the dialog.
func (m Model) openPicker(d dialog, intro string, opt pick.Options) (Model, tea.Cmd) {
	m.open(d)
	if intro != "" {
		m.form.SetIntro(m.t(intro))
	}
	field, label := "path", m.t("xtui.path")
	if opt.Mode == pick.Folder {
		field, label = "dir", m.t("xtui.folder")
	}
	m.form.AddPath(field, label, opt.Start, "", opt)
	return m, m.form.OpenPicker(field, true)
}

// recentImport is the folder files were last taken from ("" if none was
// chosen yet).
func (m Model) recentImport() string {
	dir := m.store.ImportDir(context.Background())
	if dir == m.store.ExportDir(context.Background()) {
		return "" // the default, not a folder chosen before
	}
	return dir
}

// exampleCode is a criterion as the return dialog proposes to type it: a
// repeated code with its path where the table has one (the form that
// needs showing), else the first criterion's code.
func (m Model) exampleCode() string {
	if m.tree == nil {
		return "I.1"
	}
	first := ""
	for _, c := range m.tree.Leaves() {
		label := m.tree.Label(c.ID)
		if first == "" {
			first = label
		}
		if label != strings.TrimSpace(c.Code) {
			return label
		}
	}
	return first
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
	store, s := m.store, m.scope
	tree := m.tree
	return m, func() tea.Msg {
		open, err := store.Unanswered(context.Background(), s.Period.ID, s.Inst.UnitID)
		if err != nil {
			return warnMsg{err: err}
		}
		if len(open) == 0 {
			return warnMsg{}
		}
		var labels []string
		for _, r := range open {
			labels = append(labels, criterionName(tree, r.CriterionID, m.t("xtui.whole_sheet")))
		}
		return warnMsg{lines: []string{m.t("export.warn_unanswered", len(open), strings.Join(labels, ", "))}}
	}
}

// warned shows the warnings (confirm to go on), or goes on to the folder.
func (m Model) warned(msg warnMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, errCmd(msg.err)
	}
	if len(msg.lines) == 0 {
		return m.openExport()
	}
	m.open(warnDialog)
	m.form.SetIntro(strings.Join(append(msg.lines, "", m.t("xtui.warn_go_on")), "\n"))
	return m, nil
}

// openExport asks where to write this installation's file.
func (m Model) openExport() (Model, tea.Cmd) {
	return m.openPicker(exportDialog, "xtui.export_intro_"+m.role(),
		pick.Options{Mode: pick.Folder, Start: m.store.ExportDir(context.Background())})
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

// criterionName is a criterion's label, or what "" means (the whole
// sheet).
func criterionName(tree *model.Tree, id, whole string) string {
	if id == "" {
		return whole
	}
	if tree != nil {
		if _, ok := tree.Get(id); ok {
			return tree.Label(id)
		}
	}
	return id
}

// sortByTable orders return reasons as the table does (the whole sheet
// first).
func sortByTable(tree *model.Tree, rs []model.ReturnReason) {
	order := map[string]int{"": -1}
	if tree != nil {
		for i, c := range tree.Nodes() {
			order[c.ID] = i
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].UnitID != rs[j].UnitID {
			return rs[i].UnitID < rs[j].UnitID
		}
		return order[rs[i].CriterionID] < order[rs[j].CriterionID]
	})
}

// interfaceKeys says a held file's next step with the keys of this screen
// where the message names the command line's ("thidua hold accept").
func (m Model) interfaceKeys(s string) string {
	s = strings.ReplaceAll(s, "thidua hold accept", m.t("xtui.hold_accept_keys"))
	return strings.ReplaceAll(s, "thidua hold", m.t("xtui.hold_decide_keys"))
}

// follow keeps the cursor of the list on show in its window.
func (m *Model) follow() {
	switch m.mode {
	case boardMode:
		if m.scope.Leader() {
			m.scroll.Follow(m.cursor, m.boardRows(), len(m.rows))
		}
	case filesMode:
		m.fscroll.Follow(m.fcursor, m.filesRows(), len(m.outcomes))
	case changesMode:
		m.cscroll.Follow(m.ccursor, m.changesRows(), len(m.changes()))
	case holdsMode:
		m.hscroll.Follow(m.hcursor, m.holdsRows(), len(m.holds))
	}
}
