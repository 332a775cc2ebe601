package i18n

// Messages of the leader's handover (issue 15): the outgoing leader's
// handover file, the incoming leader taking it, and the endorsement of the
// new leader's key that units and the province follow.
func init() {
	register(map[string]entry{
		"exchange.key.endorsed":         {"khóa khối trưởng cũ xác nhận (bàn giao)", "endorsed by the old leader key (handover)"},
		"xtui.keyshort.endorsed":        {"bàn giao", "handover"},
		"exchange.kind.leader_handover": {"tệp bàn giao khối trưởng", "leader's handover file"},
		"backup.truoc_khi_ban_giao":     {"trước khi bàn giao khối trưởng", "before the leader's handover"},
		"handover.help":                 {"khối trưởng: bàn giao cho đơn vị được bầu (handover --to MÃ --out TỆP)", "leader: hand the bloc over to the unit elected (handover --to CODE --out FILE)"},
		"handover.usage":                {"Cách dùng: thidua handover --to MÃ_ĐƠN_VỊ --out TỆP", "Usage: thidua handover --to UNIT_CODE --out FILE"},
		"usage.handover": {
			"Cách dùng: thidua handover --to MÃ_ĐƠN_VỊ --out TỆP [--period KỲ]\n  --to   đơn vị được bầu làm khối trưởng (khóa của đơn vị phải đã được xác minh ở máy này)\n  --out  tệp bàn giao, gửi riêng cho đơn vị đó",
			"Usage: thidua handover --to UNIT_CODE --out FILE [--period P]\n  --to   the unit elected to lead (its key must be verified here)\n  --out  the handover file, sent privately to that unit",
		},
		"handover.written": {
			"Đã ghi tệp bàn giao cho %s: %s (%s). Gửi riêng tệp này cho đơn vị đó; họ nhận bằng: thidua join TỆP.",
			"Wrote the handover file for %s: %s (%s). Send it privately to that unit; it takes it with: thidua join FILE.",
		},
		"handover.member": {
			"Máy này nay là đơn vị thành viên. Mã khóa khối trưởng cũ (của máy này): %s; mã khóa khối trưởng mới: %s — các đơn vị và tỉnh nhận tệp của khối trưởng mới mà không phải xác nhận lại.",
			"This installation is now a member unit. The old leader key (this one): %s; the new leader key: %s — units and the province take the new leader's files without confirming again.",
		},
		"handover.taken": {
			"Máy này nay là khối trưởng của khối %s. Gửi tệp thiết lập cho các đơn vị: thidua setup --all --out-dir THƯ_MỤC.",
			"This installation now leads bloc %s. Send the units their setup files: thidua setup --all --out-dir FOLDER.",
		},
		"handover.self": {
			"Không thể bàn giao cho chính đơn vị khối trưởng: chọn đơn vị được bầu làm khối trưởng năm tới.",
			"The leader cannot hand over to its own unit: choose the unit elected to lead next year.",
		},
		"handover.key": {
			"Chưa có khóa đã xác minh của đơn vị %s: đơn vị đó cần gửi ít nhất một tệp tự chấm đã nhận (khóa xác minh bằng mã thiết lập hoặc điện thoại) trước khi bàn giao.",
			"There is no verified key of unit %s: that unit must first send a submission that was taken here (its key verified by the setup code or by phone) before the handover.",
		},
		"handover.not_here": {
			"Máy này không phải của đơn vị được bàn giao, hoặc đã là khối trưởng: không nhận tệp bàn giao.",
			"This installation is not the incoming unit's, or already leads: the handover file is not taken.",
		},
		"exchange.endorsement": {
			"Phần xác nhận khóa khối trưởng trong tệp không hợp lệ (chữ ký sai, khác khối, hoặc quá %d bước): tệp bị từ chối.",
			"The leader key endorsements in the file are not valid (a wrong signature, another bloc, or over %d steps): the file is refused.",
		},
		"exchange.handover_unit": {
			"Tệp bàn giao này dành cho đơn vị %s, không phải đơn vị của máy này.",
			"This handover file is for unit %s, not this installation's unit.",
		},
		"exchange.handover_key": {
			"Tệp bàn giao không xác nhận khóa của máy này (mã %s): có thể tệp làm cho máy khác của đơn vị. Đề nghị khối trưởng cũ kiểm tra khóa của đơn vị rồi ghi lại tệp.",
			"The handover file does not endorse this installation's key (code %s): it may have been made for another computer of the unit. Ask the outgoing leader to check the unit's key and write the file again.",
		},
		"exchange.handover_author": {
			"Tệp bàn giao không được ký bằng khóa khối trưởng đã lưu ở máy này (mã %s): có thể là giả mạo. Không nhận.",
			"The handover file is not signed with the leader key kept here (code %s): it may be forged. Not taken.",
		},
		"exchange.handover_member": {
			"Tệp bàn giao chỉ nhận ở máy của đơn vị được bầu, đã là thành viên khối: hãy nhận tệp thiết lập của khối trưởng trước (thidua join TỆP), rồi nhận tệp bàn giao.",
			"A handover file is taken by the installation of the unit elected, a member of the bloc: take the leader's setup file first (thidua join FILE), then the handover file.",
		},
	})
}
