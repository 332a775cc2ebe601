package main

import (
	"context"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// runHandover writes the outgoing leader's handover file for the unit
// elected to lead next (--to CODE --out FILE): the bloc, its roster and
// keys, criteria, periods, rules and every period's scores, with this
// leader key's endorsement of the incoming unit's verified key. Once the
// file is written and checked, this installation is an ordinary member.
func runHandover(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("handover", false)
	to := fs.String("to", "", "")
	out := fs.String("out", "", "")
	periodCode := fs.String("period", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *to == "" || *out == "" {
		return usageError{c.t("handover.usage")}
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	u, err := s.db.UnitByCode(ctx, *to)
	if err != nil {
		return err
	}
	// The roster's listing carries the unit's key fingerprint, said below.
	units, err := s.db.Units(ctx, u.Code)
	if err != nil {
		return err
	}
	for _, x := range units {
		if x.ID == u.ID {
			u = x
		}
	}
	w, err := exchange.Handover(ctx, s.db, storage.ExportRequest{Kind: model.KindHandover, PeriodID: s.period.ID, UnitID: u.ID},
		*out, exchange.Options{AppVersion: version})
	if err != nil {
		return err
	}
	c.printf("handover.written", u.Code, w.Path, w.Receipt())
	c.printf("handover.member", w.File.Fingerprint, u.Fingerprint)
	return nil
}
