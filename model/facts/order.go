package facts

// The order of rows: by primary key, as the canonical hash reads them.

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
)

// compare orders two values of one column: integers by value, text and
// blobs bytewise (SQLite's BINARY collation), NULL first.
func compare(a, b any) int {
	switch x := a.(type) {
	case nil:
		if b == nil {
			return 0
		}
		return -1
	case int64:
		y, ok := b.(int64)
		switch {
		case !ok:
			return 1
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case string:
		y, _ := b.(string)
		return strings.Compare(x, y)
	case []byte:
		y, _ := b.([]byte)
		return bytes.Compare(x, y)
	}
	return 0
}

// pkIndexes returns the column indexes of the primary key.
func (t *Table) pkIndexes() []int {
	if t.pk == nil {
		t.pk = make([]int, len(t.PK))
		for i, n := range t.PK {
			t.pk[i] = t.Col(n)
		}
	}
	return t.pk
}

// Sort orders rows by primary key, as the canonical hash reads them.
func (t *Table) Sort(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool { return t.compareKey(rows[i], rows[j]) < 0 })
}

// compareKey orders two rows by primary key.
func (t *Table) compareKey(a, b Row) int {
	for _, k := range t.pkIndexes() {
		if c := compare(a[k], b[k]); c != 0 {
			return c
		}
	}
	return 0
}

// Key returns a row's primary key as one comparable string.
func (t *Table) Key(r Row) string {
	var b strings.Builder
	for _, k := range t.pkIndexes() {
		switch v := r[k].(type) {
		case string:
			b.WriteString(v)
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		case []byte:
			b.Write(v)
		}
		b.WriteByte(0)
	}
	return b.String()
}

// Equal reports whether two rows hold the same values.
func Equal(a, b Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if compare(a[i], b[i]) != 0 || (a[i] == nil) != (b[i] == nil) {
			return false
		}
	}
	return true
}
