package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
)

// runBackup takes a backup of the database now.
func runBackup(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("backup", false)
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	path, err := db.Backup(ctx, model.BackupManual)
	if err != nil {
		return err
	}
	c.printf("cli.backup_made", path)
	return nil
}

// runRestore lists the backups (--list), or puts one in place of the
// database: --from, else the newest that passes the check. The replaced
// file is kept beside the database, never deleted. It works on a damaged
// database, which it does not open.
func runRestore(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("restore", true)
	list := fs.Bool("list", false, "")
	from := fs.String("from", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *list && *from != "" {
		return usageError{i18n.T(c.lang, "cli.restore_usage")}
	}
	path := c.dbPath()
	if *list {
		backups, err := storage.BackupsOf(path)
		if err != nil {
			return err
		}
		if c.json {
			type item struct {
				File   string `json:"file"`
				Time   string `json:"time"`
				Reason string `json:"reason"`
				Size   int64  `json:"size"`
			}
			out := []item{}
			for _, b := range backups {
				out = append(out, item{b.Path, b.Time.Format("2006-01-02T15:04:05"), b.Reason, b.Size})
			}
			return json.NewEncoder(c.io.out).Encode(map[string]any{"db": path, "backups": out})
		}
		if len(backups) == 0 {
			c.printf("cli.backups_none", storage.BackupDir(path))
			return nil
		}
		for _, b := range backups {
			fmt.Fprintln(c.io.out, b.Time.Format("02/01/2006 15:04:05")+"  "+i18n.Printable(b.Path))
		}
		return nil
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) && *from == "" {
		return model.Errorf("cli.no_db", path)
	}
	backup := *from
	if backup == "" {
		b, err := storage.NewestGoodBackup(ctx, path)
		if err != nil {
			return err
		}
		backup = b.Path
	}
	aside, err := storage.Restore(ctx, path, backup, time.Now())
	if err != nil {
		return err
	}
	c.printf("cli.restored", path, backup)
	if aside != "" {
		c.printf("cli.restored_aside", aside)
	}
	return nil
}
