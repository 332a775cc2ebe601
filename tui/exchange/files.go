package exchange

import (
	"context"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/status"
	"thidua/tui/work"
)

// Merging files at the leader's: the files or folder picked are read into
// a list of files (a command: a USB stick can be slow), previewed (phases
// A and B, nothing written), looked at file by file and change by change,
// then merged. Preview and merge run as work the person can stop with esc.

// exchangeExts are the kinds of file the exchange takes in.
var exchangeExts = []string{".sqlite"}

// openMerge opens the picker of the files or folder to merge; the dialog
// waits while the folder is read, and comes back saying why if it holds no
// thidua file.
func (m Model) openMerge() (Model, tea.Cmd) {
	opt := pick.Options{Mode: pick.Files, Exts: exchangeExts, Recent: m.recentImport()}
	m, cmd := m.openPicker("xtui.dialog.pick", "", opt, func(m Model, f *form.Model) (Model, tea.Cmd) {
		typed, store := f.Value("path"), m.store
		var cmd tea.Cmd
		m.job, cmd = work.Start(m.t("xtui.previewing"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			paths, skipped, err := store.ExpandFiles(splitPaths(typed))
			switch {
			case err == nil && len(paths) == 0 && len(skipped) > 0:
				err = model.Errorf("xtui.only_skipped", typed, len(skipped), strings.Join(skipped, ", "))
			case err == nil && len(paths) == 0:
				err = model.Errorf("xtui.no_files", typed)
			}
			if ctx.Err() != nil {
				err = ctx.Err()
			}
			return expandedMsg{typed: typed, paths: paths, skipped: skipped, err: err}
		})
		return m, cmd
	})
	m.dialog = m.dialog.Awaiting("path")
	return m, cmd
}

// expandedMsg carries the files found where the person pointed, and the
// entries of its folders that were not read.
type expandedMsg struct {
	typed   string
	paths   []string
	skipped []string
	err     error
}

// expanded previews the files found, or goes back to the picker, which
// says why none were.
func (m Model) expanded(msg expandedMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	if work.Stopped(msg.err) {
		m.dialog.Close()
		return m, m.stoppedOr(msg.err, "work.stopped")
	}
	if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
		return m, tea.Batch(m.dialog.Form().OpenPicker("path", true), status.ErrorCmd(msg.err))
	}
	if msg.err != nil {
		return m, status.ErrorCmd(msg.err)
	}
	m.paths, m.pathTyped, m.skipped = msg.paths, msg.typed, msg.skipped
	return m.runFiles(false)
}

// filesMsg carries the outcomes of a preview or a merge.
type filesMsg struct {
	outcomes []model.MergeOutcome
	applied  bool
	err      error
}

// runFiles previews (or, with apply, merges) the files in the background,
// with a bar that moves after each file. A merge remembers the folder the
// files came from.
func (m Model) runFiles(apply bool) (Model, tea.Cmd) {
	store, paths, dir := m.store, m.paths, importDir(m.pathTyped)
	label := m.t("xtui.previewing")
	if apply {
		label = m.t("xtui.merging")
	}
	var cmd tea.Cmd
	m.job, cmd = work.Start(label, func(ctx context.Context, report func(done, total int)) tea.Msg {
		if !apply {
			out, err := store.PreviewFiles(ctx, paths, report)
			return filesMsg{outcomes: out, err: err}
		}
		if err := store.RememberImportDir(ctx, dir); err != nil {
			return filesMsg{err: err, applied: true}
		}
		out, err := store.ApplyFiles(ctx, paths, report)
		return filesMsg{outcomes: out, applied: true, err: err}
	})
	return m, cmd
}

// filesDone shows the outcomes of a preview or merge. A merge that was
// stopped keeps the files merged before the stop: the board says what
// is in.
func (m Model) filesDone(msg filesMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	switch {
	case msg.applied && work.Stopped(msg.err):
		m.mode, m.outcomes = boardMode, nil
		return m, tea.Batch(m.Reload(), changedCmd, status.InfoCmd(m.t("xtui.merge_stopped")))
	case msg.err != nil:
		return m, tea.Batch(m.Reload(), m.stoppedOr(msg.err, "work.stopped"))
	}
	m.outcomes, m.applied = msg.outcomes, msg.applied
	m.mode, m.fcursor = filesMode, 0
	m.fscroll.Reset()
	if !msg.applied {
		if len(m.skipped) > 0 {
			return m, status.InfoCmd(m.t("xtui.skipped", len(m.skipped), strings.Join(m.skipped, ", ")))
		}
		return m, nil
	}
	return m, tea.Batch(m.Reload(), changedCmd, status.InfoCmd(m.summary()))
}

// summary counts the outcomes by status.
func (m Model) summary() string {
	count := map[model.MergeStatus]int{}
	for _, o := range m.outcomes {
		count[o.Status]++
	}
	id := "xtui.summary"
	if !m.applied {
		id = "xtui.summary_preview"
	}
	return m.t(id, count[model.StatusApplied], count[model.StatusUnchanged], count[model.StatusStale],
		count[model.StatusHeld], count[model.StatusRejected])
}

func (m Model) filesKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case matches(msg, k.Up):
		m.fcursor = max(0, m.fcursor-1)
	case matches(msg, k.Down):
		m.fcursor = max(0, min(len(m.outcomes)-1, m.fcursor+1))
	case matches(msg, k.Detail):
		if len(m.changes()) > 0 {
			m.mode, m.ccursor = changesMode, 0
			m.cscroll.Reset()
		}
	case matches(msg, k.Apply) && !m.applied:
		return m.runFiles(true)
	case matches(msg, k.Back):
		m.mode, m.outcomes = boardMode, nil
	}
	return m, nil
}

func (m Model) changesKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(m.changes())
	switch {
	case matches(msg, k.Up):
		m.ccursor = max(0, m.ccursor-1)
	case matches(msg, k.Down):
		m.ccursor = max(0, min(n-1, m.ccursor+1))
	case matches(msg, k.Back), matches(msg, k.Detail):
		m.mode = filesMode
	}
	return m, nil
}

// splitPaths reads what was typed in the path field: one path, or several
// separated by ";" (spaces belong to folder names).
func splitPaths(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.Trim(strings.TrimSpace(p), `"`); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// importDir is the folder to offer next time: the folder given, or the
// folder of the first file given.
func importDir(typed string) string {
	ps := splitPaths(typed)
	if len(ps) == 0 {
		return ""
	}
	if strings.EqualFold(filepath.Ext(ps[0]), ".sqlite") {
		return filepath.Dir(ps[0])
	}
	return ps[0]
}
