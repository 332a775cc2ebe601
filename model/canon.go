package model

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"sort"
)

// Canon writes values in thidua's canonical encoding (merge.md §2.4): a type
// tag, then the value: NULL 0; INTEGER 1 + int64 big-endian; TEXT 3 + uint32
// length + UTF-8 bytes; BLOB 4 + uint32 length + bytes. Hashing the same
// rows always gives the same digest, whatever wrote them.
type Canon struct {
	h   hash.Hash
	buf []byte  // reused, so that writing text does not allocate
	tag [9]byte // a value's type tag and length or integer
}

// NewCanon starts a canonical SHA-256 digest under a domain tag such as
// "THIDUA-CRITERIA-V1".
func NewCanon(tag string) *Canon {
	c := &Canon{h: sha256.New()}
	c.h.Write([]byte(tag))
	c.h.Write([]byte{0})
	return c
}

// Null writes a NULL.
func (c *Canon) Null() { c.h.Write([]byte{0}) }

// Int writes an integer.
func (c *Canon) Int(v int64) {
	c.tag[0] = 1
	binary.BigEndian.PutUint64(c.tag[1:], uint64(v))
	c.h.Write(c.tag[:9])
}

// Text writes a string.
func (c *Canon) Text(s string) {
	c.buf = append(c.buf[:0], s...)
	c.bytes(3, c.buf)
}

// Blob writes bytes.
func (c *Canon) Blob(b []byte) { c.bytes(4, b) }

func (c *Canon) bytes(tag byte, b []byte) {
	c.tag[0] = tag
	binary.BigEndian.PutUint32(c.tag[1:], uint32(len(b)))
	c.h.Write(c.tag[:5])
	c.h.Write(b)
}

// Sum returns the hex digest.
func (c *Canon) Sum() string { return hex.EncodeToString(c.h.Sum(nil)) }

// CriteriaHash identifies a criteria version by its content: the SHA-256 of
// its rows in criterion-id order, every column that affects scoring or
// printing. Two offices holding the same hash hold the same table.
func CriteriaHash(rows []Criterion) string {
	sorted := make([]Criterion, len(rows))
	copy(sorted, rows)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	c := NewCanon("THIDUA-CRITERIA-V1")
	c.Text("criterion")
	for _, r := range sorted {
		c.Text(r.ID)
		if r.ParentID == "" {
			c.Null()
		} else {
			c.Text(r.ParentID)
		}
		c.Int(int64(r.Position))
		c.Text(r.Code)
		c.Text(r.Title)
		c.Text(r.Kind.String())
		c.Int(int64(r.Max))
		c.Int(boolInt(r.Capped))
		c.Text(r.Rule.String())
		c.Text(r.Guidance)
	}
	c.Int(int64(len(sorted)))
	return c.Sum()
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
