package sheet

import (
	"encoding/csv"
	"io"
	"strconv"

	"thidua/model"
	"thidua/model/i18n"
	ctable "thidua/model/table"
)

// CriteriaCSVHeader is the header of a criteria table in CSV: the DESIGN
// columns (code, title, kind, max, guidance), the tree and rule columns,
// then the rule in words (for people; ignored when read back).
var CriteriaCSVHeader = []string{"code", "title", "kind", "max", "guidance", "level", "rule", "capped", "rule_words"}

// ProblemErrors turns an import's problems into an error listing them all
// with their rows; nil when there are none.
func ProblemErrors(r *ctable.Result) error {
	if r.OK() {
		return nil
	}
	out := make(model.RowErrors, len(r.Problems))
	for i, p := range r.Problems {
		out[i] = p.Message()
	}
	return out
}

// ReadCriteriaCSV reads a criteria table from CSV through the one import
// path (model/table): title rows above the header, the office's numbering,
// and thidua's own export alike.
func ReadCriteriaCSV(r io.Reader) (*ctable.Result, error) {
	s, err := csvSheet(r)
	if err != nil {
		return nil, err
	}
	return ctable.Read([]ctable.Sheet{s})
}

// csvSheet reads a CSV file as one sheet of cells, its header row
// included, each row with its line in the file, for the import paths of
// model/table and model/people.
func csvSheet(r io.Reader) (ctable.Sheet, error) {
	t, err := readCSV(r)
	if err != nil {
		return ctable.Sheet{}, err
	}
	first := 1
	if len(t.lines) > 0 {
		first = max(1, t.lines[0]-1)
	}
	return ctable.Sheet{Rows: append([][]string{t.header}, t.rows...), Lines: append([]int{first}, t.lines...)}, nil
}

// ParseCriteriaCSV reads a criteria table from CSV and returns its rows;
// a table with any problem is refused with every problem and its line.
func ParseCriteriaCSV(r io.Reader) ([]model.Criterion, error) {
	t, err := ReadCriteriaCSV(r)
	if err != nil {
		return nil, err
	}
	if err := ProblemErrors(t); err != nil {
		return nil, err
	}
	return t.Rows, nil
}

// WriteCriteriaCSV writes a criteria table in the form ReadCriteriaCSV
// reads back exactly, rows in table order, with a byte-order mark so Excel
// shows the Vietnamese text. Beside the machine rule column, the rule is
// written in words in language l.
func WriteCriteriaCSV(w io.Writer, t *model.Tree, l i18n.Lang) error {
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
		rule, words := "", ""
		if c.Scorable() {
			rule, words = c.Rule.String(), c.Rule.WordsFor(l, c.Max, c.Kind)
		}
		if err := cw.Write([]string{c.Code, c.Title, c.Kind.String(), c.Max.String(), c.Guidance,
			strconv.Itoa(t.Depth(c.ID)), rule, capped, words}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
