package i18n

// Messages found by a careless officer at the keyboard: what quitting
// would lose, a number field left empty, a paste of several scores.
func init() {
	register(map[string]entry{
		"app.unsaved_dialog": {
			"Hộp thoại còn chữ đang gõ chưa lưu: ctrl+c lần nữa để thoát bỏ chữ đó.",
			"What you typed in the dialog is not saved: ctrl+c again quits without it.",
		},
		"scoring.paste_many": {
			"Đã dán nhiều giá trị một lúc, chưa lưu gì: ô điểm nhận một giá trị. Hãy dán hoặc gõ từng điểm.",
			"Several values were pasted at once and nothing was saved: a score cell takes one. Paste or type one score at a time.",
		},
		"settings.points_empty": {
			"Chưa nhập số. Gõ 0 nếu muốn như giải thích ở trên; esc để giữ nguyên.",
			"No number was typed. Type 0 to get what the line above says; esc keeps the value as it was.",
		},
	})
}
