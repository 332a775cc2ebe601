package i18n

// The usage of each command, printed by "thidua COMMAND --help" (and
// "thidua help COMMAND"): what it does, how to call it, its options.
func init() {
	register(map[string]entry{
		"usage.head": {"thidua %s — %s", "thidua %s — %s"},
		"usage.global": {
			"Mọi lệnh nhận: --db TỆP (cơ sở dữ liệu), --lang vi|en (ngôn ngữ), --debug (in chi tiết kỹ thuật khi có lỗi).",
			"Every command takes: --db FILE (the database), --lang vi|en (the language), --debug (print technical details on errors).",
		},
		"usage.thidua": {
			"Cách dùng: thidua [--db TỆP] [--lang vi|en]\n  Mở giao diện chấm điểm trên cơ sở dữ liệu.",
			"Usage: thidua [--db FILE] [--lang vi|en]\n  Opens the scoring interface on the database.",
		},
		"usage.demo": {
			"Cách dùng: thidua demo [--force]\n  --force   ghi đè cơ sở dữ liệu đang có (sau khi sao lưu)",
			"Usage: thidua demo [--force]\n  --force   replace an existing database (after a backup)",
		},
		"usage.units": {
			"Cách dùng: thidua units [--filter CHỮ] [--bloc MÃ] [--json]\n  --filter  chỉ các đơn vị có tên hoặc mã chứa mọi từ (không phân biệt dấu)\n  --bloc    ở tỉnh: chỉ khối này (mặc định: mỗi khối một phần)\n  --json    in một tài liệu JSON",
			"Usage: thidua units [--filter TEXT] [--bloc CODE] [--json]\n  --filter  only the units whose name or code holds every word (accents ignored)\n  --bloc    at a province: only this bloc (default: one section a bloc)\n  --json    print one JSON document",
		},
		"usage.score": {
			"Cách dùng: thidua score --period KỲ --unit MÃ [--stage self|bloc] [--as deputy] [--reason LÝ_DO] TIÊU_CHÍ=GIÁ_TRỊ[:ghi chú] …\n  Lưu tất cả các điểm, hoặc không lưu điểm nào. Mỗi tiêu chí chỉ được ghi một lần.\n  Xem thêm: thidua score import --help",
			"Usage: thidua score --period P --unit CODE [--stage self|bloc] [--as deputy] [--reason R] CRITERION=VALUE[:note] …\n  Saves all the scores, or none. Each criterion may be given once.\n  See also: thidua score import --help",
		},
		"usage.score_import": {
			"Cách dùng: thidua score import TỆP.xlsx|csv [--period KỲ] [--unit MÃ] [--stage self|bloc] [--as deputy]\n  Nhập điểm từ bảng tự chấm cũ (.xlsx) hoặc tệp CSV (cột unit,code,value,note,evidence; mã hóa UTF-8).\n  Mọi dòng được lưu, hoặc không dòng nào; dòng bị từ chối được nêu số dòng.",
			"Usage: thidua score import FILE.xlsx|csv [--period P] [--unit CODE] [--stage self|bloc] [--as deputy]\n  Imports scores from an old score sheet (.xlsx) or a CSV file (columns unit,code,value,note,evidence; UTF-8).\n  Every line is saved, or none; refused lines are named by number.",
		},
		"usage.rank": {
			"Cách dùng: thidua rank [--period KỲ] [--bloc MÃ] [--json]\n           thidua rank --history [--json]\n  Không có --period: kỳ gần nhất. Ở tỉnh: mỗi khối một phần, --bloc chỉ một khối; --json in danh sách các khối. --history: tổng điểm, thứ hạng của mỗi đơn vị qua mọi kỳ và các tiêu chí mất nhiều điểm nhất so với bình quân Khối.",
			"Usage: thidua rank [--period P] [--bloc CODE] [--json]\n       thidua rank --history [--json]\n  Without --period: the latest period. At a province: one section a bloc, --bloc only one; --json prints a list of blocs. --history: each unit's total and rank in every period, and the criteria where it lost the most against the bloc's average.",
		},
		"usage.report": {
			"Cách dùng: thidua report [--period KỲ] [--bloc MÃ] --out TỆP.xlsx [--place NƠI] [--date NĂM-THÁNG-NGÀY|NGÀY/THÁNG/NĂM] [--only summary,minutes,proposal,bloc-nominees,chart,sheets,nominees,covenant]\n  Ở tỉnh: một tệp cho mọi khối (trang tổng hợp, rồi mỗi khối một trang); --bloc: báo cáo đầy đủ của một khối.",
			"Usage: thidua report [--period P] [--bloc CODE] --out FILE.xlsx [--place PLACE] [--date YYYY-MM-DD|DD/MM/YYYY] [--only summary,minutes,proposal,bloc-nominees,chart,sheets,nominees,covenant]\n  At a province: one workbook for every bloc (a summary sheet, then a sheet a bloc); --bloc: one bloc's whole report.",
		},
		"usage.meeting": {
			"Cách dùng: thidua meeting --period KỲ [--date NGÀY] [--start GIỜ] [--end GIỜ] [--place NƠI] [--chair …] [--secretary …] [--guests …] [--absent MÃ[:lý do]]… [--leader MÃ] [--leader-votes PHÁT/THU/HỢP LỆ/ĐỒNG Ý] [--deputy MÃ] [--deputy-votes …] [--json]\n  Không có trường nào: in cuộc họp đã ghi. Mỗi trường đưa vào thay trường đó; none để xóa. Phiếu bầu, ví dụ: --leader-votes 9/9/9/8.",
			"Usage: thidua meeting --period P [--date DATE] [--start TIME] [--end TIME] [--place PLACE] [--chair …] [--secretary …] [--guests …] [--absent CODE[:reason]]… [--leader CODE] [--leader-votes ISSUED/RETURNED/VALID/FOR] [--deputy CODE] [--deputy-votes …] [--json]\n  Without a field: prints the recorded meeting. Each field given replaces that field; none clears it. Votes, e.g.: --leader-votes 9/9/9/8.",
		},
		"usage.criteria": {
			"Cách dùng: thidua criteria import TỆP.xlsx|csv [--label TÊN] [--issue] [--period KỲ] [--dry-run]\n           thidua criteria export --out TỆP.xlsx|csv [--period KỲ]",
			"Usage: thidua criteria import FILE.xlsx|csv [--label NAME] [--issue] [--period P] [--dry-run]\n       thidua criteria export --out FILE.xlsx|csv [--period P]",
		},
		"usage.criteria_import": {
			"Cách dùng: thidua criteria import TỆP.xlsx|csv [--label TÊN] [--issue] [--period KỲ] [--dry-run]\n  --label    tên của bảng\n  --issue    ban hành bảng\n  --period   dùng bảng cho kỳ này\n  --dry-run  chỉ xem, không lưu",
			"Usage: thidua criteria import FILE.xlsx|csv [--label NAME] [--issue] [--period P] [--dry-run]\n  --label    the table's name\n  --issue    issue the table\n  --period   use the table for this period\n  --dry-run  only show, save nothing",
		},
		"usage.criteria_export": {
			"Cách dùng: thidua criteria export --out TỆP.xlsx|csv [--period KỲ]",
			"Usage: thidua criteria export --out FILE.xlsx|csv [--period P]",
		},
		"usage.backup": {"Cách dùng: thidua backup", "Usage: thidua backup"},
		"usage.restore": {
			"Cách dùng: thidua restore [--list [--json]] [--from TỆP]\n  Đặt bản sao lưu tốt mới nhất (hoặc --from) vào chỗ cơ sở dữ liệu; tệp cũ được giữ lại bên cạnh.\n  Không làm được khi một cửa sổ thidua khác đang mở cơ sở dữ liệu.",
			"Usage: thidua restore [--list [--json]] [--from FILE]\n  Puts the newest good backup (or --from) in place of the database; the old file is kept beside it.\n  Refused while another thidua window has the database open.",
		},
		"usage.keys": {"Cách dùng: thidua keys [--json]", "Usage: thidua keys [--json]"},
		"usage.setup": {
			"Cách dùng: thidua setup --unit MÃ --out TỆP [--period KỲ]\n           thidua setup --all --out-dir THƯ_MỤC [--period KỲ]",
			"Usage: thidua setup --unit CODE --out FILE [--period P]\n       thidua setup --all --out-dir DIR [--period P]",
		},
		"usage.join": {
			"Cách dùng: thidua join TỆP [--yes] [--accept-key MÃ]\n  --yes         nhận mã khóa của khối trưởng không hỏi (trong kịch bản)\n  --accept-key  mã khóa mới khối trưởng đọc qua điện thoại",
			"Usage: thidua join FILE [--yes] [--accept-key CODE]\n  --yes         accept the leader's key without asking (in scripts)\n  --accept-key  the new key code the leader read out on the phone",
		},
		"usage.export": {"Cách dùng: thidua export --period KỲ --out TỆP|THƯ_MỤC\n           thidua export --bloc KHỐI --period KỲ --out TỆP|THƯ_MỤC   (tỉnh: tệp quyết định cho khối)",
			"Usage: thidua export --period P --out FILE|DIR\n       thidua export --bloc BLOC --period P --out FILE|DIR   (province: the decision file for a bloc)"},
		"usage.verify": {"Cách dùng: thidua verify TỆP [--json]", "Usage: thidua verify FILE [--json]"},
		"usage.merge": {
			"Cách dùng: thidua merge [--dry-run] [--json] [--province] TỆP|THƯ_MỤC …\n  Một thư mục là các tệp .sqlite thường trong nó; liên kết, thiết bị và tệp đặc biệt được liệt kê là bỏ qua.",
			"Usage: thidua merge [--dry-run] [--json] [--province] FILE|DIR …\n  A folder stands for the regular .sqlite files in it; links, devices and special files are listed as skipped.",
		},
		"usage.hold": {
			"Cách dùng: thidua hold [--all] [--json]\n           thidua hold accept SỐ… [--reason LÝ_DO]\n           thidua hold decline SỐ… [--reason LÝ_DO]",
			"Usage: thidua hold [--all] [--json]\n       thidua hold accept ID… [--reason R]\n       thidua hold decline ID… [--reason R]",
		},
		"usage.inbox": {
			"Cách dùng: thidua inbox [--period KỲ] [--bloc MÃ] [--json]\n  Ở tỉnh: mỗi khối một dòng (khối trưởng, tệp cuối, biên nhận, khóa, trạng thái, hạn) rồi các đơn vị của khối.",
			"Usage: thidua inbox [--period P] [--bloc CODE] [--json]\n  At a province: a line a bloc (leader, last file, receipt, key, state, deadline), then the bloc's units.",
		},
		"usage.return": {
			"Cách dùng: thidua return --period KỲ --unit MÃ TIÊU_CHÍ=lý do … | --clear\n  * là cả bảng điểm. Không có lý do: liệt kê các lần trả lại và giải trình.",
			"Usage: thidua return --period P --unit CODE CRITERION=reason … | --clear\n  * is the whole sheet. Without reasons: list the returns and answers.",
		},
		"usage.answer": {
			"Cách dùng: thidua answer --period KỲ TIÊU_CHÍ=giải trình …\n  Không có giải trình: xem lý do khối trưởng trả lại.",
			"Usage: thidua answer --period P CRITERION=answer …\n  Without answers: show the leader's reasons.",
		},
		"usage.gen": {
			"Cách dùng: thidua gen --out THƯ_MỤC [--seed N] [--blocs 40] [--units 25] [--criteria 300] [--scale F] [--workers N]",
			"Usage: thidua gen --out DIR [--seed N] [--blocs 40] [--units 25] [--criteria 300] [--scale F] [--workers N]",
		},
		"usage.version": {"Cách dùng: thidua version", "Usage: thidua version"},
		"usage.help":    {"Cách dùng: thidua help [LỆNH]", "Usage: thidua help [COMMAND]"},
	})
}
