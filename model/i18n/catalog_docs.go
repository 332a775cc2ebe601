package i18n

// Messages of the documents a bloc signs at its year-end meeting (the
// minutes, the proposal to the province, the chart of totals), of the
// meeting record behind them and of the results screen's pictures.
func init() {
	register(map[string]entry{
		"sheet.line.year": {"Năm %s", "Year %s"},

		// The meeting record.
		"meeting.bad_time": {
			"Giờ %s không đúng: gõ giờ và phút, ví dụ 8:00, 08:30 hoặc 14h.",
			"The time %s is not right: type hours and minutes, e.g. 8:00, 08:30 or 14h.",
		},
		"meeting.ends_before": {
			"Giờ kết thúc %s không sau giờ bắt đầu %s: kiểm tra lại hai giờ.",
			"The end %s is not after the start %s: check both times.",
		},
		"meeting.bad_text": {
			"Nội dung quá dài (tối đa %d chữ) hoặc có ký tự điều khiển: viết ngắn lại trên một dòng.",
			"The text is too long (at most %d letters) or holds control characters: write it shorter, on one line.",
		},
		"meeting.before_period": {
			"Ngày họp %s trước ngày bắt đầu kỳ thi đua (%s): kiểm tra lại ngày.",
			"The meeting date %s is before the period starts (%s): check the date.",
		},
		"meeting.same_unit": {
			"Đơn vị %s không thể vừa là Khối trưởng vừa là Khối phó: chọn hai đơn vị khác nhau.",
			"Unit %s cannot be both leader and deputy: choose two different units.",
		},
		"meeting.twice": {"Đơn vị %s được ghi hai lần: mỗi đơn vị chỉ ghi một lần.", "Unit %s is listed twice: list each unit once."},
		"meeting.not_member": {
			"%q không phải đơn vị thành viên đang hoạt động của Khối: dùng mã đơn vị (xem thidua units).",
			"%q is not an active member unit of the bloc: use a unit code (see thidua units).",
		},
	})
}
