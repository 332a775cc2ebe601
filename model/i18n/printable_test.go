package i18n

import (
	"strings"
	"testing"
)

// What a file may hold is shown, never obeyed: escape sequences, bells,
// carriage returns, bidirectional overrides and C1 controls come out as
// visible symbols or not at all; Vietnamese stays as it is.
func TestPrintable(t *testing.T) {
	cases := map[string]string{
		"Sông Cầu":                          "Sông Cầu",
		"Phòng LĐTBXH\ttab":                 "Phòng LĐTBXH tab",
		"a\x1b]0;title\x07b":                "a␛]0;title␇b",
		"\x1b[2J\x1b[Hxong":                 "␛[2J␛[Hxong",
		"9 tệp đã nhập\rthidua: 0 lỗi":      "9 tệp đã nhập␍thidua: 0 lỗi",
		"dòng 1\ndòng 2":                    "dòng 1␊dòng 2",
		"abc\u202egnp.exe":                  "abcgnp.exe",
		"x\u2066y\u2069z\u200e\u061c\ufeff": "xyz",
		"\u009b31mđỏ":                       "\ufffd31mđỏ",
		"bad\xffutf8":                       "bad\ufffdutf8",
		"del\x7f":                           "del␡",
		"line\u2028sep":                     "line sep",
	}
	for in, want := range cases {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
	if got := PrintableLines("a\nb\tc\x1b[31m\r"); got != "a\nb\tc␛[31m␍" {
		t.Errorf("PrintableLines = %q", got)
	}
	// Every message's values go through it.
	if got := T(VI, "sheet.empty", "X\x1b]0;pwned\x07\nthidua: OK"); strings.ContainsAny(got, "\x1b\x07\n") {
		t.Errorf("T let a control character through: %q", got)
	}
}

// A frame of the interface keeps its own colours and lines; every other
// sequence or control that text brought into it is gone.
func TestPrintableFrame(t *testing.T) {
	frame := "\x1b[1;38;5;12mThidua\x1b[m │ Tuy An\x1b]0;PWNED\x07\x1b[2J\x1b[31mĐỎ\r\u202eXYZ\u009b1m\x1bP+q\x1b\\\nline 2\x07"
	want := "\x1b[1;38;5;12mThidua\x1b[m │ Tuy An\x1b[31mĐỎXYZ1m\nline 2"
	if got := PrintableFrame(frame); got != want {
		t.Errorf("PrintableFrame = %q, want %q", got, want)
	}
}

// Text typed over lines of one cell shows on as many lines, each made
// printable: a line break is not shown as "␊", an escape in a line still
// cannot reach the terminal.
func TestTLines(t *testing.T) {
	got := TLines(VI, "scoring.guidance", "Đúng hạn: 2 điểm\r\nChậm: 0 điểm\n\x1b[2Jxóa")
	want := "Hướng dẫn chấm: Đúng hạn: 2 điểm\nChậm: 0 điểm\n␛[2Jxóa"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
