package storage

import (
	"io"

	"thidua/model"
)

// ParseUnitsCSV reads a list of member units from CSV: columns code, name
// and optionally short_name and kind (Vietnamese headings "mã", "tên đơn
// vị", "tên gọn", "loại" are accepted, and ';' separators). Every bad row is
// reported with its line.
func ParseUnitsCSV(r io.Reader) ([]model.Unit, error) {
	t, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	iCode, iName := t.col("code", "ma", "ma don vi"), t.col("name", "ten", "ten don vi", "don vi")
	iShort, iKind := t.col("short_name", "short", "ten gon", "ten ngan"), t.col("kind", "loai")
	if iCode < 0 || iName < 0 {
		return nil, model.Errorf(ECSVHeader, "code, name", "code,name,short_name,kind")
	}
	var out []model.Unit
	var errs RowErrors
	seen := map[string]int{}
	for k, rec := range t.rows {
		u := model.Unit{Code: model.NormalizeCode(get(rec, iCode)), Name: get(rec, iName), ShortName: get(rec, iShort), Kind: get(rec, iKind)}
		if err := u.Validate(); err != nil {
			errs = append(errs, model.Errorf(ECSV, t.lines[k], err))
			continue
		}
		if line, dup := seen[u.Code]; dup {
			errs = append(errs, model.Errorf(ECSV, t.lines[k], model.Errorf(ECSVDuplicate, u.Code, line)))
			continue
		}
		seen[u.Code] = t.lines[k]
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
