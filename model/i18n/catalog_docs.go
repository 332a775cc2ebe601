package i18n

// Messages of the documents a bloc signs at its year-end meeting (the
// minutes, the proposal to the province, the chart of totals), of the
// meeting record behind them and of the results screen's pictures.
func init() {
	register(map[string]entry{
		"sheet.line.year": {"Năm %s", "Year %s"},
	})
}
