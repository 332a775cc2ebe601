package table

import (
	"strings"
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
	if got := Cell("Sông Cầu", 6, false); got != "Sông… " {
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

// Text is cut after a whole word, never inside one, unless a word alone
// is too long; titles are never cut; columns too many for the window go
// whole, lowest priority first, and rows still line up.
func TestCutAndDrop(t *testing.T) {
	if got := Cut("Phòng Lao động - Thương binh và Xã hội", 20); got != "Phòng Lao động…" {
		t.Errorf("cut = %q", got)
	}
	if got := Cut("Khối-thi-đua-các-phòng", 10); got != "Khối-thi-…" {
		t.Errorf("one long word = %q", got)
	}
	if got := Cut("ngắn", 10); got != "ngắn" {
		t.Errorf("short = %q", got)
	}
	cols := Fit([]Column{{Title: "Mã", Width: 4}, {Title: "Đơn vị"}, {Title: "Hạn nộp", Width: 3, Drop: 1},
		{Title: "Khóa", Width: 13, Drop: 2}}, 30, 10)
	if cols[2].Width != 7 || cols[2].Hidden || !cols[3].Hidden || cols[1].Width < 10 {
		t.Errorf("fit = %+v", cols)
	}
	line := Line(cols, []string{"A", "Tuy An", "3 ngày", "xxxx"})
	if strings.Contains(line, "xxxx") || lipgloss.Width(line) > 30 || !strings.Contains(Header(cols), "Hạn nộp") {
		t.Errorf("line %q, header %q", line, Header(cols))
	}
	if got := Sentences("Gõ điểm rồi enter để lưu; 9,5 hay 9.5 đều được. ? xem mọi phím.", 30); got != "Gõ điểm rồi enter để lưu." {
		t.Errorf("sentences = %q", got)
	}
	if got := Sentences("Gõ điểm rồi enter để lưu và sang tiêu chí kế", 20); got != "Gõ điểm rồi enter…" {
		t.Errorf("one long sentence = %q", got)
	}
	if got := Parts([]string{"? trợ giúp", "q thoát", "enter lưu"}, " • ", 22); got != "? trợ giúp • q thoát" {
		t.Errorf("parts = %q", got)
	}
}

// The window keeps its place: moving down past the bottom scrolls, moving
// back up moves the cursor inside the window, not the window.
func TestScrollKeepsItsPlace(t *testing.T) {
	var s Scroll
	for cursor := 0; cursor <= 12; cursor++ {
		s.Follow(cursor, 5, 30)
	}
	if top := s.Top(12, 5, 30); top != 8 {
		t.Fatalf("top after moving down = %d", top)
	}
	for cursor := 11; cursor >= 8; cursor-- {
		if top := s.Follow(cursor, 5, 30); top != 8 {
			t.Errorf("cursor %d moved the window to %d", cursor, top)
		}
	}
	if top := s.Follow(7, 5, 30); top != 7 {
		t.Errorf("above the window: %d", top)
	}
	// A pane opened since leaves fewer rows: the cursor still shows.
	if top := s.Top(11, 3, 30); top != 9 {
		t.Errorf("smaller window = %d", top)
	}
}
