package i18n

// Messages of the leader's handover started from the settings screen
// (issue 15): the row, the dialog proposing the unit elected, the
// confirmation of what follows, and the result.
func init() {
	register(map[string]entry{
		"handover_ui.row":       {"Bàn giao khối trưởng", "Hand over the leadership"},
		"handover_ui.row_value": {"cho đơn vị được bầu năm tới", "to the unit elected for next year"},
		"handover_ui.title":     {"Bàn giao khối trưởng", "Hand over the leadership"},
		"handover_ui.elected": {
			"Hội nghị %s đã bầu %s làm khối trưởng năm tới (%s).",
			"The meeting of %s elected %s to lead next year (%s).",
		},
		"handover_ui.no_vote": {"không ghi số phiếu", "no vote recorded"},
		"handover_ui.none_elected": {
			"Chưa ghi kết quả bầu khối trưởng năm tới (màn Kết quả, phím m: biên bản họp). Chọn đơn vị nhận bàn giao trong danh sách.",
			"No election of next year's leader is recorded (results screen, key m: the meeting). Choose the unit taking over from the list.",
		},
		"handover_ui.intro": {
			"Tệp bàn giao mang toàn bộ dữ liệu của khối; máy này sẽ thành đơn vị thành viên.",
			"The handover file carries all the bloc's data; this installation becomes a member unit.",
		},
		"handover_ui.elected_mark": {"được bầu", "elected"},
		"handover_ui.field_to":     {"Đơn vị nhận bàn giao", "Unit taking over"},
		"handover_ui.field_dir":    {"Thư mục ghi tệp", "Folder of the file"},
		"handover_ui.dir_hint":     {"ctrl+o: chọn thư mục; tên tệp do thidua đặt", "ctrl+o: choose a folder; thidua names the file"},
		"handover_ui.confirm_title": {
			"Xác nhận bàn giao cho %s",
			"Confirm the handover to %s",
		},
		"handover_ui.not_elected": {
			"%s không phải đơn vị được bầu làm khối trưởng ở hội nghị tổng kết. Chỉ bàn giao khi khối đã thống nhất (ví dụ tỉnh chỉ định).",
			"%s is not the unit the year-end meeting elected to lead. Hand over only when the bloc agreed (the province appointed it, say).",
		},
		"handover_ui.consequence": {
			"Bàn giao khối %s cho %s:\n  1. sao lưu cơ sở dữ liệu của máy này;\n  2. ghi tệp bàn giao vào %s, có chữ ký và xác nhận khóa của khối trưởng mới;\n  3. máy này thành đơn vị thành viên: không sửa quy định, bảng tiêu chí, không gộp tệp của đơn vị nữa.\nKhông làm ngược lại được từ máy này (bản sao lưu vẫn còn).",
			"Hand bloc %s over to %s:\n  1. this installation's database is backed up;\n  2. the handover file is written into %s, signed, endorsing the new leader's key;\n  3. this installation becomes a member unit: it no longer edits the rules or the criteria, nor merges the units' files.\nThis cannot be undone from here (the backup stays).",
		},
		"handover_ui.field_go":    {"Bàn giao?", "Hand over?"},
		"handover_ui.go_no":       {"Chưa, quay lại", "No, go back"},
		"handover_ui.go_yes":      {"Có, bàn giao cho %s", "Yes, hand over to %s"},
		"handover_ui.not_done":    {"Chưa bàn giao: máy này vẫn là khối trưởng.", "Not handed over: this installation still leads."},
		"handover_ui.working":     {"Đang sao lưu và ghi tệp bàn giao…", "Backing up and writing the handover file…"},
		"handover_ui.done_title":  {"Đã bàn giao khối trưởng", "Leadership handed over"},
		"handover_ui.done_status": {"Đã bàn giao cho %s: máy này nay là đơn vị thành viên.", "Handed over to %s: this installation is now a member unit."},
		"handover_ui.done_next": {
			"Gửi riêng tệp cho %s (USB, thư điện tử) và đọc mã biên nhận qua điện thoại. Bên đó nhận tệp ở màn Trao đổi (phím o). Enter: đóng.",
			"Send the file privately to %s (USB stick, e-mail) and read the receipt code on the phone. They take it on the exchange screen (key o). Enter: close.",
		},
		"handover_ui.no_units": {
			"Khối không có đơn vị nào khác đang hoạt động để nhận bàn giao.",
			"The bloc has no other active unit to take over.",
		},
	})
}

// Messages of a handover file's history refused.
func init() {
	register(map[string]entry{
		"exchange.handover_audit": {
			"Tệp bàn giao có %d dòng nhật ký thay đổi, quá giới hạn %d: tệp bị từ chối, không nhập gì. Đề nghị khối trưởng cũ ghi lại tệp bằng thidua bản mới.",
			"The handover file holds %d audit lines, over the limit of %d: it is refused, nothing imported. Ask the outgoing leader to write it again with a current thidua.",
		},
		"exchange.handover_meeting": {
			"Biên bản hội nghị trong tệp bàn giao không hợp lệ (bầu chức vụ không có trong biên bản, số phiếu không khớp, hoặc một đơn vị giữ hai chức vụ): tệp bị từ chối, không nhập gì.",
			"The meeting records in the handover file are not valid (an election of an office the meeting did not fill, counts that do not add up, or a unit in two offices): the file is refused, nothing imported.",
		},
	})
}
