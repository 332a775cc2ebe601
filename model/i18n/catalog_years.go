package i18n

// Messages of the passage from one year to the next (issue 15): the
// election of the next leader and deputy at the year-end meeting, a new
// period started from the last, what changed in the criteria table, and
// each unit's history across the periods.
func init() {
	register(map[string]entry{
		// The election's vote.
		"election.format": {
			"Số phiếu %s không đúng: gõ 4 số — phát ra/thu vào/hợp lệ/đồng ý, ví dụ 9/9/9/7.",
			"The vote %s is not right: type 4 numbers — issued/returned/valid/for, e.g. 9/9/9/7.",
		},
		"election.counts": {
			"Số phiếu không khớp (phát ra %d, thu vào %d, hợp lệ %d, đồng ý %d): phiếu thu vào không quá phiếu phát ra, phiếu hợp lệ không quá phiếu thu vào, phiếu đồng ý không quá phiếu hợp lệ.",
			"The counts do not add up (issued %d, returned %d, valid %d, for %d): no more returned than issued, no more valid than returned, no more votes for than valid ballots.",
		},
		"election.no_unit": {
			"Đã ghi số phiếu nhưng chưa chọn đơn vị được bầu: chọn đơn vị ở ô trên, hoặc xóa số phiếu.",
			"Votes are typed but no unit is chosen: choose the unit elected in the field above, or clear the votes.",
		},
		"meeting.f.leader_vote": {"Phiếu bầu Khối trưởng", "Votes for leader"},
		"meeting.f.deputy_vote": {"Phiếu bầu Khối phó", "Votes for deputy"},
		"meeting.vote_hint": {
			"phát ra/thu vào/hợp lệ/đồng ý, ví dụ 9/9/9/7; để trống nếu không bỏ phiếu",
			"issued/returned/valid/for, e.g. 9/9/9/7; empty when there was no ballot",
		},
		"meeting.vote_text": {"%d/%d phiếu hợp lệ, %s%%", "%d of %d valid {ballot|ballots}, %s%%"},
		"minutes.elected": {
			"%s: %s — phiếu phát ra %d, thu vào %d, hợp lệ %d, không hợp lệ %d; đồng ý %d/%d phiếu hợp lệ, đạt %s%%.",
			"%s: %s — ballots issued %d, returned %d, valid %d, invalid %d; %d of %d valid {ballot|ballots} in favour, %s%%.",
		},
		// A new period from the last, and what changed in its table.
		"criteria.same_as": {
			"Bảng này giống hệt bảng «%s» đã ban hành: không cần ban hành lại, kỳ thi đua tiếp tục dùng bảng đó.",
			"This table is the same as «%s», already issued: there is no need to issue it again; the period goes on using that one.",
		},
		"period.help": {
			"bắt đầu kỳ mới từ kỳ trước (bảng tiêu chí, quy chế, đơn vị): period new --from KỲ --code MÃ --label TÊN",
			"start a new period from an old one (criteria table, rules, units): period new --from P --code C --label L",
		},
		"period.cli.usage": {
			"dùng: thidua period new --from KỲ_CŨ --code MÃ_MỚI [--label TÊN] [--json]",
			"usage: thidua period new --from OLD --code NEW [--label NAME] [--json]",
		},
		"usage.period": {
			"Cách dùng: thidua period new --from KỲ_CŨ --code MÃ_MỚI [--label TÊN] [--json]\n  Tạo kỳ mới từ kỳ cũ: cùng loại kỳ, ngày và các hạn lùi một năm, cùng quy chế và hình thức khen thưởng, cùng các đơn vị;\n  bảng tiêu chí được chép thành bản dự thảo để sửa rồi ban hành (màn hình 2, phím i). Đăng ký thi đua mở lại cho kỳ mới.",
			"Usage: thidua period new --from OLD --code NEW [--label NAME] [--json]\n  Starts a new period from an old one: the same kind, dates and deadlines a year later, the same rules and awards, the same units;\n  the criteria table is copied as a draft to edit and issue (screen 2, key i). Registrations open again for the new period.",
		},
		"period.draft_label": {"Bảng tiêu chí — %s (dự thảo)", "Criteria table — %s (draft)"},
		"period.cli.started": {"Đã tạo kỳ %s «%s» từ kỳ %s.", "Period %s «%s» is started from %s."},
		"period.cli.dates":   {"Thời gian", "Dates"},
		"period.cli.next": {
			"Bảng tiêu chí được chép thành bản dự thảo «%s»: sửa rồi ban hành ở màn hình Tiêu chí (phím i); kỳ %s dùng bảng mới từ khi ban hành. Ban hành trước khi gửi tệp thiết lập cho các đơn vị.",
			"The criteria table is copied as the draft «%s»: edit it and issue it on the Criteria screen (key i); period %s is scored on it once issued. Issue it before sending the setup files to the units.",
		},
		"next.row":   {"+ Năm mới từ kỳ này", "+ Next year from this period"},
		"next.title": {"Năm mới từ kỳ «%s»", "Next year from «%s»"},
		"next.intro": {
			"Kỳ mới giữ quy chế, hình thức khen thưởng và các đơn vị của kỳ này; ngày và các hạn lùi một năm (sửa được). Bảng tiêu chí được chép thành bản dự thảo: sửa rồi ban hành ở màn hình 2 (phím i) trước khi gửi tệp thiết lập. Đăng ký thi đua mở lại cho kỳ mới.",
			"The new period keeps this period's rules, awards and units; its dates and deadlines are a year later (editable). The criteria table is copied as a draft: edit and issue it on screen 2 (key i) before sending the setup files. Registrations open again for the new period.",
		},
		"next.done": {
			"Đã tạo kỳ %s và bản dự thảo bảng tiêu chí. Nhấn p để chuyển sang kỳ mới, 2 để sửa bảng.",
			"Period %s and a draft of its table are made. Press p to switch to it, 2 to edit the table.",
		},
		"key.changes":           {"xem thay đổi so với bản trước", "what changed since the last version"},
		"changes.summary":       {"so với «%s»: thêm %d, bỏ %d, đổi %d (v: xem)", "since «%s»: %d added, %d removed, %d changed (v: see)"},
		"changes.none":          {"giống hệt «%s»", "the same as «%s»"},
		"changes.title":         {"Thay đổi so với «%s»", "What changed since «%s»"},
		"changes.more":          {"dòng %d–%d trong %d · ↑↓: cuộn · v, esc: đóng", "lines %d–%d of %d · ↑↓: scroll · v, esc: close"},
		"changes.added":         {"%s — thêm mới, tối đa %s", "%s — new, at most %s"},
		"changes.removed":       {"%s — bỏ", "%s — removed"},
		"changes.max":           {"%s — điểm tối đa %s → %s", "%s — maximum %s → %s"},
		"changes.rule":          {"%s — cách chấm: %s → %s", "%s — scoring: %s → %s"},
		"changes.kind":          {"%s — loại %s → %s", "%s — kind %s → %s"},
		"changes.code_was":      {"%s (trước là %s)", "%s (was %s)"},
		"changes.title_changed": {"%s — sửa lời: «%s» → «%s»", "%s — reworded: «%s» → «%s»"},
		"history.title":         {"Tổng điểm và thứ hạng qua các kỳ", "Totals and ranks over the periods"},
		"history.shortfalls":    {"Mất nhiều điểm nhất so với bình quân Khối (kỳ gần nhất và kỳ so sánh):", "Most points lost against the bloc's average (the latest period and the one compared):"},
		"history.cli.no_period": {
			"--history cho xem mọi kỳ: bỏ --period.",
			"--history shows every period: leave out --period.",
		},
		"results.view.history": {"lịch sử các kỳ", "history of the periods"},
		"history.legend": {
			"Tổng điểm và thứ hạng của mỗi đơn vị qua các kỳ (%s); biểu đồ cùng thang %s–%s điểm cho cả Khối.",
			"Each unit's total and rank over the periods (%s); the chart on one scale, %s–%s points, for the whole bloc.",
		},
		"history.col.lost": {"Mất nhiều nhất so với bình quân Khối", "Most lost against the bloc's average"},
		"history.detail":   {"%s — mất nhiều điểm nhất so với bình quân Khối", "%s — most points lost against the bloc's average"},
		"history.lost_long": {
			"%s %s: −%s (đơn vị %s, bình quân %s)",
			"%s %s: −%s (the unit %s, average %s)",
		},
		"history.none":        {"không mất điểm nào so với bình quân", "no points lost against the average"},
		"history.no_scores":   {"chưa có điểm", "no scores yet"},
		"past.head":           {"Các kỳ trước %s", "Earlier periods %s"},
		"past.period":         {"%s: %s (hạng %s)", "%s: %s (rank %s)"},
		"past.lost":           {", mất nhiều nhất %s", ", most lost %s"},
		"minutes.leader_word": {"- Khối trưởng", "- Leader"},
		"minutes.deputy_word": {"- Khối phó", "- Deputy"},
	})
}
