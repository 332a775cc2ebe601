package main

import (
	"context"
	"fmt"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

// periodJSON is a period in `thidua period … --json` (fields may be added,
// never renamed); dates YYYY-MM-DD, "" when not set.
type periodJSON struct {
	Code         string `json:"code"`
	Label        string `json:"label"`
	Kind         string `json:"kind"`
	Starts       string `json:"starts"`
	Ends         string `json:"ends"`
	Registration string `json:"registration_closes"`
	SelfScore    string `json:"self_score_closes"`
	From         string `json:"from"`
	Draft        string `json:"draft"` // the draft table's label
}

// runPeriod starts a period: thidua period new --from 2019 --code 2020
// --label "Tổng kết năm 2020".
func runPeriod(ctx context.Context, c *cli, args []string) error {
	if len(args) == 0 || args[0] != "new" {
		return usageError{i18n.T(c.lang, "period.cli.usage")}
	}
	return runPeriodNew(ctx, c, args[1:])
}

// runPeriodNew starts a new period from an old one: the old period's rules
// and awards, its dates a year later, the roster, and a draft copy of its
// criteria table for the leader to edit and issue (the period is scored on
// the old table until then). Registrations open again for the new period.
func runPeriodNew(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("period new", true)
	from := fs.String("from", "", "")
	code := fs.String("code", "", "")
	label := fs.String("label", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *from == "" || model.NormalizeCode(*code) == "" {
		return usageError{i18n.T(c.lang, "period.cli.usage")}
	}
	s, err := c.session(ctx, "", *from)
	if err != nil {
		return err
	}
	defer s.db.Close()
	p := model.NextPeriod(s.period, *code, *label)
	draftLabel := i18n.T(c.lang, "period.draft_label", p.Label)
	p, _, err = s.db.StartPeriodFrom(ctx, s.actor, s.period.ID, p, draftLabel)
	if err != nil {
		return err
	}
	doc := periodJSON{Code: p.Code, Label: p.Label, Kind: p.Kind.String(), Starts: day(p.Starts), Ends: day(p.Ends),
		Registration: day(p.RegistrationCloses), SelfScore: day(p.SelfScoreCloses), From: s.period.Code, Draft: draftLabel}
	if c.json {
		return c.writeJSON(doc)
	}
	c.printf("period.cli.started", printable(p.Code), printable(p.Label), printable(s.period.Code))
	for _, line := range [][2]string{
		{"period.cli.dates", dash(humanDate(doc.Starts)) + " – " + dash(humanDate(doc.Ends))},
		{"settings.registration", dash(humanDate(doc.Registration))},
		{"settings.self_score", dash(humanDate(doc.SelfScore))},
	} {
		fmt.Fprintf(c.io.out, "  %-28s %s\n", i18n.T(c.lang, line[0])+":", line[1])
	}
	c.printf("period.cli.next", printable(draftLabel), printable(p.Code))
	return nil
}

// day writes a date as YYYY-MM-DD; "" when not set.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// dash is "—" for what is not set.
func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
