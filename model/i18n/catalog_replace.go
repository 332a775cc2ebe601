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
