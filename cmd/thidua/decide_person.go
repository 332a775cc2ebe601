package main

import (
	"context"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
)

// personMode reports whether a decide command is about an individual
// (--person): the units' awards and the individuals' share the verb.
func personMode(args []string) bool {
	for _, a := range args {
		if a == "--person" || a == "-person" || strings.HasPrefix(a, "--person=") || strings.HasPrefix(a, "-person=") {
			return true
		}
	}
	return false
}

// runDecidePerson records the province's decision on a person the bloc
// proposed upward: thidua decide --bloc KHOI --period 2026 --person "Nguyễn
// Văn An" --form CSTĐCS --outcome accepted --decision "Quyết định số
// 512/QĐ-UBND ngày 20/12/2026" (--reason: why refused, kept at the
// province). It goes down in the next decision file
// (thidua export --bloc). A person the bloc did not send up is refused.
func runDecidePerson(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("decide_person", false)
	bloc, periodCode, unit := fs.String("bloc", "", ""), fs.String("period", "", ""), fs.String("unit", "", "")
	who, form, outcome := fs.String("person", "", ""), fs.String("form", "", ""), fs.String("outcome", "", "")
	to, text, why := fs.String("downgraded-to", "", ""), fs.String("decision", "", ""), fs.String("reason", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	for _, f := range []struct{ name, v string }{{"--bloc", *bloc}, {"--person", *who}, {"--form", *form}, {"--outcome", *outcome}} {
		if strings.TrimSpace(f.v) == "" {
			return usageError{i18n.T(c.lang, "cli.need_flag", f.name)}
		}
	}
	if len(pos) > 0 {
		return usageError{i18n.T(c.lang, "people_cli.decide_args", printable(strings.Join(pos, " ")))}
	}
	d, err := c.decisionOf(*form, *outcome, *to, *text)
	if err != nil {
		return err
	}
	d.Reason = people.Clean(*why)
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.PeriodOfBloc(ctx, *bloc, *periodCode)
	if err != nil {
		return err
	}
	unitID := "" // every bloc's people the province holds, or one unit's
	if strings.TrimSpace(*unit) != "" {
		u, err := db.UnitByCode(ctx, *unit)
		if err != nil {
			return err
		}
		unitID = u.ID
	}
	ps, err := db.Staff(ctx, unitID)
	if err != nil {
		return err
	}
	person, err := people.Find(ps, people.Clean(*who))
	if err != nil {
		return err
	}
	d.Person = person.ID
	if err := db.DecideNominee(ctx, model.Actor{Role: model.RoleProvince}, p.ID, d); err != nil {
		return err
	}
	c.printf("people_cli.decided", printable(person.Name), d.Form.Label(c.lang), i18n.T(c.lang, "nominee_ruling."+d.Ruling.String()), p.Code)
	return nil
}

// decisionOf reads the decision's flags: the form, the ruling ("accepted",
// "refused", "downgraded", or in Vietnamese), the lower form given and
// the decision as offices write it.
func (c *cli) decisionOf(form, outcome, to, text string) (people.Decision, error) {
	var d people.Decision
	var err error
	if d.Form, err = people.ParseForm(form); err != nil {
		return d, err
	}
	r, ok := people.ParseRuling(strings.ToLower(outcome))
	if !ok {
		switch model.Fold(outcome) {
		case "dong y", "khen", "chap thuan":
			r, ok = people.RulingAccepted, true
		case "khong", "tu choi", "khong khen":
			r, ok = people.RulingRefused, true
		case "ha muc", "ha":
			r, ok = people.RulingDowngraded, true
		}
	}
	if !ok {
		return d, usageError{i18n.T(c.lang, "people_cli.bad_ruling", printable(outcome))}
	}
	d.Ruling = r
	if strings.TrimSpace(to) != "" {
		if d.DowngradedTo, err = people.ParseForm(to); err != nil {
			return d, err
		}
	}
	if strings.TrimSpace(text) != "" {
		if d.Number, d.Date, err = people.ParseDecisionText(text); err != nil {
			return d, err
		}
	}
	return d, d.Validate()
}

// decisionJSON is the province's decision on a proposal in --json output.
type decisionJSON struct {
	Outcome      string `json:"outcome"`
	DowngradedTo string `json:"downgraded_to,omitempty"`
	Number       string `json:"number"`
	Date         string `json:"date"`
	Reason       string `json:"reason,omitempty"`
}

// decisionOfNominee is a nominee's decision for --json (nil: none yet).
func decisionOfNominee(n people.Nominee) *decisionJSON {
	d := n.Decision
	if d == nil {
		return nil
	}
	j := &decisionJSON{Outcome: d.Ruling.String(), Number: d.Number, Date: d.Date, Reason: d.Reason}
	if d.Ruling == people.RulingDowngraded {
		j.DowngradedTo = d.DowngradedTo.Code()
	}
	return j
}
