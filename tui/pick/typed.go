package pick

import (
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
)

// typed takes a path (or, for files, several) typed or pasted: a command
// looks at what is there (a USB stick or a network folder can be slow),
// and checkedMsg goes on.
func (m Model) typed(text string) (Model, tea.Cmd) {
	paths := Paths(text)
	switch {
	case len(paths) == 0:
		return m, nil
	case len(paths) > 1 && m.opts.Mode != Files:
		m.msg = m.t("pick.one_only")
		return m, nil
	}
	m.loading = true
	id := m.id
	return m, func() tea.Msg {
		out := checkedMsg{id: id, paths: paths, dirs: make([]bool, len(paths)), missing: -1}
		for i, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				out.missing = i
				break
			}
			out.dirs[i] = st.IsDir()
		}
		return out
	}
}

// checkedMsg says what is at the paths typed: the first missing one (-1
// if none is), and which are folders.
type checkedMsg struct {
	id      int64
	paths   []string
	dirs    []bool
	missing int
}

// checked takes the paths typed, now that it is known what is there.
func (m Model) checked(msg checkedMsg) (Model, tea.Cmd) {
	m.loading = false
	if len(msg.paths) > 1 {
		if msg.missing >= 0 {
			m.msg = m.t("pick.missing", msg.paths[msg.missing])
			return m, nil
		}
		m.chosen, m.done = msg.paths, true
		return m, nil
	}
	p, missing := msg.paths[0], msg.missing == 0
	switch {
	case missing && m.opts.Mode == Folder:
		return m.finish(p) // a new folder, made when written
	case missing:
		m.msg = m.t("pick.missing", p)
		return m, nil
	case msg.dirs[0] && m.opts.Mode == File:
		m.msg = m.t("pick.folder_not_file", filepath.Base(p))
		return m.open(p)
	case msg.dirs[0]:
		return m.finish(p)
	case m.opts.Mode == Folder:
		m.msg = m.t("pick.file_not_folder", filepath.Base(p))
		return m.open(filepath.Dir(p))
	}
	return m.finish(p)
}
