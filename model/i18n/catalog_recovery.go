package i18n

// Messages of the recovery screen and of thidua restore.
func init() {
	register(map[string]entry{
		"recovery.title": {"Khôi phục dữ liệu", "Recover the data"},

		"backup.sao_luu_thu_cong":             {"sao lưu thủ công", "backed up by hand"},
		"backup.truoc_khi_nhap_tep":           {"trước khi nhập tệp", "before merging files"},
		"backup.truoc_khi_nhan_tep_cho":       {"trước khi nhận tệp bị giữ", "before accepting a held file"},
		"backup.truoc_khi_cap_nhat_thiet_lap": {"trước khi cập nhật thiết lập", "before taking a setup file"},
		"backup.truoc_khi_nhap_diem":          {"trước khi nhập điểm", "before importing scores"},
		"backup.truoc_khi_nhap_bang_tieu_chi": {"trước khi nhập bảng tiêu chí", "before importing a criteria table"},
		"backup.truoc_khi_ghi_du_lieu_mau":    {"trước khi ghi dữ liệu mẫu", "before writing the demo data"},

		"recovery.intro": {
			"Chọn một bản sao lưu để đặt vào chỗ tệp hỏng (bản mới nhất ở trên cùng). Tệp hỏng không bị xóa mà được cất sang bên cạnh, để có thể gửi đi nhờ xem lại. Những gì nhập sau thời điểm của bản sao lưu sẽ phải nhập lại.",
			"Choose a backup to put in place of the damaged file (the newest is on top). The damaged file is not deleted but kept beside it, so it can be sent for a closer look. Whatever was entered after the backup's time must be entered again.",
		},
		"recovery.col_time":   {"Thời điểm", "Taken"},
		"recovery.col_reason": {"Lý do", "Reason"},
		"recovery.col_size":   {"Dung lượng", "Size"},
		"recovery.keys":       {"↑/↓ chọn · Enter khôi phục bản đã chọn · q thoát, không thay đổi gì", "↑/↓ choose · enter restore the chosen one · q quit, changing nothing"},
		"recovery.busy":       {"Đang kiểm tra và khôi phục…", "Checking and restoring…"},
		"recovery.none": {
			"Không có bản sao lưu nào trong %s/backups. Tệp hỏng không bị thay đổi. Hãy xin khối trưởng tệp thiết lập (hoặc tệp khối) mới nhất và nhập lại vào một cơ sở dữ liệu mới.",
			"There is no backup in %s/backups. The damaged file was not changed. Ask the bloc leader for the latest setup (or bloc) file and bring it into a new database.",
		},
		"recovery.none_keys": {"q thoát", "q quit"},
		"recovery.done":      {"Đã khôi phục từ bản sao lưu %s.", "Restored from the backup %s."},
		"recovery.aside":     {"Tệp cũ được giữ lại ở %s.", "The old file is kept at %s."},
		"recovery.done_keys": {"Enter mở thidua", "enter open thidua"},
		"app.damaged": {
			"Tệp dữ liệu bị hỏng: %s",
			"The database file is damaged: %s",
		},
		"app.damaged_keys": {
			"Nhấn r để đóng thidua và chọn bản sao lưu để khôi phục · Esc để xem tiếp (không nên nhập thêm gì)",
			"Press r to close thidua and choose a backup to restore · esc to keep looking (enter nothing more)",
		},
		"cli.restore_usage": {
			"Cách dùng: thidua restore [--db TỆP] [--list] [--from BẢN_SAO_LƯU]",
			"Usage: thidua restore [--db FILE] [--list] [--from BACKUP]",
		},
		"cli.restored": {
			"Đã khôi phục %s từ bản sao lưu %s.",
			"Restored %s from the backup %s.",
		},
		"cli.restored_aside": {
			"Tệp cũ được giữ lại ở %s.",
			"The old file is kept at %s.",
		},
		"cli.backups_none": {
			"Chưa có bản sao lưu nào trong %s.",
			"There are no backups in %s yet.",
		},
	})
}
