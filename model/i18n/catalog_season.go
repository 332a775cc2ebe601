package i18n

// Messages of a season played with people's mistakes: a file sent again
// after it was held, declined or found older, and the decision on a hold.
func init() {
	register(map[string]entry{
		"exchange.duplicate_held": {
			"Tệp này đã nhận ngày %s và đang chờ quyết định: chưa nhập gì. Quyết định bằng lệnh dưới đây, không cần nhập lại tệp.",
			"This file was received on %s and is waiting for a decision: nothing of it is applied yet. Decide with the command below; no need to merge it again.",
		},
		"exchange.duplicate_declined": {
			"Tệp này đã nhận ngày %s và đã bị từ chối: không nhập. Nếu cần nhận, đề nghị bên gửi xuất lại và gửi tệp mới.",
			"This file was received on %s and was declined: nothing is applied. If it is needed, ask the sender to export and send a new file.",
		},
		"exchange.duplicate_stale": {
			"Tệp này đã nhận ngày %s và là bản cũ hơn bản đã nhập: bỏ qua. Không cần làm gì.",
			"This file was received on %s and is older than the version applied: skipped. Nothing to do.",
		},
		"exchange.twin_bloc": {
			"Tệp của đơn vị %s cho khối %s nhưng theo thiết lập của một máy khác, không phải máy này (có thể khối trưởng mới đã lập khối lại từ đầu, hoặc đơn vị nhận nhầm tệp thiết lập): không nhập. Gọi cho đơn vị; đơn vị cần nhận tệp thiết lập của máy này (thidua setup) rồi gửi lại.",
			"The file of unit %s is for bloc %s but as set up on another computer, not this one (a new leader may have set the bloc up afresh, or the unit took the wrong setup file): nothing imported. Call the unit; it needs this computer's setup file (thidua setup) and then sends again.",
		},
		"exchange.join.twin_bloc": {
			"Tệp thiết lập của khối %s nhưng do một máy khác lập riêng (mã khóa %s), không phải máy khối trưởng mà máy này đã nhận: không nhận. Nếu khối trưởng đã đổi, khối trưởng cũ chuyển giao bằng thidua handover (hoặc tỉnh xác nhận bằng thidua confirm-leader) và khối trưởng mới gửi tệp từ máy đã nhận chuyển giao. Gọi cho khối trưởng để hỏi.",
			"The setup file is for bloc %s but was set up on its own by another computer (key %s), not by the leader's computer this installation took: not taken. If the leader changed, the old leader hands over with thidua handover (or the province confirms with thidua confirm-leader) and the new leader sends from the computer that took it. Call the leader to ask.",
		},
		"exchange.hold.fork_ahead": {
			"Lần gửi %[2]d của %[1]s nhỏ hơn lần gửi %[3]d đã nhập, nhưng lần gửi đã nhập được làm khi máy đơn vị để giờ ở tương lai: tệp này có thể là bản mới hơn (máy đơn vị đã chỉnh giờ, hoặc khôi phục bản sao lưu). Gọi cho đơn vị hỏi bản nào mới; nhận tệp này bằng thidua hold accept, hoặc giữ bản đã nhập bằng thidua hold decline.",
			"Send %[2]d of %[1]s is below send %[3]d already applied, but that one was made while the unit's clock was set in the future: this file may be the newer version (the unit put its clock right, or restored a backup). Call the unit to ask which is newer; take this file with thidua hold accept, or keep the version applied with thidua hold decline.",
		},
		"exchange.twin_bloc_province": {
			"Tỉnh đã có khối %[1]s do một máy khối trưởng khác lập; tệp này là của một khối cùng mã nhưng lập lại từ đầu trên máy khác (có thể khối trưởng mới đã không nhận bàn giao): không nhập. Đề nghị khối trưởng cũ bàn giao bằng thidua handover (hoặc tỉnh xác nhận khối trưởng mới bằng thidua confirm-leader), rồi khối trưởng mới gửi lại tệp từ máy đã nhận bàn giao.",
			"The province already has bloc %[1]s, set up on another leader's computer; this file is of a bloc with the same code set up afresh on another computer (a new leader may not have taken the handover): nothing imported. Ask the old leader to hand over with thidua handover (or confirm the new leader with thidua confirm-leader), then the new leader sends the file again from the computer that took it.",
		},
		"exchange.warn.setup_dropped": {
			"điểm tự chấm %s = %s đã bị bỏ: bảng tiêu chí mới của khối trưởng không còn tiêu chí này hoặc hạ điểm tối đa xuống dưới mức đó — hãy chấm lại",
			"self-score %s = %s was removed: the leader's new criteria table no longer has this criterion or lowered its maximum below it — score it again",
		},
	})
}
