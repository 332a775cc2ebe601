package exchange

import (
	"encoding/hex"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage/exchange/wire"
)

// Domain tags of the two canonical digests (merge.md §2.4).
const (
	contentTag  = "THIDUA-CONTENT-V1"
	manifestTag = "THIDUA-MANIFEST-V1"
)

// canonValue writes one value with its type tag.
func canonValue(c *model.Canon, v any) {
	switch x := v.(type) {
	case nil:
		c.Null()
	case int64:
		c.Int(x)
	case string:
		c.Text(x)
	case []byte:
		c.Blob(x)
	}
}

// ContentHash is the canonical hash of the payload of a file of kind k in
// the format this build writes.
func ContentHash(k model.FileKind, p facts.Set) string { return contentHash(wire.Version, k, p) }

// contentHash is the canonical hash of a file's payload: for each table a
// file of its format and kind may fill, in canonical order, the table's
// name, its rows in primary-key order with every column typed, and its row
// count. It does not depend on page layout or on how the format stores
// ids, so the province can recompute a unit's hash from the rows of a bloc
// file; a file keeps the hash of the format it was signed in. The tables
// of individuals count only when they hold rows, so that a submission
// without nominees hashes the same in either format.
func contentHash(format int64, k model.FileKind, p facts.Set) string {
	c := model.NewCanon(contentTag)
	for _, t := range wire.Carried(format, k) {
		if len(p[t.Name]) == 0 && wire.Late(k, t) {
			continue // none: the hash a file written before the table always had
		}
		rows := append([]facts.Row(nil), p[t.Name]...)
		t.Sort(rows)
		c.Text(t.Name)
		for _, r := range rows {
			for _, v := range r {
				canonValue(c, v)
			}
		}
		c.Int(int64(len(rows)))
	}
	return c.Sum()
}

// UnitSlice picks out of a bloc file's payload what one unit owns for the
// period: its registrations, self-scores, answers and individuals, as its
// own submission carried them (a format-1 submission's hash covers only
// the tables it had).
func UnitSlice(p facts.Set, unitID string) facts.Set {
	out := facts.Set{}
	for _, name := range model.SignedSliceTables() {
		t := facts.MustTable(name)
		rows := facts.Filter(t, p[name], "unit_id", unitID)
		if name == facts.TScore {
			rows = facts.Filter(t, rows, "stage", model.StageSelf.String())
		}
		if len(rows) > 0 {
			out[name] = rows
		}
	}
	return out
}

// manifestDigest is the SHA-256 of a manifest's canonical form: every
// column but the singleton and the signature, in column order. It is what
// the author signs.
func manifestDigest(r manifestRow) []byte {
	c := model.NewCanon(manifestTag)
	for i, col := range facts.Manifest.Cols {
		if col.Name == "singleton" || col.Name == "signature" {
			continue
		}
		canonValue(c, r[i])
	}
	sum, _ := hex.DecodeString(c.Sum())
	return sum
}
