package sheet

import (
	"io"

	"thidua/model"
	ctable "thidua/model/table"
)

// ReadUnits reads a list of member units from a workbook: the first sheet
// with a header naming a code and a name ("Mã", "Tên đơn vị"), title rows
// above it allowed. Bad rows are refused with their sheet and row.
func ReadUnits(r io.Reader) (_ []model.Unit, err error) {
	defer recoverRead(&err) // no file, however odd, crashes thidua
	f, err := openWorkbook(r)
	if err != nil {
		return nil, err
	}
	defer closeRead(f)
	found, err := findTables(f, isUnitsHeader, ENoHeader, true)
	if err != nil {
		return nil, err
	}
	t := found[0]
	var rows [][]string
	var refs []ctable.Ref
	for r := t.start; r < len(t.g.rows); r++ {
		row := make([]string, len(t.header))
		for c := range row {
			row[c] = t.g.text(r, c)
		}
		rows = append(rows, row)
		refs = append(refs, t.g.ref(r))
	}
	return unitsFromRows(t.header, rows, refs)
}
