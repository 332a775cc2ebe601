package i18n

// Messages of the province's decisions on individuals typed in the
// interface (the nominees list's decision dialog), their reasons and the
// cap they are checked against.
func init() {
	register(map[string]entry{
		"people.decision_reason": {"Lý do dài quá %d ký tự: ghi ngắn lại.", "The reason is longer than %d characters: shorten it."},
		"people.decision_ratio": {"Không tặng «Chiến sĩ thi đua cơ sở» cho %s được: tối đa %d%% của %d người đạt «Lao động tiên tiến» năm %d, tức %d người, và tỉnh đã tặng đủ (%s). Hạ mức, hoặc sửa quyết định của một người khác trước.",
			"Cannot give «Chiến sĩ thi đua cơ sở» to %s: at most %d%% of the %d advanced {worker|workers} of %d, %d {person|people}, and the province has given that many (%s). Downgrade, or change another person's decision first."},
		"people_ui.key_decide":            {"quyết định của tỉnh", "the province's decision"},
		"people_ui.nominee_hint_province": {"D ghi quyết định của tỉnh trên đề nghị khối gửi lên (↑); t xem mọi đơn vị", "D records the province's decision on what the bloc sent up (↑); t shows every unit"},
		"people_ui.col_province_short":    {"Tỉnh", "Province"},
		"people_ui.decide_not_upward":     {"%s — %s: khối không đề nghị lên tỉnh, nên tỉnh không có quyết định để ghi.", "%s — %s: the bloc did not propose this to the province, so there is no decision to record."},
		"people_ui.decide_title":          {"Quyết định của tỉnh — %s, %s", "The province's decision — %s, %s"},
		"people_ui.decide_intro":          {"Ghi số, ngày quyết định như văn bản. Không khen thưởng thì có thể để trống số quyết định; ghi lý do để đơn vị biết.", "Write the decision's number and date as the document has them. For a refusal the number may be left empty; give the reason so the unit knows."},
		"people_ui.field_verdict":         {"Quyết định", "Decision"},
		"people_ui.verdict_accept":        {"khen thưởng đúng đề nghị", "awarded as proposed"},
		"people_ui.verdict_refuse":        {"không khen thưởng", "not awarded"},
		"people_ui.verdict_down":          {"hạ mức, tặng hình thức khác", "downgraded to another form"},
		"people_ui.field_down_to":         {"Hình thức tặng khi hạ mức", "Form given when downgraded"},
		"people_ui.field_decision":        {"Số, ngày quyết định", "Decision No. and date"},
		"people_ui.hint_decision":         {"Quyết định số 512/QĐ-UBND ngày 20/12/2019", "Quyết định số 512/QĐ-UBND ngày 20/12/2019"},
		"people_ui.field_decision_reason": {"Lý do", "Reason"},
		"people_ui.hint_decision_reason":  {"khi không khen thưởng hoặc hạ mức", "when refused or downgraded"},
		"people_ui.decide_no_lower":       {"Khối chỉ dùng một hình thức: không có hình thức khác để hạ mức.", "The bloc uses one form only: there is no other form to downgrade to."},
		"people_ui.decided":               {"Đã ghi quyết định: «%s» — %s. %s.", "Recorded the decision: «%s» — %s. %s."},
		"nominee_list.col_outcome":        {"Kết quả (quyết định của tỉnh)", "Outcome (the province's decision)"},
		"nominee_list.result_ref_dated":   {"Quyết định số %s ngày %s", "Decision No. %s of %s"},
		"nominee_list.result_ref":         {"Quyết định số %s", "Decision No. %s"},
		"nominee_list.result_accepted":    {"Đồng ý — %s", "Awarded — %s"},
		"nominee_list.result_downgraded":  {"Tặng %s — %s", "Given %s instead — %s"},
		"nominee_list.result_refused":     {"Không đồng ý — %s", "Not awarded — %s"},
		"people_db.no_unmatched":          {"Không có quyết định nào của tỉnh về %s đang chờ ghép với người trong danh sách.", "No decision of the province on %s waits to be matched to a person of the list."},
		"people_db.match_decided":         {"%s đã có quyết định của tỉnh về %s: không ghép thêm.", "%s already has the province's decision on %s: nothing more to match."},
		"people_ui.key_match":             {"ghép quyết định", "match a decision"},
		"people_ui.unmatched_notice":      {"Có %d quyết định của tỉnh cho người không còn trong danh sách. Chọn đề nghị của người đó, nhấn m để ghép.", "%d {decision|decisions} of the province for someone no longer on this list. Choose that person's proposal, press m to match."},
		"people_ui.match_none":            {"Không có quyết định nào về %s đang chờ ghép: đề nghị của %s giữ nguyên.", "No decision on %s waits to be matched: %s's proposal stays as it is."},
		"people_ui.match_title":           {"Ghép quyết định của tỉnh — %s, %s", "Match the province's decision — %s, %s"},
		"people_ui.match_intro":           {"Quyết định này ghi cho một mã người của danh sách cũ, không có ở đây. Nếu đó là %s, nhấn enter: quyết định được ghi cho người này, và các tệp thiết lập sau cũng vậy.", "This decision names a person of the old list, not held here. If it is %s, press enter: the decision is recorded for this person, and so in later setup files."},
		"people_ui.field_match":           {"Quyết định", "Decision"},
		"people_ui.match_choice":          {"%s (mã cũ %s)", "%s (old id %s)"},
		"people_ui.matched":               {"Đã ghép quyết định cho «%s»: %s.", "Matched the decision to «%s»: %s."},
		"people_cli.unmatched": {"Quyết định của tỉnh về %s cho người không còn trong danh sách: %s (mã cũ %s). Ghép với người đó: thidua nominate --period %s --match %s \"HỌ TÊN=%s\"",
			"The province's decision on %s for someone no longer on the list: %s (old id %s). Match it to that person: thidua nominate --period %s --match %s \"NAME=%s\""},
		"people_cli.match_one": {"--match ghép một quyết định với một người: \"HỌ TÊN=HÌNH THỨC\".", "--match matches one decision to one person: \"NAME=FORM\"."},
		"people_cli.matched":   {"Đã ghép quyết định của tỉnh về %s (mã cũ %s) với người này; các tệp thiết lập sau cũng ghi cho người này.", "Matched the province's decision on %s (old id %s) to this person; later setup files record it for them too."},
	})
}
