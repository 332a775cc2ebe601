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
// primary key, in key order.
func Diff(t *Table, old, next []Row) []Change {
	before := make(map[string]Row, len(old))
	for _, r := range old {
		before[t.Key(r)] = r
	}
	sorted := append([]Row(nil), next...)
	t.Sort(sorted)
	var out []Change
	seen := make(map[string]bool, len(next))
	for _, r := range sorted {
		k := t.Key(r)
		seen[k] = true
		o, ok := before[k]
		switch {
		case !ok:
			out = append(out, Change{Table: t.Name, Kind: New, New: r})
		case Equal(o, r):
			out = append(out, Change{Table: t.Name, Kind: Unchanged, Old: o, New: r})
		default:
			out = append(out, Change{Table: t.Name, Kind: Changed, Old: o, New: r})
		}
	}
	gone := append([]Row(nil), old...)
	t.Sort(gone)
	for _, r := range gone {
		if !seen[t.Key(r)] {
			out = append(out, Change{Table: t.Name, Kind: Removed, Old: r})
		}
	}
	return out
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
