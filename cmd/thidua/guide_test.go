package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"thidua/storage/demo"
)

// The user guide (docs/huong-dan.md, and its English twin docs/guide.md)
// shows screens captured from the real program in a real terminal. `make
// guide` runs TestGuideCaptures, which walks a season in tmux in each
// language, saves every screen under docs/screens/<lang>/ and puts it into
// the guide between its markers:
//
//	<!-- screen NAME -->
//	```
//	…
//	```
//	<!-- /screen -->
//
// TestGuideShowsTheCaptures (in `make test`) checks that every marker has
// its capture and shows it unchanged: the pictures in the guide are the
// program's, never drawn by hand.

var screenBlock = regexp.MustCompile("(?s)<!-- screen ([a-z0-9-]+) -->\n.*?<!-- /screen -->")

// guides are the guide files by language.
var guides = map[string]string{"vi": "huong-dan.md", "en": "guide.md"}

func docsDir() string { return filepath.Join("..", "..", "docs") }

// block is how a capture stands in the guide.
func block(name, capture string) string {
	return "<!-- screen " + name + " -->\n```text\n" + capture + "```\n<!-- /screen -->"
}

func TestGuideShowsTheCaptures(t *testing.T) {
	for lang, file := range guides {
		src, err := os.ReadFile(filepath.Join(docsDir(), file))
		if err != nil {
			t.Fatal(err)
		}
		found := screenBlock.FindAllStringSubmatch(string(src), -1)
		if len(found) < 8 {
			t.Errorf("%s shows %d screens; the guide needs its pictures", file, len(found))
		}
		for _, m := range found {
			capture, err := os.ReadFile(filepath.Join(docsDir(), "screens", lang, m[1]+".txt"))
			if err != nil {
				t.Errorf("%s: screen %s has no capture (run make guide): %v", file, m[1], err)
				continue
			}
			if m[0] != block(m[1], string(capture)) {
				t.Errorf("%s: screen %s differs from docs/screens/%s/%s.txt (run make guide)", file, m[1], lang, m[1])
			}
		}
	}
}

// capturer walks the program in tmux and saves screens.
type capturer struct {
	*terminal
	lang string
	root string // the season's folder, shown as ~/Thi đua
	shot map[string]string
}

// settle waits until the screen has not changed for a moment.
func (c *capturer) settle() string {
	last, since := "", time.Now()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		s := c.screen()
		if s != last {
			last, since = s, time.Now()
		} else if time.Since(since) > 400*time.Millisecond {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	return last
}

// save keeps the current screen as name, after checking it shows want.
func (c *capturer) save(name string, want ...string) {
	c.t.Helper()
	c.waitFor(want...) // a busy machine may draw late: what is awaited first, then the screen at rest
	s := c.settle()
	for _, w := range want {
		if !strings.Contains(s, w) {
			c.t.Fatalf("%s/%s: the screen does not show %q:\n%s", c.lang, name, w, s)
		}
	}
	// Where a message names a whole path, the test's temporary folder
	// stands as a person's would (a framed line keeps its right border).
	lines := strings.Split(strings.TrimRight(s, "\n "), "\n")
	for i, l := range lines {
		short := strings.ReplaceAll(l, c.root, "~/Thi đua")
		if short != l && strings.HasSuffix(l, "│") {
			pad := utf8.RuneCountInString(l) - utf8.RuneCountInString(short)
			short = strings.TrimSuffix(short, "│") + strings.Repeat(" ", max(0, pad)) + "│"
		}
		lines[i] = short
	}
	// Runs of empty lines (the space below a short screen) become one.
	var kept []string
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" && len(kept) > 0 && kept[len(kept)-1] == "" {
			continue
		}
		kept = append(kept, l)
	}
	c.shot[name] = strings.Join(kept, "\n") + "\n"
}

// TestGuideCaptures regenerates the guide's screens (make guide).
func TestGuideCaptures(t *testing.T) {
	if os.Getenv("THIDUA_GUIDE") == "" {
		t.Skip("run by make guide")
	}
	bin := binary(t)
	for _, lang := range []string{"vi", "en"} {
		shots := captureSeason(t, bin, lang)
		for name, s := range captureProvince(t, bin, lang) {
			shots[name] = s
		}
		dir := filepath.Join(docsDir(), "screens", lang)
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, s := range shots {
			if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(docsDir(), guides[lang])
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		out := screenBlock.ReplaceAllStringFunc(string(src), func(b string) string {
			name := screenBlock.FindStringSubmatch(b)[1]
			s, ok := shots[name]
			if !ok {
				t.Errorf("%s: no capture named %s", guides[lang], name)
				return b
			}
			return block(name, s)
		})
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// captureSeason walks a season in language lang, in a folder of its own,
// and returns the screens by name.
func captureSeason(t *testing.T, bin, lang string) map[string]string {
	root := filepath.Join(t.TempDir(), "Thi đua")
	// The season's folder is the person's home: the picker's places (Tải
	// về, Tài liệu) are in it, and the pictures show no test folders.
	env := []string{"THIDUA_LANG=" + lang, "HOME=" + root, "XDG_CONFIG_HOME=" + filepath.Join(root, ".config"),
		"USER=thidua-guide"}
	vi := lang == "vi"
	pick := func(v, e string) string {
		if vi {
			return v
		}
		return e
	}
	shots := map[string]string{}
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	// The program runs in the season's folder and is given paths relative
	// to it, as a person types them: no test folders in the pictures.
	start := func(db string, w, h int) *capturer {
		tm := newTerminal(t, w, h, env, "sh", "-c", fmt.Sprintf("cd '%s' && exec '%s' --db '%s'", root, bin, db))
		return &capturer{terminal: tm, lang: lang, root: root, shot: shots}
	}
	at := func(rel string) string { return filepath.Join(root, rel) }

	// First run and the leader's wizard (first step).
	c := start("khoi-moi/thidua.db", 100, 26)
	c.save("welcome", pick("Chào mừng", "Welcome"))
	c.keys("Enter")
	c.text("Cụm thi đua số 3 các xã, phường")
	c.save("wizard-bloc", pick("Bước 1/6", "Step 1 of 6"))
	c.keys("C-c", "C-c") // the first warns: the bloc's name typed would be lost
	c.waitExit()

	// The leader's season on the demo bloc.
	leader := "khoi-truong/thidua.db"
	if out, err := exec.Command(bin, "demo", "--db", at(leader)).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v %s", err, out)
	}
	setupDir, usb := "gui-don-vi", "USB"
	c = start(leader, 110, 32)
	c.save("units", "DONGHOA")
	c.keys("5")
	c.save("exchange-board", "TUYAN")
	c.keys("s", "C-u")
	c.text("./" + setupDir) // typed: a folder beside the program's
	c.save("setup-dialog", setupDir)
	c.keys("Enter")
	c.save("setup-done", "TD-thietlap")
	c.keys("q")
	c.waitExit()

	// A unit's first run: the setup file, the key, the sheet, the file.
	setups, _ := filepath.Glob(filepath.Join(at(setupDir), "TD-thietlap-*-TUYAN-*.sqlite"))
	if len(setups) != 1 {
		t.Fatalf("setup files: %v", setups)
	}
	c = start("tuy-an/thidua.db", 110, 32)
	c.waitFor(pick("Chào mừng", "Welcome")) // a blank screen at rest is a program not started yet
	c.settle()
	c.keys("Down", "Enter", "C-u")
	c.text(filepath.Join(setupDir, filepath.Base(setups[0])))
	c.keys("Enter")
	c.save("join-key", "Tuy An", "SONGCAU")
	c.keys("Right", "Enter")
	c.settle()
	c.keys("3")
	c.settle()
	d := openDB(t, at(leader))
	leaves := periodTree(t, d, demo.Year).Leaves()
	d.Close()
	c.text("95\r1\r0\r2\r")
	c.save("scoring", "I.1.1", "I.1.4")
	var rest strings.Builder // the rest of the sheet, as typed
	for _, l := range leaves[4:] {
		rest.WriteString(strings.ReplaceAll(demo.FullMarksInput(l), ".", ",") + "\r")
	}
	c.text(rest.String())
	c.settle()
	c.keys("C-Right", "C-Right", "x", "C-u")
	c.text("./" + usb)
	c.keys("Enter")
	c.save("unit-sent", "TD-tucham")
	c.keys("q")
	c.waitExit()

	// The leader takes the files in, ranks and prints.
	c = start(leader, 110, 32)
	c.settle()
	c.keys("5", "o", "C-u")
	c.text("./" + usb)
	c.keys("Enter")
	c.save("preview", "TUYAN")
	c.keys("Enter")
	c.save("changes", "I.1.1")
	c.keys("Escape", "a")
	c.save("merged", "TUYAN")
	c.keys("Escape")
	c.keys("4")
	c.save("results", "Tuy Hòa", "101")
	c.keys("Enter")
	c.save("results-explain", "TUYHOA")
	c.keys("Enter", "v")
	c.save("results-bars", "┆")
	c.keys("v")
	c.save("results-heat", "%")
	c.keys("v")
	c.save("results-history", "2019-H1 → 2019")
	c.keys("v", "m")
	c.save("meeting-form", pick("Cuộc họp bình xét", "review meeting"))
	c.keys("Escape", "o")
	c.save("report-dialog", ".xlsx")
	c.keys("Escape", "?")
	c.save("help", "q")
	c.keys("?")

	// The next year from this one: its draft table, reworded, and what
	// changed.
	c.keys("6")
	c.settle()
	for range 10 {
		c.keys("Down")
	}
	c.keys("Enter")
	c.settle()
	c.keys("C-s")
	c.settle()
	c.keys("p", "2")
	c.settle()
	c.keys("Down", "Down", "e")
	c.settle()
	c.keys("Tab", "End")
	c.text(pick(" (kể cả việc làm công)", " (public works included)"))
	c.keys("C-s")
	c.settle()
	c.keys("v")
	c.save("criteria-changes", "I.1.1")
	c.keys("Escape", "q")
	c.waitExit()

	// A damaged database opens on the recovery screen.
	if out, err := exec.Command(bin, "backup", "--db", at(leader)).CombinedOutput(); err != nil {
		t.Fatalf("backup: %v %s", err, out)
	}
	f, err := os.OpenFile(at(leader), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteAt([]byte(strings.Repeat("x", 100)), 0)
	f.Close()
	c = start(leader, 110, 24)
	c.save("recovery", pick("sao lưu thủ công", "backed up by hand"))
	c.keys("q")
	c.waitExit()
	if len(shots) < 15 {
		t.Fatalf("%d screens captured", len(shots))
	}
	fmt.Fprintf(os.Stderr, "%s: %d screens\n", lang, len(shots))
	return shots
}
