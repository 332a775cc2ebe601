package preview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A problem's reason longer than the window is wrapped, not cut: every word
// is on screen, no line is wider than the window, and the continuation
// keeps the problem's style.
func TestWrapKeepsEveryWord(t *testing.T) {
	lines := []string{
		"Bảng tiêu chí: 3 phần, 12 tiêu chí",
		"  ! dòng 14: điểm tối đa \"mười\" không phải là số — nhập một số như 10 hoặc 2,5 rồi nhập lại tệp",
		"  · dòng 20: cách tính điểm được đọc từ lời hướng dẫn của tiêu chí, xem lại trước khi ban hành",
		"   II.1. Tổ chức thực hiện các phong trào thi đua thường xuyên và theo chuyên đề của tỉnh",
	}
	for _, width := range []int{20, 40, 80} {
		got := wrap(lines, width)
		var joined []string
		for _, s := range got {
			if w := ansi.StringWidth(s.text); w > width {
				t.Errorf("width %d: line %q is %d cells", width, s.text, w)
			}
			joined = append(joined, strings.TrimSpace(s.text))
		}
		all := strings.Join(joined, " ")
		for _, l := range lines {
			for _, word := range strings.Fields(l) {
				if !strings.Contains(all, word) {
					t.Errorf("width %d: %q lost", width, word)
				}
			}
		}
		styles := map[int]int{}
		for _, s := range got {
			styles[s.style]++
		}
		if width < 80 && (styles[1] < 2 || styles[2] < 2) {
			t.Errorf("width %d: wrapped lines lost their style: %v", width, got)
		}
	}
}
