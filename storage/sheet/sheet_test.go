package sheet

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Sheet names are what Excel accepts: at most 31 characters, none of
// []:*?/\, no apostrophe at either end, unique without regard to case.
func TestSheetName(t *testing.T) {
	used := map[string]bool{}
	long := "Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa"
	cases := []struct{ in, want string }{
		{"Tổng hợp xếp hạng", "Tổng hợp xếp hạng"},
		{"Q1/2019: [tạm]*?", "Q1-2019- -tạm---"},
		{"'Sông Cầu'", "Sông Cầu"},
		{"sông cầu", "sông cầu (2)"},
		{long, "Phòng Lao động - Thương binh và"},
		{long, "Phòng Lao động - Thương bin (2)"},
		{"", "-"},
	}
	for _, c := range cases {
		got := SheetName(c.in, used)
		if got != c.want {
			t.Errorf("SheetName(%q) = %q, want %q", c.in, got, c.want)
		}
		if utf8.RuneCountInString(got) > 31 || strings.ContainsAny(got, badSheetChars) {
			t.Errorf("%q is not a valid sheet name", got)
		}
	}
}

// Numbers come out of cells as thidua reads them: Excel's binary rounding
// undone, text as typed.
func TestNumberText(t *testing.T) {
	for in, want := range map[string]string{
		"2.5": "2.5", "0.30000000000000004": "0.3", "9.9999999999999982": "10", "100": "100",
		"2.345": "2.345", "-1.5": "-1.5", "abc": "abc",
	} {
		if got := numberText(in); got != want {
			t.Errorf("numberText(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"20": "20", "2,5": "2,5", "5 điểm": "5", "5đ": "5", "điểm": "điểm", " 3 ": "3"} {
		if got := pointsText(in); got != want {
			t.Errorf("pointsText(%q) = %q, want %q", in, got, want)
		}
	}
}
