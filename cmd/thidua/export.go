package main

import (
	"context"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// runExport writes this installation's file for a period: a unit's
// submission, or the leader's bloc file for the province. --out may be a
// folder; the file is then named by what it is.
func runExport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("export", false)
	periodCode := fs.String("period", "", "")
	out := fs.String("out", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *out == "" {
		return usageError{c.t("cli.need_flag", "--out")}
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
	w, err := exchange.Export(ctx, s.db, storage.ExportRequest{Kind: kind, PeriodID: s.period.ID}, *out,
		exchange.Options{AppVersion: version})
	if err != nil {
		return err
	}
	c.printf("exchange.cli.exported", c.t("exchange.kind."+kind.String()), s.period.Code, w.Path)
	c.printf("exchange.cli.read_receipt", w.Receipt(), w.Manifest.Fingerprint())
	for _, warn := range w.Warnings {
		c.warnf("cli.flag", warn.Localize(c.lang))
	}
	return nil
}
