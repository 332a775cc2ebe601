package storage

import (
	"context"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"thidua/model"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrate applies the embedded migrations the file does not have yet, each
// in its own transaction together with its user_version bump.
func (db *DB) migrate(ctx context.Context) error {
	var version, appID int
	if err := db.rw.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := db.rw.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	names, err := migrationNames()
	if err != nil {
		return err
	}
	if appID != 0 && appID != ApplicationID {
		return model.Errorf(EDBNotThidua, db.path)
	}
	if version > len(names) {
		return model.Errorf(EDBNewer, db.path, version, len(names))
	}
	if appID == 0 && version > 0 {
		// A database of an earlier thidua that did not stamp its files
		// (checkOwner recognised its schema): stamped now, and kept.
		err := db.write(ctx, func(tx *Tx) error {
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID))
			return err
		})
		if err != nil {
			return err
		}
	}
	for i := version; i < len(names); i++ {
		body, err := migrationFS.ReadFile("migrations/" + names[i])
		if err != nil {
			return err
		}
		err = db.write(ctx, func(tx *Tx) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", names[i], err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, i+1))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// migrationNames lists the migration files in order; their number is their
// schema version.
func migrationNames() ([]string, error) {
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for i, n := range names {
		if v, err := strconv.Atoi(strings.SplitN(n, "_", 2)[0]); err != nil || v != i+1 {
			return nil, fmt.Errorf("migration %s is out of sequence", n)
		}
	}
	return names, nil
}

// SchemaVersion returns the schema version this build of thidua writes.
func SchemaVersion() int {
	names, _ := migrationNames()
	return len(names)
}
