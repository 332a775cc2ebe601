package sheet

import (
	"io"
	"regexp"

	"thidua/storage"
)

// ReadCriteria reads a criteria table from a workbook, in the shapes
// provinces send them: title rows (merged or not) above a header row
// ("STT | Nội dung tiêu chí | Điểm tối đa | Hướng dẫn chấm", in any order,
// possibly over two rows), then the table with its numbering ("I.", "1.",
// "1.1", "a)", "-"), bonus and deduction parts recognised by their
// headings, blank spacer rows, a "Tổng cộng" row, and the place, date and
// signatures under it. The first sheet that holds such a table is read;
// thidua's own export (with kind, level and rule columns) reads back
// exactly.
//
// The result keeps the row each criterion came from, so that the table's
// problems (CriteriaTable.Problems) name it. A workbook that cannot be read
// is refused with the sheet, the row and the reason.
func ReadCriteria(r io.Reader) (_ *storage.CriteriaTable, err error) {
	defer recoverRead(&err) // no file, however odd, crashes thidua
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	found, err := findTables(f, func(h []string) bool {
		_, missing := storage.FindCriteriaColumns(h)
		return len(missing) == 0
	}, ENoHeader, true)
	if err != nil {
		return nil, err
	}
	t := found[0]
	cols, _ := storage.FindCriteriaColumns(t.header)
	return storage.BuildCriteria(criteriaRows(t.g, cols, t.start))
}

// totalRE recognises the row that adds the table up ("Tổng cộng", "Tổng
// số điểm", "Cộng").
var totalRE = regexp.MustCompile(`^(tong cong|tong so diem|tong diem|cong diem|total)\b|^cong$`)

// criteriaRows reads the table's rows from start to the footer, as a
// person reads them: a heading merged across the code and title columns
// ("I. THỰC HIỆN NHIỆM VỤ") is split into its number and its text; the
// total row and lines of text without a number or a maximum (notes,
// signatures) are left out.
func criteriaRows(g *grid, cols storage.CriteriaColumns, start int) []storage.CriteriaRow {
	var out []storage.CriteriaRow
	for r := start; r < len(g.rows); r++ {
		if r == start && g.numbering(r) {
			continue
		}
		if g.footer(r) {
			break
		}
		row := cols.Row(g.values(r, cols.Max), g.ref(r))
		if row.Code != "" && row.Title == "" && !storage.IsCode(row.Code) {
			code, text, ok := storage.SplitCode(row.Code)
			if !ok {
				continue // a line of text written in the code column
			}
			row.Code, row.Title = code, text
		}
		if row.Code == "" && row.Title != "" {
			if totalRE.MatchString(storage.HeadingKey(row.Title)) {
				continue
			}
			if code, text, ok := storage.SplitCode(row.Title); ok {
				row.Code, row.Title = code, text
			}
		}
		if row.Code == "" && row.Max == "" {
			continue
		}
		out = append(out, row)
	}
	return out
}
