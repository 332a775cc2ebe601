package storage

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"thidua/model"
)

// migrate applies the embedded migrations the file does not have yet, each
// in its own transaction together with its user_version bump to the
// migration's number.
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
	if version > SchemaVersion() {
		return model.Errorf(EDBNewer, db.path, version, SchemaVersion())
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
	for i := range names {
		number := migrationNumber(names[i])
		if number <= version {
			continue
		}
		body, err := migrationFS.ReadFile("migrations/" + names[i])
		if err != nil {
			return err
		}
		err = db.write(ctx, func(tx *Tx) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", names[i], err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, number))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// migrationNames lists the migration files in order; their number is the
// schema version they bring. Numbers only rise; engineers working at once
// take numbers apart, so a gap between them is allowed.
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
	last := 0
	for _, n := range names {
		v := migrationNumber(n)
		if v <= last {
			return nil, fmt.Errorf("migration %s is out of sequence", n)
		}
		last = v
	}
	return names, nil
}

// migrationNumber is the number a migration file's name starts with; 0
// when it has none.
func migrationNumber(name string) int {
	v, err := strconv.Atoi(strings.SplitN(name, "_", 2)[0])
	if err != nil {
		return 0
	}
	return v
}

// SchemaVersion returns the schema version this build of thidua writes.
func SchemaVersion() int {
	names, _ := migrationNames()
	if len(names) == 0 {
		return 0
	}
	return migrationNumber(names[len(names)-1])
}
