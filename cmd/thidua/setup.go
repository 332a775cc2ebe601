package main

import (
	"context"
	"os"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// runSetup writes the leader's setup file for one unit (--unit CODE --out
// FILE) or for every active unit (--all --out-dir DIR). Each file holds
// that unit's own enrolment code, so each must be sent privately.
func runSetup(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("setup", false)
	unitCode := fs.String("unit", "", "")
	all := fs.Bool("all", false, "")
	out := fs.String("out", "", "")
	outDir := fs.String("out-dir", "", "")
	periodCode := fs.String("period", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || (*unitCode == "") == !*all || (*all && *outDir == "") || (!*all && *out == "") {
		return usageError{c.t("exchange.cli.setup_usage")}
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	var targets []model.Unit
	target := *out
	if *all {
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			return storage.WriteError(*outDir, err)
		}
		target = *outDir
		list, err := s.db.Units(ctx, "")
		if err != nil {
			return err
		}
		for _, u := range list {
			if u.Status == model.Active && u.ID != s.actor.UnitID {
				targets = append(targets, u)
			}
		}
	} else {
		u, err := s.db.UnitByCode(ctx, *unitCode)
		if err != nil {
			return err
		}
		targets = append(targets, u)
	}
	var reqs []storage.ExportRequest
	for _, u := range targets {
		reqs = append(reqs, storage.ExportRequest{Kind: model.KindSetup, PeriodID: s.period.ID, UnitID: u.ID})
	}
	opt := exchange.Options{AppVersion: version}
	var written []model.WrittenFile
	if *all {
		// Every unit's file, or none.
		written, err = exchange.ExportAll(ctx, s.db, reqs, target, opt)
	} else {
		var w model.WrittenFile
		w, err = exchange.Export(ctx, s.db, reqs[0], target, opt)
		written = append(written, w)
	}
	if err != nil {
		return err
	}
	fp := ""
	for i, w := range written {
		c.printf("exchange.cli.setup_written", targets[i].Code, w.Path, w.Receipt())
		fp = w.File.Fingerprint
	}
	c.printf("exchange.cli.setup_private", fp)
	return nil
}
