package wire

import (
	"encoding/hex"
	"errors"
	"fmt"

	"thidua/model/facts"
)

// Encode returns rows p as a file of the layout stores them, by table,
// and the ids the file numbers: ids[n-1] is number n. Version 1 stores
// rows as they are and numbers nothing.
func (l Layout) Encode(p facts.Set) (facts.Set, []string) {
	if !l.NumberedIDs() {
		return p, nil
	}
	out := facts.Set{}
	var ids []string
	number := map[string]int64{}
	for _, t := range l.Tables {
		cols := idColumns(t)
		for _, r := range p[t.Name] {
			s := append(facts.Row(nil), r...)
			for _, i := range cols {
				id, ok := s[i].(string)
				if !ok {
					continue // NULL stays NULL
				}
				n, seen := number[id]
				if !seen {
					ids = append(ids, id)
					n = int64(len(ids))
					number[id] = n
				}
				s[i] = n
			}
			out[t.Name] = append(out[t.Name], s)
		}
	}
	return out, ids
}

// Decode turns rows of table t, as a file of the layout stored them, back
// into package facts' rows, in place: numbers become the ids they stand
// for. A number the file's ids lack is an error.
func (l Layout) Decode(t *facts.Table, rows []facts.Row, ids map[int64]string) error {
	if !l.NumberedIDs() {
		return nil
	}
	cols := idColumns(t)
	for _, r := range rows {
		for _, i := range cols {
			n, ok := r[i].(int64)
			if !ok {
				continue
			}
			id, known := ids[n]
			if !known {
				return fmt.Errorf("%s.%s: id number %d is not in table %s", t.Name, t.Cols[i].Name, n, IDs.Name)
			}
			r[i] = id
		}
	}
	return nil
}

// idColumns are the indexes of a table's id columns.
func idColumns(t *facts.Table) []int {
	var out []int
	for i, c := range t.Cols {
		if IDColumn(c) {
			out = append(out, i)
		}
	}
	return out
}

// IDRow is id number n as a row of table IDs.
func IDRow(n int64, id string) facts.Row {
	if b, ok := uuidBytes(id); ok {
		return facts.Row{n, nil, b}
	}
	return facts.Row{n, id, nil}
}

// ParseIDRow reads a row of table IDs whose value classes were checked:
// exactly one of its text and its UUID is set.
func ParseIDRow(r facts.Row) (int64, string, error) {
	n, _ := r[0].(int64)
	text, isText := r[1].(string)
	b, isUUID := r[2].([]byte)
	switch {
	case isText == isUUID:
		return n, "", fmt.Errorf("%s: id number %d has %s", IDs.Name, n, map[bool]string{true: "a text and a UUID", false: "no value"}[isText])
	case isUUID && len(b) != 16:
		return n, "", errors.New(IDs.Name + ": a UUID is not 16 bytes")
	case isUUID:
		return n, uuidText(b), nil
	}
	return n, text, nil
}

// uuidBytes returns the 16 bytes of an id in the canonical form of a UUID
// (lower-case hex, dashes after 8, 12, 16 and 20 digits); false for any
// other id, which is stored as text so that it reads back as it was.
func uuidBytes(id string) ([]byte, bool) {
	if len(id) != 36 || id[8] != '-' || id[13] != '-' || id[18] != '-' || id[23] != '-' {
		return nil, false
	}
	digits := id[0:8] + id[9:13] + id[14:18] + id[19:23] + id[24:36]
	b, err := hex.DecodeString(digits)
	if err != nil || hex.EncodeToString(b) != digits {
		return nil, false
	}
	return b, true
}

// uuidText is 16 bytes as a UUID's canonical text.
func uuidText(b []byte) string {
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
