package main

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui"
)

// runTUI opens the terminal interface on the database.
func runTUI(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("thidua", false)
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{msgUnknownCommand(c, pos[0])}
	}
	if !c.io.terminal {
		return model.Errorf("cli.no_terminal")
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Installation(ctx); err != nil {
		return err
	}
	if !c.langSet {
		if saved, _ := db.Setting(ctx, "lang"); saved != "" {
			c.lang, _ = i18n.Parse(saved)
		}
	}
	p := tea.NewProgram(tui.New(db, c.lang), tea.WithContext(ctx))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
