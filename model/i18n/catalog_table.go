package i18n

// Messages of importing a criteria table (package model/table): what was
// read, what was skipped, the rules read from the guidance, the preview;
// and the rules in words.
func init() {
	register(map[string]entry{
		"table.no_header_csv": {
			"Tệp không có dòng tiêu đề của bảng tiêu chí. Bảng cần các cột STT (hoặc Mã), Nội dung tiêu chí và Điểm tối đa (hoặc Điểm chuẩn).",
			"The file has no header row of a criteria table. The table needs the columns No. (or Code), Criterion and Maximum.",
		},
		"table.empty":   {"Tệp trống: không có gì để đọc.", "The file is empty: there is nothing to read."},
		"table.no_rows": {"Dưới dòng tiêu đề không có tiêu chí nào.", "There are no criteria under the header row."},
		"table.no_max": {
			"tiêu chí %s chưa có điểm tối đa. Hãy ghi điểm tối đa (ví dụ 10 hoặc 2,5) vào cột điểm.",
			"criterion %s has no maximum. Write its maximum (e.g. 10 or 2.5) in the points column.",
		},
		"table.max_range": {
			"«%s» không đọc được là điểm tối đa: khoảng điểm phải bắt đầu từ 0 (ví dụ 0 - 10).",
			"«%s» cannot be read as a maximum: a range must start at 0 (e.g. 0 - 10).",
		},
		"table.level": {
			"cấp %s không hợp lệ (cấp 1 là phần lớn nhất, mỗi dòng chỉ sâu hơn dòng cha một cấp).",
			"level %s is not valid (1 is a top-level part; a row is at most one level below the row above it).",
		},
		"table.unreadable":    {"không đọc được: %s", "cannot be read: %s"},
		"table.max_sum":       {"phần %s không ghi điểm tối đa: lấy tổng các tiêu chí con, %s điểm.", "part %s has no maximum written: the sum of its items is used, %s points."},
		"table.total_differs": {"Dòng «Tổng cộng» ghi %s điểm nhưng các phần cộng lại %s điểm.", "The «Total» row says %s points but the parts add up to %s."},
		"table.footer":        {"hết bảng ở dòng «%s».", "the table ends at «%s»."},
		"table.skipped_text":  {"bỏ qua dòng chữ không có mã và điểm: «%s».", "skipped a line of text without a code or points: «%s»."},
		"table.code_given":    {"phần «%[2]s» không có số thứ tự: đặt là %[1]s.", "part «%[2]s» has no number: it is named %[1]s."},
		"table.skipped_note":  {"bỏ qua dòng ghi chú: «%s».", "skipped a note: «%s»."},
		"table.bonus_no_max": {
			"%s là điểm thưởng nhưng cả tiêu chí và %s đều không ghi điểm tối đa. Hãy ghi điểm tối đa vào cột điểm, hoặc ghi «tối đa không quá N điểm» vào tiêu đề phần.",
			"%s is a bonus but neither it nor %s states a maximum. Write its maximum in the points column, or «tối đa không quá N điểm» in the part's heading.",
		},
		"table.part_ref":       {"phần %s", "part %s"},
		"table.part_named":     {"%s", "%s"},
		"table.max_from_guide": {"%s không ghi điểm tối đa: lấy theo hướng dẫn «%s», %s điểm.", "%s has no maximum written: taken from its guidance «%s», %s points."},
		"table.max_from_part":  {"%s không ghi điểm tối đa: lấy mức tối đa của %s, %s điểm.", "%s has no maximum written: the cap of %s is used, %s points."},
		"table.max_standard": {
			"%s và %s đều không ghi mức trừ tối đa: lấy tổng điểm chuẩn của bảng, %s điểm (không thể trừ quá số điểm chuẩn).",
			"neither %s nor %s states how much it may take away: the table's standard total is used, %s points (no more can be lost).",
		},
		"table.part_standard": {
			"%s không ghi mức trừ tối đa; các mục cộng lại %s điểm: trừ tối đa bằng tổng điểm chuẩn, %s điểm.",
			"%s states no cap; its items add up to %s: at most the standard total is taken away, %s points.",
		},
		"table.part_cap": {
			"các mục của %s cộng lại %s điểm, hơn %s điểm ghi ở phần: %[3]s điểm là mức tối đa của cả phần.",
			"the items of %s add up to %s, more than the %s written for the part: %[3]s is the cap of the whole part.",
		},
		"table.skipped_subtotal": {"bỏ qua dòng cộng điểm của một phần: «%s».", "skipped the line that adds up one part: «%s»."},
		"table.joined_guide":     {"dòng không có số thứ tự và điểm: đọc là hướng dẫn chấm của tiêu chí ở dòng %d.", "a line without a number or points: read as the guidance of the criterion on line %d."},
		"table.joined_title":     {"dòng không có số thứ tự và điểm: ghép vào tên tiêu chí ở dòng %d.", "a line without a number or points: joined to the title of the criterion on line %d."},
		"table.other_sheet": {
			"trang tính «%s» cũng có một bảng tiêu chí nhưng không được đọc: chỉ đọc bảng ở trang đầu tiên có bảng. Muốn nhập bảng kia, hãy đưa trang đó lên đầu hoặc lưu nó thành tệp riêng.",
			"sheet «%s» also holds a criteria table, which was not read: only the first sheet with a table is read. To import the other, move its sheet first or save it as a file of its own.",
		},
		"table.no_code_column": {
			"bảng không có cột số thứ tự: số thứ tự được đọc ở đầu mỗi nội dung («1. …», «a) …»); dòng nào không có số sẽ bị báo lỗi.",
			"the table has no number column: numbers are read at the start of each text («1. …», «a) …»); a row without one is reported.",
		},
		"table.skipped_numbering": {"bỏ qua dòng đánh số cột.", "skipped the row that numbers the columns."},

		"table.rule_contradicts":  {"«%s» không khớp điểm tối đa %s", "«%s» does not fit the maximum of %s"},
		"table.rule_unexplained":  {"chưa hiểu phần «%s»", "the part «%s» is not understood"},
		"table.rule_refers":       {"hướng dẫn dẫn chiếu nơi khác («%s»)", "the guidance refers elsewhere («%s»)"},
		"table.rule_range":        {"«%s» cho một khoảng điểm: người chấm chọn", "«%s» gives a range of points: the grader chooses"},
		"table.rule_levels":       {"hướng dẫn nêu nhiều mức điểm, người chấm chọn mức («%s»)", "the guidance gives several levels for the grader to choose («%s»)"},
		"table.rule_two_readings": {"«%s» có thể hiểu theo hai cách", "«%s» can be read two ways"},
		"table.rule_zero_case":    {"có trường hợp cho 0 điểm ngay («%s»)", "a case gives 0 outright («%s»)"},
		"table.rule_only_full":    {"hướng dẫn chỉ nêu mức điểm tối đa («%s»)", "the guidance only states the full mark («%s»)"},
		"table.rule_rate":         {"chỉ tiêu là một tỷ lệ cần giảm («%s»): tỷ lệ %% hoàn thành không đo được", "the target is a rate to bring down («%s»): a percentage achieved does not measure it"},

		// The preview every entry point shows.
		"table.preview_from_sheet": {"Bảng tiêu chí trong trang tính «%s»:", "Criteria table on sheet «%s»:"},
		"table.preview_from_csv":   {"Bảng tiêu chí trong tệp:", "Criteria table in the file:"},
		"table.preview_part":       {"%s — tối đa %s · %d tiêu chí", "%s — max %s · %d criteria"},
		"table.preview_part_cap":   {"%s — tối đa %s (giới hạn, các mục cộng lại %s) · %d tiêu chí", "%s — max %s (a cap; items add up to %s) · %d criteria"},
		"table.preview_counts": {
			"%d tiêu chí chấm điểm: %d tiêu chí chuẩn, %d điểm thưởng, %d điểm trừ. Tổng điểm chuẩn: %s.",
			"%d scorable {criterion|criteria}: %d standard, %d bonus, %d deduction. Standard total: %s.",
		},
		"table.preview_rules": {
			"Cách tính điểm: đọc được từ hướng dẫn %d, ghi sẵn trong tệp %d, nhập điểm trực tiếp %d.",
			"Scoring rules: read from the guidance %d, given in the file %d, points typed directly %d.",
		},
		"table.preview_rule_read":   {"%s  cách tính đọc được: %s ← «%s»", "%s  rule read: %s ← «%s»"},
		"table.preview_rule_typed":  {"%s  cách tính ghi trong tệp: %s", "%s  rule given in the file: %s"},
		"table.preview_rule_direct": {"%s  nhập điểm trực tiếp", "%s  points typed directly"},
		"table.preview_rule_why":    {"%s  nhập điểm trực tiếp — %s", "%s  points typed directly — %s"},
		"table.preview_problems":    {"%d lỗi cần sửa trong tệp (chưa ghi gì vào dữ liệu):", "%d problem(s) to fix in the file (nothing was saved):"},
		"table.preview_no_problems": {"Không có lỗi: có thể nhập.", "No problems: the table can be imported."},
		"table.preview_notes":       {"Ghi chú khi đọc:", "Notes:"},

		// Rules in words: what a person reads wherever a rule is shown.
		"rule.words.direct":           {"nhập điểm trực tiếp (0 – %s)", "points typed directly (0 – %s)"},
		"rule.words.binary":           {"đạt: %s điểm; không đạt: 0", "achieved: %s points; not achieved: 0"},
		"rule.words.count":            {"%s điểm/lần, tối đa %s điểm", "%s points per occurrence, at most %s"},
		"rule.words.count_down":       {"đủ: %[2]s điểm; mỗi lần trừ %[1]s điểm, trừ đến hết điểm", "%[2]s points, %[1]s off per occurrence, down to 0"},
		"rule.words.binary_bonus":     {"có: cộng %s điểm; không có: 0", "yes: %s points added; no: 0"},
		"rule.words.binary_deduction": {"có: trừ %s điểm; không có: 0", "yes: %s points taken away; no: 0"},
		"rule.words.count_bonus":      {"cộng %s điểm/lần, tối đa %s điểm", "%s points added per occurrence, at most %s"},
		"rule.words.count_deduction":  {"trừ %s điểm/lần, tối đa %s điểm", "%s points taken away per occurrence, at most %s"},
		"rule.words.target":           {"đạt %s%% chỉ tiêu trở lên: %s điểm; cứ thiếu %s%% trừ %s điểm", "%s%% of the target or more: %s points; each %s%% short loses %s"},
		"rule.words.target_zero":      {"; dưới %s%%: 0 điểm", "; below %s%%: 0 points"},
		"rule.words.band":             {"từ %s%%: %s điểm", "from %s%%: %s {point|points}"},
		"rule.words.bands":            {"%s; thấp hơn: 0 điểm", "%s; lower: 0 points"},
		"rule.words.ratio":            {"tính theo tỷ lệ hoàn thành × %s", "%s points × the share achieved"},
		"rule.words.excess":           {"mỗi %[2]s%% vượt trên %[3]s%% cộng %[1]s điểm, tối đa %[4]s điểm", "%[1]s points per %[2]s%% above %[3]s%%, at most %[4]s"},

		// The preview screen of the wizard and the criteria screen.
		"key.page_up":           {"trang trước", "page up"},
		"key.page_down":         {"trang sau", "page down"},
		"preview.accept":        {"nhập bảng này", "import this table"},
		"preview.back":          {"chọn tệp khác", "choose another file"},
		"preview.more":          {"còn %d dòng (↓, PgDn)", "%d more {line|lines} (↓, PgDn)"},
		"preview.hint_ok":       {"Enter: nhập bảng này · Esc: chọn tệp khác", "Enter: import this table · Esc: choose another file"},
		"preview.hint_problems": {"Sửa các lỗi trong tệp rồi chọn lại tệp (Esc). Chưa có gì được lưu.", "Fix the problems in the file, then choose it again (Esc). Nothing was saved."},
		"criteria.import_title": {"Nhập bảng tiêu chí từ tệp", "Import a criteria table from a file"},
		"criteria.import_intro": {
			"Tệp Excel (.xlsx) hoặc CSV, đúng như bảng tỉnh gửi. thidua đọc bảng, cách tính điểm trong cột hướng dẫn, rồi cho xem trước; chưa lưu gì cho đến khi bạn đồng ý. Bảng được lưu thành một bản nháp mới.",
			"An Excel (.xlsx) or CSV file, as the province sent it. thidua reads the table and the scoring rules in its guidance column, then shows a preview; nothing is saved until you agree. The table is saved as a new draft.",
		},
		"criteria.field_file":      {"Tệp", "File"},
		"criteria.import_label":    {"Tên bản nháp", "Draft label"},
		"criteria.done_imported":   {"Đã nhập bảng tiêu chí thành bản nháp «%s»: %d tiêu chí, %d cách tính đọc từ hướng dẫn.", "Imported the criteria table as draft «%s»: %d {criterion|criteria}, %d {rule|rules} read from the guidance."},
		"key.import_file":          {"nhập từ tệp", "import a file"},
		"key.read_rule":            {"lấy cách tính từ hướng dẫn", "rule from the guidance"},
		"criteria.rule_source":     {"Cách tính: %s ← «%s»", "Rule: %s ← «%s»"},
		"criteria.rule_by_hand":    {"Cách tính: %s (đặt tay, không theo hướng dẫn)", "Rule: %s (set by hand, not from the guidance)"},
		"criteria.rule_direct_why": {"Nhập điểm trực tiếp — %s", "Points typed directly — %s"},
		"criteria.rule_from_guide": {"Đã lấy cách tính từ hướng dẫn cho %s: %s", "Took the rule from the guidance for %s: %s"},
		"criteria.no_rule_read":    {"Không đọc được cách tính từ hướng dẫn của %s.", "No rule can be read from the guidance of %s."},
		"criteria.hint_rule_words": {"gõ câu hướng dẫn (vd. «cứ giảm 1%% trừ 0,5 điểm») hoặc công thức; để trống: nhập điểm trực tiếp", "type the guidance sentence (e.g. «cứ giảm 1%% trừ 0,5 điểm») or the formula; empty: points typed directly"},
		"sheet.col.rule_words":     {"Diễn giải cách tính", "Scoring rule in words"},
	})
}
