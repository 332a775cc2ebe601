package main

import (
	"context"
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/appstore"
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
	// A database that does not exist yet is made, and the interface opens on
	// the welcome; if the person leaves without starting a bloc, the empty
	// file is removed again.
	path := c.dbPath()
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	db, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer func() {
		_, instErr := db.Installation(ctx)
		db.Close()
		if fresh && model.ErrorCode(instErr) == storage.ENoBloc {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(path + suffix)
			}
		}
	}()
	if !c.langSet {
		if saved, _ := db.Setting(ctx, "lang"); saved != "" {
			c.lang, _ = i18n.Parse(saved)
		}
	}
	p := tea.NewProgram(tui.New(appstore.Store{DB: db}, c.lang), tea.WithContext(ctx))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
