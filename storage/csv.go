package storage

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

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
	data = decodeText(data)
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

// decodeText returns a text file's bytes as UTF-8 without a byte-order
// mark. Excel writes CSV in three encodings: UTF-8 ("CSV UTF-8"), UTF-16
// ("Unicode Text"), and on Vietnamese Windows the ANSI code page 1258
// ("CSV (Comma delimited)"), whose tones are combining marks; NFC later
// composes them. Bytes that are not UTF-8 are read as code page 1258
// rather than shown as garbage.
func decodeText(data []byte) []byte {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		order := unicode.LittleEndian
		if data[0] == 0xfe {
			order = unicode.BigEndian
		}
		if out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data); err == nil {
			return out
		}
	case !utf8.Valid(data):
		if out, err := charmap.Windows1258.NewDecoder().Bytes(data); err == nil {
			return out
		}
	}
	return data
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
