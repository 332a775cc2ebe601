package model

import (
	"strings"
	"testing"
	"time"
)

// References as offices type them, and as careless hands do: the one
// reader of a decision for units and individuals, CLI and interface.
func TestParseDecisionRef(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	good := []struct {
		in     string
		number string
		date   time.Time
	}{
		{"Quyết định số 512/QĐ-UBND ngày 20/01/2020", "512/QĐ-UBND", day(2020, 1, 20)},
		{"số 512/QĐ-UBND ngày 20 tháng 01 năm 2020", "512/QĐ-UBND", day(2020, 1, 20)},
		{"QĐ số 12/2020/QĐ-UBND, ngày 5/2/2021", "12/2020/QĐ-UBND", day(2021, 2, 5)},
		{"No. 512/QD-UBND 2020-01-20", "512/QD-UBND", day(2020, 1, 20)},
		{"  Quyết định số 7/QĐ-UBND ngày 29.02.2024 ", "7/QĐ-UBND", day(2024, 2, 29)},
		{"Số 12/QĐ-UBND ngày 5/1/2026", "12/QĐ-UBND", day(2026, 1, 5)},
		{"12/QĐ-UBND, 05-01-2026", "12/QĐ-UBND", day(2026, 1, 5)},
		{"512/QĐ-UBND 20/12/2026", "512/QĐ-UBND", day(2026, 12, 20)},
		{"Số: 3853/QĐ-UBND; Tây Sơn ngày 02 tháng 11 năm 2023", "", time.Time{}}, // a place name is not a number: refused below
		{"quyết định   số 7 / QĐ-UBND  ngày 1 / 2 / 2027", "7/QĐ-UBND", day(2027, 2, 1)},
		{"QUYẾT ĐỊNH SỐ 88/QĐ-CT NGÀY 05.06.2026", "88/QĐ-CT", day(2026, 6, 5)},
		{"Quyết định số 512/QĐ-UBND ngày 20/12/2026 (ngày 20/12/2026)", "512/QĐ-UBND", day(2026, 12, 20)},
		{"số12/QĐ-UBND ngày5/1/2026", "12/QĐ-UBND", day(2026, 1, 5)},
		{"Quyết\u00a0định số 512/QĐ\u2011UBND\u200b ngày 20/01/2026", "512/QĐ-UBND", day(2026, 1, 20)},
		{"512 ngày 20/01/2026", "512", day(2026, 1, 20)},
		{"Decision No. 512/QĐ-UBND dated 2026-01-20", "512/QĐ-UBND", day(2026, 1, 20)},
	}
	for _, c := range good {
		if c.number == "" {
			continue
		}
		n, d, err := ParseDecisionRef(c.in)
		if err != nil || n != c.number || !d.Equal(c.date) {
			t.Errorf("%q = %q %v %v; want %q %v", c.in, n, d, err, c.number, c.date)
		}
	}
	bad := []struct{ in, code string }{
		{"", EDecisionRefEmpty},
		{" \t\u200b ", EDecisionRefEmpty},
		{"Quyết định ngày 20/01/2020", EDecisionRefNoNumber},
		{"số 512/QĐ-UBND", EDecisionRefNoDate},
		{"512/QĐ-UBND", EDecisionRefNoDate},
		{"số 512/QĐ-UBND ngày 31/02/2020", EDecisionRefDate},
		{"số 512/QĐ-UBND ngày 20/13/2020", EDecisionRefDate},
		{"số 512/QĐ-UBND ngày 5/1/26", EDecisionRefDate},
		{"số 1 ngày 01/01/1900", EDecisionRefDate},
		{"số abc ngày 20/01/2020", EDecisionRefNumber},
		{"số l2/QĐ-UBND ngày 20/01/2020", EDecisionRefNumber},
		{"số 12a/QĐ-UBND ngày 20/01/2020", EDecisionRefNumber},
		{"số 512/QĐ-UBND ngày 20/01/2026, ngày 21/01/2026", EDecisionRefTwoDates},
		{"số 512/QĐ-UBND ngày 20 tháng 01 năm 2026 ngày 2/2/2026", EDecisionRefTwoDates},
		{"Quyết định số 512/QĐ-UBND ngày hôm qua", EDecisionRef},
		{"Số: 3853/QĐ-UBND; Tây Sơn ngày 02 tháng 11 năm 2023", EDecisionRef},
		{"số 512/QĐ-UBND ngày 20/01/2026 " + strings.Repeat("x", 300), EDecisionRef},
	}
	for _, c := range bad {
		if n, d, err := ParseDecisionRef(c.in); ErrorCode(err) != c.code {
			t.Errorf("%q = %q %v %v; want %s", c.in, n, d, err, c.code)
		}
	}
}

// A refusal never carries a raw control character from what was typed.
func TestParseDecisionRefMessages(t *testing.T) {
	_, _, err := ParseDecisionRef("\x1b[2Jsố 512/QĐ-UBND\x1b")
	if err == nil || strings.ContainsRune(err.Error(), 0x1b) {
		t.Errorf("refusal: %v", err)
	}
}
