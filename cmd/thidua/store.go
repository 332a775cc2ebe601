package main

import (
	"bytes"
	"context"
	"os"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/demo"
)

// appStore is the database as the interface sees it: the storage methods,
// plus the demo and the files a person points at.
type appStore struct{ *storage.DB }

// WriteDemo fills an empty database with the demo bloc.
func (s appStore) WriteDemo(ctx context.Context) error { return demo.Write(ctx, s.DB) }

// DemoCriteria returns the demo's criteria table, to start a bloc from.
func (s appStore) DemoCriteria() []model.Criterion {
	rows, err := storage.ParseCriteriaCSV(bytes.NewReader(demo.CriteriaCSV()))
	if err != nil {
		panic("the embedded demo table does not parse: " + err.Error())
	}
	return rows
}

// ReadCriteriaFile reads a criteria table from a file.
func (s appStore) ReadCriteriaFile(path string) ([]model.Criterion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, model.Errorf("cli.cannot_read", path, err.Error())
	}
	defer f.Close()
	return storage.ParseCriteriaCSV(f)
}

// ReadUnitsFile reads a list of units from a file.
func (s appStore) ReadUnitsFile(path string) ([]model.Unit, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, model.Errorf("cli.cannot_read", path, err.Error())
	}
	defer f.Close()
	return storage.ParseUnitsCSV(f)
}
