package i18n

// Messages found by a careless officer at the keyboard: what quitting
// would lose, and what a score cell does with characters of another
// keyboard layout.
func init() {
	register(map[string]entry{
		"app.unsaved_dialog": {
			"Hộp thoại còn chữ đang gõ chưa lưu: ctrl+c lần nữa để thoát bỏ chữ đó.",
			"What you typed in the dialog is not saved: ctrl+c again quits without it.",
		},
	})
}
