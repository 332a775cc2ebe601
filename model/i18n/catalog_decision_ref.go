package i18n

// Messages of the one reader of a decision's reference ("Quyết định số
// 512/QĐ-UBND ngày 20/01/2026"), for units' and individuals' decisions.
func init() {
	register(map[string]entry{
		"decision_ref.empty": {"Chưa ghi quyết định. Viết như: Quyết định số 512/QĐ-UBND ngày 20/01/2026.",
			"No decision given. Write it as: Quyết định số 512/QĐ-UBND ngày 20/01/2026."},
		"decision_ref.no_number": {"Không thấy số quyết định trong %s. Viết như: Quyết định số 512/QĐ-UBND ngày 20/01/2026.",
			"No decision number in %s. Write it as: Quyết định số 512/QĐ-UBND ngày 20/01/2026."},
		"decision_ref.bad_number": {"Số quyết định %s không đúng: số phải bắt đầu bằng chữ số rồi đến ký hiệu, như 512/QĐ-UBND (kiểm tra chữ l, O gõ nhầm cho số 1, 0).",
			"The decision number %s is not right: it begins with digits, then the symbol, as in 512/QĐ-UBND (check for an l or O typed for 1 or 0)."},
		"decision_ref.no_date": {"Quyết định %s thiếu ngày ký. Ghi thêm ngày, như: ngày 20/01/2026.",
			"The decision %s has no date. Add the date it was signed, as in: ngày 20/01/2026."},
		"decision_ref.two_dates": {"Quyết định có hai ngày khác nhau, %s và %s: chỉ ghi ngày ký quyết định.",
			"The decision has two different dates, %s and %s: give only the date it was signed."},
		"decision_ref.bad_date": {"Ngày %s không có thật hoặc không đủ năm bốn chữ số (1945–2200). Viết như: 20/01/2026.",
			"The date %s does not exist or lacks a four-digit year (1945–2200). Write it as: 20/01/2026."},
	})
}
