package i18n

// Messages of the interface's trust work: undo of one's own changes,
// overrides of signed scores, the score cell's refusals, rounding to the
// step, returned criteria and their answers, warnings before a leader's
// decisions, the file picker, and derived unit names.
func init() {
	register(map[string]entry{
		// Undo walks back only the person's own changes of this session.
		"score.nothing_to_undo": {
			"Không còn thay đổi nào của bạn (trong lần mở này) để hoàn tác trên bảng điểm này.",
			"There is no change of yours (since thidua was opened) left to undo on this sheet.",
		},
		"score.undo_not_yours": {
			"Không hoàn tác: thay đổi gần nhất trên bảng điểm này (%s, lúc %s) không do bạn làm trong lần mở này — có thể là tệp vừa nhập. Sửa trực tiếp nếu cần.",
			"Not undone: the latest change on this sheet (%s, at %s) was not yours since thidua was opened — perhaps a file just merged. Change it directly if needed.",
		},
		"scoring.undone_to": {
			"Đã hoàn tác %s: %s → %s.",
			"Undone %s: %s → %s.",
		},

		// Overrides of a signed score.
		"score.override_reason": {
			"%s: đây là điểm đơn vị %s tự chấm và đã ký gửi (%s): sửa phải ghi lý do, và điểm sửa được đánh dấu là của khối trưởng, không còn là của đơn vị. Muốn chấm khác đơn vị thì chấm ở giai đoạn khối chấm.",
			"%s: this is the self-score unit %s signed and sent (%s): changing it needs a reason, and the new value is marked as the leader's, no longer the unit's. To score differently from the unit, score at the bloc stage.",
		},
		"flag.overridden":        {"khối trưởng đã sửa điểm đơn vị tự chấm (không còn là bản đơn vị ký)", "the leader changed the unit's signed self-score"},
		"flag.overridden_count":  {"khối trưởng đã sửa %d điểm đơn vị tự chấm đã ký", "the leader changed %d of the unit's signed self-scores"},
		"flag.returned":          {"bảng điểm đang bị trả lại, chưa kết thúc", "the sheet is returned and the return is still open"},
		"scoring.override_title": {"Sửa điểm đơn vị đã ký — %s", "Change a signed self-score — %s"},
		"scoring.override_intro": {
			"Đây là điểm %s tự chấm và đã ký gửi (%s). Điểm sửa (%s) sẽ được đánh dấu là của khối trưởng, hiện trong danh sách xem xét, báo cáo và khi tỉnh kiểm tra; tệp đơn vị gửi sau sẽ thay lại. Muốn chấm khác đơn vị thì chấm ở cột khối chấm (esc, rồi s).",
			"This is %s's signed self-score (%s). The new value (%s) will be marked as the leader's and shown in the review list, the report and the province's check; the unit's next file replaces it. To score differently from the unit, use the bloc column (esc, then s).",
		},
		"scoring.override_clear": {"xóa", "cleared"},
		"mark.overridden":        {"khối trưởng sửa điểm đơn vị đã ký", "the leader changed a signed self-score"},

		// The score cell and its refusals.
		"scoring.bad_char": {
			"«%s» không có trong điểm (đang gõ %s). Xóa bằng ← hoặc esc. Ô điểm chỉ nhận chữ số, một dấu phẩy thập phân, %% hoặc / (thực hiện/chỉ tiêu).",
			"«%s» is not part of a score (typed %s). Erase it with backspace or esc. The cell takes digits, one decimal mark, %% or / (actual/target).",
		},
		"scoring.two_marks": {
			"%s có hai dấu thập phân. Xóa bằng ← hoặc esc. Điểm chỉ có một dấu phẩy (hoặc chấm), không dùng dấu phân cách hàng nghìn.",
			"%s has two decimal marks. Erase with backspace or esc. A score has one comma (or point) and no thousands separator.",
		},
		"scoring.minus": {
			"%s: điểm không âm. Xóa bằng ← hoặc esc. Điểm trừ nhập số dương (số điểm bị trừ).",
			"%s: scores are not negative. Erase with backspace or esc. Type a deduction as the positive number of points lost.",
		},
		"scoring.rounded":            {"(tính ra %s, làm tròn xuống theo bước %s)", "(computed %s, rounded down to the step of %s)"},
		"scoring.rounding_step":      {"Điểm tính ra được làm tròn xuống theo bước điểm %s của khối.", "Computed points are rounded down to the bloc's step of %s."},
		"scoring.rounding_hundredth": {"Điểm tính ra được làm tròn xuống đến 0,01.", "Computed points are rounded down to 0.01."},
		"scoring.override_note": {
			"Đây là ghi chú %s đã ký gửi: sửa thì ghi lý do.",
			"This is %s's signed note: say why it changes.",
		},
		"key.return_criterion": {"trả lại tiêu chí", "return criterion"},
		"key.answer_return":    {"giải trình", "answer"},
		"mark.returned":        {"bị trả lại, chưa giải trình", "returned, not answered"},
		"scoring.return_title": {"Trả lại %s cho %s", "Return %s to %s"},
		"scoring.return_intro": {
			"Lý do đến đơn vị trong tệp thiết lập gửi kế tiếp (màn hình 5, phím s); đơn vị giải trình hoặc sửa điểm rồi gửi lại.",
			"The reason reaches the unit in the next setup file (screen 5, key s); the unit answers or corrects and sends again.",
		},
		"scoring.returned_to":  {"Đã trả lại %s cho %s.", "Returned %s to %s."},
		"scoring.not_returned": {"Tiêu chí này không bị trả lại.", "This criterion was not returned."},
		"scoring.answer_key":   {"a: giải trình.", "a: answer."},
		"scoring.answer_wait":  {"chờ đơn vị giải trình hoặc sửa điểm", "waiting for the unit's answer or correction"},

		// The exchange screen: returns by path, warnings before a file is
		// written, held files decided here.
		"xtui.join_intro": {
			"Chọn tệp TD-thietlap-….sqlite khối trưởng gửi (qua USB, Zalo, thư điện tử).",
			"Choose the TD-thietlap-….sqlite file the leader sent (by USB stick, Zalo, e-mail).",
		},
		"xtui.return_code_hint_ex": {
			"mã tiêu chí, mã trùng thì ghi cả đường dẫn, ví dụ %s; * là cả bảng điểm",
			"a criterion's code, with its path where codes repeat, e.g. %s; * is the whole sheet",
		},
		"xtui.dialog.warn": {"Trước khi làm tệp", "Before the file is written"},
		"export.warn_unanswered": {
			"%d mục bị trả lại chưa giải trình hay sửa điểm: %s. Khối trưởng sẽ nhận tệp mà không có giải trình cho các mục này.",
			"%d returned {item has|items have} no answer or correction yet: %s. The leader will get the file without an answer to them.",
		},
		"export.warn_missing": {
			"%d đơn vị chưa gửi tệp tự chấm: %s.",
			"%d {unit has|units have} not sent their self-scores: %s.",
		},
		"export.warn_returned": {
			"%d đơn vị đang bị trả lại bảng điểm, chưa kết thúc: %s.",
			"%d {unit's sheet is|units' sheets are} returned and not closed: %s.",
		},
		"export.warn_unreviewed": {
			"%d đơn vị khối chưa chấm (xếp theo điểm tự chấm): %s.",
			"%d {unit is|units are} not reviewed by the bloc yet (ranked on self-scores): %s.",
		},
		"xtui.warn_go_on":       {"Enter: vẫn làm tệp · esc: quay lại.", "Enter: write the file anyway · esc: go back."},
		"xtui.hold_accept_keys": {"phím a ở danh sách tệp chờ (g)", "the a key in the held files list (g)"},
		"xtui.hold_decide_keys": {"phím a hoặc d ở danh sách tệp chờ (g)", "the a or d key in the held files list (g)"},

		"sheet.note.overridden": {
			"Khối trưởng đã sửa điểm đơn vị tự chấm (không còn là bản đơn vị ký): %s",
			"The leader changed the unit's signed self-score: %s",
		},
		"results.proposal_remark": {
			"Đề nghị này cần xem lại trước khi gửi: %s.",
			"This proposal needs a second look before it is sent: %s.",
		},

		// The file and folder picker.
		"key.erase":              {"xóa ký tự", "erase"},
		"key.switch_screen":      {"đổi màn hình", "switch screen"},
		"form.pick_hint":         {"ctrl+o: chọn trong máy (USB, Tải về…)", "ctrl+o: choose on this computer (USB, Downloads…)"},
		"pick.field_placeholder": {"gõ để lọc, hoặc dán đường dẫn", "type to filter, or paste a path"},
		"pick.key.move":          {"chọn dòng", "move"},
		"pick.key.open":          {"mở thư mục", "open folder"},
		"pick.key.back":          {"lên trên", "up"},
		"pick.key.choose":        {"mở / chọn", "open / choose"},
		"pick.key.cancel":        {"thôi", "cancel"},
		"pick.key.type":          {"gõ hoặc dán đường dẫn rồi enter", "type or paste a path, then enter"},
		"pick.places":            {"Chọn nơi có tệp:", "Choose where the files are:"},
		"pick.in":                {"Thư mục: %s", "Folder: %s"},
		"pick.reading":           {"Đang đọc thư mục…", "Reading the folder…"},
		"pick.no_places":         {"Không thấy USB hay thư mục quen thuộc nào. Gõ hoặc dán đường dẫn rồi nhấn enter.", "No USB stick or usual folder found. Type or paste a path, then press enter."},
		"pick.empty_file":        {"Thư mục này không có tệp nào đúng loại. ← để lên thư mục trên.", "This folder has no file of the right kind. ← goes up."},
		"pick.empty_files":       {"Thư mục này không có tệp thidua nào. ← để lên thư mục trên.", "This folder has no thidua file. ← goes up."},
		"pick.empty_folder":      {"Thư mục này không có thư mục con.", "This folder has no subfolder."},
		"pick.take_folder":       {"Lưu vào thư mục này", "Save in this folder"},
		"pick.take_new_folder":   {"Lưu vào thư mục này (thư mục mới, sẽ được tạo)", "Save in this folder (a new one, made when written)"},
		"pick.take_files":        {"Nhận cả %d tệp trong thư mục này", "Take all %d {file|files} in this folder"},
		"pick.removable":         {"USB / ổ rời", "USB / removable"},
		"pick.place.recent":      {"Dùng lần trước", "Used last time"},
		"pick.place.downloads":   {"Tải về (Downloads)", "Downloads"},
		"pick.place.zalo":        {"Tệp nhận qua Zalo", "Zalo received files"},
		"pick.place.desktop":     {"Màn hình (Desktop)", "Desktop"},
		"pick.place.documents":   {"Tài liệu (Documents)", "Documents"},
		"pick.place.home":        {"Thư mục người dùng", "Home folder"},
		"pick.unreadable":        {"Không mở được thư mục %s: %s.", "Cannot open the folder %s: %s."},
		"pick.denied":            {"không có quyền đọc", "no permission to read it"},
		"pick.gone":              {"không còn thư mục này (USB đã rút ra?)", "it is gone (was the USB stick removed?)"},
		"pick.missing":           {"Không có tệp hay thư mục nào ở %s. Kiểm tra lại đường dẫn.", "There is no file or folder at %s. Check the path."},
		"pick.one_only":          {"Ở đây chỉ chọn một tệp hoặc một thư mục.", "Choose one file or one folder here."},
		"pick.folder_not_file":   {"%s là một thư mục, không phải tệp: chọn một tệp trong đó.", "%s is a folder, not a file: choose a file in it."},
		"pick.file_not_folder":   {"%s là một tệp, không phải thư mục: chọn thư mục để lưu.", "%s is a file, not a folder: choose a folder to save in."},
	})
}
