package facts

// ChangeKind is what happens to one row when a snapshot replaces another.
type ChangeKind int

const (
	// Unchanged rows are in both snapshots with the same values.
	Unchanged ChangeKind = iota
	// New rows are only in the new snapshot.
	New
	// Changed rows are in both, with other values.
	Changed
	// Removed rows are only in the old snapshot: a snapshot is complete, so
	// absence means deletion (no tombstones).
	Removed
)

var changeNames = [...]string{"unchanged", "new", "changed", "removed"}

// String names the change.
func (k ChangeKind) String() string { return changeNames[k] }

// Change is one row's fate.
type Change struct {
	Table    string
	Kind     ChangeKind
	Old, New Row // nil where absent
}

// Counts are DHIS2-style counts of a merge (DESIGN §5).
type Counts struct {
	New       int `json:"new"`
	Changed   int `json:"changed"`
	Removed   int `json:"removed"`
	Unchanged int `json:"unchanged"`
}

// Add counts one change.
func (c *Counts) Add(k ChangeKind) {
	switch k {
	case New:
		c.New++
	case Changed:
		c.Changed++
	case Removed:
		c.Removed++
	default:
		c.Unchanged++
	}
}

// Plus returns the sum of two counts.
func (c Counts) Plus(o Counts) Counts {
	return Counts{c.New + o.New, c.Changed + o.Changed, c.Removed + o.Removed, c.Unchanged + o.Unchanged}
}

// Diff compares two snapshots of one table's slice, row by row on the
// primary key, in key order: the new snapshot's rows (new, unchanged,
// changed), then the removed ones. Both are walked sorted side by side, so
// a diff of a province's 15,000-row slice builds no map and no key
// strings.
func Diff(t *Table, old, next []Row) []Change {
	sorted := append([]Row(nil), next...)
	t.Sort(sorted)
	before := append([]Row(nil), old...)
	t.Sort(before)
	out := make([]Change, 0, len(sorted))
	var gone []Change
	j := 0
	for _, r := range sorted {
		for j < len(before) && t.compareKey(before[j], r) < 0 {
			gone = append(gone, Change{Table: t.Name, Kind: Removed, Old: before[j]})
			j++
		}
		switch {
		case j >= len(before) || t.compareKey(before[j], r) > 0:
			out = append(out, Change{Table: t.Name, Kind: New, New: r})
			continue
		case Equal(before[j], r):
			out = append(out, Change{Table: t.Name, Kind: Unchanged, Old: before[j], New: r})
		default:
			out = append(out, Change{Table: t.Name, Kind: Changed, Old: before[j], New: r})
		}
		j++
	}
	for ; j < len(before); j++ {
		gone = append(gone, Change{Table: t.Name, Kind: Removed, Old: before[j]})
	}
	return append(out, gone...)
}

// DiffSet compares two sets over the given tables, in order.
func DiffSet(tables []string, old, next Set) ([]Change, Counts) {
	var all []Change
	var n Counts
	for _, name := range tables {
		for _, c := range Diff(MustTable(name), old[name], next[name]) {
			all = append(all, c)
			n.Add(c.Kind)
		}
	}
	return all, n
}

// Filter returns the rows of a table whose column col equals v.
func Filter(t *Table, rows []Row, col string, v any) []Row {
	i := t.Col(col)
	var out []Row
	for _, r := range rows {
		if compare(r[i], v) == 0 && r[i] != nil {
			out = append(out, r)
		}
	}
	return out
}
