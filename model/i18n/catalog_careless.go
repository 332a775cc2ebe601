package i18n

// Messages found by a careless officer at the keyboard: what quitting
// would lose, and what a score cell does with characters of another
// keyboard layout.
func init() {
	register(map[string]entry{
		"app.unsaved_dialog": {
			"Còn nội dung đang gõ trong hộp thoại chưa lưu: gõ xong rồi enter để lưu, esc để bỏ, hoặc ctrl+c lần nữa để thoát và bỏ nội dung đó.",
			"What you typed in the dialog is not saved yet: finish and press enter to save it, esc to drop it, or ctrl+c again to quit without it.",
		},
	})
}
