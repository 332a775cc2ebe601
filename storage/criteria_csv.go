package storage

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// CriteriaCSVHeader is the header of a criteria table in CSV: the DESIGN
// columns (code, title, kind, max, guidance) then the tree and rule columns.
var CriteriaCSVHeader = []string{"code", "title", "kind", "max", "guidance", "level", "rule", "capped"}

// RowErrors lists problems of an imported file, each with its line, so the
// person can find the row. Nothing is written while there is one.
type RowErrors []*model.Error

// Error implements error.
func (e RowErrors) Error() string { return e.Localize(i18n.EN) }

// Localize implements i18n.Localizer: one line per problem.
func (e RowErrors) Localize(l i18n.Lang) string {
	lines := make([]string, len(e))
	for i, x := range e {
		lines[i] = x.Localize(l)
	}
	return strings.Join(lines, "\n")
}

// ParseCriteriaCSV reads a criteria table from CSV, with the quirks of real
// tables that BuildCriteria accepts. Every bad row is reported with its
// line.
func ParseCriteriaCSV(r io.Reader) ([]model.Criterion, error) {
	t, err := ReadCriteriaCSV(r)
	if err != nil {
		return nil, err
	}
	return t.Rows, nil
}

// ReadCriteriaCSV reads a criteria table from CSV and keeps the line every
// criterion came from, so that the table's problems can name their line.
func ReadCriteriaCSV(r io.Reader) (*CriteriaTable, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	cols, missing := FindCriteriaColumns(t.header)
	if len(missing) > 0 {
		return nil, model.Errorf(ECSVHeader, strings.Join(missing, ", "), strings.Join(CriteriaCSVHeader, ","))
	}
	rows := make([]CriteriaRow, len(t.rows))
	for k, rec := range t.rows {
		rows[k] = cols.Row(rec, RowRef{Line: t.lines[k]})
	}
	return BuildCriteria(rows)
}

// WriteCriteriaCSV writes a criteria table in the form ParseCriteriaCSV
// reads, rows in table order, with a byte-order mark so Excel shows the
// Vietnamese text.
func WriteCriteriaCSV(w io.Writer, t *model.Tree) error {
	if _, err := io.WriteString(w, "\xef\xbb\xbf"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CriteriaCSVHeader); err != nil {
		return err
	}
	for _, c := range t.Nodes() {
		capped := ""
		if c.Capped {
			capped = "yes"
		}
		rule := ""
		if c.Scorable() {
			rule = c.Rule.String()
		}
		if err := cw.Write([]string{c.Code, c.Title, c.Kind.String(), c.Max.String(), c.Guidance,
			strconv.Itoa(t.Depth(c.ID)), rule, capped}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ImportCriteria reads a criteria table from CSV into a new draft version
// and returns its id with the problems that stop it being issued. Nothing is
// written if the file cannot be read.
func (db *DB) ImportCriteria(ctx context.Context, actor model.Actor, r io.Reader, label string) (string, []model.Problem, error) {
	rows, err := ParseCriteriaCSV(r)
	if err != nil {
		return "", nil, err
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		return "", nil, err
	}
	id, err := db.CreateDraft(ctx, actor, label, "", rows)
	if err != nil {
		return "", nil, err
	}
	return id, tree.Problems(), nil
}
