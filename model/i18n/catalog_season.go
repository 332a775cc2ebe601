package i18n

// Messages of a season played with people's mistakes: a file sent again
// after it was held, declined or found older, and the decision on a hold.
func init() {
	register(map[string]entry{
		"exchange.duplicate_held": {
			"Tệp này đã nhận ngày %s và đang chờ quyết định: chưa nhập gì. Quyết định bằng lệnh dưới đây, không cần nhập lại tệp.",
			"This file was received on %s and is waiting for a decision: nothing of it is applied yet. Decide with the command below; no need to merge it again.",
		},
		"exchange.duplicate_declined": {
			"Tệp này đã nhận ngày %s và đã bị từ chối: không nhập. Nếu cần nhận, đề nghị đơn vị xuất lại và gửi tệp mới.",
			"This file was received on %s and was declined: nothing is applied. If it is needed, ask the unit to export and send a new file.",
		},
		"exchange.duplicate_stale": {
			"Tệp này đã nhận ngày %s và là bản cũ hơn bản đã nhập: bỏ qua. Không cần làm gì.",
			"This file was received on %s and is older than the version applied: skipped. Nothing to do.",
		},
	})
}
