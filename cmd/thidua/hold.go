package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// holdJSON is one held file in `thidua hold --json`.
type holdJSON struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	Unit       string `json:"unit"`
	Period     string `json:"period"`
	File       string `json:"file"`
	ReceivedAt string `json:"received_at"`
	Seq        int64  `json:"seq"`
	Receipt    string `json:"receipt"`
	Reason     string `json:"reason"`
	Decision   string `json:"decision"`
	DecidedAt  string `json:"decided_at"`
	By         string `json:"by"`
}

// runHold lists the files waiting for a decision (--all: every decision
// too), or decides them: `hold accept ID…` applies each (pinning a new
// key as verified by phone, passing a lock), `hold decline ID…` refuses
// each; --reason says why. Every decision is logged.
func runHold(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("hold", true)
	all := fs.Bool("all", false, "")
	reason := fs.String("reason", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if len(pos) == 0 {
		return c.listHolds(ctx, db, !*all)
	}
	accept := pos[0] == "accept"
	if (!accept && pos[0] != "decline") || len(pos) < 2 {
		return usageError{c.t("exchange.cli.hold_usage")}
	}
	// Every id is read and found before any file is decided: a typo in the
	// third id must not leave the first two decided.
	var ids []int64
	for _, a := range pos[1:] {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil {
			return usageError{c.t("exchange.cli.hold_usage")}
		}
		if _, err := db.HoldByID(ctx, id); err != nil {
			return err
		}
		ids = append(ids, id)
	}
	// Each held file is its own outcome, as in a merge.
	var out []model.MergeOutcome
	for _, id := range ids {
		o, err := exchange.Decide(ctx, db, id, accept, *reason, exchange.Options{AppVersion: version})
		if err != nil {
			return err
		}
		out = append(out, o)
	}
	app.KeepTotals(ctx, db, out...)
	err = c.reportOutcomes(out, nil, false)
	if !accept {
		// Declined is what was asked: done, not a failure for a script.
		var exit silentError
		if errors.As(err, &exit) {
			return nil
		}
	}
	return err
}

func (c *cli) listHolds(ctx context.Context, db *storage.DB, open bool) error {
	holds, err := db.Holds(ctx, open)
	if err != nil {
		return err
	}
	st, err := db.InboxState(ctx)
	if err != nil {
		return err
	}
	list := []holdJSON{}
	for _, h := range holds {
		rep, err := readReport(h.File.Report)
		if err != nil {
			return err
		}
		j := holdJSON{ID: h.ID, Kind: h.Kind.String(), Unit: cmp.Or(st.Units[h.UnitID].Code, rep.Unit),
			Period: cmp.Or(st.Periods[h.PeriodID].Code, rep.Period), File: h.File.Name,
			ReceivedAt: h.File.At.Format(time.RFC3339), Seq: h.File.Seq, Receipt: model.Receipt(h.File.Seq, h.File.ContentHash),
			Reason: rep.Reason[string(c.lang)], Decision: h.Decision, By: h.By}
		if h.Decision != "" {
			j.DecidedAt = h.DecidedAt.Format(time.RFC3339)
		}
		list = append(list, j)
	}
	if c.json {
		return c.writeJSON(map[string]any{"holds": list})
	}
	if len(list) == 0 {
		c.printf("exchange.cli.no_holds")
		return nil
	}
	for _, j := range list {
		fmt.Fprintf(c.io.out, "#%d  %s  [%s] %s  %s\n", j.ID, c.t("exchange.holdkind."+j.Kind), printable(j.Unit), printable(j.Period), printable(j.File))
		fmt.Fprintf(c.io.out, "    %s\n", j.Reason)
		if j.Decision != "" {
			fmt.Fprintf(c.io.out, "    → %s %s %s\n", printable(j.Decision), j.DecidedAt, printable(j.By))
		} else {
			fmt.Fprintf(c.io.out, "    %s\n", c.t("exchange.cli.hold_next", j.ID))
		}
	}
	return nil
}
