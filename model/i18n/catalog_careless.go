package i18n

// Messages found by a careless officer at the keyboard: what quitting
// would lose, a number field left empty, a paste of several scores, a
// year of birth in the future.
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
		"people_ui.born_too_late": {
			"Năm sinh %d: người sinh năm này chưa đủ %d tuổi (năm nay là %d). Kiểm tra lại năm sinh.",
			"Year of birth %d: a person born then is not yet %d (this year is %d). Check the year.",
		},
		"settings.points_empty": {
			"Chưa nhập số. Gõ 0 nếu muốn như giải thích ở trên; esc để giữ nguyên.",
			"No number was typed. Type 0 to get what the line above says; esc keeps the value as it was.",
		},
	})
}
