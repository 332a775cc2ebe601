package model

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"thidua/model/i18n"
)

// Points is a score in hundredths of a point: 9,5 points is Points(950).
// Integers keep sums exact and hashes stable; no float ever holds a score.
type Points int64

// PointsPerUnit is the number of Points in one whole point.
const PointsPerUnit = 100

// Whole returns n whole points.
func Whole(n int64) Points { return Points(n * PointsPerUnit) }

// Float returns p as a float64, for JSON output only.
func (p Points) Float() float64 { return float64(p) / PointsPerUnit }

// String prints p with a decimal point and no thousands separator ("9.5",
// "-1.25", "100"), the form used in files and logs.
func (p Points) String() string { return p.format('.', 0) }

// Localize prints p the way people of language l write numbers: "1.000,5" in
// Vietnamese, "1,000.5" in English. It implements i18n.Localizer.
func (p Points) Localize(l i18n.Lang) string {
	if l == i18n.EN {
		return p.format('.', ',')
	}
	return p.format(',', '.')
}

// format prints p with at most two decimals, trailing zeros dropped.
func (p Points) format(dec, thousands rune) string {
	neg := p < 0
	v := int64(p)
	if neg {
		v = -v
	}
	whole := strconv.FormatInt(v/PointsPerUnit, 10)
	if thousands != 0 && len(whole) > 3 {
		var b strings.Builder
		lead := len(whole) % 3
		if lead > 0 {
			b.WriteString(whole[:lead])
		}
		for i := lead; i < len(whole); i += 3 {
			if b.Len() > 0 {
				b.WriteRune(thousands)
			}
			b.WriteString(whole[i : i+3])
		}
		whole = b.String()
	}
	frac := v % PointsPerUnit
	s := whole
	if frac != 0 {
		f := strconv.FormatInt(frac+PointsPerUnit, 10)[1:] // two digits, zero-padded
		s += string(dec) + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParsePoints reads a number typed by a person: "9,5" and "9.5" both mean
// nine and a half; "1.000,5" and "1,000.5" mean one thousand and a half.
// Surrounding spaces are ignored and full-width digits (８) are digits. It
// refuses, with a coded error, anything that is not a number, has more than
// two decimals, or is ambiguous: "1.000" could be one or one thousand, so
// the person is asked to type it again.
// The sign is accepted so that validation can say "negative" precisely.
func ParsePoints(s string) (Points, error) {
	r, err := parseDecimal(s)
	if err != nil {
		return 0, err
	}
	return r, nil
}

// parseDecimal implements ParsePoints; it returns hundredths.
func parseDecimal(raw string) (Points, error) {
	s := strings.TrimFunc(Narrow(raw), func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
	notNumber := Errorf(ENotNumber, quote(raw))
	if s == "" {
		return 0, Errorf(EEmpty)
	}
	neg := false
	switch s[0] {
	case '-', '+':
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, notNumber
	}
	intPart, fracPart, err := splitDecimal(s, raw)
	if err != nil {
		return 0, err
	}
	if intPart == "" {
		intPart = "0"
	}
	if !allDigits(intPart) || !allDigits(fracPart) {
		return 0, notNumber
	}
	if len(fracPart) > 2 {
		return 0, Errorf(ETooPrecise, quote(raw))
	}
	if len(intPart) > 12 {
		return 0, Errorf(ETooLarge, quote(raw))
	}
	whole, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return 0, notNumber
	}
	frac := int64(0)
	if fracPart != "" {
		if frac, err = strconv.ParseInt(fracPart+strings.Repeat("0", 2-len(fracPart)), 10, 64); err != nil {
			return 0, notNumber
		}
	}
	v := Points(whole*PointsPerUnit + frac)
	if neg {
		v = -v
	}
	return v, nil
}

// splitDecimal splits an unsigned number into its whole and fractional
// digits, deciding which separator is the decimal mark.
func splitDecimal(s, raw string) (intPart, fracPart string, err error) {
	notNumber := Errorf(ENotNumber, quote(raw))
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots == 0 && commas == 0:
		intPart = s
	case dots > 0 && commas > 0:
		// Both separators: the last one is the decimal mark and the other
		// must group thousands properly ("1.000,5" or "1,000.5").
		dec, grp := ".", ","
		if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
			dec, grp = ",", "."
		}
		if strings.Count(s, dec) != 1 {
			return "", "", notNumber
		}
		i := strings.LastIndex(s, dec)
		var ok bool
		if intPart, ok = ungroup(s[:i], grp); !ok {
			return "", "", notNumber
		}
		fracPart = s[i+1:]
	default:
		sep := "."
		if commas > 0 {
			sep = ","
		}
		if strings.Count(s, sep) > 1 {
			// "1.000.000": only thousands grouping, never a decimal.
			var ok bool
			if intPart, ok = ungroup(s, sep); !ok {
				return "", "", notNumber
			}
			break
		}
		i := strings.Index(s, sep)
		intPart, fracPart = s[:i], s[i+1:]
		if len(fracPart) == 3 && intPart != "" && intPart != "0" {
			return "", "", Errorf(EAmbiguousNumber, quote(raw))
		}
	}
	return intPart, fracPart, nil
}

// ungroup removes thousands separators, checking that every group after the
// first has exactly three digits.
func ungroup(s, sep string) (string, bool) {
	parts := strings.Split(s, sep)
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return "", false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return "", false
		}
	}
	return strings.Join(parts, ""), true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// quote shortens and quotes a value for an error message.
func quote(s string) string {
	r := []rune(s)
	if len(r) > 24 {
		s = string(r[:24]) + "…"
	}
	return "«" + s + "»"
}

// RoundRat rounds an exact rational number of points to hundredths, half away
// from zero (Excel's ROUND), which is how every computed score is rounded.
func RoundRat(r *big.Rat) Points {
	n := new(big.Int).Mul(r.Num(), big.NewInt(PointsPerUnit))
	d := r.Denom()
	neg := n.Sign() < 0
	if neg {
		n.Neg(n)
	}
	// (2n + d) / 2d rounds half up on the absolute value.
	num := new(big.Int).Add(new(big.Int).Lsh(n, 1), d)
	q := new(big.Int).Quo(num, new(big.Int).Lsh(d, 1))
	v := Points(q.Int64())
	if neg {
		v = -v
	}
	return v
}

// Rat returns p as an exact rational number of points.
func (p Points) Rat() *big.Rat { return big.NewRat(int64(p), PointsPerUnit) }
