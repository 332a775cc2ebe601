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
// in its own transaction together with its user_version bump.
func (db *DB) migrate(ctx context.Context) error {
	var version, appID int
	if err := db.rw.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := db.rw.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	names, nums, err := migrationNames()
	if err != nil {
		return err
	}
	if appID != 0 && appID != ApplicationID {
		return model.Errorf(EDBNotThidua, db.path)
	}
	if latest := nums[len(nums)-1]; version > latest {
		return model.Errorf(EDBNewer, db.path, version, latest)
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
		if nums[i] <= version {
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
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, nums[i]))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// migrationNames lists the migration files in order with their numbers;
// a file's number is the schema version it brings. Numbers rise, and may
// skip one that a parallel branch holds (the merge fills the gap before a
// release, so no shipped database ever passes over a migration).
func migrationNames() ([]string, []int, error) {
	entries, err := migrationFS.ReadDir("migrations")
	if err != nil {
		return nil, nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	nums := make([]int, len(names))
	for i, n := range names {
		v, err := strconv.Atoi(strings.SplitN(n, "_", 2)[0])
		if err != nil || v < 1 || i > 0 && v <= nums[i-1] || i == 0 && v != 1 {
			return nil, nil, fmt.Errorf("migration %s is out of sequence", n)
		}
		nums[i] = v
	}
	if len(nums) == 0 {
		return nil, nil, fmt.Errorf("no migrations")
	}
	return names, nums, nil
}

// SchemaVersion returns the schema version this build of thidua writes.
func SchemaVersion() int {
	_, nums, err := migrationNames()
	if err != nil {
		return 0
	}
	return nums[len(nums)-1]
}
