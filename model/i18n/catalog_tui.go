package i18n

// Words shared by screens and printed tables: column titles, stages, kinds,
// keys.
func init() {
	register(map[string]entry{
		"col.rank":       {"Hạng", "Rank"},
		"col.code":       {"Mã", "Code"},
		"col.unit":       {"Đơn vị", "Unit"},
		"col.kind":       {"Loại", "Kind"},
		"col.status":     {"Trạng thái", "Status"},
		"col.self_total": {"Tự chấm", "Self"},
		"col.bloc_total": {"Khối chấm", "Bloc"},
		"col.stage":      {"Theo điểm", "Stage"},
		"col.standard":   {"Điểm chuẩn", "Standard"},
		"col.bonus":      {"Thưởng", "Bonus"},
		"col.deduction":  {"Trừ", "Deduct"},
		"col.total":      {"Tổng", "Total"},
		"col.proposal":   {"Đề nghị", "Proposal"},

		"stage.self":        {"tự chấm", "self-score"},
		"stage.bloc":        {"khối chấm", "bloc review"},
		"stage.province":    {"tỉnh thẩm định", "province review"},
		"status.active":     {"đang tham gia", "active"},
		"status.withdrawn":  {"đã rút", "withdrawn"},
		"kind.group":        {"nhóm", "group"},
		"kind.standard":     {"chuẩn", "standard"},
		"kind.bonus":        {"điểm thưởng", "bonus"},
		"kind.deduction":    {"điểm trừ", "deduction"},
		"numbering.skip":    {"đồng hạng 1, 2, 2, 4", "ties 1, 2, 2, 4"},
		"numbering.dense":   {"đồng hạng 1, 2, 2, 3", "ties 1, 2, 2, 3"},
		"tiebreak.standard": {"điểm chuẩn cao hơn", "higher standard points"},
		"tiebreak.deduction": {
			"ít điểm trừ hơn", "fewer deductions",
		},
		"tiebreak.bonus":      {"nhiều điểm thưởng hơn", "more bonus"},
		"tiebreak.full_marks": {"nhiều tiêu chí đạt tối đa hơn", "more criteria at full marks"},
		"tiebreak.part":       {"điểm phần %s cao hơn", "higher points in part %s"},

		"screen.units":   {"đơn vị", "units"},
		"screen.results": {"kết quả", "results"},

		"key.up":           {"lên", "up"},
		"key.down":         {"xuống", "down"},
		"key.top":          {"đầu", "top"},
		"key.bottom":       {"cuối", "bottom"},
		"key.filter":       {"tìm", "filter"},
		"key.clear_filter": {"bỏ tìm", "clear"},
		"key.filter_done":  {"xong", "done"},
		"key.explain":      {"giải thích", "explain"},
		"key.next_screen":  {"màn hình kế", "next screen"},
		"key.period":       {"đổi kỳ", "period"},
		"key.help":         {"trợ giúp", "help"},
		"key.quit":         {"thoát", "quit"},

		"units.title":              {"Đơn vị thành viên (%d)", "Member units (%d)"},
		"units.filter_prompt":      {"Tìm: ", "Filter: "},
		"units.filter_placeholder": {"gõ tên, có dấu hoặc không dấu", "type a name, with or without accents"},
		"units.filter_hint":        {"Nhấn / để tìm đơn vị (không cần gõ dấu).", "Press / to find a unit (accents optional)."},
		"units.none_match":         {"Không có đơn vị nào khớp. Nhấn esc để bỏ tìm.", "No unit matches. Press esc to clear the filter."},

		"results.loading": {"Đang tính kết quả…", "Computing the results…"},
		"results.title":   {"Kết quả xếp hạng — %s", "Ranking — %s"},
		"results.rules":   {"Bằng điểm thì xét: %s; %s. Dấu = là đồng hạng; ! có ghi chú — nhấn enter để xem.", "Ties: %s; %s. = marks a shared rank; ! has a remark — press enter."},
		"results.detail_totals": {
			"Xếp theo %s: điểm chuẩn %s, thưởng %s, trừ %s, tổng %s.",
			"Ranked on the %s: standard %s, bonus %s, deductions %s, total %s.",
		},
		"results.short.proposed":      {"%s", "%s"},
		"results.short.awaiting_vote": {"%s (chờ phiếu)", "%s (vote pending)"},
		"results.short.tie_at_quota":  {"%s (đồng hạng)", "%s (tied)"},
		"results.short.skipped":       {"⚑", "⚑"},
	})
}
