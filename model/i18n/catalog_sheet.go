package i18n

// Messages and labels of spreadsheets: reading workbooks (criteria tables,
// old score sheets) and the printed documents (score sheets, the bloc's
// summary and ranking, the registrations).
func init() {
	register(map[string]entry{
		// Reading a workbook.
		"sheet.row": {"Trang tính «%s», dòng %d: %s", "Sheet «%s», row %d: %s"},
		"sheet.not_xlsx": {
			"Tệp không phải là bảng tính Excel .xlsx (có thể là một tệp khác bị đổi đuôi thành .xlsx). Hãy mở tệp bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx).",
			"The file is not an Excel .xlsx workbook (perhaps another file renamed to .xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).",
		},
		"sheet.old_xls": {
			"Tệp là bảng tính Excel 97-2003 (.xls) hoặc bảng tính có đặt mật khẩu; thidua đọc tệp .xlsx không mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng Excel Workbook (.xlsx).",
			"The file is an Excel 97-2003 workbook (.xls) or a password-protected one; thidua reads .xlsx files without a password. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx).",
		},
		"sheet.too_large": {
			"Tệp lớn hơn %d MB nên không phải là bảng tiêu chí hay bảng điểm. Hãy kiểm tra lại tệp.",
			"The file is larger than %d MB, so it is not a criteria table or a score sheet. Check the file.",
		},
		"sheet.empty": {"Trang tính «%s» trống: không có gì để đọc.", "Sheet «%s» is empty: there is nothing to read."},
		"sheet.no_header": {
			"Trang tính «%s»: không tìm thấy dòng tiêu đề của bảng tiêu chí. Bảng cần các cột STT (hoặc Mã), Nội dung tiêu chí và Điểm tối đa (hoặc Điểm chuẩn).",
			"Sheet «%s»: no header row of a criteria table was found. The table needs the columns No. (or Code), Criterion and Maximum.",
		},
		"sheet.no_score_header": {
			"Trang tính «%s»: không tìm thấy dòng tiêu đề của bảng điểm. Bảng cần cột STT (hoặc Nội dung tiêu chí) và cột điểm (Điểm tự chấm, Điểm Khối chấm) hoặc Số liệu.",
			"Sheet «%s»: no header row of a score sheet was found. The sheet needs a No. (or Criterion) column and a points column (Self, Bloc) or a Measure column.",
		},
		"sheet.legacy_font": {
			"ô %s viết bằng phông chữ cũ %s (bảng mã TCVN3 hoặc VNI, không phải Unicode): «%s». Hãy chuyển mã bảng tính sang Unicode, ví dụ bằng công cụ chuyển mã của Unikey (từ TCVN3 hoặc VNI Windows sang Unicode), rồi nhập lại.",
			"cell %s is written in the old font %s (TCVN3 or VNI encoding, not Unicode): «%s». Convert the workbook to Unicode, for instance with Unikey's converter (from TCVN3 or VNI Windows to Unicode), and import it again.",
		},
		"sheet.legacy_text": {
			"ô %s có chữ theo bảng mã cũ TCVN3 hoặc VNI, không phải Unicode: «%s». Hãy chuyển mã bảng tính sang Unicode (ví dụ bằng Unikey), rồi nhập lại.",
			"cell %s holds text in the old TCVN3 or VNI encoding, not Unicode: «%s». Convert the workbook to Unicode (for instance with Unikey) and import it again.",
		},
		"sheet.no_unit": {
			"Trang tính «%s»: không rõ là bảng điểm của đơn vị nào. Hãy chọn đơn vị (--unit MÃ).",
			"Sheet «%s»: it does not say which unit's scores it holds. Choose the unit (--unit CODE).",
		},
		"sheet.unit_mismatch": {
			"Trang tính «%s» là bảng điểm của %s, không phải của đơn vị đã chọn (%s). Không có điểm nào được lưu.",
			"Sheet «%s» holds the scores of %s, not of the unit chosen (%s). No score was saved.",
		},
		"sheet.no_criterion": {
			"không tìm thấy tiêu chí %s «%s» trong bảng tiêu chí của kỳ này.",
			"criterion %s «%s» is not in this period's criteria table.",
		},
		"sheet.needs_measure": {
			"tiêu chí %s được tính từ số liệu thực hiện, bảng chỉ ghi %s điểm. Thêm cột «Số liệu» (tỷ lệ %%, số lần…), hoặc nhập trong thidua. Cách chấm: %s",
			"criterion %s is computed from a measure, and the sheet only gives %s points. Add a «Số liệu» (measure) column (a percentage, a count…), or enter it in thidua. Guidance: %s",
		},
		"sheet.points_differ": {
			"bảng ghi %s điểm nhưng số liệu %s cho %s điểm theo cách tính của tiêu chí.",
			"the sheet says %s points, but the measure %s gives %s points under the criterion's rule.",
		},
		"sheet.no_scores":     {"Tệp không có điểm nào: các ô điểm đều trống.", "The file has no scores: every points cell is blank."},
		"sheet.duplicate_row": {"tiêu chí %s đã có ở dòng %d.", "criterion %s is already on row %d."},

		// The command line.
		"sheet.help.report": {
			"in báo cáo Excel của một kỳ (tổng hợp, biên bản, tờ trình, biểu đồ, bảng điểm, giao ước): report --period P --out TỆP.xlsx [--only …]",
			"write a period's Excel report (summary, minutes, proposal, chart, score sheets, covenant): report --period P --out FILE.xlsx [--only …]",
		},
		"sheet.cli.formats": {"%s: thidua đọc và ghi tệp Excel (.xlsx) và CSV (.csv).", "%s: thidua reads and writes Excel (.xlsx) and CSV (.csv) files."},
		"sheet.cli.report_usage": {
			"dùng: thidua report --period KỲ --out TỆP.xlsx [--place ĐỊA_DANH] [--date NĂM-THÁNG-NGÀY] [--only summary,minutes,proposal,chart,sheets,covenant]",
			"usage: thidua report --period P --out FILE.xlsx [--place PLACE] [--date YEAR-MONTH-DAY] [--only summary,minutes,proposal,chart,sheets,covenant]",
		},
		"sheet.cli.bad_date":   {"ngày %q không đúng dạng NĂM-THÁNG-NGÀY (ví dụ 2019-12-20).", "the date %q is not YEAR-MONTH-DAY (e.g. 2019-12-20)."},
		"sheet.cli.report_has": {"Gồm các trang: %s.", "Sheets: %s."},

		// Sheet names (at most 31 characters).
		"sheet.name.summary":  {"Tổng hợp xếp hạng", "Summary and ranking"},
		"sheet.name.covenant": {"Giao ước thi đua", "Covenant"},
		"sheet.name.criteria": {"Bảng tiêu chí", "Criteria"},

		// Title blocks, signatures, page footer.
		"sheet.motto":       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"},
		"sheet.motto2":      {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"},
		"sheet.place_date":  {"%s, ngày %s tháng %s năm %d", "%s, %s/%s/%d"},
		"sheet.sign_seal":   {"(Ký, ghi rõ họ tên, đóng dấu)", "(Signature, full name and seal)"},
		"sheet.sign_name":   {"(Ký, ghi rõ họ tên)", "(Signature and full name)"},
		"sheet.unit_head":   {"THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT"},
		"sheet.for_bloc":    {"TM. KHỐI THI ĐUA", "FOR THE EMULATION BLOC"},
		"sheet.bloc_leader": {"KHỐI TRƯỞNG", "BLOC LEADER"},
		"sheet.bloc_review": {"XÁC NHẬN CỦA KHỐI THI ĐUA", "CONFIRMED BY THE BLOC"},
		"sheet.preparer":    {"NGƯỜI LẬP BIỂU", "PREPARED BY"},

		"sheet.title.self":     {"BẢNG TỰ CHẤM ĐIỂM THI ĐUA", "EMULATION SELF-SCORE SHEET"},
		"sheet.title.scored":   {"BẢNG CHẤM ĐIỂM THI ĐUA", "EMULATION SCORE SHEET"},
		"sheet.title.summary":  {"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA", "SUMMARY OF EMULATION SCORES AND RANKING"},
		"sheet.title.covenant": {"BẢN GIAO ƯỚC THI ĐUA", "EMULATION COVENANT"},
		"sheet.title.criteria": {"BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA", "EMULATION CRITERIA TABLE"},
		"sheet.line.period":    {"Kỳ: %s", "Period: %s"},
		"sheet.line.unit":      {"Đơn vị: %s", "Unit: %s"},
		"sheet.line.stage":     {"Điểm tính xếp hạng: %s.", "Ranked on: %s."},
		"sheet.line.basis": {
			"Điểm xếp hạng là điểm Khối chấm; đơn vị chưa được Khối chấm lại xếp theo điểm tự chấm (xem cột Ghi chú).",
			"Ranks use the bloc's review scores; a unit the bloc has not reviewed is ranked on its self-scores (see Remarks).",
		},
		"sheet.line.covenant": {
			"Các đơn vị thành viên %s cùng ký kết giao ước thi đua %s với các nội dung đăng ký dưới đây.",
			"The member units of %s sign this emulation covenant for the %s with the registered targets below.",
		},

		// Column headings.
		"sheet.col.code":       {"TT", "No."},
		"sheet.col.criterion":  {"Nội dung tiêu chí", "Criterion"},
		"sheet.col.max":        {"Điểm tối đa", "Maximum"},
		"sheet.col.points":     {"Điểm chấm", "Points"},
		"sheet.col.self":       {"Điểm tự chấm", "Self-score"},
		"sheet.col.bloc":       {"Điểm Khối chấm", "Bloc review"},
		"sheet.col.province":   {"Điểm tỉnh thẩm định", "Province review"},
		"sheet.col.notes":      {"Ghi chú (giải trình, minh chứng)", "Notes (explanation, evidence)"},
		"sheet.col.no":         {"STT", "No."},
		"sheet.col.unit":       {"Tên đơn vị", "Unit"},
		"sheet.col.self_total": {"Điểm tự chấm", "Self-score total"},
		"sheet.col.result":     {"Kết quả chấm điểm", "Score"},
		"sheet.col.standard":   {"Điểm tiêu chí", "Criteria points"},
		"sheet.col.bonus":      {"Điểm thưởng", "Bonus"},
		"sheet.col.deduction":  {"Điểm trừ", "Deductions"},
		"sheet.col.total":      {"Tổng điểm", "Total"},
		"sheet.col.rank":       {"Xếp hạng", "Rank"},
		"sheet.col.votes":      {"Số phiếu bầu (%s)", "Votes (%s)"},
		"sheet.col.proposal":   {"Đề nghị khen thưởng", "Award proposal"},
		"sheet.col.remarks":    {"Ghi chú", "Remarks"},
		"sheet.col.item":       {"Nội dung đăng ký", "Registered item"},
		"sheet.col.target":     {"Chỉ tiêu", "Target"},
		"sheet.col.code_plain": {"Mã", "Code"},
		"sheet.col.guidance":   {"Hướng dẫn chấm", "Guidance"},
		"sheet.col.kind":       {"Loại", "Kind"},
		"sheet.col.level":      {"Cấp", "Level"},
		"sheet.col.rule":       {"Cách tính", "Rule"},
		"sheet.col.capped":     {"Giới hạn", "Capped"},
		"sheet.yes":            {"có", "yes"},

		// Totals under a score sheet.
		"sheet.sum.standard":      {"Cộng điểm các tiêu chí", "Criteria points"},
		"sheet.sum.bonus":         {"Điểm thưởng được tính", "Bonus counted"},
		"sheet.sum.bonus_cap":     {"Điểm thưởng được tính (tối đa %s điểm)", "Bonus counted (at most %s points)"},
		"sheet.sum.deduction":     {"Điểm trừ được tính", "Deductions counted"},
		"sheet.sum.deduction_cap": {"Điểm trừ được tính (tối đa %s điểm)", "Deductions counted (at most %s points)"},
		"sheet.sum.total":         {"TỔNG ĐIỂM", "TOTAL"},

		// Notes and remarks.
		"sheet.note.input":        {"Số liệu: %s", "Measure: %s"},
		"sheet.note.count":        {"Số lần: %s", "Occurrences: %s"},
		"sheet.note.achieved":     {"Đạt", "Achieved"},
		"sheet.note.not_achieved": {"Không đạt", "Not achieved"},
		"sheet.note.evidence":     {"Minh chứng: %s", "Evidence: %s"},
		"sheet.note.review":       {"%s: %s", "%s: %s"},
		"sheet.note.tied":         {"Đồng hạng %d", "Tied at rank %d"},
		"sheet.note.no_sheet":     {"Chưa có bảng điểm", "No score sheet"},
		"sheet.vote.pass":         {"Bỏ phiếu %s: %d/%d phiếu, đạt", "Vote for %s: %d/%d, passed"},
		"sheet.vote.fail":         {"Bỏ phiếu %s: %d/%d phiếu, không đạt", "Vote for %s: %d/%d, not passed"},
		"sheet.ballot": {
			"Kết quả bỏ phiếu kín đề nghị %s: số phiếu phát ra %d, thu vào %d, hợp lệ %d, không hợp lệ %d; điều kiện: %s %s (%d).",
			"Secret ballot for %s: %d {ballot|ballots} issued, %d returned, %d valid, %d invalid; to pass: %s %s (%d).",
		},
		"sheet.threshold.more":     {"trên %d/%d", "more than %d/%d of"},
		"sheet.threshold.at_least": {"từ %d/%d trở lên", "at least %d/%d of"},
		"sheet.base.members":       {"tổng số thành viên của Khối", "all members of the bloc"},
		"sheet.base.ballots":       {"số phiếu hợp lệ", "the valid ballots"},
	})
}
