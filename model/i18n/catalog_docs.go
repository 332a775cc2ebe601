package i18n

// Messages of the documents a bloc signs at its year-end meeting (the
// minutes, the proposal to the province, the chart of totals), of the
// meeting record behind them and of the results screen's pictures.
func init() {
	register(map[string]entry{
		"sheet.line.year":        {"Năm %s", "Year %s"},
		"sheet.cli.bad_part":     {"không có phần %q trong báo cáo: chọn trong %s.", "the report has no part %q: choose from %s."},
		"sheet.nothing_to_print": {"Kỳ này không có phần nào được yêu cầu để in.", "The period has none of the parts asked for."},
		"sheet.name.minutes":     {"Biên bản họp", "Minutes"},
		"sheet.name.proposal":    {"Tờ trình khen thưởng", "Award proposal"},
		"sheet.name.chart":       {"Biểu đồ tổng điểm", "Chart of totals"},
		"sheet.dots":             {"……………", "……………"},
		"sheet.number":           {"Số:        /%s", "No.:        /%s"},
		"sheet.recipients":       {"Nơi nhận:", "To:"},
		"sheet.to.province":      {"- Ban Thi đua - Khen thưởng tỉnh;", "- The province's emulation and awards office;"},
		"sheet.to.members":       {"- Các đơn vị thành viên Khối;", "- The member units of the bloc;"},
		"sheet.to.proposed":      {"- Các đơn vị được đề nghị;", "- The units proposed;"},
		"sheet.to.above":         {"- Như trên;", "- As above;"},
		"sheet.to.archive":       {"- Lưu: VT.", "- File copy."},

		// The minutes of the meeting.
		"minutes.title":      {"BIÊN BẢN", "MINUTES"},
		"minutes.subject":    {"Họp bình xét thi đua, đề nghị khen thưởng", "Meeting to review the emulation and propose awards"},
		"minutes.code":       {"BB-KTĐ", "MIN"},
		"minutes.time":       {"Thời gian bắt đầu: %s giờ %s, ngày %s tháng %s năm %s.", "Started: %s:%s on %s/%s/%s."},
		"minutes.place":      {"Địa điểm: %s.", "Place: %s."},
		"minutes.attendance": {"Thành phần tham dự:", "Present:"},
		"minutes.chair":      {"- Chủ trì: %s.", "- Chair: %s."},
		"minutes.secretary":  {"- Thư ký: %s.", "- Secretary: %s."},
		"minutes.guests":     {"- Khách mời: %s.", "- Guests: %s."},
		"minutes.present": {
			"- Đại diện lãnh đạo %d/%d đơn vị thành viên của Khối: %s.",
			"- Representatives of %d of the bloc's %d member {unit|units}: %s.",
		},
		"minutes.absent":      {"- Vắng mặt %d đơn vị: %s.", "- Absent, %d {unit|units}: %s."},
		"minutes.absent_none": {"- Vắng mặt: không.", "- Absent: none."},
		"minutes.reason":      {"%s (%s)", "%s (%s)"},
		"minutes.content":     {"Nội dung:", "Proceedings:"},
		"minutes.ranking_head": {
			"1. Kết quả chấm điểm, xếp hạng thi đua",
			"1. Scores and ranking",
		},
		"minutes.ranking_intro": {
			"Hội nghị đã xem xét kết quả tự chấm điểm của các đơn vị và kết quả chấm điểm của Khối, thống nhất kết quả xếp hạng như sau (chi tiết tại Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua kèm theo):",
			"The meeting reviewed the units' self-scores and the bloc's review and agreed the ranking below (details in the attached summary of scores and ranking):",
		},
		"minutes.votes_head": {"2. Kết quả bỏ phiếu kín", "2. Secret ballots"},
		"minutes.ballot": {
			"Bỏ phiếu đề nghị %s: số phiếu phát ra %d, số phiếu thu vào %d, số phiếu hợp lệ %d, số phiếu không hợp lệ %d. Điều kiện: %s %s (%d).",
			"Ballot for %s: %d issued, %d returned, %d valid, %d invalid. To pass: %s %s (%d).",
		},
		"minutes.ballot_blank": {
			"Bỏ phiếu đề nghị %s: số phiếu phát ra ……, số phiếu thu vào ……, số phiếu hợp lệ ……, số phiếu không hợp lệ …….",
			"Ballot for %s: …… issued, …… returned, …… valid, …… invalid.",
		},
		"minutes.no_ballot":     {"Kỳ này không có nội dung bỏ phiếu kín.", "No secret ballot this period."},
		"minutes.col.result":    {"Kết quả", "Result"},
		"minutes.pass":          {"Đạt", "Passed"},
		"minutes.fail":          {"Không đạt", "Not passed"},
		"minutes.proposal_head": {"3. Đề nghị khen thưởng", "3. Award proposals"},
		"minutes.proposal_intro": {
			"Hội nghị thống nhất đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xét, trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng:",
			"The meeting agreed to propose to the province's emulation and awards council:",
		},
		"minutes.proposal_line": {"- %s: %s.", "- %s: %s."},
		"minutes.proposed_unit": {"%s (%s điểm, xếp thứ %d%s)", "%s (%s {point|points}, rank %d%s)"},
		"minutes.votes_of":      {", %d/%d phiếu", ", %d/%d votes"},
		"minutes.pending":       {" — chờ kết quả bỏ phiếu", " — the ballot is not recorded yet"},
		"minutes.tie":           {" — đồng hạng tại ngưỡng khen thưởng, Hội nghị quyết định", " — tied at the quota, for the meeting to decide"},
		"minutes.not_proposed":  {"- %s không được đề nghị %s: %s.", "- %s is not proposed for %s: %s."},
		"minutes.no_proposal":   {"Không có đơn vị được đề nghị khen thưởng.", "No unit is proposed for an award."},
		"minutes.offices_head":  {"4. Bầu Khối trưởng, Khối phó %s", "4. Leader and deputy for %s"},
		"minutes.next_leader":   {"- Khối trưởng: %s.", "- Leader: %s."},
		"minutes.next_deputy":   {"- Khối phó: %s.", "- Deputy: %s."},
		"minutes.next_year":     {"năm %d", "%d"},
		"minutes.next_period":   {"kỳ tiếp theo", "the next period"},
		"minutes.end": {
			"Biên bản kết thúc lúc %s giờ %s cùng ngày, đã được thông qua trước Hội nghị và các đại biểu thống nhất./.",
			"The meeting closed at %s:%s the same day; these minutes were read out and agreed./.",
		},
		"minutes.secretary_sign": {"THƯ KÝ", "SECRETARY"},
		"minutes.chair_sign":     {"CHỦ TRÌ", "CHAIR"},

		// The proposal to the province.
		"proposal.title":            {"TỜ TRÌNH", "PROPOSAL"},
		"proposal.subject":          {"Về việc đề nghị khen thưởng thành tích thi đua %s", "Proposing awards for the emulation of %s"},
		"proposal.code":             {"TTr-KTĐ", "PROP"},
		"proposal.to":               {"Kính gửi: Hội đồng Thi đua - Khen thưởng %s.", "To: the emulation and awards council of %s."},
		"proposal.province_default": {"tỉnh", "the province"},
		"proposal.basis_rules": {
			"Căn cứ Quy chế tổ chức và hoạt động của %s;",
			"Under the operating rules of %s;",
		},
		"proposal.basis_meeting": {
			"Căn cứ kết quả chấm điểm, bình xét thi đua tại Hội nghị của Khối ngày %s tháng %s năm %s,",
			"Given the scores and the review at the bloc's meeting of %s/%s/%s,",
		},
		"proposal.basis_meeting_blank": {
			"Căn cứ kết quả chấm điểm, bình xét thi đua tại Hội nghị của Khối,",
			"Given the scores and the review at the bloc's meeting,",
		},
		"proposal.ask": {
			"%s kính đề nghị Hội đồng Thi đua - Khen thưởng %s xem xét, trình Chủ tịch Ủy ban nhân dân %s khen thưởng cho %d tập thể có thành tích xuất sắc trong phong trào thi đua %s, cụ thể như sau:",
			"%s asks the emulation and awards council of %s to consider proposing to the chair of the people's committee of %s awards for %d {unit|units} with outstanding results in the emulation of %s:",
		},
		"proposal.award_head": {"%d. %s: %d đơn vị", "%d. %s: %d {unit|units}"},
		"proposal.attached": {
			"Hồ sơ kèm theo: Biên bản họp bình xét thi đua; Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua; Báo cáo thành tích của các đơn vị được đề nghị.",
			"Attached: the minutes of the meeting; the summary of scores and ranking; the achievement report of each unit proposed.",
		},
		"proposal.close": {
			"Kính đề nghị Hội đồng Thi đua - Khen thưởng %s xem xét, quyết định./.",
			"We ask the council of %s to consider and decide./.",
		},
		"proposal.col.votes":  {"Số phiếu bầu", "Votes"},
		"proposal.col.share":  {"Tỷ lệ (%%)", "Share (%%)"},
		"proposal.col.status": {"Ghi chú", "Remarks"},
		"proposal.votes":      {"%d/%d", "%d/%d"},

		// The results screen's pictures and the meeting form.
		"key.view":      {"biểu đồ", "charts"},
		"key.meeting":   {"cuộc họp bình xét (biên bản)", "the review meeting (minutes)"},
		"meeting.title": {"Cuộc họp bình xét — %s", "The review meeting — %s"},
		"meeting.intro": {
			"Những gì ghi ở đây được in trong Biên bản họp bình xét thi đua (xuất báo cáo: o). Ô để trống in thành dòng chấm để điền tay.",
			"What is recorded here prints in the minutes of the meeting (export the report: o). A field left empty prints as a dotted line to fill in by hand.",
		},
		"meeting.f.start":     {"Bắt đầu", "Starts"},
		"meeting.f.end":       {"Kết thúc", "Ends"},
		"meeting.date_hint":   {"ngày/tháng/năm, ví dụ 20/12/2019", "day/month/year, e.g. 20/12/2019"},
		"meeting.time_hint":   {"giờ:phút, ví dụ 8:00 hoặc 14h30", "hours:minutes, e.g. 8:00 or 14h30"},
		"meeting.person_hint": {"họ tên, chức vụ — ví dụ: Ông Nguyễn Văn An, Trưởng phòng", "name, position — e.g. Mr Nguyễn Văn An, head of office"},
		"meeting.absent_hint": {
			"tên hoặc mã đơn vị, cách nhau bằng dấu ; — lý do trong ngoặc: Sông Hinh (họp HĐND); Tuy An",
			"unit names or codes separated by ; — the reason in brackets: Sông Hinh (council meeting); Tuy An",
		},
		"meeting.none":              {"— chưa bầu", "— not chosen"},
		"meeting.done":              {"Đã ghi cuộc họp bình xét.", "The review meeting is recorded."},
		"results.view.table":        {"bảng", "table"},
		"results.view.bars":         {"biểu đồ tổng điểm", "bars of the totals"},
		"results.view.heat":         {"điểm từng phần", "points by part"},
		"results.bars.self":         {"tự chấm", "self-score"},
		"results.bars.bloc":         {"khối chấm", "bloc's review"},
		"results.bars.self_short":   {"tự", "self"},
		"results.bars.bloc_short":   {"khối", "bloc"},
		"results.bars.not_reviewed": {"chưa chấm", "not yet"},
		"results.bars.minimum":      {"mức tối thiểu %s: %s điểm", "minimum for %s: %s {point|points}"},
		"results.bars.axis":         {"trục %s–%s điểm", "axis %s–%s points"},
		"results.heat.intro":        {"Phần trăm điểm tối đa của từng phần:", "Share of each part's maximum:"},
		"results.heat.full":         {"đủ điểm", "full marks"},
		"results.heat.little":       {"mất đến 5%%", "up to 5%% lost"},
		"results.heat.more":         {"mất đến 10%%", "up to 10%% lost"},
		"results.heat.most":         {"mất hơn 10%%", "more than 10%% lost"},
		"results.heat.cut":          {"(%d phần không vừa màn hình)", "(%d {part does|parts do} not fit the screen)"},

		// The chart of totals.
		"chart.title":     {"BIỂU ĐỒ TỔNG ĐIỂM THI ĐUA", "CHART OF EMULATION TOTALS"},
		"chart.col.unit":  {"Đơn vị", "Unit"},
		"chart.col.self":  {"Tự chấm", "Self-score"},
		"chart.col.total": {"Điểm xếp hạng", "Ranked total"},
		"chart.col.line":  {"Mức tối thiểu %s", "Minimum for %s"},
		"chart.axis":      {"Điểm", "Points"},
		"chart.note": {
			"Trục điểm bắt đầu từ %s để thấy rõ chênh lệch giữa các đơn vị; đường ngang là mức điểm tối thiểu của từng hình thức khen thưởng.",
			"The points axis starts at %s so that the differences show; a horizontal line is the minimum total of an award.",
		},

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
		"meeting.help": {
			"xem hoặc ghi cuộc họp bình xét của một kỳ (in trong biên bản): meeting --period P --date … --place … --chair … --absent MÃ…",
			"show or record the meeting that reviews a period (printed in the minutes): meeting --period P --date … --place … --chair … --absent CODE…",
		},
		"meeting.cli.usage": {
			"dùng: thidua meeting --period KỲ [--date NGÀY] [--start GIỜ] [--end GIỜ] [--place NƠI] [--chair …] [--secretary …] [--guests …] [--absent MÃ[:lý do]]… [--leader MÃ] [--leader-votes P/T/H/Đ] [--deputy MÃ] [--deputy-votes P/T/H/Đ] [--json]",
			"usage: thidua meeting --period P [--date DATE] [--start TIME] [--end TIME] [--place PLACE] [--chair …] [--secretary …] [--guests …] [--absent CODE[:reason]]… [--leader CODE] [--leader-votes I/R/V/F] [--deputy CODE] [--deputy-votes I/R/V/F] [--json]",
		},
		"meeting.cli.bad_date": {
			"ngày %q không đúng: gõ NĂM-THÁNG-NGÀY (2019-12-20) hoặc NGÀY/THÁNG/NĂM (20/12/2019).",
			"the date %q is not right: type YEAR-MONTH-DAY (2019-12-20) or DAY/MONTH/YEAR (20/12/2019).",
		},
		"meeting.cli.saved":   {"Đã ghi cuộc họp bình xét kỳ %s.", "The meeting of period %s is recorded."},
		"meeting.f.date":      {"Ngày họp", "Date"},
		"meeting.f.time":      {"Thời gian", "Time"},
		"meeting.f.place":     {"Địa điểm", "Place"},
		"meeting.f.chair":     {"Chủ trì", "Chair"},
		"meeting.f.secretary": {"Thư ký", "Secretary"},
		"meeting.f.guests":    {"Khách mời", "Guests"},
		"meeting.f.present":   {"Có mặt", "Present"},
		"meeting.f.absent":    {"Vắng mặt", "Absent"},
		"meeting.f.leader":    {"Khối trưởng kỳ sau", "Next leader"},
		"meeting.f.deputy":    {"Khối phó kỳ sau", "Next deputy"},
		"meeting.not_member": {
			"%q không phải đơn vị thành viên đang hoạt động của Khối: dùng mã đơn vị (xem thidua units).",
			"%q is not an active member unit of the bloc: use a unit code (see thidua units).",
		},
	})
}
