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
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
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

// separator finds what separates the fields: the one of ";", "," and tab
// that splits the most of the first records into the same number of
// fields. Excel writes every record of a sheet with as many separators,
// while a title line may hold commas of its own ("BẢNG ĐIỂM THI ĐUA KHỐI,
// CỤM NĂM 2024;;;"), so counting the first line alone is not enough.
func separator(data []byte) rune {
	const records = 30
	best, bestScore := ',', 0
	for _, sep := range []byte{';', ',', '\t'} {
		counts := map[int]int{}
		n, quoted := 0, false
		lines := 0
		for _, b := range data {
			switch {
			case b == '"':
				quoted = !quoted
			case b == sep && !quoted:
				n++
			case b == '\n' && !quoted:
				if n > 0 {
					counts[n]++
				}
				n, lines = 0, lines+1
			}
			if lines == records {
				break
			}
		}
		if n > 0 {
			counts[n]++
		}
		score := 0
		for _, c := range counts {
			score = max(score, c)
		}
		if score > bestScore {
			best, bestScore = rune(sep), score
		}
	}
	return best
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
