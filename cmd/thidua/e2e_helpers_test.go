package main

import (
	"context"
	"testing"

	"thidua/model"
	"thidua/storage"
)

// openDB opens a database for a test's checks.
func openDB(t *testing.T, path string) *storage.DB {
	t.Helper()
	d, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// periodTree is the criteria table of a period.
func periodTree(t *testing.T, d *storage.DB, code string) *model.Tree {
	t.Helper()
	p, err := d.PeriodByCode(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := d.VersionTree(context.Background(), p.CriteriaVersionID)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}
