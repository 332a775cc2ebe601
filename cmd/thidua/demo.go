package main

import (
	"context"
	"errors"
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
			backup, err := db.Backup(ctx, "truoc khi ghi du lieu mau")
			db.Close()
			if err != nil {
				return err
			}
			c.printf("cli.backup_made", backup)
			for _, suffix := range []string{"", "-wal", "-shm"} {
				if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
					return model.Errorf(storage.EDBOpen, path, err.Error())
				}
			}
		default:
			db.Close()
		}
	}
	db, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := demo.Write(ctx, db); err != nil {
		return err
	}
	c.printf("cli.demo_written", path)
	return nil
}
