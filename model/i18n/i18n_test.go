package i18n

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// args returns the verb used for each argument position of a format.
func args(format string) map[int]string {
	out := map[int]string{}
	next := 1
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if m[4] == "%" {
			continue
		}
		pos := next
		if m[2] != "" {
			pos, _ = strconv.Atoi(m[2])
		}
		out[pos] = m[4]
		next = pos + 1
	}
	return out
}

// Every message exists in both languages, with the same arguments, and
// formats without a fmt error.
func TestCatalogue(t *testing.T) {
	if len(IDs()) < 100 {
		t.Fatalf("catalogue has only %d messages", len(IDs()))
	}
	for _, id := range IDs() {
		vi, en := Raw(id)
		if strings.TrimSpace(vi) == "" || strings.TrimSpace(en) == "" {
			t.Errorf("%s: a language is missing", id)
			continue
		}
		av, ae := args(vi), args(en)
		if fmt.Sprint(av) != fmt.Sprint(ae) {
			t.Errorf("%s: arguments differ: vi %v, en %v", id, av, ae)
		}
		if len(av) == 0 {
			continue
		}
		var a []any
		for i := 1; i <= len(av); i++ {
			switch av[i] {
			case "d":
				a = append(a, 1)
			default:
				a = append(a, "x")
			}
		}
		for _, l := range []Lang{VI, EN} {
			if s := T(l, id, a...); strings.Contains(s, "%!") {
				t.Errorf("%s (%s): %s", id, l, s)
			}
		}
	}
}

type pts int

func (p pts) Localize(l Lang) string {
	if l == EN {
		return "9.5"
	}
	return "9,5"
}

func TestT(t *testing.T) {
	if got := T(VI, "number.too_large", pts(950)); got != "9,5 quá lớn." {
		t.Errorf("localized arg = %q", got)
	}
	if got := T(EN, "number.too_large", pts(950)); got != "9.5 is too large." {
		t.Errorf("localized arg = %q", got)
	}
	if got := T(VI, "no.such.id"); got != "no.such.id" {
		t.Errorf("unknown id = %q", got)
	}
	for in, want := range map[string]Lang{"vi": VI, "en": EN, "vi_VN.UTF-8": VI, "English": EN} {
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %v", in, got)
		}
	}
	if _, ok := Parse("fr"); ok {
		t.Error("fr accepted")
	}
}
