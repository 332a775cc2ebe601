package people

import (
	"strings"
	"testing"

	"thidua/model"
)

// A person's decision is read by the one reader of references (its
// table is model's TestParseDecisionRef), the date as stored.
func TestParseDecisionText(t *testing.T) {
	for _, c := range []struct{ in, number, date, err string }{
		{"Quyết định số 512/QĐ-UBND ngày 20/12/2026", "512/QĐ-UBND", "2026-12-20", ""},
		{"12/QĐ-UBND, 05-01-2026", "12/QĐ-UBND", "2026-01-05", ""},
		{"512/QĐ-UBND", "", "", model.EDecisionRefNoDate},
		{"Quyết định số 512/QĐ-UBND ngày 31/02/2026", "", "", model.EDecisionRefDate},
		{"", "", "", model.EDecisionRefEmpty},
	} {
		n, d, err := ParseDecisionText(c.in)
		if codeOf(err) != c.err || n != c.number || d != c.date {
			t.Errorf("%q: %q %q %v", c.in, n, d, err)
		}
	}
}

// A decision stands on its own: a lower form only when downgraded, a
// number whenever something was given.
func TestDecisionValidate(t *testing.T) {
	for _, c := range []struct {
		d    Decision
		err  string
		gave Form
	}{
		{Decision{Form: LDTT, Ruling: RulingAccepted, Number: "1/QĐ-UBND"}, "", LDTT},
		{Decision{Form: LDTT, Ruling: RulingRefused}, "", NoForm},
		{Decision{Form: BKTinh, Ruling: RulingDowngraded, DowngradedTo: GiayKhen, Number: "2/QĐ-UBND"}, "", GiayKhen},
		{Decision{Form: BKTinh, Ruling: RulingDowngraded, Number: "2/QĐ-UBND"}, EDecisionTarget, NoForm},
		{Decision{Form: BKTinh, Ruling: RulingDowngraded, DowngradedTo: BKTinh, Number: "2/QĐ-UBND"}, EDecisionTarget, NoForm},
		{Decision{Form: LDTT, Ruling: RulingAccepted, DowngradedTo: GiayKhen, Number: "1"}, EDecisionTarget, NoForm},
		{Decision{Form: LDTT, Ruling: RulingAccepted}, EDecisionNumber, NoForm},
		{Decision{Form: LDTT, Ruling: RulingAccepted, Number: "1", Date: "20/12/2026"}, EDecisionText, NoForm},
		{Decision{Form: NoForm, Ruling: RulingRefused}, EFormUnknown, NoForm},
		{Decision{Form: LDTT, Ruling: RulingRefused, Reason: strings.Repeat("ư", MaxDecisionReason)}, "", NoForm},
		{Decision{Form: LDTT, Ruling: RulingRefused, Reason: strings.Repeat("ư", MaxDecisionReason+1)}, EDecisionReason, NoForm},
	} {
		err := c.d.Validate()
		if codeOf(err) != c.err {
			t.Errorf("%+v: %v, want %s", c.d, err, c.err)
		}
		if f, ok := c.d.Given(); err == nil && (f != c.gave || ok != (c.gave != NoForm)) {
			t.Errorf("%+v gives %v %v", c.d, f, ok)
		}
	}
}

// codeOf is an error's catalogue code, "" for none.
func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return model.ErrorCode(err)
}
