// Package tuitest holds helpers for the interface's tests: key presses as
// Bubble Tea sends them, and golden files for rendered views.
package tuitest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

var update = flag.Bool("update", false, "rewrite the golden files of views")

// Key returns the key press for a name as Bubble Tea prints it ("enter",
// "esc", "down", "tab", "backspace", "ctrl+h", "ctrl+c") or a single
// character ("q", "đ").
func Key(name string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"delete": tea.KeyDelete, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if code, ok := named[name]; ok {
		return tea.KeyPressMsg{Code: code}
	}
	if name == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if mod, k, ok := strings.Cut(name, "+"); ok && len(k) > 0 {
		m := map[string]tea.KeyMod{"ctrl": tea.ModCtrl, "shift": tea.ModShift, "alt": tea.ModAlt}[mod]
		if code, ok := named[k]; ok {
			return tea.KeyPressMsg{Code: code, Mod: m}
		}
		return tea.KeyPressMsg{Code: []rune(k)[0], Mod: m}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// Keys returns the key presses that type text, one per character (as a
// terminal delivers them: a decomposed letter arrives as several runes).
func Keys(text string) []tea.KeyPressMsg {
	var out []tea.KeyPressMsg
	for _, r := range text {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// Plain is a rendered view without colours and trailing spaces.
func Plain(view string) string {
	lines := strings.Split(ansi.Strip(view), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

// Golden compares a rendered view, without colours, with
// testdata/<name>.golden; go test -update rewrites the file.
func Golden(t *testing.T, name, view string) {
	t.Helper()
	got := ansi.Strip(view)
	lines := strings.Split(got, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	got = strings.Join(lines, "\n") + "\n"
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != strings.ReplaceAll(string(want), "\r\n", "\n") {
		t.Errorf("view %s differs from %s:\n--- got ---\n%s--- want ---\n%s", name, path, got, want)
	}
}
