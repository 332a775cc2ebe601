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

// ParseCriteriaCSV reads a criteria table from CSV. The tree comes from the
// level column (1 for a top-level part) or, without one, from dotted codes
// ("I.1.2" sits under "I.1"). Quirks of real tables are accepted: comma
// decimals ("2,5"), codes repeated under different parents, a missing kind
// (a row with children is a group; a leaf under a heading "điểm thưởng" or
// "điểm trừ" is a bonus or deduction item), and "tối đa không quá" in a
// group's title marking it capped. Every bad row is reported with its line.
func ParseCriteriaCSV(r io.Reader) ([]model.Criterion, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	iCode, iTitle := t.col("code", "ma", "stt", "tt"), t.col("title", "noi dung", "ten tieu chi", "tieu chi")
	iKind, iMax := t.col("kind", "loai"), t.col("max", "diem toi da", "diem chuan", "toi da")
	iGuide, iLevel := t.col("guidance", "huong dan", "huong dan cham", "ghi chu"), t.col("level", "cap")
	iRule, iCapped := t.col("rule", "cach tinh"), t.col("capped", "gioi han")
	var missing []string
	if iCode < 0 {
		missing = append(missing, "code")
	}
	if iTitle < 0 {
		missing = append(missing, "title")
	}
	if iMax < 0 {
		missing = append(missing, "max")
	}
	if len(missing) > 0 {
		return nil, model.Errorf(ECSVHeader, strings.Join(missing, ", "), strings.Join(CriteriaCSVHeader, ","))
	}
	type parsed struct {
		c       model.Criterion
		line    int
		level   int
		kindSet bool
	}
	var rows []parsed
	var errs RowErrors
	bad := func(line int, err error) { errs = append(errs, model.Errorf(ECSV, line, err)) }
	for k, rec := range t.rows {
		line := t.lines[k]
		p := parsed{line: line, c: model.Criterion{
			ID: newID(), Code: get(rec, iCode), Title: get(rec, iTitle), Guidance: get(rec, iGuide),
		}}
		if p.c.Code == "" && p.c.Title == "" {
			continue
		}
		maxText := get(rec, iMax)
		if maxText == "" {
			bad(line, model.Errorf(ECSVNoMax, p.c.Code))
			continue
		}
		max, err := model.ParsePoints(maxText)
		if err != nil {
			bad(line, err)
			continue
		}
		p.c.Max = max
		if kind := get(rec, iKind); kind != "" {
			if p.c.Kind, p.kindSet = model.ParseKind(kind); !p.kindSet {
				bad(line, model.Errorf(model.ETreeKindUnknown, p.c.Code))
				continue
			}
		}
		if lv := get(rec, iLevel); lv != "" {
			if p.level, err = strconv.Atoi(lv); err != nil || p.level < 1 {
				bad(line, model.Errorf(ECSVLevel, lv))
				continue
			}
		}
		if p.c.Rule, err = model.ParseRule(get(rec, iRule)); err != nil {
			bad(line, err)
			continue
		}
		switch model.Fold(get(rec, iCapped)) {
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
	// Link parents: by level when given, else by dotted code.
	stack := []int{} // indexes of the open ancestors
	for i := range rows {
		lv := rows[i].level
		if lv == 0 {
			lv = 1
			code := strings.TrimRight(rows[i].c.Code, ".")
			for j := i - 1; j >= 0; j-- {
				pc := strings.TrimRight(rows[j].c.Code, ".")
				if pc != "" && strings.HasPrefix(code, pc+".") {
					lv = rows[j].level + 1
					break
				}
			}
			rows[i].level = lv
		}
		if lv > len(stack)+1 {
			errs = append(errs, model.Errorf(ECSV, rows[i].line, model.Errorf(ECSVLevel, strconv.Itoa(lv))))
			continue
		}
		stack = stack[:lv-1]
		if lv > 1 {
			rows[i].c.ParentID = rows[stack[lv-2]].c.ID
		}
		stack = append(stack, i)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	// Positions, and kinds left blank.
	hasKids := map[string]bool{}
	pos := map[string]int{}
	for _, p := range rows {
		hasKids[p.c.ParentID] = true
	}
	byID := map[string]*parsed{}
	for i := range rows {
		byID[rows[i].c.ID] = &rows[i]
		pos[rows[i].c.ParentID]++
		rows[i].c.Position = pos[rows[i].c.ParentID]
	}
	for i := range rows {
		p := &rows[i]
		if p.kindSet {
			continue
		}
		if hasKids[p.c.ID] {
			p.c.Kind = model.Group
			continue
		}
		p.c.Kind = model.Standard
		for a := byID[p.c.ParentID]; a != nil; a = byID[a.c.ParentID] {
			if k := sectionOfHeading(a.c.Title); k != model.Standard {
				p.c.Kind = k
				break
			}
		}
	}
	out := make([]model.Criterion, len(rows))
	for i, p := range rows {
		out[i] = p.c
	}
	if _, err := model.NewTree(out); err != nil {
		return nil, err
	}
	return out, nil
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
