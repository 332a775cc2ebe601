package main

import (
	"context"

	"thidua/model"
	"thidua/storage"
)

// runDecide records the province's decision on a bloc's proposal: accept
// it, refuse it (--refuse) or give the award to another unit of the bloc
// (--replace CODE), with the decision's number and date read from
// --decision "Quyết định số 512/QĐ-UBND ngày 20/01/2020". Audited; the
// award stays within its quota. At a bloc the leader transcribes a paper
// decision, flagged so.
func runDecide(ctx context.Context, c *cli, args []string) error {
	if personMode(args) {
		return runDecidePerson(ctx, c, args)
	}
	fs := c.flags("decide", false)
	periodCode := fs.String("period", "", "")
	blocCode := fs.String("bloc", "", "")
	award := fs.String("award", "", "")
	unitCode := fs.String("unit", "", "")
	ref := fs.String("decision", "", "")
	refuse := fs.Bool("refuse", false, "")
	replace := fs.String("replace", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	for name, v := range map[string]string{"--award": *award, "--unit": *unitCode} {
		if v == "" {
			return usageError{c.t("cli.need_flag", name)}
		}
	}
	if *refuse && *replace != "" {
		return usageError{c.t("province.refuse_or_replace")}
	}
	q := model.DecisionRequest{Award: *award}
	switch {
	case *refuse:
		q.Verdict = model.VerdictRefuse
	case *replace != "":
		q.Verdict = model.VerdictReplace
	}
	if *ref != "" || q.Verdict != model.VerdictRefuse {
		var err error
		if q.Number, q.Date, err = model.ParseDecisionRef(*ref); err != nil {
			return err
		}
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	sections, province, err := blocSections(ctx, db, *blocCode, *periodCode)
	if err != nil {
		return err
	}
	if province && *blocCode == "" && len(sections) > 1 {
		return usageError{c.t("cli.need_flag", "--bloc")}
	}
	s := sections[0]
	actor := model.Actor{Role: model.RoleProvince}
	if !province {
		if actor, err = c.actor(ctx, db, ""); err != nil {
			return err
		}
	}
	if q.UnitID, err = blocUnitID(ctx, db, s.Bloc.ID, *unitCode); err != nil {
		return err
	}
	if *replace != "" {
		if q.Instead, err = blocUnitID(ctx, db, s.Bloc.ID, *replace); err != nil {
			return err
		}
	}
	if err := db.Decide(ctx, actor, s.Period.ID, q); err != nil {
		return err
	}
	r, err := db.Result(ctx, s.Period.ID)
	if err != nil {
		return err
	}
	for _, d := range r.Decisions {
		if (d.UnitID == q.UnitID || d.UnitID == q.Instead) && d.Award == model.NormalizeCode(q.Award) {
			c.printf("province.decided", r.Units[d.UnitID].Code, model.DescribeDecision(c.lang, d, r.Rules.Awards, r.Codes()))
		}
	}
	if actor.Role == model.RoleLeader {
		c.warnf("cli.flag", model.Message(c.lang, model.Errorf(model.FlagTranscribed)))
	}
	return nil
}

// blocUnitID finds a unit of a bloc by code.
func blocUnitID(ctx context.Context, db *storage.DB, blocID, code string) (string, error) {
	units, err := db.BlocUnits(ctx, blocID, "")
	if err != nil {
		return "", err
	}
	for _, u := range units {
		if u.Code == model.NormalizeCode(code) {
			return u.ID, nil
		}
	}
	return "", model.Errorf(model.EUnitUnknown, code)
}
