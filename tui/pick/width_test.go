package pick

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// The box is as wide as the space given, and what it wraps or cuts to its
// inside is shown as wrapped: a line the box wrapped again left one word
// alone on the next line, and a file's size and date on a line of their
// own.
func TestBoxWidth(t *testing.T) {
	dir := t.TempDir()
	name := strings.Repeat("tệp-rất-dài-", 12) + ".sqlite"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	intro := "Mỗi đơn vị một tệp, trong đó có mã thiết lập riêng của đơn vị: hãy gửi riêng từng tệp cho đúng đơn vị."
	for _, w := range []int{80, 100} {
		p := newPicker(t, Options{Mode: File, Start: dir, Title: "Chọn tệp", Intro: intro})
		p.m.SetSize(w, 20)
		lines := strings.Split(p.m.View(), "\n")
		for _, l := range lines {
			if lipgloss.Width(l) != w {
				t.Errorf("%d columns: a line %d wide: %q", w, lipgloss.Width(l), l)
			}
		}
		wrapped := strings.Split(lipgloss.NewStyle().Width(w-4).Render(intro), "\n")
		view := p.m.View()
		for _, part := range wrapped {
			if !strings.Contains(view, strings.TrimRight(part, " ")) {
				t.Errorf("%d columns: the intro's line %q was wrapped again:\n%s", w, part, view)
			}
		}
		if !strings.Contains(view, "tệp-rất-dài") {
			t.Errorf("%d columns: the long file is not listed:\n%s", w, view)
		}
	}
}
