package pick

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
)

// Msg is a reply of the picker's background work (a folder listed, the
// paths typed looked at): a screen with a picker open gives it these.
type Msg interface{ isPickMsg() }

func (ListedMsg) isPickMsg() {}

// ListedMsg carries a folder's entries, read in the background.
type ListedMsg struct {
	id      int64
	dir     string
	entries []entry
	err     error
}

// entry is one row of the list.
type entry struct {
	name  string
	path  string
	dir   bool
	size  int64
	mod   time.Time
	take  bool // "take this folder"
	count int  // files of the kinds in the folder (take row); -1: a folder to make
	place *Place
}

// list reads a folder (the places for "") in the background.
func (m Model) list(dir string) tea.Cmd {
	id, opts, lang := m.id, m.opts, m.lang
	return func() tea.Msg {
		if dir == "" {
			var out []entry
			for _, p := range Places(opts.Recent, func(id string) string { return i18n.T(lang, "pick.place."+id) }) {
				p := p
				out = append(out, entry{name: p.Label, path: p.Path, dir: true, place: &p})
			}
			return ListedMsg{id: id, dir: dir, entries: out}
		}
		entries, err := readDir(dir, opts)
		return ListedMsg{id: id, dir: dir, entries: entries, err: err}
	}
}

// readDir lists a folder: the take row first when the step takes folders,
// then its folders, then its files of the kinds asked for, each in
// Vietnamese order; hidden files are left out.
func readDir(dir string, opts Options) ([]entry, error) {
	list, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) && opts.Mode == Folder {
		// A folder to write into that does not exist yet: it is made.
		return []entry{{take: true, path: dir, count: -1}}, nil
	}
	if err != nil {
		return nil, err
	}
	var dirs, files []entry
	for _, e := range list {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(path); err == nil {
				isDir = st.IsDir()
			}
		}
		if isDir {
			dirs = append(dirs, entry{name: name, path: path, dir: true})
			continue
		}
		if opts.Mode == Folder || !takes(opts.Exts, name) {
			continue
		}
		x := entry{name: name, path: path}
		if info, err := e.Info(); err == nil {
			x.size, x.mod = info.Size(), info.ModTime()
		}
		files = append(files, x)
	}
	c := model.NewCollator()
	sortEntries := func(es []entry) {
		for i := 1; i < len(es); i++ {
			for j := i; j > 0 && c.Less(es[j].name, es[j-1].name); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
	}
	sortEntries(dirs)
	sortEntries(files)
	var out []entry
	switch {
	case opts.Mode == Folder:
		out = append(out, entry{take: true, path: dir})
	case opts.Mode == Files && len(files) > 0:
		out = append(out, entry{take: true, path: dir, count: len(files)})
	}
	return append(append(out, dirs...), files...), nil
}

// errText says in words why a folder could not be read.
func (m Model) errText(err error) string {
	switch {
	case errors.Is(err, os.ErrPermission):
		return m.t("pick.denied")
	case errors.Is(err, os.ErrNotExist):
		return m.t("pick.gone")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}
