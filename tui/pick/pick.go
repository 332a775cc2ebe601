// Package pick is the file and folder picker every prompt for a file or a
// folder offers: it starts at the places files come from (USB sticks and
// other removable drives, Downloads, Zalo's received files, the folder used
// last time), lists only the folders and the kinds of file the step takes,
// and takes a whole folder in one key. A path can still be typed or pasted
// (with or without quotes); typed words that are not a path filter the
// list, ignoring accents. A folder where a file is expected, or a file
// where a folder is, gets a message and never a raw error.
//
// Folders are read in the background (tea.Cmd); the screen that holds a
// picker passes it every ListedMsg.
package pick

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/input"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// Mode is what a prompt takes.
type Mode int

const (
	// File is one file of the kinds asked for (a setup file, a table).
	File Mode = iota
	// Files is files to take in, or a folder meaning every file of the
	// kinds in it (a USB stick of units' files).
	Files
	// Folder is a folder to write into; one that does not exist yet is
	// made when written.
	Folder
)

// Options say what a picker asks for.
type Options struct {
	Mode Mode
	// Exts are the kinds of file the step takes (".sqlite", ".xlsx");
	// other files are not listed.
	Exts []string
	// Start is the folder to open at first; "" starts at the places.
	Start string
	// Recent is the folder used last time, offered among the places.
	Recent string
	// Title and Intro say what the files are for.
	Title, Intro string
}

// Model is a picker.
type Model struct {
	id     int64
	opts   Options
	styles theme.Styles
	lang   i18n.Lang
	keys   keyMap

	dir     string // "" shows the places
	entries []entry
	shown   []entry // entries the typed words keep
	cursor  int
	scroll  table.Scroll
	field   textinput.Model
	msg     string // why the last key did nothing (a folder where a file is expected)
	loading bool
	back    string // the folder just left, to put the cursor on

	chosen    []string
	done      bool
	cancelled bool

	width, height int
}

type keyMap struct {
	up, down, open, back, choose, cancel key.Binding
	erase                                key.Binding // with nothing typed: the folder above
}

var lastID atomic.Int64

// New returns a picker; run the command it returns from Init.
func New(opts Options, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	m := Model{id: lastID.Add(1), opts: opts, styles: styles, lang: lang, dir: opts.Start, loading: true}
	m.field = input.New("› ", m.t("pick.field_placeholder"), isDark)
	m.field.Focus()
	m.keys = keyMap{
		up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑↓", m.t("pick.key.move"))),
		down:   key.NewBinding(key.WithKeys("down")),
		open:   key.NewBinding(key.WithKeys("right"), key.WithHelp("→", m.t("pick.key.open"))),
		back:   key.NewBinding(key.WithKeys("left"), key.WithHelp("←", m.t("pick.key.back"))),
		choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", m.t("pick.key.choose"))),
		cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.t("pick.key.cancel"))),
		erase:  key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
	}
	return m
}

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// Init reads the folder to start in (or lists the places).
func (m Model) Init() tea.Cmd { return m.list(m.dir) }

// SetSize sets the space the picker may use.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.field.SetWidth(max(10, w-8))
}

// Done reports whether the person chose; Chosen returns what (paths as
// typed, cleaned, or the one picked).
func (m Model) Done() bool { return m.done }

// Chosen returns the paths chosen.
func (m Model) Chosen() []string { return m.chosen }

// Cancelled reports whether the person left the picker with esc.
func (m Model) Cancelled() bool { return m.cancelled }

// Dir returns the folder on show ("" for the places).
func (m Model) Dir() string { return m.dir }

// Message returns why the last key did nothing ("" if it did something).
func (m Model) Message() string { return m.msg }

// takes reports whether a file name has one of the kinds asked for.
func takes(exts []string, name string) bool {
	if len(exts) == 0 {
		return true
	}
	for _, x := range exts {
		if strings.EqualFold(filepath.Ext(name), x) {
			return true
		}
	}
	return false
}

// Update handles keys, pasted text and folder listings.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case checkedMsg:
		if msg.id != m.id {
			return m, nil
		}
		return m.checked(msg)
	case ListedMsg:
		if msg.id != m.id {
			return m, nil
		}
		m.loading = false
		if msg.err != nil {
			m.msg = m.t("pick.unreadable", msg.dir, m.errText(msg.err))
			if m.dir == msg.dir {
				m.dir = filepath.Dir(msg.dir)
				if m.dir == msg.dir {
					m.dir = ""
				}
				return m, m.list(m.dir)
			}
			return m, nil
		}
		m.dir, m.entries = msg.dir, msg.entries
		m.cursor = 0
		m.scroll.Reset()
		m.filter()
		for i, e := range m.shown {
			if m.back != "" && e.path == m.back {
				m.cursor = i
			}
		}
		m.back = ""
		m.follow()
		return m, nil
	case tea.PasteMsg:
		m.msg = ""
		var cmd tea.Cmd
		m.field, cmd = m.field.Update(msg)
		m.filter()
		return m, cmd
	case tea.KeyPressMsg:
		if m.loading {
			return m, nil
		}
		m, cmd := m.key(msg)
		m.follow()
		return m, cmd
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	m.msg = ""
	switch {
	case key.Matches(msg, k.cancel):
		if m.field.Value() != "" {
			m.field.SetValue("")
			m.filter()
			return m, nil
		}
		m.cancelled = true
		return m, nil
	case key.Matches(msg, k.up):
		m.cursor = max(0, m.cursor-1)
		return m, nil
	case key.Matches(msg, k.down):
		m.cursor = max(0, min(len(m.shown)-1, m.cursor+1))
		return m, nil
	case (key.Matches(msg, k.back) || key.Matches(msg, k.erase)) && m.field.Value() == "":
		return m.up()
	case key.Matches(msg, k.open) && m.field.Value() == "":
		if e, ok := m.selected(); ok && e.dir {
			return m.open(e.path)
		}
		return m, nil
	case key.Matches(msg, k.choose):
		typed := strings.TrimSpace(m.field.Value())
		switch {
		case LooksLikePath(typed):
			return m.typed(typed)
		case typed != "" && !m.matchesAny():
			// A name that matches nothing here: a folder or file by that
			// name in the folder on show (a new folder to write into).
			base := m.dir
			if wd, err := os.Getwd(); base == "" && err == nil {
				base = wd
			}
			return m.typed(filepath.Join(base, typed))
		}
		return m.choose()
	}
	var cmd tea.Cmd
	m.field, cmd = m.field.Update(msg)
	m.filter()
	return m, cmd
}

// matchesAny reports whether the typed words keep any entry (the take row
// aside).
func (m Model) matchesAny() bool {
	for _, e := range m.shown {
		if !e.take {
			return true
		}
	}
	return false
}

// selected is the entry under the cursor.
func (m Model) selected() (entry, bool) {
	if m.cursor < 0 || m.cursor >= len(m.shown) {
		return entry{}, false
	}
	return m.shown[m.cursor], true
}

// open shows a folder's content.
func (m Model) open(dir string) (Model, tea.Cmd) {
	m.field.SetValue("")
	m.loading = true
	return m, m.list(dir)
}

// up goes to the folder above (the places above a drive's root).
func (m Model) up() (Model, tea.Cmd) {
	if m.dir == "" {
		return m, nil
	}
	parent := filepath.Dir(m.dir)
	m.back = m.dir
	if parent == m.dir || m.isPlace(m.dir) {
		parent = ""
	}
	return m.open(parent)
}

// isPlace reports whether dir is one of the places (going up from it
// shows the places again: a USB stick's parent folder means nothing).
func (m Model) isPlace(dir string) bool {
	for _, p := range Places(m.opts.Recent, func(string) string { return "" }) {
		if filepath.Clean(p.Path) == filepath.Clean(dir) && p.Removable {
			return true
		}
	}
	return false
}

// choose acts on the entry under the cursor: a folder opens, the take row
// and a file are chosen.
func (m Model) choose() (Model, tea.Cmd) {
	e, ok := m.selected()
	if !ok {
		if m.dir != "" && m.opts.Mode == Folder {
			return m.finish(m.dir)
		}
		return m, nil
	}
	switch {
	case e.take:
		return m.finish(e.path)
	case e.dir:
		return m.open(e.path)
	}
	return m.finish(e.path)
}

func (checkedMsg) isPickMsg() {}

func (m Model) finish(path string) (Model, tea.Cmd) {
	m.chosen, m.done = []string{path}, true
	return m, nil
}

// filter keeps the entries whose name holds every typed word, ignoring
// accents; a typed path keeps them all.
func (m *Model) filter() {
	q := m.field.Value()
	if LooksLikePath(q) {
		q = ""
	}
	m.shown = m.shown[:0]
	for _, e := range m.entries {
		if e.take || model.MatchFold(e.name, q) {
			m.shown = append(m.shown, e)
		}
	}
	m.cursor = max(0, min(m.cursor, len(m.shown)-1))
	// Typed words look for an entry: the cursor goes to the first one.
	if q != "" && m.cursor < len(m.shown) && m.shown[m.cursor].take && len(m.shown) > 1 {
		m.cursor = 1
	}
}

// rows is how many entries fit.
func (m Model) rows() int { return max(3, m.height-m.chrome()) }

// chrome is the lines around the list: the frame, title, intro, the place,
// the field, the message and the keys.
func (m Model) chrome() int { return 9 + len(m.introLines()) }

func (m *Model) follow() { m.scroll.Follow(m.cursor, m.rows(), len(m.shown)) }
