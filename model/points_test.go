package model

import (
	"math/big"
	"testing"

	"thidua/model/i18n"
)

func TestParsePoints(t *testing.T) {
	ok := []struct {
		in   string
		want Points
	}{
		{"9,5", 950},
		{"9.5", 950},
		{"10", 1000},
		{" 7 ", 700},
		{"0", 0},
		{"0,25", 25},
		{",5", 50},
		{"2,50", 250},
		{"1.000,5", 100050}, // Vietnamese thousands and decimal
		{"1,000.5", 100050}, // English
		{"1.000.000", 100000000},
		{"-2", -200}, // parsed so validation can say "negative"
		{"+3", 300},
		{"0.12", 12},
		{"\u00a012,75\u00a0", 1275},
		// Full-width digits and marks, as some input methods type them
		// ("０,５" was called an ambiguous thousands separator).
		{"０,５", 50},
		{"８", 800},
		{"１０．２５", 1025},
		{"-0", 0},
	}
	for _, c := range ok {
		got, err := ParsePoints(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParsePoints(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	bad := []struct {
		in, code string
	}{
		{"", EEmpty},
		{"   ", EEmpty},
		{"abc", ENotNumber},
		{"9,5a", ENotNumber},
		{"1.2.3", ENotNumber},
		{"1,00.5", ENotNumber}, // bad grouping
		{"1.000", EAmbiguousNumber},
		{"10,500", EAmbiguousNumber},
		{"0,125", ETooPrecise},
		{"9,1234", ETooPrecise},
		{"-", ENotNumber},
		{"9999999999999", ETooLarge},
		{"7..5", ENotNumber},
		{"1e3", ENotNumber},
		{"NaN", ENotNumber},
		{"Inf", ENotNumber},
		{"12345678901234567890", ETooLarge},
		{"８ｘ", ENotNumber},
	}
	for _, c := range bad {
		_, err := ParsePoints(c.in)
		if got := ErrorCode(err); got != c.code {
			t.Errorf("ParsePoints(%q) error %v (%s); want %s", c.in, err, got, c.code)
		}
	}
}

func TestPointsFormat(t *testing.T) {
	cases := []struct {
		p      Points
		vi, en string
		plain  string
	}{
		{950, "9,5", "9.5", "9.5"},
		{1000, "10", "10", "10"},
		{25, "0,25", "0.25", "0.25"},
		{-125, "-1,25", "-1.25", "-1.25"},
		{100000, "1.000", "1,000", "1000"},
		{12345678, "123.456,78", "123,456.78", "123456.78"},
		{0, "0", "0", "0"},
	}
	for _, c := range cases {
		if got := c.p.Localize(i18n.VI); got != c.vi {
			t.Errorf("%d vi = %q, want %q", c.p, got, c.vi)
		}
		if got := c.p.Localize(i18n.EN); got != c.en {
			t.Errorf("%d en = %q, want %q", c.p, got, c.en)
		}
		if got := c.p.String(); got != c.plain {
			t.Errorf("%d String = %q, want %q", c.p, got, c.plain)
		}
		if back, err := ParsePoints(c.vi); c.p >= 0 && c.p < 100000 && (err != nil || back != c.p) {
			t.Errorf("round trip %q = %v, %v", c.vi, back, err)
		}
	}
}

// Computed scores round to hundredths half away from zero, like Excel's ROUND.
func TestRoundRat(t *testing.T) {
	cases := []struct {
		num, den int64
		want     Points
	}{
		{1, 8, 13},        // 0.125 → 0.13
		{-1, 8, -13},      // -0.125 → -0.13
		{1, 3, 33},        // 0.333… → 0.33
		{2, 3, 67},        // 0.666… → 0.67
		{2885, 1000, 289}, // 2.885 → 2.89 (no float error)
		{7, 1, 700},
	}
	for _, c := range cases {
		if got := RoundRat(big.NewRat(c.num, c.den)); got != c.want {
			t.Errorf("RoundRat(%d/%d) = %d, want %d", c.num, c.den, got, c.want)
		}
	}
}
