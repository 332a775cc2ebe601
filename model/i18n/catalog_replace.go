package i18n

// Messages of the province's replacements: an award proposed for one unit
// given to another by one decision (issue 14).
func init() {
	register(map[string]entry{
		"decision.replaced_by":             {" (thay bằng %s)", " (replaced by %s)"},
		"results.short.decision_replaced":  {"→ QĐ %s cho %s", "→ dec. %s to %s"},
		"xtui.change_replacement":          {"quyết định %s: thay bằng %s", "decision %s: replaced by %s"},
		"results.short.decision_replacing": {"→ QĐ %s thay %s", "→ dec. %s for %s"},
		"award.replace_self": {"Quyết định thay thế của tỉnh cho %s thay chính nó (%s). Tệp bị từ chối; báo Ban Thi đua tỉnh gửi lại.",
			"The province's replacement puts %s in its own place (%s). The file is refused; ask the province to send it again."},
		"award.replace_not_refused": {"Tệp của tỉnh trao %[2]s của %[1]s cho %[3]s nhưng không có quyết định không khen thưởng %[1]s. Tệp bị từ chối; báo Ban Thi đua tỉnh gửi lại.",
			"The province's file gives %[1]s's %[2]s to %[3]s without a decision refusing %[1]s. The file is refused; ask the province to send it again."},
		"award.replace_not_awarded": {"Tệp của tỉnh ghi %[1]s thay %[3]s nhận %[2]s nhưng không có quyết định khen thưởng %[1]s. Tệp bị từ chối; báo Ban Thi đua tỉnh gửi lại.",
			"The province's file names %[1]s in place of %[3]s for %[2]s without a decision awarding %[1]s. The file is refused; ask the province to send it again."},
		"award.replace_two_refs": {"Việc thay %s bằng %s (%s) mang hai số hoặc hai ngày quyết định khác nhau; đó phải là một quyết định. Tệp bị từ chối.",
			"Replacing %s by %s (%s) carries two different decision numbers or dates; it must be one decision. The file is refused."},
		"award.replace_twice": {"%s được ghi thay cho hai đơn vị cùng nhận %s. Tệp bị từ chối; báo Ban Thi đua tỉnh gửi lại.",
			"%s is named in place of two units for %s. The file is refused; ask the province to send it again."},
	})
}

// Messages of the province's exchange screen (issue 14).
func init() {
	register(map[string]entry{
		"xtui.key.open_blocs":       {"nhận tệp của các khối", "take in the blocs' files"},
		"xtui.key.export_decisions": {"làm tệp quyết định", "write the decision file"},
		"xtui.province_intro": {
			"Tỉnh nhận tệp của các khối ở đây: nhấn o, chọn thư mục (hoặc tệp), xem trước rồi nhập. Tệp ký bằng khóa lạ hoặc khóa đã đổi được giữ lại cho đến khi tỉnh gọi khối trưởng đối chiếu mã khóa. Nhấn x để làm tệp quyết định khen thưởng của tỉnh cho khối %s, %s, rồi gửi cho khối trưởng để chuyển xuống các đơn vị.",
			"The blocs' files come in here: press o, pick the folder (or files), preview, then merge. A file signed with a key not known, or changed, is held until the province calls the leader to compare the key. Press x to write the province's decision file for bloc %s, %s, and send it to the leader, who passes it on to the units.",
		},
		"xtui.province_holds":    {"Có %d tệp chờ quyết định — nhấn g để xem và quyết định.", "%d {file waits|files wait} for a decision — press g to read and decide."},
		"xtui.province_not_sent": {"Chưa làm tệp quyết định cho khối %s kỳ này.", "No decision file written for bloc %s this period."},
		"xtui.province_sent":     {"Tệp quyết định gần nhất: %s, lúc %s, mã xác nhận %s.", "Last decision file: %s, at %s, receipt %s."},
		"xtui.province_board":    {"Tệp cuối, mã xác nhận và tình trạng của từng khối: bảng các khối (phím 0).", "Each bloc's last file, receipt and state: the blocs board (key 0)."},
		"xtui.export_intro_province": {
			"Tệp quyết định của tỉnh gửi khối trưởng: quyết định khen thưởng, kể cả thay đơn vị, và điểm tỉnh thẩm định, có chữ ký của tỉnh.",
			"The province's decision file for the leader: its award decisions, replacements too, and its review scores, signed by the province.",
		},
	})
}
