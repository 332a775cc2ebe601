package storage

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"thidua/model"
)

// treeCache keeps the tables of issued criteria versions once read: an
// issued version's rows never change, and its hash names its content, so
// a province reading the results of 40 blocs builds each table once, not
// on every read (it was half the time of the province's results). Drafts
// are read every time.
type treeCache struct {
	mu sync.Mutex
	m  map[string]*model.Tree // by version id and hash
}

// get returns version id's table, from the cache when it is issued.
func (c *treeCache) get(ctx context.Context, tx *Tx, id string, read func(context.Context, *Tx, string) (*model.Tree, error)) (*model.Tree, error) {
	var hash sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT hash FROM criteria_version WHERE version_id = ?`, id).Scan(&hash)
	if c == nil || errors.Is(err, sql.ErrNoRows) || (err == nil && hash.String == "") {
		return read(ctx, tx, id)
	}
	if err != nil {
		return nil, err
	}
	key := id + "|" + hash.String
	c.mu.Lock()
	t, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return t, nil
	}
	if t, err = read(ctx, tx, id); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]*model.Tree{}
	}
	c.m[key] = t
	c.mu.Unlock()
	return t, nil
}
