package main

import (
	"context"

	"thidua/storage/exchange"
)

// runConfirmLeader writes, at the province, its confirmation that a unit
// (--unit CODE, by default the bloc's deputy) takes over a bloc (--bloc
// CODE, needed when the province holds several) whose leader's computer is
// lost: a handover file signed with the province's key, which the unit
// takes with thidua join. --reason says why (audited).
func runConfirmLeader(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("confirm-leader", false)
	bloc := fs.String("bloc", "", "")
	unit := fs.String("unit", "", "")
	reason := fs.String("reason", "", "")
	out := fs.String("out", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *out == "" || *reason == "" {
		return usageError{c.t("confirm.usage")}
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	t, err := db.ConfirmTarget(ctx, *bloc, *unit)
	if err != nil {
		return err
	}
	w, err := exchange.ConfirmLeader(ctx, db, t, *reason, *out, exchange.Options{AppVersion: version})
	if err != nil {
		return err
	}
	c.printf("confirm.written", t.Unit.Code, t.Bloc.Code, w.Path, w.Receipt())
	c.printf("confirm.fingerprint", w.File.Fingerprint, t.Unit.Fingerprint)
	return nil
}
