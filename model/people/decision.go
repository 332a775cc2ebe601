package people

import (
	"strings"
	"time"
	"unicode/utf8"

	"thidua/model"
	"thidua/model/i18n"
)

// Ruling is the province's answer to a proposal the bloc sent up.
type Ruling int

const (
	// RulingAccepted: the form proposed was given.
	RulingAccepted Ruling = iota
	// RulingRefused: nothing was given.
	RulingRefused
	// RulingDowngraded: a lower form was given instead.
	RulingDowngraded
)

var rulingNames = [...]string{"accepted", "refused", "downgraded"}

// String returns the stored and exchanged name of a ruling.
func (r Ruling) String() string { return rulingNames[r] }

// ParseRuling reads a ruling's stored name.
func ParseRuling(s string) (Ruling, bool) {
	for i, n := range rulingNames {
		if n == strings.TrimSpace(s) {
			return Ruling(i), true
		}
	}
	return RulingAccepted, false
}

// Decision is the province's decision on one person's proposal: the form
// proposed, the ruling, the form given instead when downgraded, and the
// decision's number ("512/QĐ-UBND") and date (YYYY-MM-DD).
type Decision struct {
	Person       string
	Form         Form
	Ruling       Ruling
	DowngradedTo Form
	Number       string
	Date         string
	// Reason is why the province refused or downgraded, as typed there;
	// kept at the province (the exchange's row does not carry it).
	Reason string
}

// Error codes of decisions on individuals; each is a catalogue id.
const (
	EDecisionTarget = "people.decision_target"
	EDecisionNumber = "people.decision_number"
	EDecisionText   = "people.decision_text"
	EDecisionReason = "people.decision_reason"
	EDecisionRatio  = "people.decision_ratio"
)

// MaxDecisionReason is the longest reason a decision keeps.
const MaxDecisionReason = 500

// Validate checks a decision on its own: known forms, a lower form given
// when downgraded and none otherwise, a number when something was given.
func (d Decision) Validate() error {
	if !d.Form.Valid() {
		return model.Errorf(EFormUnknown, d.Form.Code())
	}
	if (d.Ruling == RulingDowngraded) != (d.DowngradedTo != NoForm) ||
		d.Ruling == RulingDowngraded && (!d.DowngradedTo.Valid() || d.DowngradedTo == d.Form) {
		return model.Errorf(EDecisionTarget, d.Form.Code())
	}
	if d.Ruling != RulingRefused && strings.TrimSpace(d.Number) == "" {
		return model.Errorf(EDecisionNumber, d.Form.Code())
	}
	if utf8.RuneCountInString(d.Reason) > MaxDecisionReason {
		return model.Errorf(EDecisionReason, MaxDecisionReason)
	}
	if d.Date != "" {
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			return model.Errorf(EDecisionText, d.Date)
		}
	}
	return nil
}

// Given returns the form the person received (false: none).
func (d Decision) Given() (Form, bool) {
	switch d.Ruling {
	case RulingAccepted:
		return d.Form, true
	case RulingDowngraded:
		return d.DowngradedTo, true
	}
	return NoForm, false
}

// Text is the decision as a person's history records it:
// "512/QĐ-UBND ngày 20/12/2026".
func (d Decision) Text() string {
	t, err := time.Parse(time.DateOnly, d.Date)
	if err != nil {
		return d.Number
	}
	return d.Number + " ngày " + t.Format("02/01/2006")
}

// ParseDecisionText reads a decision as offices write it, "Quyết định số
// 512/QĐ-UBND ngày 20/12/2026", into its number and its date
// (YYYY-MM-DD): model.ParseDecisionRef, the one reader of a decision's
// reference, with the date as people's decisions store it.
func ParseDecisionText(s string) (number, date string, err error) {
	n, d, err := model.ParseDecisionRef(s)
	if err != nil {
		return "", "", err
	}
	return n, d.Format(time.DateOnly), nil
}

// Describe says a decision as the lists show it beside the proposal:
// "Tỉnh: được khen 512/QĐ-UBND ngày 20/12/2026".
func (d Decision) Describe(l i18n.Lang) string {
	if d.Ruling == RulingDowngraded {
		return strings.TrimSpace(i18n.T(l, "nominee_ruling.shown_to", d.DowngradedTo.Label(l), d.Text()))
	}
	return strings.TrimSpace(i18n.T(l, "nominee_ruling.shown", i18n.T(l, "nominee_ruling."+d.Ruling.String()), d.Text()))
}

// Result says a decision in the printed lists' column: "Đồng ý — Quyết
// định số 512/QĐ-UBND ngày 20/12/2026", "Tặng «Giấy khen» — …",
// "Không đồng ý", with the reason on a line of its own where one was
// given.
func (d Decision) Result(l i18n.Lang) string {
	ref := ""
	if t, err := time.Parse(time.DateOnly, d.Date); err == nil && d.Number != "" {
		ref = i18n.T(l, "nominee_list.result_ref_dated", d.Number, t.Format("02/01/2006"))
	} else if d.Number != "" {
		ref = i18n.T(l, "nominee_list.result_ref", d.Number)
	}
	var s string
	switch d.Ruling {
	case RulingAccepted:
		s = i18n.T(l, "nominee_list.result_accepted", ref)
	case RulingDowngraded:
		s = i18n.T(l, "nominee_list.result_downgraded", d.DowngradedTo.Label(l), ref)
	default:
		s = i18n.T(l, "nominee_list.result_refused", ref)
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "—"))
	if d.Reason != "" {
		s += "\n" + i18n.T(l, "nominee_sheet.reason", d.Reason)
	}
	return s
}
