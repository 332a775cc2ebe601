package i18n

// Messages of the rules on individuals (package model/people): the texts
// they come from, what each says, and how a proposal that breaks one is
// refused, its source named first.
func init() {
	register(map[string]entry{
		"doc.bloc":        {"Quy định của khối", "The bloc's rules"},
		"doc.law":         {"Luật Thi đua, khen thưởng số 06/2022/QH15", "the Law on Emulation and Commendation No. 06/2022/QH15"},
		"doc.decree":      {"Nghị định quy định chi tiết Luật Thi đua, khen thưởng (98/2023/NĐ-CP, nay 152/2025/NĐ-CP)", "the decree detailing the Law on Emulation and Commendation (98/2023/NĐ-CP, now 152/2025/NĐ-CP)"},
		"doc.circular":    {"Thông tư 01/2024/TT-BNV của Bộ Nội vụ", "Circular 01/2024/TT-BNV of the Ministry of Home Affairs"},
		"cite.article":    {"Điều %d", "Article %d"},
		"cite.clause":     {"khoản %d", "(%d)"},
		"cite.point":      {"điểm %s", "(%s)"},
		"cite.where":      {"%s %s", "%s of %s"},
		"cite.unverified": {"(chưa đối chiếu bản gốc)", "(not checked against the original)"},

		"nominee_check.unknown_person": {"Người có mã «%s» không có trong danh sách cán bộ của đơn vị: thêm người này vào danh sách trước.", "The person with id «%s» is not on the unit's staff list: add them to the list first."},
		"nominee_check.duplicate":      {"%s đã được đề nghị %s một lần trong kỳ này: bỏ dòng trùng.", "%s is already proposed for %s in this period: remove the repeated line."},
		"nominee_check.invalid":        {"Đề nghị cho %s chưa hợp lệ: %s", "The proposal for %s is not valid: %s"},
		"nominee_check.refused":        {"%s: %s", "%s: %s"},
		"nominee_check.excepted":       {"%[1]s: %[2]s Được chấp nhận theo ngoại lệ điều này cho phép, với lý do: «%[3]s».", "%[1]s: %[2]s Accepted on the exception it allows, for the reason: «%[3]s»."},
		"outcome_people.accepted":      {"đạt", "accepted"},
		"outcome_people.excepted":      {"đạt, có lý do", "accepted with a reason"},
		"outcome_people.refused":       {"không đạt", "refused"},

		"people_rule.form_off":             {"Khối chỉ đề nghị các danh hiệu, hình thức khen thưởng khối đã chọn (thidua people rules --forms).", "The bloc proposes only the titles and certificates it chose (thidua people rules --forms)."},
		"people_rule.year_end":             {"Danh hiệu thi đua cá nhân được xét ở kỳ tổng kết năm.", "Individual titles are considered at the year's review."},
		"people_rule.registered":           {"Danh hiệu thi đua được xét cho người đã đăng ký thi đua đầu năm.", "A title is considered for someone who registered for it at the start of the year."},
		"people_rule.ldtt_rating":          {"Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên.", "Advanced worker: the tasks completed well or better."},
		"people_rule.ldtt_service":         {"Không xét Lao động tiên tiến cho người mới tuyển dụng dưới 6 tháng.", "No advanced worker title for someone recruited less than 6 months before."},
		"people_rule.base_ldtt":            {"Chiến sĩ thi đua cơ sở: đạt tiêu chuẩn Lao động tiên tiến.", "Grassroots emulation fighter: the standard of an advanced worker."},
		"people_rule.base_merit":           {"Chiến sĩ thi đua cơ sở: hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ sở công nhận, hoặc đề tài, đề án, công trình khoa học đã nghiệm thu.", "Grassroots emulation fighter: the tasks completed excellently, or an initiative recognised by the unit, or research accepted."},
		"people_rule.base_ratio":           {"Số Chiến sĩ thi đua cơ sở không quá 15%% số Lao động tiên tiến của đơn vị.", "Grassroots emulation fighters are at most 15%% of the unit's advanced workers."},
		"people_rule.province_streak":      {"Chiến sĩ thi đua cấp tỉnh: chọn trong số người có 03 lần liên tục đạt Chiến sĩ thi đua cơ sở.", "Provincial emulation fighter: chosen among people with 3 consecutive grassroots titles."},
		"people_rule.province_evidence":    {"Chiến sĩ thi đua cấp tỉnh: có sáng kiến áp dụng hiệu quả, có khả năng nhân rộng trong bộ, ngành, tỉnh, hoặc đề tài khoa học đã nghiệm thu.", "Provincial emulation fighter: an initiative applied and replicable across the ministry, sector or province, or accepted research."},
		"people_rule.national_streak":      {"Chiến sĩ thi đua toàn quốc: chọn trong số người có 02 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh.", "National emulation fighter: chosen among people with 2 consecutive provincial titles."},
		"people_rule.national_evidence":    {"Chiến sĩ thi đua toàn quốc: có sáng kiến hoặc đề tài khoa học có phạm vi ảnh hưởng toàn quốc.", "National emulation fighter: an initiative or research of nationwide reach."},
		"people_rule.pm_certificate":       {"Bằng khen của Thủ tướng: đã có Bằng khen cấp tỉnh, 05 năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên, trong đó 03 lần Chiến sĩ thi đua cơ sở; hoặc một tiêu chuẩn khác của Luật.", "The Prime Minister's certificate: a provincial certificate, then 5 consecutive years completed well or better with 3 grassroots titles in them; or another standard of the Law."},
		"people_rule.province_certificate": {"Bằng khen cấp tỉnh: số năm liên tục hoàn thành xuất sắc nhiệm vụ khối yêu cầu.", "Provincial certificate: the consecutive excellent years the bloc asks."},
		"people_rule.commendation":         {"Giấy khen: số năm liên tục hoàn thành tốt nhiệm vụ khối yêu cầu.", "Commendation: the consecutive good years the bloc asks."},
		"people_rule.one_achievement":      {"Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được.", "One achievement is not rewarded twice or with two forms."},

		"people_refuse.form_off":            {"khối không đề nghị %s. Chọn hình thức khác, hoặc bật hình thức này trong Cài đặt.", "the bloc does not propose %s. Choose another form, or turn it on in Settings."},
		"people_refuse.year_end":            {"%s chỉ đề nghị ở kỳ tổng kết năm, không ở kỳ sơ kết.", "%s is proposed at the year's review, not at the half year."},
		"people_refuse.registered":          {"%s chưa đăng ký %s năm %d. Ghi đăng ký thi đua của người này trước.", "%s did not register for %s in %d. Record their registration first."},
		"people_refuse.ldtt_rating_unknown": {"chưa có kết quả đánh giá, xếp loại năm %[2]d của %[1]s. Ghi kết quả xếp loại trước khi đề nghị.", "%[1]s has no rating for %[2]d yet. Record the rating before proposing."},
		"people_refuse.ldtt_rating":         {"%s năm %d được xếp loại %s, cần %s trở lên.", "%s was rated %[3]s in %[2]d; %[4]s or better is needed."},
		"people_refuse.ldtt_service":        {"%s mới công tác %d tháng trong năm, cần ít nhất %d tháng.", "%s has served only %d {month|months} this year; at least %d are needed."},
		"people_refuse.base_ldtt":           {"%s chưa đạt «Lao động tiên tiến» năm %d. Đề nghị «Lao động tiên tiến» trước (hoặc ghi quyết định đã có).", "%s is not an «advanced worker» for %d. Propose that title first (or record the decision that gave it)."},
		"people_refuse.base_evidence":       {"%s chưa có sáng kiến hay đề tài nào kèm đề nghị; khối yêu cầu có sáng kiến. Ghi sáng kiến và quyết định công nhận.", "%s has no initiative or research with the proposal, which the bloc asks. Record the initiative and the decision recognising it."},
		"people_refuse.base_merit":          {"%s năm %d chưa được xếp loại hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến, đề tài nào. Ghi kết quả xếp loại, hoặc sáng kiến đã được công nhận.", "%s is not rated excellent for %d and has no initiative or research. Record the rating, or a recognised initiative."},
		"people_refuse.base_ratio":          {"%s vượt tỷ lệ: không quá %d%% của %d người đạt «Lao động tiên tiến» năm %d, tức tối đa %d người, đã đủ ở các đề nghị xếp trước. Bớt đề nghị, hoặc xếp người này lên trước.", "%s is over the cap: at most %d%% of the %d advanced {worker|workers} of %d, %d {person|people}, already taken by the proposals before. Remove a proposal, or put this one first."},
		"people_refuse.streak":              {"%s: %s cần %d lần liên tục đạt %s đến năm nay hoặc năm trước; số liệu của đơn vị có %d. Ghi các quyết định còn thiếu, hoặc bỏ đề nghị.", "%s: %s needs %d consecutive %s titles up to this year or last; the unit's data shows %d. Record the missing decisions, or withdraw the proposal."},
		"people_refuse.evidence":            {"%s chưa có sáng kiến hay đề tài nào kèm đề nghị %s. Ghi sáng kiến, đề tài và quyết định công nhận.", "%s has no initiative or research with the proposal for %s. Record it and the decision recognising it."},
		"people_refuse.pm_certificate":      {"%s: các năm %d–%d cần Bằng khen cấp tỉnh trước đó, đủ %d năm hoàn thành tốt nhiệm vụ trở lên và %d lần Chiến sĩ thi đua cơ sở; số liệu có %d năm và %d lần. Nếu đề nghị theo tiêu chuẩn khác của Luật, ghi lý do.", "%s: the years %d–%d need a provincial certificate before them, %d years completed well or better and %d grassroots titles; the data shows %d {year|years} and %d {title|titles}. If the proposal rests on another standard of the Law, record the reason."},
		"people_refuse.rated_years":         {"%s: %s cần %d năm liên tục %s trở lên đến năm nay; số liệu có %d năm.", "%s: %s needs %d consecutive years rated %s or better up to this year; the data shows %d."},
		"people_refuse.one_achievement":     {"%s đã được đề nghị %s trong kỳ này, nay thêm %s. Giữ một hình thức, hoặc ghi lý do nếu hai hình thức khen hai thành tích khác nhau.", "%s is already proposed for %s in this period, and now for %s. Keep one, or record the reason if they reward two different achievements."},
	})
}
