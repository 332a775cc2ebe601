package storage

import (
	"context"
	"errors"
)

// scanner is what a row read now or read ahead offers.
type scanner interface{ Scan(...any) error }

// scanEach runs a query and calls fn for every row; fn may run queries of
// its own, because the rows are read first.
func scanEach(ctx context.Context, tx *Tx, query string, fn func(scanner) error, args ...any) error {
	stmt, err := tx.prepared(ctx, query)
	if err != nil {
		return err
	}
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	cols, err := rows.Columns()
	if err != nil {
		rows.Close()
		return err
	}
	var all []rowValues
	for rows.Next() {
		v := make(rowValues, len(cols))
		ptrs := make([]any, len(cols))
		for i := range v {
			ptrs[i] = &v[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			rows.Close()
			return err
		}
		all = append(all, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, v := range all {
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// rowValues is a row read ahead; its Scan converts like database/sql for
// the few types used here.
type rowValues []any

func (v rowValues) Scan(dest ...any) error {
	for i, d := range dest {
		switch p := d.(type) {
		case *string:
			*p, _ = v[i].(string)
		case *int64:
			*p, _ = v[i].(int64)
		case *[]byte:
			b, _ := v[i].([]byte)
			*p = b
		default:
			return errors.New("storage: rowValues cannot scan into this type")
		}
	}
	return nil
}
