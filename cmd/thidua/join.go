package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// runJoin takes the leader's setup file at a unit: the first time it makes
// this database the unit's (after the person confirms the leader's key
// fingerprint, read on the phone; --yes in scripts), later it updates the
// bloc and shows the reasons of a returned submission. A setup signed by
// another key is refused unless --accept-key gives the code the leader
// read out.
func runJoin(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("join", false)
	yes := fs.Bool("yes", false, "")
	acceptKey := fs.String("accept-key", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{c.t("cli.need_file")}
	}
	path := c.dbPath()
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	db, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	before, _ := db.Installation(ctx) // none yet on a first join
	confirm := joinConfirm(c, *yes, *acceptKey)
	o, err := exchange.Join(ctx, db, pos[0], exchange.JoinOptions{Confirm: confirm,
		Options: exchange.Options{AppVersion: version}})
	if err != nil {
		db.Close()
		if fresh {
			return removeUnfinished(path, err)
		}
		return err
	}
	defer db.Close()
	c.printOutcome(c.outcomeJSON(o), false)
	inst, err := db.Installation(ctx)
	if err != nil {
		return err
	}
	b, err := db.Bloc(ctx)
	if err != nil {
		return err
	}
	u, err := db.UnitByCode(ctx, o.Unit)
	if err != nil {
		return err
	}
	c.printf("exchange.cli.joined", b.Name, u.Name)
	switch {
	case before.Role == model.RoleLeader && inst.Role == model.RoleUnit:
		c.printf("confirm.stepped_down", o.File.AuthorCode, b.Name)
	case o.File != nil && o.File.Kind == model.KindHandover && o.File.AuthorCode == model.ProvinceCode:
		c.printf("confirm.taken", b.Name)
	case o.File != nil && o.File.Kind == model.KindHandover:
		c.printf("handover.taken", b.Name)
	}
	periods, err := db.Periods(ctx)
	if err != nil {
		return err
	}
	for _, p := range periods {
		if err := c.printReturns(ctx, db, p, inst.UnitID); err != nil {
			return err
		}
	}
	return nil
}

// joinConfirm asks the person to confirm a key join has not pinned: the
// leader's on a first join, the province's on its confirmation of a new
// leader. --accept-key gives the code read out; --yes accepts a first key
// in scripts; on a terminal the person answers.
func joinConfirm(c *cli, yes bool, acceptKey string) func(m exchange.Manifest, changed bool) bool {
	return func(m exchange.Manifest, changed bool) bool {
		if m.AuthorRole == model.RoleProvince {
			c.printf("confirm.join_key", m.BlocCode, m.AddresseeCode, m.Fingerprint())
		} else {
			c.printf("exchange.cli.join_key", m.BlocCode, m.AuthorCode, m.Fingerprint())
		}
		switch {
		case acceptKey != "":
			return model.SameFingerprint(acceptKey, m.Fingerprint())
		case changed:
			return false
		case yes:
			return true
		case !c.io.terminal:
			return false
		}
		fmt.Fprint(c.io.out, c.t("exchange.cli.join_ask"))
		line, _ := bufio.NewReader(c.io.in).ReadString('\n')
		a := strings.ToLower(strings.TrimSpace(line))
		return a == "c" || a == "có" || a == "y" || a == "yes"
	}
}
