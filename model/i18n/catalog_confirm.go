package i18n

// Messages of the province's confirmation of a new leader (issue 15): when
// the leader's computer is lost, the province's handover file to the
// deputy, the deputy taking it, and the units following the province's
// endorsement of the new leader's key.
func init() {
	register(map[string]entry{
		"confirm.help": {"tỉnh: xác nhận đơn vị tiếp nhận khối khi máy khối trưởng bị mất (confirm-leader --bloc KHỐI --unit MÃ --reason LÝ_DO --out TỆP)",
			"province: confirm the unit taking over a bloc whose leader's computer is lost (confirm-leader --bloc BLOC --unit CODE --reason WHY --out FILE)"},
		"confirm.usage": {"Cách dùng: thidua confirm-leader [--bloc MÃ_KHỐI] [--unit MÃ_ĐƠN_VỊ] --reason \"LÝ DO\" --out TỆP",
			"Usage: thidua confirm-leader [--bloc BLOC_CODE] [--unit UNIT_CODE] --reason \"WHY\" --out FILE"},
		"usage.confirm-leader": {
			"Cách dùng: thidua confirm-leader [--bloc MÃ_KHỐI] [--unit MÃ_ĐƠN_VỊ] --reason \"LÝ DO\" --out TỆP\n  --bloc    khối (cần khi tỉnh giữ nhiều khối)\n  --unit    đơn vị tiếp nhận (mặc định: khối phó trong tệp khối gần nhất)\n  --reason  lý do, ví dụ \"Máy khối trưởng bị hỏng\" (ghi nhật ký)\n  --out     tệp xác nhận, gửi riêng cho đơn vị đó; đọc mã khóa của tỉnh qua điện thoại",
			"Usage: thidua confirm-leader [--bloc BLOC_CODE] [--unit UNIT_CODE] --reason \"WHY\" --out FILE\n  --bloc    the bloc (needed when the province holds several)\n  --unit    the unit taking over (default: the deputy in the bloc's last file)\n  --reason  why, e.g. \"The leader's computer broke down\" (audited)\n  --out     the confirmation file, sent privately to that unit; read the province's key code out on the phone",
		},
		"confirm.written": {
			"Đã ghi tệp xác nhận %s tiếp nhận khối %s: %s (%s). Gửi riêng tệp này cho đơn vị đó; họ nhận bằng: thidua join TỆP, sau khi so mã khóa của tỉnh qua điện thoại.",
			"Wrote the confirmation that %s takes over bloc %s: %s (%s). Send it privately to that unit; it takes it with: thidua join FILE, after comparing the province's key code on the phone.",
		},
		"confirm.fingerprint": {
			"Mã khóa của tỉnh (đọc cho đơn vị tiếp nhận): %s; mã khóa khối trưởng mới: %s. Từ nay tỉnh nhận tệp khối của khối trưởng mới; tệp của máy khối trưởng cũ bị giữ lại.",
			"The province's key code (read it to the unit taking over): %s; the new leader key: %s. From now on the province takes the new leader's bloc files; the old leader computer's files are held.",
		},
		"confirm.leader": {
			"Đơn vị %s đang là khối trưởng của khối %s: không cần xác nhận. Chọn đơn vị tiếp nhận (thường là khối phó).",
			"Unit %s already leads bloc %s: nothing to confirm. Choose the unit taking over (usually the deputy).",
		},
		"confirm.key": {
			"Tỉnh chưa nhận tệp tự chấm nào có chữ ký của đơn vị %s với khóa hiện tại: chưa thể xác nhận khóa của đơn vị. Chọn đơn vị khác, hoặc nhận trước một tệp khối có phần tự chấm đã ký của đơn vị đó.",
			"The province has taken no submission signed by unit %s with its current key: its key cannot be confirmed. Choose another unit, or first take a bloc file carrying that unit's signed self-scores.",
		},
		"confirm.reason": {
			"Cần ghi lý do (tối đa %d ký tự, không có ký tự điều khiển), ví dụ \"Máy khối trưởng bị hỏng\".",
			"Give the reason (at most %d characters, no control characters), e.g. \"The leader's computer broke down\".",
		},
		"confirm.bloc": {
			"Không tìm thấy đúng một khối mã \"%s\" ở tỉnh: ghi rõ --bloc MÃ_KHỐI (xem các khối trên bảng khối).",
			"No single bloc of code \"%s\" at the province: give --bloc BLOC_CODE (see the blocs board).",
		},
		"confirm.no_deputy": {
			"Khối %s chưa có khối phó trong tệp khối tỉnh đã nhận: ghi rõ đơn vị tiếp nhận (--unit MÃ).",
			"Bloc %s has no deputy in the bloc files the province took: name the unit taking over (--unit CODE).",
		},
		"confirm.role": {
			"Chỉ máy của tỉnh mới xác nhận khối trưởng mới.",
			"Only the province's installation confirms a new leader.",
		},
		"exchange.confirm_author": {
			"Tệp xác nhận không được ký bằng khóa của tỉnh đã lưu ở máy này (mã tệp %s, mã tỉnh %s): có thể là giả mạo. Không nhận.",
			"The confirmation is not signed with the province's key kept here (file code %s, province code %s): it may be forged. Not taken.",
		},
		"exchange.confirm_stale": {
			"Tệp xác nhận cũ hơn lần đổi khối trưởng gần nhất mà máy này biết (tệp cũ gửi lại?): không nhận. Hỏi tỉnh tệp xác nhận mới.",
			"The confirmation is older than the latest change of leader this installation knows (an old file sent again?): not taken. Ask the province for a new one.",
		},
		"exchange.confirm_cancelled": {
			"Chưa nhận tệp xác nhận: mã khóa của tỉnh chưa được đối chiếu. Gọi cho Ban Thi đua – Khen thưởng tỉnh, so mã rồi chạy lại với --accept-key MÃ.",
			"The confirmation is not taken: the province's key code was not compared. Call the province's emulation office, compare the code, then run again with --accept-key CODE.",
		},
		"blocs.key_confirm":            {"khối trưởng mới (máy mất)", "new leader (PC lost)"},
		"blocs.key.endorsed":           {"chuyển giao", "endorsed"},
		"blocs.confirm_title":          {"Xác nhận khối trưởng mới cho khối %s", "Confirm a new leader of bloc %s"},
		"blocs.confirm_unit":           {"Đơn vị tiếp nhận", "Unit taking over"},
		"blocs.confirm_unit_hint":      {"mã đơn vị; để trống: khối phó", "unit code; empty: the deputy"},
		"blocs.confirm_reason":         {"Lý do", "Reason"},
		"blocs.confirm_reason_default": {"Máy khối trưởng bị hỏng/mất", "The leader's computer broke down or was lost"},
		"blocs.confirm_intro": {
			"Chỉ dùng khi máy của khối trưởng bị hỏng hoặc mất. Tệp xác nhận ký bằng khóa của tỉnh, mang dữ liệu khối tỉnh đang giữ; gửi riêng cho đơn vị tiếp nhận và đọc mã khóa của tỉnh qua điện thoại.",
			"Only when the leader's computer broke down or was lost. The confirmation is signed with the province's key and carries the bloc as the province holds it; send it privately to the unit taking over and read the province's key code out on the phone.",
		},
		"blocs.confirm_done": {
			"Mã khóa của tỉnh: %[4]s — đã ghi tệp xác nhận %[1]s tiếp nhận khối %[2]s: %[3]s",
			"The province's key code: %[4]s — wrote the confirmation that %[1]s takes over bloc %[2]s: %[3]s",
		},
		"xtui.confirm_province_intro": {
			"Đây là tệp xác nhận khối trưởng mới do tỉnh (%s) ký; máy này chưa biết mã khóa của tỉnh. Hãy gọi Ban Thi đua – Khen thưởng tỉnh và đối chiếu mã khóa: %s",
			"This is the province's (%s) confirmation of a new leader; this installation does not know the province's key yet. Call the province's emulation office and check the key: %s",
		},
		"confirm.stepped_down": {
			"Tỉnh đã xác nhận đơn vị %s làm khối trưởng khối %s thay máy này (máy khối trưởng bị mất): máy này nay là đơn vị thành viên.",
			"The province confirmed unit %s as the leader of bloc %s in this installation's place (the leader's computer was lost): this installation is now a member unit.",
		},
		"confirm.join_key": {
			"Tệp xác nhận của tỉnh: đơn vị %[2]s tiếp nhận khối %[1]s. Mã khóa của tỉnh: %[3]s",
			"The province's confirmation: unit %[2]s takes over bloc %[1]s. The province's key code: %[3]s",
		},
		"confirm.taken": {
			"Tỉnh đã xác nhận: máy này nay là khối trưởng của khối %s. Gửi tệp thiết lập cho các đơn vị: thidua setup --all --out-dir THƯ_MỤC.",
			"Confirmed by the province: this installation now leads bloc %s. Send the units their setup files: thidua setup --all --out-dir FOLDER.",
		},
	})
}
