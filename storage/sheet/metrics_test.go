package sheet

import (
	"strings"
	"testing"
	"time"

	"thidua/model/i18n"
)

// Widths are Times New Roman's: a letter with marks is as wide as its
// letter, ơ and ư as their own letters, bold wider than regular.
func TestTextWidth(t *testing.T) {
	f := face{size: 12}
	for _, c := range []struct {
		text string
		want float64 // points
	}{
		{"a", 909.0 / 2048 * 12},
		{"ệ", 909.0 / 2048 * 12},
		{"W", 1933.0 / 2048 * 12},
		{"ở", 1083.0 / 2048 * 12},
		{"Đ", 1479.0 / 2048 * 12},
		{"m m", (1593.0*2 + 512) / 2048 * 12},
	} {
		if got := textWidth(c.text, f); got-c.want > 1e-9 || c.want-got > 1e-9 {
			t.Errorf("width of %q = %.3f, want %.3f", c.text, got, c.want)
		}
	}
	decomposed := "e\u0323\u0302" // ệ typed as e and two marks
	if textWidth(decomposed, f) != textWidth("e", f) {
		t.Errorf("combining marks take room: %.2f", textWidth(decomposed, f))
	}
	if textWidth("Tuy Hòa", face{size: 12, bold: true}) <= textWidth("Tuy Hòa", f) {
		t.Error("bold is not wider")
	}
	if textWidth("漢", f) < 12 {
		t.Error("an unknown character counts less than an em")
	}
}

// Text wraps at spaces; a long word breaks between letters; line breaks
// in the text are kept.
func TestWrap(t *testing.T) {
	f := face{size: 12}
	text := "Hỗ trợ người có công với cách mạng về nhà ở"
	one := textWidth(text, f)
	if got := wrap(text, one, f); len(got) != 1 {
		t.Errorf("fits in its own width: %q", got)
	}
	got := wrap(text, one*0.6, f)
	if len(got) != 2 || strings.Join(got, " ") != text {
		t.Errorf("in 60%%: %q", got)
	}
	if got := wrap("a\nb c", 100, f); len(got) != 2 {
		t.Errorf("line break kept: %q", got)
	}
	long := strings.Repeat("x", 40)
	if got := wrap(long, textWidth("xxxxxxxxxx", f), f); len(got) != 4 || strings.Join(got, "") != long {
		t.Errorf("a long word: %q", got)
	}
	if lineHeight(12, 1) < 15.75 || lineHeight(14, 1) < 18.75 || lineHeight(12, 3) < 3*14.25 {
		t.Errorf("rows shorter than Excel's: %.2f %.2f %.2f", lineHeight(12, 1), lineHeight(14, 1), lineHeight(12, 3))
	}
}

// Names break into even lines where a reader breaks them: never a word
// alone on the last line, never inside "Phú Yên" or "Thương binh", never
// before a dash.
func TestBalance(t *testing.T) {
	bold := face{size: 13, bold: true}
	bloc := "Khối thi đua các Phòng Lao động - Thương binh và Xã hội tỉnh Phú Yên"
	for _, room := range []float64{180, 220, 260, 300, 340, 400} {
		got := balance(bloc, room, bold, true)
		lines := strings.Split(got, "\n")
		if strings.ReplaceAll(got, "\n", " ") != strings.ToUpper(bloc) {
			t.Fatalf("room %.0f: words changed: %q", room, got)
		}
		if len(lines) != lineCount(strings.ToUpper(bloc), room, bold) {
			t.Errorf("room %.0f: %d lines, greedy takes %d", room, len(lines), lineCount(strings.ToUpper(bloc), room, bold))
		}
		for i, line := range lines {
			if textWidth(line, bold) > room {
				t.Errorf("room %.0f: line %q too wide", room, line)
			}
			if i > 0 && (len(strings.Fields(line)) < 2 || strings.HasPrefix(line, "-") ||
				strings.HasPrefix(line, "YÊN") || strings.HasPrefix(line, "BINH")) {
				t.Errorf("room %.0f: bad break: %q", room, lines)
			}
		}
	}
	unit := "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu"
	if got := balance(unit, textWidth(unit, face{size: 12})*0.7, face{size: 12}, false); strings.Contains(got, "Thương\nbinh") ||
		strings.Contains(got, "Sông\nCầu") {
		t.Errorf("unit name broken inside a word: %q", got)
	}
}

// Dates as Nghị định 30/2020 writes them: days below 10 and the months 1
// and 2 with a leading zero.
func TestDateLine(t *testing.T) {
	b := &book{lang: i18n.VI}
	for _, c := range []struct {
		date time.Time
		want string
	}{
		{time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC), "Sông Cầu, ngày 05 tháng 01 năm 2020"},
		{time.Date(2019, 12, 7, 0, 0, 0, 0, time.UTC), "Sông Cầu, ngày 07 tháng 12 năm 2019"},
		{time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC), "Sông Cầu, ngày 29 tháng 02 năm 2020"},
		{time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC), "Sông Cầu, ngày 15 tháng 3 năm 2020"},
		{time.Date(2019, 10, 10, 0, 0, 0, 0, time.UTC), "Sông Cầu, ngày 10 tháng 10 năm 2019"},
	} {
		if got := b.dateLine("Sông Cầu", c.date); got != c.want {
			t.Errorf("%s: %q, want %q", c.date.Format(time.DateOnly), got, c.want)
		}
	}
	en := &book{lang: i18n.EN}
	if got := en.dateLine("Sông Cầu", time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)); got != "Sông Cầu, 05/03/2020" {
		t.Errorf("English: %q", got)
	}
	if got := b.dateLine("", time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(got, "……") {
		t.Errorf("no place: %q", got)
	}
}
