package i18n

// Messages of the command line.
func init() {
	register(map[string]entry{
		"cli.usage": {
			"Cách dùng: thidua [--db TỆP] [--lang vi|en] [LỆNH] ...\nKhông có lệnh: mở giao diện chấm điểm.\n\nCác lệnh:",
			"Usage: thidua [--db FILE] [--lang vi|en] [COMMAND] ...\nWithout a command: open the scoring interface.\n\nCommands:",
		},
		"cli.usage_tail": {
			"\nCơ sở dữ liệu: --db, hoặc biến môi trường THIDUA_DB, hoặc thidua.db trong thư mục dữ liệu của người dùng.\nXem README.md để biết đầy đủ các tùy chọn.",
			"\nDatabase: --db, or the THIDUA_DB environment variable, or thidua.db in the user's data folder.\nSee README.md for every option.",
		},
		"cli.help.demo":     {"tạo cơ sở dữ liệu mẫu (khối 9 Phòng LĐTBXH tỉnh Phú Yên năm 2019)", "write the demo bloc (Phú Yên's nine labour offices, 2019)"},
		"cli.help.units":    {"liệt kê đơn vị (--filter tìm không dấu)", "list the units (--filter ignores accents)"},
		"cli.help.score":    {"nhập điểm: --period P --unit MÃ MÃ_TIÊU_CHÍ=ĐIỂM[:ghi chú] …; score import TỆP.xlsx|csv", "enter scores: --period P --unit CODE CRITERION=POINTS[:note] …; score import FILE.xlsx|csv"},
		"cli.help.rank":     {"xếp hạng một kỳ (--period P, --json)", "rank a period (--period P, --json)"},
		"cli.help.criteria": {"bảng tiêu chí: criteria import TỆP.xlsx|csv | criteria export --out TỆP.xlsx|csv", "criteria table: criteria import FILE.xlsx|csv | criteria export --out FILE.xlsx|csv"},
		"cli.help.backup":   {"sao lưu cơ sở dữ liệu ngay", "back up the database now"},
		"cli.help.restore":  {"khôi phục bản sao lưu (tốt mới nhất, hoặc --from TỆP); --list liệt kê", "restore a backup (the newest good one, or --from FILE); --list lists them"},
		"cli.help.version":  {"phiên bản", "version"},
		"cli.help.help":     {"hướng dẫn này", "this help"},
		"cli.see_help":      {"Gõ thidua help để xem cách dùng.", "Run thidua help for usage."},
		"cli.unknown_command": {
			"không có lệnh %q.",
			"there is no command %q.",
		},
		"cli.bad_flag":    {"tùy chọn không hợp lệ: %s", "invalid option: %s"},
		"cli.bad_lang":    {"ngôn ngữ %q không có: dùng vi hoặc en.", "language %q is not available: use vi or en."},
		"cli.need_flag":   {"cần tùy chọn %s.", "the %s option is required."},
		"cli.need_file":   {"cần đúng một tệp.", "exactly one file is needed."},
		"cli.interrupted": {"đã dừng theo yêu cầu; những gì đã lưu vẫn còn nguyên.", "stopped on request; what was saved is intact."},
		"cli.no_db": {
			"chưa có cơ sở dữ liệu %s. Tạo dữ liệu mẫu bằng: thidua demo --db %[1]s",
			"there is no database %s yet. Create the demo with: thidua demo --db %[1]s",
		},
		"cli.no_terminal": {
			"giao diện chấm điểm cần một cửa sổ dòng lệnh. Để dùng trong tập lệnh, hãy gọi một lệnh con (thidua help).",
			"the scoring interface needs a terminal window. In scripts, use a subcommand (thidua help).",
		},
		"cli.crash": {
			"lỗi nội bộ, dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã ghi vào %s",
			"internal error; saved data is not affected. Details were written to %s",
		},
		"cli.demo_exists": {
			"%s đã có dữ liệu. Dùng --force để ghi đè (bản cũ được sao lưu trước), hoặc chọn tệp khác bằng --db.",
			"%s already holds data. Use --force to replace it (the old one is backed up first), or choose another file with --db.",
		},
		"cli.demo_written": {"Đã tạo dữ liệu mẫu trong %s", "Demo data written to %s"},
		"cli.backup_made":  {"Đã sao lưu vào %s", "Backed up to %s"},
		"cli.score_need_values": {
			"cần ít nhất một điểm dạng MÃ=ĐIỂM, ví dụ I.1.1=2,5",
			"at least one score is needed as CODE=POINTS, e.g. I.1.1=2.5",
		},
		"cli.score_bad_pair": {"%q không đúng dạng MÃ=ĐIỂM[:ghi chú].", "%q is not CODE=POINTS[:note]."},
		"cli.scores_saved": {
			"Đã lưu %d điểm (%d thay đổi) cho %s — kỳ %s, %s.",
			"Saved %d {score|scores} (%d changed) for %s — period %s, %s.",
		},
		"cli.scores_imported": {
			"Đã nhập %d điểm (%d thay đổi) từ %s vào kỳ %s.",
			"Imported %d {score|scores} (%d changed) from %s into period %s.",
		},
		"cli.flag":            {"Lưu ý: %s.", "Note: %s."},
		"cli.no_deputy":       {"khối chưa có khối phó, hoặc máy này không phải của khối trưởng.", "the bloc has no deputy, or this is not the leader's installation."},
		"cli.bad_as":          {"--as chỉ nhận deputy (khối phó), không phải %q.", "--as only takes deputy, not %q."},
		"cli.cannot_read":     {"không đọc được %s: %s", "cannot read %s: %s"},
		"cli.written":         {"Đã ghi %s", "Wrote %s"},
		"cli.criteria_usage":  {"dùng: thidua criteria import TỆP.xlsx|csv [--label TÊN] [--issue] [--period KỲ] [--dry-run] | thidua criteria export --out TỆP.xlsx|csv [--period KỲ]", "usage: thidua criteria import FILE.xlsx|csv [--label NAME] [--issue] [--period P] [--dry-run] | thidua criteria export --out FILE.xlsx|csv [--period P]"},
		"cli.criteria_draft":  {"Đã lưu bản nháp bảng tiêu chí %q (mã %s).", "Saved criteria draft %q (id %s)."},
		"cli.criteria_issued": {"Đã ban hành bảng tiêu chí (mã băm %s…); từ nay không sửa được.", "Issued the criteria table (hash %s…); it can no longer change."},
		"cli.criteria_used":   {"Kỳ %s dùng bảng tiêu chí này.", "Period %s uses this criteria table."},
		"cli.criteria_not_issued": {
			"Bảng còn lỗi (xem trên) nên chưa ban hành được; chưa có gì được lưu. Sửa tệp rồi nhập lại.",
			"The table has problems (above) and cannot be issued; nothing was saved. Fix the file and import it again.",
		},
		"cli.preview_count": {"%d tiêu chí %s", "%d %s criteria"},
		"cli.preview_total": {"Tổng: %d tiêu chí chấm điểm; %s điểm chuẩn.", "In all: %d scorable criteria; %s standard points."},
	})
}
