package storage

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"strings"

	"thidua/model"
)

// csvTable is a CSV file read with its header row and each data row with
// its line number.
type csvTable struct {
	header []string
	rows   [][]string
	lines  []int
}

// readCSV reads a CSV file as offices make it: with or without a byte-order
// mark, separated by commas or (Excel on Vietnamese Windows) semicolons.
// Text is normalised to NFC.
func readCSV(r io.Reader) (*csvTable, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	first, _, _ := bytes.Cut(data, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := &csvTable{}
	header := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, model.Errorf(ECSV, line, err.Error())
		}
		if blank(rec) {
			continue
		}
		for i := range rec {
			rec[i] = model.NFC(rec[i])
		}
		if header {
			t.header, header = rec, false
			continue
		}
		t.rows = append(t.rows, rec)
		t.lines = append(t.lines, line)
	}
	if header {
		return nil, model.Errorf(ECSVEmpty)
	}
	return t, nil
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// get returns field i of a row, "" when the column is absent or short.
func get(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}
