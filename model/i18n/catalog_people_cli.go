package i18n

// Messages of the commands on individuals (thidua people, thidua
// nominate) and their usage.
func init() {
	register(map[string]entry{
		"people_cli.help":          {"danh sách cán bộ của đơn vị: xem, nhập từ tệp, đăng ký, xếp loại", "a unit's staff list: list, import from a file, registrations, reviews"},
		"people_cli.help_nominate": {"đề nghị khen thưởng cá nhân, kiểm tra theo quy định", "propose individuals for awards, checked by the rules"},
		"people_cli.unknown_sub":   {"Không có lệnh «people %s»: dùng import, register, review, award hoặc rules.", "There is no «people %s»: use import, register, review, award or rules."},
		"people_cli.rules_saved":   {"Đã lưu quy định khen thưởng cá nhân của khối.", "Saved the bloc's rules on individuals."},
		"people_cli.rules_numbers": {"Quy định của khối: Chiến sĩ thi đua cơ sở tối đa %d%% số Lao động tiên tiến; người mới tuyển cần %d tháng công tác; CSTĐ tỉnh cần %d lần liên tục CSTĐCS; CSTĐ toàn quốc cần %d lần liên tục CSTĐ tỉnh; Bằng khen Thủ tướng: %d năm, %d lần CSTĐCS; Bằng khen tỉnh: %d năm HTXSNV; Giấy khen: %d năm HTTNV (0: không xét); cần đăng ký: %s; danh hiệu chỉ xét cuối năm: %s; CSTĐCS phải có sáng kiến: %s.\nHình thức khối đề nghị: %s.\n", "The bloc's rules: grassroots fighters at most %d%% of advanced workers; a new recruit needs %d months' service; a provincial fighter %d consecutive grassroots titles; a national fighter %d consecutive provincial titles; the Prime Minister's certificate %d years with %d grassroots titles; a provincial certificate %d excellent years; a commendation %d good years (0: not checked); registration needed: %s; titles at the year's end only: %s; grassroots fighters need an initiative: %s.\nForms the bloc proposes: %s.\n"},
		"people_cli.rule":          {"• %s\n  (%s)", "• %s\n  (%s)"},
		"people_cli.yes":           {"có", "yes"},
		"people_cli.no":            {"không", "no"},
		"people_cli.col_sex":       {"Giới tính", "Sex"},
		"people_cli.col_born":      {"Năm sinh", "Born"},
		"people_cli.col_upward":    {"Khối đề nghị", "Bloc proposes"},
		"people_cli.count":         {"%d người.", "%d people."},
		"people_cli.problem":       {"lỗi: %s", "problem: %s"},
		"people_cli.note":          {"lưu ý: %s", "note: %s"},
		"people_cli.imported":      {"Đã nhập danh sách %d người: thêm %d, sửa %d, giữ nguyên %d; %d người có trong danh sách cũ nhưng không có trong tệp được giữ lại.", "Imported a list of %d {person|people}: %d added, %d changed, %d as they were; %d {person|people} on the list but not in the file were kept."},
		"people_cli.bad_pair":      {"«%s» không đúng dạng HỌ TÊN=GIÁ TRỊ (ví dụ \"Nguyễn Văn An=LĐTT\").", "«%s» is not NAME=VALUE (e.g. \"Nguyễn Văn An=LĐTT\")."},
		"people_cli.need_pairs":    {"Hãy ghi ít nhất một HỌ TÊN=GIÁ TRỊ.", "Give at least one NAME=VALUE."},
		"people_cli.registered":    {"Đã ghi đăng ký danh hiệu của %d người cho kỳ %s.", "Recorded the titles %d people register for in %s."},
		"people_cli.history":       {"Đã ghi %d dòng cho năm %d.", "Recorded %d {line|lines} for %d."},
		"people_cli.withdrawn":     {"Đã rút %d đề nghị.", "Withdrew %d {proposal|proposals}."},
		"people_cli.marked":        {"Đã đánh dấu %d đề nghị.", "Marked %d {proposal|proposals}."},
		"people_cli.nominated":     {"Đã ghi %d đề nghị cho kỳ %s.", "Recorded %d {proposal|proposals} for %s."},
		"people_cli.verdict":       {"%s — %s: %s", "%s — %s: %s"},
		"people_cli.finding":       {"    %s", "    %s"},
		"people_cli.nominee_count": {"%d đề nghị trong kỳ %s.", "%d {proposal|proposals} in %s."},
		"people_app.problems":      {"Danh sách có %d lỗi (ở trên, kèm số dòng): chưa ghi gì. Hãy sửa tệp rồi nhập lại.", "The list has %d {problem|problems} (above, with their lines): nothing was written. Fix the file and import it again."},

		"usage.people": {
			"Cách dùng: thidua people [--unit MÃ] [--find CHỮ] [--json]\n  In danh sách cán bộ, xếp theo tên (kiểu Việt Nam). Khối trưởng: mọi đơn vị, hoặc --unit.\n  Xem thêm: thidua people import|register|review|award --help",
			"Usage: thidua people [--unit CODE] [--find TEXT] [--json]\n  Prints the staff list, sorted by given name (the Vietnamese way). The leader: every unit, or --unit.\n  See also: thidua people import|register|review|award --help",
		},
		"usage.people_import": {
			"Cách dùng: thidua people import TỆP.xlsx|csv [--unit MÃ] [--period KỲ]\n  Nhập danh sách cán bộ (cột Họ và tên, Chức vụ, Giới tính hoặc Nam/Nữ, Năm sinh). Người đã có (cùng họ tên, năm sinh) được cập nhật;\n  người không có trong tệp được giữ lại. Danh sách có lỗi thì không ghi gì, mỗi lỗi nêu số dòng.",
			"Usage: thidua people import FILE.xlsx|csv [--unit CODE] [--period P]\n  Imports a staff list (columns full name, position, sex or Nam/Nữ, year of birth). People already listed (same name and year) are\n  updated; people not in the file are kept. A list with problems writes nothing; each problem names its line.",
		},
		"usage.people_register": {
			"Cách dùng: thidua people register --period KỲ [--unit MÃ] \"HỌ TÊN=DANH HIỆU[,DANH HIỆU]\" …\n  Ghi danh hiệu mỗi người đăng ký đầu năm (LĐTT, CSTĐCS, CSTĐ tỉnh, CSTĐ toàn quốc); thay đăng ký trước của người đó.",
			"Usage: thidua people register --period P [--unit CODE] \"NAME=TITLE[,TITLE]\" …\n  Records the titles each person registers for (LĐTT, CSTĐCS, CSTĐ tỉnh, CSTĐ toàn quốc); replaces that person's registration.",
		},
		"usage.people_review": {
			"Cách dùng: thidua people review --year NĂM [--unit MÃ] \"HỌ TÊN=XẾP LOẠI[:số tháng công tác]\" …\n  Xếp loại: HTXSNV, HTTNV, HTNV, KHTNV. Số tháng chỉ ghi cho người mới tuyển trong năm.",
			"Usage: thidua people review --year Y [--unit CODE] \"NAME=RATING[:months served]\" …\n  Rating: HTXSNV (excellent), HTTNV (good), HTNV (done), KHTNV (not done). Months only for someone recruited that year.",
		},
		"usage.people_award": {
			"Cách dùng: thidua people award --year NĂM [--unit MÃ] \"HỌ TÊN=HÌNH THỨC[:số quyết định]\" …\n  Ghi danh hiệu, bằng khen, giấy khen người đó đã được tặng (dùng để kiểm tra các năm liên tục).",
			"Usage: thidua people award --year Y [--unit CODE] \"NAME=FORM[:decision]\" …\n  Records a title or certificate the person received (for the rules on consecutive years).",
		},
		"usage.people_rules": {
			"Cách dùng: thidua people rules [--json] [--ratio PHẦN_TRĂM] [--round-half-up] [--service-months THÁNG] [--base-evidence]\n         [--province-streak N] [--national-streak N] [--pm-years N] [--pm-base N] [--province-cert-years N] [--commendation-years N]\n         [--registration=false] [--year-end=false] [--forms LĐTT,CSTĐCS,GK,…]\n  In các quy định kiểm tra đề nghị khen thưởng cá nhân, kèm điều khoản. Khối trưởng đổi số liệu của khối bằng các tùy chọn (mặc định: theo Luật).",
			"Usage: thidua people rules [--json] [--ratio PERCENT] [--round-half-up] [--service-months MONTHS] [--base-evidence]\n         [--province-streak N] [--national-streak N] [--pm-years N] [--pm-base N] [--province-cert-years N] [--commendation-years N]\n         [--registration=false] [--year-end=false] [--forms LĐTT,CSTĐCS,GK,…]\n  Prints the rules proposals of individuals are checked by, with their sources. The leader changes the bloc's numbers with the options (defaults: the law's).",
		},
		"usage.nominate": {
			"Cách dùng: thidua nominate --period KỲ [--unit MÃ] [--reason LÝ_DO] [--initiative SÁNG_KIẾN] [--research ĐỀ_TÀI] [--ref QUYẾT_ĐỊNH]\n                         \"HỌ TÊN=HÌNH THỨC[:thành tích]\" … [--json]\n  Mọi đề nghị được ghi, hoặc không đề nghị nào; đề nghị sai quy định bị từ chối và nêu điều khoản.\n  --reason ghi lý do khi quy định cho phép ngoại lệ. Không có đề nghị: in danh sách đề nghị của kỳ.\n  --withdraw rút đề nghị; --upward / --no-upward (khối trưởng) đánh dấu đề nghị khối gửi lên tỉnh.\n  --match MÃ_CŨ \"HỌ TÊN=HÌNH THỨC\" ghép quyết định của tỉnh cho người không còn trong danh sách (đơn vị đã gõ lại danh sách cán bộ).",
			"Usage: thidua nominate --period P [--unit CODE] [--reason R] [--initiative TITLE] [--research TITLE] [--ref DECISION]\n                         \"NAME=FORM[:achievement]\" … [--json]\n  Every proposal is written, or none; one against the rules is refused with the rule named.\n  --reason records why, where a rule allows exceptions. Without proposals: lists the period's.\n  --withdraw removes proposals; --upward / --no-upward (the leader) mark what the bloc proposes to the province.\n  --match OLD_ID \"NAME=FORM\" matches the province's decision on someone no longer on the list (the staff typed again) to that person.",
		},
	})
}
