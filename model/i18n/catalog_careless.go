package i18n

// Messages found by a careless officer at the keyboard: what quitting
// would lose, and a number field left empty.
func init() {
	register(map[string]entry{
		"app.unsaved_dialog": {
			"Hộp thoại còn chữ đang gõ chưa lưu: ctrl+c lần nữa để thoát bỏ chữ đó.",
			"What you typed in the dialog is not saved: ctrl+c again quits without it.",
		},
		"settings.points_empty": {
			"Chưa nhập số. Gõ 0 nếu muốn như giải thích ở trên; esc để giữ nguyên.",
			"No number was typed. Type 0 to get what the line above says; esc keeps the value as it was.",
		},
	})
}
