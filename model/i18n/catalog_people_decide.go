package i18n

// Messages of the province's decisions on individuals (thidua decide) and
// of the outcome shown beside a proposal.
func init() {
	register(map[string]entry{
		"people_cli.help_decide":    {"tỉnh ghi quyết định khen thưởng cá nhân trên đề nghị của khối", "the province records its decision on an individual the bloc proposed"},
		"people_db.province_only":   {"Chỉ tỉnh ghi quyết định khen thưởng: hãy dùng cơ sở dữ liệu của tỉnh (đã nhập tệp của khối).", "Only the province records award decisions: use the province's database (with the bloc's file merged)."},
		"people_cli.decide_args":    {"Thừa «%s»: mỗi lần ghi quyết định cho một người (--person).", "Unexpected «%s»: one person per decision (--person)."},
		"people_cli.bad_ruling":     {"Không hiểu kết quả «%s»: dùng accepted (đồng ý), refused (không khen) hoặc downgraded (hạ mức, kèm --downgraded-to).", "Unknown outcome «%s»: use accepted, refused or downgraded (with --downgraded-to)."},
		"people_cli.decided":        {"Đã ghi quyết định: %s — %s: %s (kỳ %s). Tệp quyết định tiếp theo (thidua export --bloc) sẽ mang xuống khối.", "Recorded the decision: %s — %s: %s (%s). The next decision file (thidua export --bloc) takes it down to the bloc."},
		"people_ui.col_province":    {"Tỉnh quyết định", "Province"},
		"people_ui.ruling_down":     {"hạ mức: %s", "downgraded: %s"},
		"nominee_ruling.accepted":   {"được khen", "awarded"},
		"nominee_ruling.refused":    {"không khen", "refused"},
		"nominee_ruling.downgraded": {"hạ mức", "downgraded"},
		"nominee_ruling.shown":      {"Tỉnh: %s %s", "Province: %s %s"},
		"nominee_ruling.shown_to":   {"Tỉnh: hạ mức, tặng %s %s", "Province: downgraded to %s %s"},
		"usage.decide_person": {
			"Cách dùng: thidua decide --person HỌ_TÊN_HOẶC_MÃ --bloc KHỐI [--period KỲ] [--unit MÃ] --form HÌNH_THỨC\n                       --outcome accepted|refused|downgraded [--downgraded-to HÌNH_THỨC] --decision \"Quyết định số …/QĐ-UBND ngày …\" [--reason LÝ_DO]\n  Tỉnh ghi quyết định trên một đề nghị khối đã gửi lên; đề nghị khối không gửi lên bị từ chối.\n  Tệp quyết định tiếp theo (thidua export --bloc) mang quyết định về khối, và tệp thiết lập mang về từng đơn vị.",
			"Usage: thidua decide --person NAME_OR_ID --bloc BLOC [--period P] [--unit CODE] --form FORM\n                       --outcome accepted|refused|downgraded [--downgraded-to FORM] --decision \"Quyết định số …/QĐ-UBND ngày …\" [--reason WHY]\n  The province records its decision on a proposal the bloc sent up; one it did not send up is refused.\n  The next decision file (thidua export --bloc) takes it to the bloc, and the setup files to each unit.",
		},
	})
}
