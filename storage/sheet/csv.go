package sheet

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"thidua/model"
)

// Codes of the errors of reading a CSV file.
const (
	ECSV             = "csv.row"
	ECSVHeader       = "csv.header"
	ECSVEmpty        = "csv.empty"
	ECSVNoMax        = "csv.no_max"
	ECSVLevel        = "csv.level"
	ECSVNoUnit       = "csv.no_unit"
	ECSVDuplicate    = "csv.duplicate"
	ECSVEncoding     = "csv.encoding"
	ECSVUnterminated = "csv.unterminated_quote"
	ECSVQuote        = "csv.bad_quote"
	ECSVTooLarge     = "csv.too_large"
	ECSVLimitRows    = "csv.limit_rows"
	ECSVLimitCells   = "csv.limit_cells"
	ECSVTooWide      = "csv.too_wide"
	ECSVFieldTooLong = "csv.field_too_long"
)

// Budgets of a CSV file: a criteria table, a list of units or a sheet of
// scores is a few hundred lines.
const (
	maxCSVSize   = 16 << 20
	maxCSVFields = 1000
	maxCSVField  = 32_767 // characters, as a cell of Excel
	// maxCSVCells is how many fields all records may hold: 50,000 lines
	// (a workbook's rows) of 20 columns.
	maxCSVCells = 1_000_000
)

// csvTable is a CSV file read with its header row and each data row with
// its line number.
type csvTable struct {
	header []string
	rows   [][]string
	lines  []int
}

// readCSV reads a CSV file as offices make it: UTF-8 with or without a
// byte-order mark, or UTF-16 (Excel's "Unicode Text", with a byte-order
// mark, or without one when every other byte says so), separated by
// commas, semicolons (Excel on Vietnamese Windows) or tabs. Anything else
// is read as Windows-1258 when that is certainly Vietnamese (decode1258);
// TCVN3 or VNI bytes are refused with how to save the file as CSV UTF-8,
// rather than stored as broken text. Quotes must close: a
// field whose quote never closes is refused with the line it opens on,
// never read on into the lines after it. Text is normalised to NFC.
func readCSV(r io.Reader) (*csvTable, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxCSVSize+1))
	if err != nil {
		return nil, model.Errorf(ECSVEncoding).WithCause(err)
	}
	if len(data) > maxCSVSize {
		return nil, model.Errorf(ECSVTooLarge, maxCSVSize>>20)
	}
	text, err := decodeCSV(data)
	if err != nil {
		return nil, err
	}
	recs, err := splitCSV(text)
	if err != nil {
		return nil, err
	}
	t := &csvTable{}
	header := true
	for _, rec := range recs {
		if blank(rec.fields) {
			continue
		}
		for i := range rec.fields {
			rec.fields[i] = model.NFC(rec.fields[i])
		}
		if header {
			t.header, header = rec.fields, false
			continue
		}
		t.rows = append(t.rows, rec.fields)
		t.lines = append(t.lines, rec.line)
	}
	if header {
		return nil, model.Errorf(ECSVEmpty)
	}
	return t, nil
}

// decodeCSV turns a file's bytes into text, or says which line is not
// text thidua can read for sure.
func decodeCSV(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data, unicode.UseBOM, unicode.LittleEndian)
	case utf16Without(data, 1):
		return decodeUTF16(data, unicode.IgnoreBOM, unicode.LittleEndian)
	case utf16Without(data, 0):
		return decodeUTF16(data, unicode.IgnoreBOM, unicode.BigEndian)
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		if text, ok := decode1258(data); ok {
			return text, nil
		}
		return "", model.Errorf(ECSVEncoding, firstBadLine(data))
	}
	return string(data), nil
}

// utf16Without reports whether data is UTF-16 without a byte-order mark:
// nearly every byte at the given parity is zero, as in "M\x00ã\x00" (the
// text of a CSV file is mostly Latin letters, digits and separators).
func utf16Without(data []byte, zeros int) bool {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false
	}
	z := 0
	for i := zeros; i < n; i += 2 {
		if data[i] == 0 {
			z++
		}
	}
	return z*10 >= (n/2)*9
}

func decodeUTF16(data []byte, bom unicode.BOMPolicy, order unicode.Endianness) (string, error) {
	out, err := unicode.UTF16(order, bom).NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return "", model.Errorf(ECSVEncoding, 1).WithCause(err)
	}
	return string(out), nil
}

// firstBadLine is the line of the first byte that is not UTF-8 text.
func firstBadLine(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 || r == 0 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}

// csvRecord is one record and the line it starts on.
type csvRecord struct {
	line   int
	fields []string
}

// splitCSV splits text into records: RFC 4180 quoting (a field that
// starts with a quote runs to the quote that closes it, "" inside it is a
// quote; a quote inside an unquoted field is just a character), lines ended
// by LF, CRLF or CR, and the separator the header line uses most.
func splitCSV(text string) ([]csvRecord, error) {
	sep := separator(text)
	var out csvRecords
	var fields []string
	var field strings.Builder
	line, start := 1, 1
	for i := 0; i <= len(text); {
		if i == len(text) {
			if len(fields) > 0 || field.Len() > 0 {
				if err := out.add(start, append(fields, field.String())); err != nil {
					return nil, err
				}
			}
			break
		}
		c := text[i]
		switch {
		case c == '"' && field.Len() == 0:
			// A quoted field: read to its closing quote.
			opened := line
			i++
			for {
				j := strings.IndexByte(text[i:], '"')
				if j < 0 {
					return nil, model.Errorf(ECSVUnterminated, opened)
				}
				chunk := text[i : i+j]
				line += strings.Count(chunk, "\n") + strings.Count(chunk, "\r") - strings.Count(chunk, "\r\n")
				field.WriteString(chunk)
				i += j + 1
				if i < len(text) && text[i] == '"' {
					field.WriteByte('"')
					i++
					continue
				}
				break
			}
			if i < len(text) && text[i] != sep && text[i] != '\n' && text[i] != '\r' {
				return nil, model.Errorf(ECSVQuote, line)
			}
		case c == sep:
			fields = append(fields, field.String())
			field.Reset()
			i++
		case c == '\n' || c == '\r':
			if err := out.add(start, append(fields, field.String())); err != nil {
				return nil, err
			}
			fields, field = nil, strings.Builder{}
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			i++
			line++
			start = line
		default:
			field.WriteByte(c)
			i++
		}
		if len(fields) > maxCSVFields {
			return nil, model.Errorf(ECSVTooWide, start, maxCSVFields)
		}
		if field.Len() > 4*maxCSVField { // bytes: no character takes more than four
			return nil, model.Errorf(ECSVFieldTooLong, start, maxCSVField)
		}
	}
	return out.recs, nil
}

// csvRecords are the records of a file being split, within its budgets:
// blank records are dropped as they come (16 MB of empty fields held
// 350 MB), a record past the last line any table has and more cells
// than any table holds are refused with the line they are on, before
// the rest of the file is split.
type csvRecords struct {
	recs  []csvRecord
	cells int
}

func (o *csvRecords) add(line int, fields []string) error {
	if blank(fields) {
		return nil
	}
	if line > maxRows {
		return model.Errorf(ECSVLimitRows, line, maxRows)
	}
	if o.cells += len(fields); o.cells > maxCSVCells {
		return model.Errorf(ECSVLimitCells, line, maxCSVCells)
	}
	o.recs = append(o.recs, csvRecord{line, fields})
	return nil
}

// separator finds what separates the fields: the one of ";", "," and tab
// that splits the most of the first records into the same number of
// fields. Excel writes every record of a sheet with as many separators,
// while a title line may hold commas of its own ("BẢNG ĐIỂM THI ĐUA KHỐI,
// CỤM NĂM 2024;;;"), so counting the first line alone is not enough.
// Separators inside quotes do not count.
func separator(text string) byte {
	const records = 30
	best, bestScore := byte(','), 0
	for _, sep := range []byte{';', ',', '\t'} {
		counts := map[int]int{}
		n, lines, quoted := 0, 0, false
		for i := 0; i < len(text) && lines < records; i++ {
			switch c := text[i]; {
			case c == '"':
				quoted = !quoted
			case c == sep && !quoted:
				n++
			case (c == '\n' || c == '\r') && !quoted:
				if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				if n > 0 {
					counts[n]++
				}
				n, lines = 0, lines+1
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
			best, bestScore = sep, score
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
func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}
