package i18n

// Messages of the province's own work: its blocs, review and decisions.
func init() {
	register(map[string]entry{
		"province.bloc_unknown": {"Không có khối nào mã %s trong cơ sở dữ liệu. Xem danh sách: thidua inbox.",
			"No bloc has the code %s in the database. See the list: thidua inbox."},
		"province.empty": {"Tỉnh chưa nhận tệp của khối nào. Nhận tệp khối: thidua merge TỆP….",
			"The province has merged no bloc file yet. Merge them: thidua merge FILE…."},
		"province.help.decide": {"tỉnh quyết định khen thưởng theo đề nghị của khối", "the province's award decision on a bloc's proposal"},
		"usage.decide": {
			"Cách dùng: thidua decide --period KỲ --bloc MÃ --award HÌNH_THỨC --unit MÃ --decision \"Quyết định số …/QĐ-UBND ngày NGÀY/THÁNG/NĂM\" [--refuse | --replace MÃ]\n  Mặc định: khen thưởng đơn vị được đề nghị. --refuse: không khen thưởng. --replace: khen thưởng đơn vị khác của khối thay cho đơn vị được đề nghị.\n  Không vượt số lượng của hình thức; mọi quyết định được ghi nhật ký.",
			"Usage: thidua decide --period P --bloc CODE --award AWARD --unit CODE --decision \"Decision No. …/QĐ-UBND of DD/MM/YYYY\" [--refuse | --replace CODE]\n  By default the unit proposed is awarded. --refuse: not awarded. --replace: another unit of the bloc is awarded in its place.\n  An award never goes past its quota; every decision is logged.",
		},
		"province.refuse_or_replace": {"Chọn một trong --refuse hoặc --replace, không cả hai.", "Give --refuse or --replace, not both."},
		"province.decided":           {"Đã ghi quyết định cho %s: %s", "Decision recorded for %s: %s"},
		"province.days_left":         {"còn %d ngày", "%d days left"},
		"province.days_past":         {"quá hạn %d ngày", "%d days past"},
		"score.needs_reason_province": {"Điểm tỉnh thẩm định khác điểm của vòng dưới (khối chấm, hoặc tự chấm khi khối chưa chấm): hãy ghi lý do.",
			"The province score differs from the stage below (the bloc's, or the self-score where the bloc has none): give a reason."},
		"province.bloc_line": {"khối trưởng %s · kỳ %s · %s · tệp cuối %s · khóa: %s · chờ quyết định: %d · hạn: %s",
			"leader %s · period %s · %s · last file %s · key: %s · waiting: %d · deadline: %s"},
		"province.state.no_file":  {"chưa nhận tệp", "no file yet"},
		"province.state.held":     {"tệp chờ quyết định", "file held"},
		"province.state.merged":   {"đã nhận, chưa thẩm định", "merged, not reviewed"},
		"province.state.reviewed": {"tỉnh đã thẩm định", "reviewed by the province"},
		"province.state.decided":  {"đã có quyết định khen thưởng", "awards decided"},

		"rank.stage_note": {"Xếp hạng theo vòng chấm cao nhất có điểm của mỗi đơn vị: %s.",
			"Each unit ranks on the highest stage with scores: %s."},
		"decision.ref":      {"Quyết định số %s ngày %s", "Decision No. %s of %s"},
		"decision.replaces": {" (thay cho %s)", " (in place of %s)"},

		"award.decision_ref": {"Không đọc được số và ngày quyết định trong %s. Viết như: Quyết định số 512/QĐ-UBND ngày 20/01/2020.",
			"Cannot read the decision's number and date in %s. Write it as: Quyết định số 512/QĐ-UBND ngày 20/01/2020."},
		"award.decision_quota": {"«%s» chỉ được %d đơn vị; các quyết định này cho %d. Không khen thưởng một đơn vị khác trước.",
			"«%s» may go to %d units; these decisions give it to %d. Refuse another unit first."},
		"award.decision_not_proposed": {"%s không được khối đề nghị %s. Để khen thưởng đơn vị này thay đơn vị được đề nghị, dùng --replace.",
			"%s is not proposed for %s by the bloc. To award it in place of the unit proposed, use --replace."},
		"award.decision_same_unit": {"Đơn vị thay thế phải là một đơn vị khác của cùng khối, không phải %s.",
			"The replacement must be another unit of the same bloc, not %s."},
		"award.decision_taken": {"%s đã được khen thưởng %s.", "%s is already awarded %s."},
	})
}
