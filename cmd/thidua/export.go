package main

import (
	"context"
	"strings"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// runExport writes this installation's file for a period: a unit's
// submission, the leader's bloc file for the province, or the province's
// decision file for a bloc (--bloc). --out may be a folder; the file is
// then named by what it is.
func runExport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("export", false)
	periodCode := fs.String("period", "", "")
	blocCode := fs.String("bloc", "", "")
	out := fs.String("out", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *out == "" {
		return usageError{c.t("cli.need_flag", "--out")}
	}
	if *blocCode != "" {
		return c.exportDecisions(ctx, *blocCode, *periodCode, *out)
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	kind := model.KindSubmission
	if s.actor.Role == model.RoleLeader {
		kind = model.KindBlocFile
	}
	if err := c.exportWarnings(ctx, s, kind); err != nil {
		return err
	}
	w, err := exchange.Export(ctx, s.db, storage.ExportRequest{Kind: kind, PeriodID: s.period.ID}, *out,
		exchange.Options{AppVersion: version})
	if err != nil {
		return err
	}
	c.printf("exchange.cli.exported", c.t("exchange.kind."+kind.String()), s.period.Code, w.Path)
	c.printf("exchange.cli.read_receipt", w.Receipt(), w.File.Fingerprint)
	for _, warn := range w.Warnings {
		c.warnf("cli.flag", warn.Localize(c.lang))
	}
	return nil
}

// exportWarnings says on stderr what the file goes without, as the
// interface does before writing it: a unit's returned criteria not yet
// answered; the units a bloc file lacks or has not reviewed. Scripts go
// on; a person reads it.
func (c *cli) exportWarnings(ctx context.Context, s *session, kind model.FileKind) error {
	if kind == model.KindSubmission {
		open, err := s.db.Unanswered(ctx, s.period.ID, s.actor.UnitID)
		if err != nil || len(open) == 0 {
			return err
		}
		tree, err := s.db.VersionTree(ctx, s.period.CriteriaVersionID)
		if err != nil {
			return err
		}
		var labels []string
		for _, r := range open {
			label := c.t("exchange.cli.whole_sheet")
			if r.CriterionID != "" {
				label = tree.Label(r.CriterionID)
			}
			labels = append(labels, label)
		}
		c.warnf("export.warn_unanswered", len(open), strings.Join(labels, ", "))
		return nil
	}
	rows, err := s.db.Inbox(ctx, s.period.ID)
	if err != nil {
		return err
	}
	g := model.BlocGaps(rows, s.actor.UnitID)
	for _, w := range []struct {
		id    string
		units []model.Unit
	}{{"export.warn_missing", g.Missing}, {"export.warn_returned", g.Returned}, {"export.warn_unreviewed", g.Unreviewed}} {
		if len(w.units) > 0 {
			codes := make([]string, len(w.units))
			for i, u := range w.units {
				codes[i] = u.Code
			}
			c.warnf(w.id, len(w.units), strings.Join(codes, ", "))
		}
	}
	return nil
}

// exportDecisions writes the province's decision file for a bloc's
// period: its award decisions and province-stage scores, for the leader
// to merge and pass on to the units.
func (c *cli) exportDecisions(ctx context.Context, blocCode, periodCode, out string) error {
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.PeriodOfBloc(ctx, blocCode, periodCode)
	if err != nil {
		return err
	}
	w, err := exchange.Export(ctx, db, storage.ExportRequest{Kind: model.KindDecision, PeriodID: p.ID}, out,
		exchange.Options{AppVersion: version})
	if err != nil {
		return err
	}
	c.printf("exchange.cli.exported", c.t("exchange.kind."+model.KindDecision.String()), p.Code, w.Path)
	c.printf("exchange.cli.read_receipt", w.Receipt(), w.File.Fingerprint)
	return nil
}
