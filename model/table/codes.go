package table

// Codes of the problems (E…) and notes (N…) of an import; each is a
// message id in the catalogue (model/i18n/catalog_table.go).
const (
	ERowSheet     = "sheet.row" // shared with storage/sheet
	ERowCSV       = "csv.row"   // shared with storage
	ENoHeader     = "sheet.no_header"
	ENoHeaderCSV  = "table.no_header_csv"
	EEmpty        = "table.empty"
	ENoRows       = "table.no_rows"
	ENoMax        = "table.no_max"
	EMaxRange     = "table.max_range"
	ELevel        = "table.level"
	EUnreadable   = "table.unreadable"
	NMaxSum       = "table.max_sum"
	NTotalDiffers = "table.total_differs"
	NFooter       = "table.footer"
	NSkippedText  = "table.skipped_text"
	NSkippedNote  = "table.skipped_note"
	NCodeGiven    = "table.code_given"
	EBonusNoMax   = "table.bonus_no_max"
	NMaxFromGuide = "table.max_from_guide"
	NMaxFromPart  = "table.max_from_part"
	NMaxStandard  = "table.max_standard"
	NPartStandard = "table.part_standard"
	NPartCap      = "table.part_cap"
	NJoinedGuide  = "table.joined_guide"
	NJoinedTitle  = "table.joined_title"
	NOtherSheet   = "table.other_sheet"
	NNoCodeColumn = "table.no_code_column"

	NSkippedSubtotal = "table.skipped_subtotal"

	NSkippedNumbering = "table.skipped_numbering"
	NRuleContradicts  = "table.rule_contradicts"
	NRuleUnexplained  = "table.rule_unexplained"
	NRuleRefers       = "table.rule_refers"
	NRuleRange        = "table.rule_range"
	NRuleLevels       = "table.rule_levels"
	NRuleTwoReadings  = "table.rule_two_readings"
	NRuleZeroCase     = "table.rule_zero_case"
	NRuleOnlyFull     = "table.rule_only_full"
	NRuleRate         = "table.rule_rate"
	NLevels           = "table.levels"
	NHiddenRow        = "table.hidden_row"
	ETwoMax           = "table.two_max"
)
