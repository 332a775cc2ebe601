package storage

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"thidua/model"
)

// ESheetRow is the message that places a problem in a workbook: the sheet
// and the row. Its text is in the catalogue with the other spreadsheet
// messages (model/i18n/catalog_sheet.go).
const ESheetRow = "sheet.row"

// RowRef says where a row of an imported file is: a CSV line, or a
// worksheet and its row number as Excel shows it.
type RowRef struct {
	Sheet string // "" for a CSV file
	Line  int
}

// Wrap ties err to the row, so that the person can find it: "Dòng 5: …"
// or "Trang tính «Tiêu chí», dòng 5: …".
func (r RowRef) Wrap(err error) *model.Error {
	if r.Sheet == "" {
		return model.Errorf(ECSV, r.Line, err)
	}
	return model.Errorf(ESheetRow, r.Sheet, r.Line, err)
}

// CriteriaRow is one row of a criteria table as a file gives it: the texts
// of its cells, untouched, and where it is.
type CriteriaRow struct {
	Ref                                                   RowRef
	Code, Title, Max, Guidance, Kind, Level, Rule, Capped string
}

// CriteriaTable is a criteria table read from a file: its rows in table
// order and, for each criterion id, the row it came from.
type CriteriaTable struct {
	Rows []model.Criterion
	Refs map[string]RowRef
}

// Tree returns the table as a tree.
func (t *CriteriaTable) Tree() (*model.Tree, error) { return model.NewTree(t.Rows) }

// Problems lists what stops the table from being issued, each tied to the
// row of the file it is about; nil when there is nothing.
func (t *CriteriaTable) Problems() RowErrors {
	tree, err := t.Tree()
	if err != nil {
		return RowErrors{model.Errorf(model.ErrorCode(err))}
	}
	var out RowErrors
	for _, p := range tree.Problems() {
		if ref, ok := t.Refs[p.ID]; ok {
			out = append(out, ref.Wrap(p.Err))
		} else {
			out = append(out, p.Err)
		}
	}
	return out
}

// capRE finds a cap stated in a heading: "tối đa không quá 5 điểm",
// "tối đa trừ 10 điểm", "(tối đa 2,5 điểm)".
var capRE = regexp.MustCompile(`toi da (?:khong qua |tru |cong |duoc |la )?([0-9]+(?:[.,][0-9]+)?) ?diem`)

// statedCap returns the cap a heading states, if any.
func statedCap(title string) (model.Points, bool) {
	m := capRE.FindStringSubmatch(model.Fold(title))
	if m == nil {
		return 0, false
	}
	p, err := model.ParsePoints(m[1])
	return p, err == nil && p > 0
}

// BuildCriteria turns the rows of a criteria table, as a file gives them,
// into criteria. It accepts what real tables do: comma decimals ("2,5"),
// codes repeated under different parents, a tree given by a level column,
// by codes that extend each other ("I.1.2" under "I.1") or by the office
// numbering alone ("I.", "1.", "1.1", "a)"), kinds left blank (a row with
// children is a group, a leaf under a heading "điểm thưởng", "điểm cộng" or
// "điểm trừ" is a bonus or deduction item), "tối đa không quá" in a heading
// marking it capped, and a bonus or deduction heading without a maximum
// (the cap its text states, else the sum of its items). Every row it cannot
// read is reported with its place; nothing is returned then.
func BuildCriteria(in []CriteriaRow) (*CriteriaTable, error) {
	type parsed struct {
		c       model.Criterion
		ref     RowRef
		level   int
		kindSet bool
		maxSet  bool
	}
	var rows []parsed
	var errs RowErrors
	for _, r := range in {
		p := parsed{ref: r.Ref, c: model.Criterion{
			ID: newID(), Code: oneLine(r.Code), Title: oneLine(r.Title), Guidance: model.NFC(r.Guidance),
		}}
		if p.c.Code == "" && p.c.Title == "" {
			continue
		}
		var err error
		if max := strings.TrimSpace(r.Max); max != "" {
			if p.c.Max, err = model.ParsePoints(max); err != nil {
				errs = append(errs, r.Ref.Wrap(err))
				continue
			}
			p.maxSet = true
		}
		if kind := strings.TrimSpace(r.Kind); kind != "" {
			if p.c.Kind, p.kindSet = model.ParseKind(kind); !p.kindSet {
				errs = append(errs, r.Ref.Wrap(model.Errorf(model.ETreeKindUnknown, p.c.Code)))
				continue
			}
		}
		if lv := strings.TrimSpace(r.Level); lv != "" {
			if p.level, err = strconv.Atoi(lv); err != nil || p.level < 1 {
				errs = append(errs, r.Ref.Wrap(model.Errorf(ECSVLevel, lv)))
				continue
			}
		}
		if p.c.Rule, err = model.ParseRule(r.Rule); err != nil {
			errs = append(errs, r.Ref.Wrap(err))
			continue
		}
		switch model.Fold(r.Capped) {
		case "", "0", "no", "khong":
		default:
			p.c.Capped = true
		}
		if strings.Contains(model.Fold(p.c.Title), "toi da") {
			p.c.Capped = true
		}
		rows = append(rows, p)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(rows) == 0 {
		return nil, model.Errorf(ECSVEmpty)
	}
	lines := make([]outlineRow, len(rows))
	for i, p := range rows {
		lines[i] = outlineRow{code: p.c.Code, level: p.level, section: sectionOfHeading(p.c.Title) != model.Standard}
	}
	parents, bad := link(lines)
	for _, i := range bad {
		errs = append(errs, rows[i].ref.Wrap(model.Errorf(ECSVLevel, strconv.Itoa(rows[i].level))))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	kids := map[int][]int{}
	for i := range rows {
		if parents[i] >= 0 {
			rows[i].c.ParentID = rows[parents[i]].c.ID
		}
		kids[parents[i]] = append(kids[parents[i]], i)
		rows[i].c.Position = len(kids[parents[i]])
	}
	// Kinds left blank: from children, else from the headings above.
	for i := range rows {
		p := &rows[i]
		if p.kindSet {
			continue
		}
		if len(kids[i]) > 0 {
			p.c.Kind = model.Group
			continue
		}
		p.c.Kind = model.Standard
		for a := i; a >= 0; a = parents[a] {
			if a == i && parents[i] >= 0 {
				continue // a leaf's own title names its content, not its part
			}
			if k := sectionOfHeading(rows[a].c.Title); k != model.Standard {
				p.c.Kind = k
				break
			}
		}
	}
	// Maxima left blank: children come after their parent, so going
	// backwards every child is settled before its parent.
	for i := len(rows) - 1; i >= 0; i-- {
		p := &rows[i]
		if p.maxSet {
			continue
		}
		if cap, ok := statedCap(p.c.Title); ok {
			p.c.Max, p.c.Capped = cap, true
			continue
		}
		if len(kids[i]) > 0 && sectionOfHeading(p.c.Title) != model.Standard {
			for _, k := range kids[i] {
				p.c.Max += rows[k].c.Max
			}
			continue
		}
		errs = append(errs, p.ref.Wrap(model.Errorf(ECSVNoMax, p.c.Code)))
	}
	if len(errs) > 0 {
		return nil, sortByRow(errs)
	}
	out := &CriteriaTable{Rows: make([]model.Criterion, len(rows)), Refs: make(map[string]RowRef, len(rows))}
	for i, p := range rows {
		out.Rows[i] = p.c
		out.Refs[p.c.ID] = p.ref
	}
	if _, err := model.NewTree(out.Rows); err != nil {
		return nil, err
	}
	return out, nil
}

// sortByRow orders row errors by their place in the file.
func sortByRow(errs RowErrors) RowErrors {
	line := func(e *model.Error) int {
		for _, p := range e.Params {
			if n, ok := p.(int); ok {
				return n
			}
		}
		return 0
	}
	sort.SliceStable(errs, func(a, b int) bool { return line(errs[a]) < line(errs[b]) })
	return errs
}

// sectionOfHeading recognises the bonus and deduction parts of a table by
// their headings.
func sectionOfHeading(title string) model.Kind {
	f := model.Fold(title)
	switch {
	case strings.Contains(f, "diem thuong"), strings.Contains(f, "diem cong"):
		return model.Bonus
	case strings.Contains(f, "diem tru"):
		return model.Deduction
	}
	return model.Standard
}

// oneLine is text in NFC on one line: a title broken over lines in its
// cell (Alt+Enter in Excel) reads as one.
func oneLine(s string) string { return strings.Join(strings.Fields(model.NFC(s)), " ") }
