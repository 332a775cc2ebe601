package i18n

// Messages of the province's decisions on individuals typed in the
// interface (the nominees list's decision dialog), their reasons and the
// cap they are checked against.
func init() {
	register(map[string]entry{
		"people.decision_reason": {"Lý do dài quá %d ký tự: ghi ngắn lại.", "The reason is longer than %d characters: shorten it."},
		"people.decision_ratio": {"Không tặng «Chiến sĩ thi đua cơ sở» cho %s được: tối đa %d%% của %d người đạt «Lao động tiên tiến» năm %d, tức %d người, và tỉnh đã tặng đủ (%s). Hạ mức, hoặc sửa quyết định của một người khác trước.",
			"Cannot give «Chiến sĩ thi đua cơ sở» to %s: at most %d%% of the %d advanced workers of %d, %d people, and the province has given that many (%s). Downgrade, or change another person's decision first."},
	})
}
