package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
)

// nominateFlags are the options of thidua nominate.
type nominateFlags struct {
	period, unit, reason, initiative, research, ref, match *string
	withdraw, upward, down                                 *bool
}

// runNominate proposes people for titles and certificates in a period,
// checked by the rules: thidua nominate --period 2026 "Nguyễn Văn
// An=LĐTT:Hoàn thành xuất sắc nhiệm vụ". Every proposal is written, or
// none, the refusal naming its rule; --reason records why a rule that
// allows exceptions is met otherwise. Without proposals it lists the
// period's. --withdraw removes proposals; --upward and --no-upward are the
// leader's marks of what the bloc proposes to the province.
func runNominate(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("nominate", true)
	o := nominateFlags{period: fs.String("period", "", ""), unit: fs.String("unit", "", ""), reason: fs.String("reason", "", ""),
		initiative: fs.String("initiative", "", ""), research: fs.String("research", "", ""), ref: fs.String("ref", "", ""),
		withdraw: fs.Bool("withdraw", false, ""), upward: fs.Bool("upward", false, ""), down: fs.Bool("no-upward", false, ""),
		match: fs.String("match", "", "")}
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	s, err := c.session(ctx, "", *o.period)
	if err != nil {
		return err
	}
	defer s.db.Close()
	if len(pos) == 0 {
		return c.listNominees(ctx, s, *o.unit)
	}
	ps, err := c.staffFor(ctx, s.db, *o.unit)
	if err != nil {
		return err
	}
	props := make([]people.Proposal, 0, len(pos))
	for _, a := range pos {
		who, f, achievement, err := people.ParseNomination(a)
		if err != nil {
			return usageError{model.Message(c.lang, err)}
		}
		p, err := people.Find(ps, who)
		if err != nil {
			return err
		}
		props = append(props, people.Proposal{Person: p.ID, Form: f, Achievement: achievement, Reason: people.Clean(*o.reason),
			Evidence: o.evidence()})
	}
	switch {
	case strings.TrimSpace(*o.match) != "":
		return c.matchDecisions(ctx, s, strings.TrimSpace(*o.match), props)
	case *o.withdraw:
		for _, p := range props {
			if err := s.db.Withdraw(ctx, s.actor, s.period.ID, p.Person, p.Form); err != nil {
				return err
			}
		}
		c.printf("people_cli.withdrawn", len(props))
		return nil
	case *o.upward || *o.down:
		for _, p := range props {
			if err := s.db.SetUpward(ctx, s.actor, s.period.ID, p.Person, p.Form, *o.upward); err != nil {
				return err
			}
		}
		c.printf("people_cli.marked", len(props))
		return nil
	}
	vs, err := s.db.Nominate(ctx, s.actor, s.period.ID, props)
	if vs != nil {
		c.printVerdicts(vs, ps)
	}
	if err != nil {
		return err
	}
	c.printf("people_cli.nominated", len(vs), s.period.Code)
	return nil
}

func (o nominateFlags) evidence() []people.Evidence {
	var out []people.Evidence
	if t := people.Clean(*o.initiative); t != "" {
		out = append(out, people.Evidence{Kind: people.Initiative, Title: t, Ref: people.Clean(*o.ref)})
	}
	if t := people.Clean(*o.research); t != "" {
		out = append(out, people.Evidence{Kind: people.Research, Title: t, Ref: people.Clean(*o.ref)})
	}
	return out
}

type verdictJSON struct {
	Person   string        `json:"person"`
	Name     string        `json:"name"`
	Form     string        `json:"form"`
	Outcome  string        `json:"outcome"`
	Findings []findingJSON `json:"findings"`
}

type findingJSON struct {
	Rule     string `json:"rule"`
	Source   string `json:"source"`
	Excepted bool   `json:"excepted"`
	Message  string `json:"message"`
}

// printVerdicts says what the checker made of each proposal: a line each,
// with every rule it did not meet.
func (c *cli) printVerdicts(vs []people.Verdict, ps []people.Person) {
	names := map[string]string{}
	for _, p := range ps {
		names[p.ID] = p.Name
	}
	if c.json {
		out := struct {
			Verdicts []verdictJSON `json:"verdicts"`
		}{[]verdictJSON{}}
		for _, v := range vs {
			j := verdictJSON{Person: v.Proposal.Person, Name: names[v.Proposal.Person], Form: v.Proposal.Form.Code(),
				Outcome: v.Outcome.String(), Findings: []findingJSON{}}
			for _, f := range v.Findings {
				fj := findingJSON{Excepted: f.Excepted, Message: f.Err.Localize(c.lang)}
				if f.Rule != nil {
					fj.Rule, fj.Source = f.Rule.ID, f.Rule.Source.Localize(c.lang)
				}
				j.Findings = append(j.Findings, fj)
			}
			out.Verdicts = append(out.Verdicts, j)
		}
		if err := c.writeJSON(out); err != nil {
			c.warnf("people_cli.note", err.Error())
		}
		return
	}
	for _, v := range vs {
		c.printf("people_cli.verdict", printable(names[v.Proposal.Person]), v.Proposal.Form.Label(c.lang), v.Outcome.Localize(c.lang))
		for _, f := range v.Findings {
			c.printf("people_cli.finding", f.Err.Localize(c.lang))
		}
	}
}

// listNominees prints a period's proposals: the unit's, or every unit's
// for the leader, with the leader's marks.
func (c *cli) listNominees(ctx context.Context, s *session, unitCode string) error {
	unitID, err := c.peopleUnit(ctx, s.db, unitCode, false)
	if err != nil {
		return err
	}
	b, err := s.db.Book(ctx, s.period.ID, unitID)
	if err != nil {
		return err
	}
	units, err := unitCodes(ctx, s.db)
	if err != nil {
		return err
	}
	byID := map[string]people.Person{}
	for _, p := range b.People {
		byID[p.ID] = p
	}
	if c.json {
		type nomineeJSON struct {
			Person      string `json:"person"`
			Name        string `json:"name"`
			Unit        string `json:"unit"`
			Form        string `json:"form"`
			Achievement string `json:"achievement"`
			Reason      string `json:"reason,omitempty"`
			Outcome     string `json:"outcome"`
			Upward      bool   `json:"upward"`
			// Decision is the province's, once it came back.
			Decision *decisionJSON `json:"decision,omitempty"`
		}
		type unmatchedJSON struct {
			OldID    string        `json:"old_id"`
			Form     string        `json:"form"`
			Decision *decisionJSON `json:"decision"`
		}
		out := struct {
			Period   string        `json:"period"`
			Nominees []nomineeJSON `json:"nominees"`
			// Unmatched are the province's decisions on people no
			// longer on the unit's list, to match (--match).
			Unmatched []unmatchedJSON `json:"unmatched,omitempty"`
		}{Period: s.period.Code, Nominees: []nomineeJSON{}}
		for _, d := range b.Unmatched {
			out.Unmatched = append(out.Unmatched, unmatchedJSON{d.Person, d.Form.Code(), decisionOfNominee(people.Nominee{Decision: &d})})
		}
		for _, n := range b.Nominees {
			p := byID[n.Person]
			out.Nominees = append(out.Nominees, nomineeJSON{n.Person, p.Name, units[p.Unit], n.Form.Code(), n.Achievement, n.Reason,
				n.Outcome.String(), n.Upward, decisionOfNominee(n)})
		}
		return c.writeJSON(out)
	}
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", i18n.T(c.lang, "nominee_list.col_no"), i18n.T(c.lang, "nominee_list.col_name"),
		i18n.T(c.lang, "col.code"), i18n.T(c.lang, "nominee_list.col_form"), i18n.T(c.lang, "nominee_list.col_achievement"),
		i18n.T(c.lang, "people_cli.col_upward"))
	for i, n := range b.Nominees {
		p := byID[n.Person]
		up := ""
		if n.Upward {
			up = "↑"
		}
		if n.Decision != nil {
			up = strings.TrimSpace(up + " " + printable(n.Decision.Describe(c.lang)))
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, printable(p.Name), printable(units[p.Unit]), b.Settings.Label(n.Form, c.lang),
			printable(strings.TrimSpace(n.Achievement)), up)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	c.printf("people_cli.nominee_count", len(b.Nominees), s.period.Code)
	for _, d := range b.Unmatched {
		c.printf("people_cli.unmatched", d.Form.Label(c.lang), printable(d.Describe(c.lang)), printable(d.Person), s.period.Code,
			printable(d.Person), d.Form.Code())
	}
	return nil
}

// matchDecisions applies the province's decision kept aside on the old
// id (a unit that typed its staff again) to the person proposed: thidua
// nominate --period P --match OLD_ID "NAME=FORM".
func (c *cli) matchDecisions(ctx context.Context, s *session, oldID string, props []people.Proposal) error {
	if len(props) != 1 {
		return usageError{i18n.T(c.lang, "people_cli.match_one")}
	}
	p := props[0]
	if err := s.db.MatchDecision(ctx, s.actor, s.period.ID, oldID, p.Form, p.Person); err != nil {
		return err
	}
	c.printf("people_cli.matched", p.Form.Label(c.lang), printable(oldID))
	return nil
}
