package pick

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/model/i18n"
	"thidua/tui/internal/tuitest"
	"thidua/tui/theme"
)

// What people paste: quotes from "Copy as path", several files, file://
// addresses, a home folder.
func TestPaths(t *testing.T) {
	home, _ := os.UserHomeDir()
	cases := map[string][]string{
		`"C:\Users\Lan\Downloads\TD-tucham-2019-TUYAN.sqlite"`: {`C:\Users\Lan\Downloads\TD-tucham-2019-TUYAN.sqlite`},
		` /media/lan/USB KHỐI/tệp đơn vị `:                     {`/media/lan/USB KHỐI/tệp đơn vị`},
		`"E:\a b.sqlite" "E:\c.sqlite"`:                        {`E:\a b.sqlite`, `E:\c.sqlite`},
		"'/tmp/x y.sqlite'\n/tmp/z.sqlite\r\n":                 {"/tmp/x y.sqlite", "/tmp/z.sqlite"},
		"/tmp/a.sqlite; /tmp/b.sqlite":                         {"/tmp/a.sqlite", "/tmp/b.sqlite"},
		`/tmp/ten "la".sqlite`:                                 {`/tmp/ten "la".sqlite`},
		"~/Tải về":                                             {filepath.Join(home, "Tải về")},
		"":                                                     nil,
		`""`:                                                   nil,
	}
	if runtime.GOOS != "windows" {
		cases["file:///home/lan/T%E1%BA%A3i%20v%E1%BB%81/a.sqlite"] = []string{"/home/lan/Tải về/a.sqlite"}
	}
	for in, want := range cases {
		got := Paths(in)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Paths(%q) = %q, want %q", in, got, want)
		}
	}
	for s, want := range map[string]bool{
		`"E:\x"`: true, "E:": true, `e:\`: true, "/media": true, "~/x": true, "thu muc/x": true,
		"tuy an": false, "TD-tucham": false, "": false,
	} {
		if LooksLikePath(s) != want {
			t.Errorf("LooksLikePath(%q) != %v", s, want)
		}
	}
}

// picker drives a picker as the runtime would.
type picker struct {
	t *testing.T
	m Model
}

func (p *picker) run(cmd tea.Cmd) {
	for cmd != nil {
		var next tea.Cmd
		p.m, next = p.m.Update(cmd())
		cmd = next
	}
}

func (p *picker) press(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		p.m, cmd = p.m.Update(tuitest.Key(k))
		p.run(cmd)
	}
}

func (p *picker) typeText(s string) {
	for _, k := range tuitest.Keys(s) {
		p.m, _ = p.m.Update(k)
	}
}

func newPicker(t *testing.T, opt Options) *picker {
	p := &picker{t: t, m: New(opt, theme.New(true), i18n.VI, true)}
	p.m.SetSize(80, 20)
	p.run(p.m.Init())
	return p
}

// A USB stick of units' files: a folder inside it is opened and all its
// files taken in one key, only the kinds the step takes are listed, and
// going up comes back to where one was.
func TestTakeAFolderOfFiles(t *testing.T) {
	usb := t.TempDir()
	files := filepath.Join(usb, "Tệp đơn vị gửi")
	os.MkdirAll(filepath.Join(files, "cũ"), 0o755)
	for _, n := range []string{"TD-tucham-2019-TUYAN.sqlite", "TD-tucham-2019-DONGHOA.SQLITE", "ghi chú.docx", ".an.sqlite"} {
		os.WriteFile(filepath.Join(files, n), []byte("x"), 0o644)
	}
	p := newPicker(t, Options{Mode: Files, Exts: []string{".sqlite"}, Start: usb})
	if v := p.m.View(); !strings.Contains(v, "Tệp đơn vị gửi/") {
		t.Fatalf("the stick's folder is not listed:\n%s", v)
	}
	p.press("enter") // opens the folder
	v := p.m.View()
	if !strings.Contains(v, "Nhận cả 2 tệp trong thư mục này") || strings.Contains(v, "ghi chú.docx") || strings.Contains(v, ".an.sqlite") {
		t.Fatalf("folder listing:\n%s", v)
	}
	// Typed words filter, ignoring accents.
	p.typeText("tuyan")
	if v := p.m.View(); strings.Contains(v, "DONGHOA") || !strings.Contains(v, "TUYAN") {
		t.Errorf("filter:\n%s", v)
	}
	p.press("esc") // clears the filter, does not leave
	if p.m.Cancelled() {
		t.Fatal("esc with a filter left the picker")
	}
	p.press("left")
	if p.m.Dir() != usb || !strings.Contains(p.m.View(), "▸ Tệp đơn vị gửi/") {
		t.Fatalf("up: %s", p.m.Dir())
	}
	p.press("right", "enter")
	if !p.m.Done() || len(p.m.Chosen()) != 1 || p.m.Chosen()[0] != files {
		t.Errorf("chosen %v", p.m.Chosen())
	}
}

// A path typed or pasted, quotes and all; a folder where a file is asked
// for opens with a message; a missing path is named; a file where a folder
// is asked for is refused with a message.
func TestTypedPaths(t *testing.T) {
	dir := t.TempDir()
	setup := filepath.Join(dir, "TD-thietlap-2019-TUYAN.sqlite")
	os.WriteFile(setup, []byte("x"), 0o644)

	p := newPicker(t, Options{Mode: File, Exts: []string{".sqlite"}})
	p.m, _ = p.m.Update(tea.PasteMsg{Content: `"` + setup + `"`})
	p.press("enter")
	if !p.m.Done() || p.m.Chosen()[0] != setup {
		t.Fatalf("a quoted path: %v %q", p.m.Chosen(), p.m.Message())
	}

	p = newPicker(t, Options{Mode: File, Exts: []string{".sqlite"}})
	p.typeText(dir)
	p.press("enter")
	if p.m.Done() || p.m.Dir() != dir || !strings.Contains(p.m.View(), "là một thư mục, không phải tệp") {
		t.Fatalf("a folder where a file is expected:\n%s", p.m.View())
	}
	p.typeText(filepath.Join(dir, "không có.sqlite"))
	p.press("enter")
	if p.m.Done() || !strings.Contains(p.m.Message(), "Không có tệp hay thư mục nào") {
		t.Errorf("missing: %q", p.m.Message())
	}

	out := newPicker(t, Options{Mode: Folder, Start: filepath.Join(dir, "mới")})
	if v := out.m.View(); !strings.Contains(v, "thư mục mới, sẽ được tạo") {
		t.Errorf("a folder to make:\n%s", v)
	}
	out.typeText(setup)
	out.press("enter")
	if out.m.Done() || !strings.Contains(out.m.Message(), "là một tệp, không phải thư mục") {
		t.Errorf("a file where a folder is asked: %q", out.m.Message())
	}
	out.press("ctrl+u")
	out.typeText(filepath.Join(dir, "báo cáo"))
	out.press("enter")
	if !out.m.Done() || out.m.Chosen()[0] != filepath.Join(dir, "báo cáo") {
		t.Errorf("a new folder typed: %v", out.m.Chosen())
	}
}

// The places: the folders where received files land, the one used last,
// in that order after any removable drive.
func TestPlaces(t *testing.T) {
	recent := t.TempDir()
	ps := Places(recent, func(id string) string { return id })
	if len(ps) == 0 {
		t.Fatal("no places")
	}
	found := false
	for _, p := range ps {
		if p.Path == recent && p.Recent {
			found = true
		}
		if st, err := os.Stat(p.Path); err != nil || !st.IsDir() {
			t.Errorf("place %+v is not a folder", p)
		}
	}
	if !found {
		t.Errorf("the recent folder is not offered: %+v", ps)
	}
}

// Moving down a long folder scrolls; moving back up keeps the window.
func TestScroll(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		os.WriteFile(filepath.Join(dir, strings.Repeat("a", 1)+string(rune('A'+i%26))+string(rune('a'+i/26))+".sqlite"), nil, 0o644)
	}
	p := newPicker(t, Options{Mode: File, Exts: []string{".sqlite"}, Start: dir})
	for range 25 {
		p.press("down")
	}
	top := p.m.scroll.Top(p.m.cursor, p.m.rows(), len(p.m.shown))
	p.press("up", "up")
	if got := p.m.scroll.Top(p.m.cursor, p.m.rows(), len(p.m.shown)); got != top || top == 0 {
		t.Errorf("the window moved from %d to %d", top, got)
	}
}

// A name that matches nothing in the folder on show is a folder (or file)
// by that name there: a new folder to write into, typed as people do.
func TestTypedName(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "Báo cáo"), 0o755)
	p := newPicker(t, Options{Mode: Folder, Start: dir})
	p.typeText("bao cao")
	p.press("enter") // matches "Báo cáo": opens it
	if p.m.Done() || p.m.Dir() != filepath.Join(dir, "Báo cáo") {
		t.Fatalf("a typed name that matches opens it: %s", p.m.Dir())
	}
	p.typeText("gui-don-vi")
	p.press("enter")
	if !p.m.Done() || p.m.Chosen()[0] != filepath.Join(dir, "Báo cáo", "gui-don-vi") {
		t.Errorf("a new folder's name: %v", p.m.Chosen())
	}
}
