package model

// CriteriaImport is what importing a criteria table writes, in one
// transaction: a new draft version with Rows, issued if Issue (or if a
// period is to use it), and pinned to the period with code Period ("" for
// none).
type CriteriaImport struct {
	Label  string
	Rows   []Criterion
	Issue  bool
	Period string
}

// CriteriaImported says what an import wrote.
type CriteriaImported struct {
	VersionID string
	Hash      string // "" while a draft
	Period    Period // zero when no period was pinned
}
