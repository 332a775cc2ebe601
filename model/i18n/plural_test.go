package i18n

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// A plural group takes the form its argument's count asks, whichever
// verb and index gave it.
func TestPlural(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"%d {unit|units}", []any{1}, "1 unit"},
		{"%d {unit|units}", []any{0}, "0 units"},
		{"%d {unit|units}", []any{2}, "2 units"},
		{"%d {unit|units}", []any{int64(1)}, "1 unit"},
		{"%s {point|points}", []any{"1"}, "1 point"},
		{"%s {point|points}", []any{"1.5"}, "1.5 points"},
		{"%s: %d {file|files}, %d {is|are} held", []any{"a", 2, 1}, "a: 2 files, 1 is held"},
		{"%[2]d {vote|votes} of %[1]d {ballot|ballots}", []any{3, 1}, "1 vote of 3 ballots"},
		{"100%% of %d {unit|units}", []any{1}, "100% of 1 unit"},
		{"%6d {file |files} %3d {row |rows}|", []any{1, 2}, "     1 file    2 rows|"},
		{"no group {here", []any{}, "no group {here"},
		{"{one|other} before any verb", []any{}, "other before any verb"},
	} {
		if got := fmt.Sprintf(plural(c.format, c.args), c.args...); got != c.want {
			t.Errorf("%q %v = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}

var (
	group     = regexp.MustCompile(`\{([^{}|]*)\|([^{}|]*)\}`)
	countVerb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*[ds]`)
)

// Plural groups are English's: each well formed and after the verb of
// the count it follows (the nearest before it); Vietnamese has none.
func TestPluralGroups(t *testing.T) {
	for _, id := range IDs() {
		vi, en := Raw(id)
		if strings.ContainsAny(vi, "{}") {
			t.Errorf("%s: a plural group in Vietnamese: %s", id, vi)
		}
		for _, loc := range group.FindAllStringIndex(en, -1) {
			before := en[:loc[0]]
			if !countVerb.MatchString(before) {
				t.Errorf("%s: a plural group with no count before it: %s", id, en)
			}
		}
		if rest := group.ReplaceAllString(en, ""); strings.ContainsAny(rest, "{}") {
			t.Errorf("%s: a brace outside a plural group: %s", id, en)
		}
	}
}

// The catalogue's messages say one thing in the singular: "1 points" and
// "1 units" were printed before the groups.
func TestCatalogueSingulars(t *testing.T) {
	for _, c := range []struct {
		id   string
		args []any
		want string
	}{
		{"xtui.merged_title", []any{1}, "Merged 1 file"},
		{"xtui.merged_title", []any{3}, "Merged 3 files"},
		{"rule.band", []any{"70", "1"}, "from 70%: 1 point"},
		{"xtui.board_intro", []any{1, 1}, "1 unit, 1 of them has not sent"},
		{"export.warn_missing", []any{1, "Tuy Hòa"}, "1 unit has not sent their self-scores: Tuy Hòa."},
		{"table.preview_counts", []any{1, 1, 0, 0, "10"}, "1 scorable criterion: 1 standard"},
	} {
		if got := T(EN, c.id, c.args...); !strings.Contains(got, c.want) {
			t.Errorf("%s %v = %q, want %q", c.id, c.args, got, c.want)
		}
	}
	if got := T(VI, "xtui.merged_title", 1); got != "Kết quả nhập 1 tệp" {
		t.Errorf("Vietnamese: %q", got)
	}
}
