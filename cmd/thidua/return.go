package main

import (
	"context"
	"fmt"
	"strings"

	"thidua/model"
	"thidua/storage"
)

// runReturn is the leader's side of the review round: with CODE=reason
// pairs it returns a unit's submission ("trả lại") asking for an
// explanation per criterion ("*" for the whole sheet); --clear closes the
// return; with neither it lists the reasons and the unit's answers. The
// reasons reach the unit in its next setup file.
func runReturn(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("return", false)
	periodCode := fs.String("period", "", "")
	unitCode := fs.String("unit", "", "")
	clear := fs.Bool("clear", false, "")
	as := fs.String("as", "", "")
	note := fs.String("reason", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	pairs, err := c.pairs(pos)
	if err != nil {
		return err
	}
	if (len(pairs) > 0 || *clear) && *unitCode == "" {
		return usageError{c.t("cli.need_flag", "--unit")}
	}
	s, err := c.session(ctx, *as, *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	unitID := ""
	if *unitCode != "" {
		u, err := s.db.UnitByCode(ctx, *unitCode)
		if err != nil {
			return err
		}
		unitID = u.ID
	}
	switch {
	case *clear:
		if err := s.db.ClearReturn(ctx, s.actor, s.period.ID, unitID, *note); err != nil {
			return err
		}
		c.printf("exchange.cli.return_cleared", *unitCode)
		return nil
	case len(pairs) == 0:
		return c.printReturns(ctx, s.db, s.period, unitID)
	}
	reasons := make([]model.ReturnReason, len(pairs))
	for i, p := range pairs {
		reasons[i] = model.ReturnReason{UnitID: unitID, CriterionID: p[0], Reason: p[1]}
	}
	if err := s.db.ReturnSubmission(ctx, s.actor, s.period.ID, unitID, reasons); err != nil {
		return err
	}
	c.printf("exchange.cli.returned", strings.ToUpper(*unitCode), len(reasons), strings.ToUpper(*unitCode))
	return nil
}

// pairs reads CODE=text arguments; "*" or an empty code is the whole
// sheet.
// The same criterion twice is refused, naming both: never "the last one
// wins".
func (c *cli) pairs(args []string) ([][2]string, error) {
	var out [][2]string
	seen := map[string]string{}
	for _, a := range args {
		code, text, ok := strings.Cut(a, "=")
		if !ok || strings.TrimSpace(text) == "" {
			return nil, usageError{c.t("exchange.cli.bad_pair", a)}
		}
		code = strings.TrimSpace(code)
		if code == "*" {
			code = ""
		}
		key := model.NormalizeCode(code)
		if prev, dup := seen[key]; dup {
			return nil, model.Errorf(storage.ETwice, prev, a)
		}
		seen[key] = a
		out = append(out, [2]string{code, text})
	}
	return out, nil
}

// printReturns lists a period's return reasons beside the criteria, with
// the unit's answers (unitID "" for every unit).
func (c *cli) printReturns(ctx context.Context, db *storage.DB, p model.Period, unitID string) error {
	reasons, err := db.Returns(ctx, p.ID, unitID)
	if err != nil || len(reasons) == 0 {
		return err
	}
	answers, err := db.Explanations(ctx, p.ID, unitID)
	if err != nil {
		return err
	}
	tree, err := db.VersionTree(ctx, p.CriteriaVersionID)
	if err != nil {
		return err
	}
	units, err := db.Units(ctx, "")
	if err != nil {
		return err
	}
	codes := map[string]string{}
	for _, u := range units {
		codes[u.ID] = u.Code
	}
	answer := map[string]string{}
	for _, a := range answers {
		answer[a.UnitID+"/"+a.CriterionID] = a.Answer
	}
	c.printf("exchange.cli.returns_head", p.Code)
	for _, r := range reasons {
		what := c.t("exchange.cli.whole_sheet")
		if cr, ok := tree.Get(r.CriterionID); ok {
			what = tree.Label(cr.ID)
		}
		fmt.Fprintf(c.io.out, "  %s  %s\n", printable(codes[r.UnitID]), printable(what))
		c.printf("exchange.cli.return_reason", r.Reason)
		if a := answer[r.UnitID+"/"+r.CriterionID]; a != "" {
			c.printf("exchange.cli.return_answer", a)
		}
	}
	return nil
}
