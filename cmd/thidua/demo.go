package main

import (
	"context"
	"os"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
)

// runDemo writes the built-in demo bloc. An existing database is kept unless
// --force is given, and then it is backed up first.
func runDemo(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("demo", false)
	force := fs.Bool("force", false, "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	path := c.dbPath()
	// Another program's database is refused before anything is written,
	// beside it included.
	if err := storage.CheckFile(ctx, path); err != nil {
		return err
	}
	// The file is held exclusively from the check to the last write: no
	// other thidua may have it open while it is replaced, nor open the
	// half-written demo.
	release, err := storage.LockExclusive(path)
	if err != nil {
		return err
	}
	defer release()
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		db, err := storage.Open(ctx, path)
		if err != nil {
			return err
		}
		_, instErr := db.Installation(ctx)
		switch {
		case instErr == nil && !*force:
			db.Close()
			return model.Errorf("cli.demo_exists", path)
		case instErr == nil:
			backup, err := db.Backup(ctx, model.BackupBeforeDemo)
			db.Close()
			if err != nil {
				return err
			}
			c.printf("cli.backup_made", backup)
			if err := storage.RemoveDatabase(path); err != nil {
				return err
			}
		default:
			db.Close()
			if model.ErrorCode(instErr) != storage.ENoBloc {
				return instErr
			}
		}
	}
	db, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	if err := demo.Write(ctx, db); err != nil {
		db.Close()
		// Nothing half-written is left: the file is removed and the
		// backup stays.
		return removeUnfinished(path, err)
	}
	if err := db.Close(); err != nil {
		return storage.FileError(path, err)
	}
	c.printf("cli.demo_written", path)
	return nil
}
