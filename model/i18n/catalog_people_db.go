package i18n

// Messages of individuals as stored (package storage): staff lists,
// proposals, the bloc's marks and settings.
func init() {
	register(map[string]entry{
		"nominee_sheet.unit_sheet":    {"Cá nhân %s", "Individuals %s"},
		"nominee_sheet.bloc_sheet":    {"Cá nhân đề nghị lên tỉnh", "Individuals proposed"},
		"nominee_sheet.bloc_line":     {"(Khối đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng)", "(Proposed by the bloc to the province's emulation and awards council)"},
		"nominee_sheet.total":         {"Danh sách có %d lượt đề nghị.", "The list holds %d {proposal|proposals}."},
		"nominee_sheet.reason":        {"Lý do: %s", "Reason: %s"},
		"people_db.unknown_person":    {"Không có người mã «%s» trong danh sách cán bộ: hãy xem lại bằng «thidua people».", "There is no person with id «%s» on the staff lists: check with «thidua people»."},
		"people_db.other_unit":        {"«%s» thuộc đơn vị khác: mỗi đơn vị chỉ sửa danh sách cán bộ của mình.", "«%s» belongs to another unit: each unit edits only its own staff list."},
		"people_db.unit_withdrawn":    {"Đơn vị %s đã rút khỏi khối: không ghi danh sách cá nhân của đơn vị này.", "Unit %s has withdrawn from the bloc: its individuals are not written."},
		"people_db.too_many":          {"Danh sách có %d người, nhiều hơn %d: hãy tách tệp theo đơn vị.", "The list has %d people, more than %d: split the file by unit."},
		"people_db.list_has_problems": {"Người thứ %d trong danh sách: %s. Chưa ghi gì; hãy sửa rồi nhập lại.", "Person %d of the list: %s. Nothing was written; fix it and import again."},
		"people_db.refused":           {"Chưa ghi đề nghị nào. %s", "No proposal was written. %s"},
		"people_db.not_upward":        {"«%s» chưa được khối đề nghị %s lên tỉnh trong kỳ này: chỉ quyết định được đề nghị khối đã gửi lên.", "«%s» was not proposed for %s to the province by the bloc in this period: only proposals the bloc sent up can be decided."},
		"people_db.no_proposal":       {"«%s» chưa được đề nghị %s trong kỳ này.", "«%s» is not proposed for %s in this period."},
		"people_db.year":              {"Đăng ký cho năm %d không thuộc kỳ này (năm %d).", "A registration for %d is not for this period (year %d)."},
		"people_db.fact_row":          {"Tệp có dòng «%s» không dùng được: %s Không nhập gì từ tệp này; hãy báo đơn vị gửi lại tệp.", "The file has a «%s» row that cannot be used: %s Nothing of the file was applied; ask the unit to send it again."},
		"people_db.fact_type":         {"có giá trị không đúng kiểu.", "a value is of the wrong kind."},
		"people_db.fact_outcome":      {"đề nghị %s ghi kết quả kiểm tra «%s»: chỉ đề nghị đạt, hoặc đạt có lý do (kèm lý do), mới được gửi.", "the proposal %s says its check was «%s»: only proposals accepted, or accepted with their reason, are sent."},
		"people_db.settings_json":     {"Thiết lập khen thưởng cá nhân của khối không đọc được (%s): hãy đặt lại.", "The bloc's settings on individuals cannot be read (%s): set them again."},
	})
}
