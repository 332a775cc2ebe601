package sheet

import (
	"io"

	"thidua/model"
	ctable "thidua/model/table"
)

// Headings of a list of units.
var (
	headUnitCode  = ctable.Heading{Exact: []string{"code", "ma", "ma don vi"}}
	headUnitName  = ctable.Heading{Exact: []string{"name", "ten", "ten don vi", "don vi", "ten day du"}, Contains: []string{"ten don vi"}}
	headUnitShort = ctable.Heading{Exact: []string{"short name", "short", "ten gon", "ten ngan"}}
	headUnitKind  = ctable.Heading{Exact: []string{"kind", "loai"}}
)

// isUnitsHeader reports whether a header row is that of a list of units (it
// names a code and a name column).
func isUnitsHeader(header []string) bool {
	col := ctable.FindHeadings(header, headUnitCode, headUnitName)
	return col[0] >= 0 && col[1] >= 0
}

// unitsFromRows reads member units from a table's rows (with the header
// row, and where each row came from), as CSV files and workbooks give
// them; a short name or kind left out is derived from the official name.
// Every bad row is reported with its place.
func unitsFromRows(header []string, rows [][]string, refs []ctable.Ref) ([]model.Unit, error) {
	col := ctable.FindHeadings(header, headUnitCode, headUnitName, headUnitShort, headUnitKind)
	if col[0] < 0 || col[1] < 0 {
		return nil, model.Errorf(ECSVHeader, "code, name", "code,name,short_name,kind")
	}
	var out []model.Unit
	var errs model.RowErrors
	seen := map[string]int{}
	for k, rec := range rows {
		if blank(rec) {
			continue
		}
		u := model.Unit{Code: model.NormalizeCode(field(rec, col[0])), Name: model.NFC(field(rec, col[1])),
			ShortName: model.NFC(field(rec, col[2])), Kind: model.NFC(field(rec, col[3]))}
		// A list that gives only the official names: the short name (units
		// are sorted and shown by it) and the kind come from the name.
		short, kind := model.SplitUnitName(u.Name)
		if u.ShortName == "" {
			u.ShortName = short
		}
		if u.Kind == "" {
			u.Kind = kind
		}
		if err := u.Validate(); err != nil {
			errs = append(errs, refs[k].Wrap(err))
			continue
		}
		if line, dup := seen[u.Code]; dup {
			errs = append(errs, refs[k].Wrap(model.Errorf(ECSVDuplicate, u.Code, line)))
			continue
		}
		seen[u.Code] = refs[k].Line
		out = append(out, u)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(out) == 0 {
		return nil, model.Errorf(ECSVEmpty)
	}
	return out, nil
}

// ParseUnitsCSV reads a list of member units from CSV: columns code, name
// and optionally short_name and kind (Vietnamese headings "mã", "tên đơn
// vị", "tên gọn", "loại" are accepted, and ';' separators).
func ParseUnitsCSV(r io.Reader) ([]model.Unit, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	refs := make([]ctable.Ref, len(t.lines))
	for i, l := range t.lines {
		refs[i] = ctable.Ref{Line: l}
	}
	return unitsFromRows(t.header, t.rows, refs)
}
