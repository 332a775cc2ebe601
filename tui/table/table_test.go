package table

import (
	"testing"

	"charm.land/lipgloss/v2"
	"golang.org/x/text/unicode/norm"
)

// Width agrees with lipgloss on every kind of text the screens show.
func TestWidth(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu", "Đồng Xuân", "ỨNG DỤNG",
		norm.NFD.String("Sông Cầu"), "\x1b[1mĐậm\x1b[m", "điểm – “trích” …", "中文", "√ ○ ¶ ∆ ■ ⚑", "→",
	} {
		if got, want := Width(s), lipgloss.Width(s); got != want {
			t.Errorf("Width(%q) = %d, lipgloss says %d", s, got, want)
		}
	}
}

func TestCellAndLine(t *testing.T) {
	if got := Cell("Sông Cầu", 6, false); got != "Sông …" {
		t.Errorf("cut = %q", got)
	}
	if got := Cell("9,5", 5, true); got != "  9,5" {
		t.Errorf("right = %q", got)
	}
	cols := Fit([]Column{{Width: 4}, {}, {Width: 3, Right: true}}, 20, 5)
	if cols[1].Width != 10 {
		t.Errorf("flex width = %d", cols[1].Width)
	}
	if got := Line(cols, []string{"I.1", "Đông Hòa", "3"}); lipgloss.Width(got) != 19 {
		t.Errorf("line %q is %d wide", got, lipgloss.Width(got))
	}
	if got := Window(10, 0, 5, 20); got != 6 {
		t.Errorf("window = %d", got)
	}
	if got := Beside("ab\nc", 3, "XY\nZW\nQQ"); got != "ab XY\nc  ZW\n   QQ" {
		t.Errorf("beside = %q", got)
	}
}
