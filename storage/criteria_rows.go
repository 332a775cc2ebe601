package storage

import "thidua/model/table"

// ESheetRow is the message that places a problem in a workbook: the sheet
// and the row. Its text is in the catalogue with the other spreadsheet
// messages (model/i18n/catalog_sheet.go).
const ESheetRow = table.ERowSheet

// RowRef says where a row of an imported file is: a CSV line, or a
// worksheet and its row number as Excel shows it.
type RowRef = table.Ref
