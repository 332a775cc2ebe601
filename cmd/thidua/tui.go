package main

import (
	"context"
	"errors"
	"os"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/tui"
	"thidua/tui/cover"
	"thidua/tui/recovery"
	"thidua/tui/status"
)

// runTUI opens the terminal interface on the database. A damaged database,
// found when it opens or by the check that runs after the first frame,
// leads to the recovery screen, and after a restore the interface opens on
// the restored file.
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
	path := c.dbPath()
	for {
		restore, problem, err := interfaceOn(ctx, c, path)
		if err != nil && !storage.Damaged(err) {
			return err
		}
		if err != nil {
			// A file that is not thidua's and has no backups was most likely
			// chosen by mistake: the message says so, and that is all.
			if list, _ := storage.BackupsOf(path); len(list) == 0 && model.ErrorCode(err) == storage.EDBNotThidua {
				return err
			}
			problem = err
		} else if !restore {
			return nil
		}
		restored, err := runRecovery(ctx, c, path, problem)
		if err != nil || !restored {
			if err == nil {
				err = problem // left without restoring: say so on the way out
			}
			return err
		}
	}
}

// interfaceOn runs the interface on the database at path until the person
// leaves. restore reports that they asked to restore a backup because of
// problem, found while it ran.
func interfaceOn(ctx context.Context, c *cli, path string) (restore bool, problem error, err error) {
	// A database that does not exist yet is made, and the interface opens on
	// the welcome; if the person leaves without starting a bloc, the empty
	// file is removed again.
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	storage.SetHolder("ui") // named in the lock file: "another thidua window"
	db, err := storage.Open(ctx, path)
	if err != nil {
		return false, nil, err
	}
	defer func() {
		_, instErr := db.Installation(ctx)
		db.Close()
		if fresh && model.ErrorCode(instErr) == storage.ENoBloc {
			// Leaving the welcome leaves no file; if it cannot be
			// removed, the next start finds it empty and welcomes again.
			_ = storage.RemoveDatabase(path)
		}
	}()
	if !c.langSet {
		if saved, _ := db.Setting(ctx, "lang"); saved != "" {
			c.lang, _ = i18n.Parse(saved)
		}
	}
	store := app.App{DB: db, Version: version}
	if err := store.OpenOnBoard(ctx); err != nil {
		return false, nil, err
	}
	if c.io.self != "" {
		// Every incoming file is checked in a child process first, so a
		// fault in SQLite cannot take the interface down.
		store.Check = childCheck(c.io.self)
	}
	width, height, _ := term.GetSize(os.Stdout.Fd())
	p := tea.NewProgram(tui.New(store, c.lang).Preload(width, height), tea.WithContext(ctx))

	// The whole file is read once in the background, after the first frame,
	// so that damage is found before the person relies on it.
	checkCtx, stopCheck := context.WithCancel(ctx)
	var checking sync.WaitGroup
	checking.Go(func() {
		select {
		case <-time.After(300 * time.Millisecond):
		case <-checkCtx.Done():
			return
		}
		if err := db.QuickCheck(checkCtx); storage.Damaged(err) {
			p.Send(cover.DamagedMsg{Err: err})
		}
	})
	// A file replaced under the interface (a restore elsewhere, a copy over
	// it) is noticed within seconds, before the person types into it; a
	// save finds it at once anyway.
	checking.Go(func() {
		tick := time.NewTicker(2 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-checkCtx.Done():
				return
			case <-tick.C:
				if err := db.Replaced(); err != nil {
					p.Send(status.ReplacedMsg{Err: err})
					return
				}
			}
		}
	})
	final, err := p.Run()
	stopCheck()
	checking.Wait()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		return false, nil, err
	}
	if m, ok := final.(tui.Model); ok && m.Cover().WantsRestore() {
		return true, m.Cover().Damage(), nil
	}
	return false, nil, nil
}

// runRecovery shows the recovery screen for the damaged database at path
// and reports whether a backup was put in place.
func runRecovery(ctx context.Context, c *cli, path string, problem error) (bool, error) {
	list, err := storage.BackupsOf(path)
	if err != nil {
		return false, err
	}
	var backups []recovery.Backup
	for _, b := range list {
		backups = append(backups, recovery.Backup{Path: b.Path, Time: b.Time, Reason: b.Reason, Size: b.Size})
	}
	restore := func(backup string) (string, error) {
		return storage.Restore(ctx, path, backup, time.Now())
	}
	final, err := tea.NewProgram(recovery.New(path, problem, backups, restore, c.lang), tea.WithContext(ctx)).Run()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		return false, err
	}
	m, ok := final.(recovery.Model)
	return ok && m.Restored(), nil
}
