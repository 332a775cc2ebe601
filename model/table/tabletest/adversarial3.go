package tabletest

// guidanceInTitle: a table with no guidance column, the scoring rule
// written in parentheses inside each title, as short tables of the
// Women's Union and Youth Union do; as CSV.
func guidanceInTitle() Fixture {
	return Fixture{
		Name: "guidance-in-title", CSV: true, Source: "mass-organisation tables that state the rule in the title (Hội LHPN, Đoàn TNCS bộ tiêu chí: \"(mỗi … cộng … điểm)\")",
		Shape: "CSV, no guidance column, rules in parentheses inside titles, a bonus item whose cap is in its title",
		Rows: [][]string{
			row("TT", "Nội dung", "Điểm"),
			row("I", "CÔNG TÁC TUYÊN TRUYỀN", "30"),
			row("1", "Tổ chức tuyên truyền, phổ biến pháp luật (mỗi buổi 5 điểm, tối đa 15 điểm)", "15"),
			row("2", "Phát triển hội viên mới (đạt 100% chỉ tiêu: 15 điểm; cứ giảm 1% trừ 0,5 điểm; dưới 80%: 0 điểm)", "15"),
			row("II", "CÔNG TÁC TỔ CHỨC", "70"),
			row("1", "Sinh hoạt chi hội định kỳ (đạt: 30 điểm; không đạt: 0 điểm)", "30"),
			row("2", "Thu hội phí (tính theo tỷ lệ hoàn thành)", "40"),
			row("III", "ĐIỂM THƯỞNG"),
			row("1", "Mô hình, câu lạc bộ mới (mỗi mô hình cộng 1 điểm, tối đa 3 điểm)", ""),
		},
		Leaves: 5, Total: "100", Read: 5,
		Rules: map[string]string{"I / 1": "count each=5", "I / 2": "target full=100 step=1 loss=0.5 zero=80", "II / 1": "binary", "II / 2": "ratio",
			"III / 1": "count each=1"},
		Notes:   []string{"dòng 9: III / 1 không ghi điểm tối đa: lấy theo hướng dẫn «mỗi mô hình cộng 1 điểm, tối đa 3 điểm», 3 điểm"},
		Outline: "I:group:30 1:standard:15 2:standard:15 II:group:70 1:standard:30 2:standard:40 III:group:3 1:bonus:3",
	}
}

// guidanceMergedRow: a table whose guidance sits on the row under each
// criterion, merged across the title and points columns, as tables
// printed in landscape on A4 are laid out.
func guidanceMergedRow() Fixture {
	return Fixture{
		Name: "guidance-merged-row", Source: "district emulation tables laid out for A4 (guidance merged on the row under its criterion)",
		Shape: "guidance as a merged row under its criterion (B:C), no guidance column, a guidance row two lines long",
		Sheet: "Tiêu chí",
		Rows: [][]string{
			row("STT", "Tiêu chí", "Điểm tối đa"),
			row("I", "THỰC HIỆN NHIỆM VỤ", "50"),
			row("1", "Giải quyết thủ tục hành chính đúng hạn", "25"),
			row("", "Hướng dẫn: 100% hồ sơ đúng hạn: 25 điểm; mỗi hồ sơ trễ hạn trừ 0,5 điểm"),
			row("2", "Tỷ lệ thu nộp ngân sách", "25"),
			row("", "Đạt 100% dự toán trở lên: 25 điểm; cứ giảm 1% trừ 1 điểm;"),
			row("", "dưới 75%: 0 điểm"),
			row("II", "CÔNG TÁC THI ĐUA", "50"),
			row("1", "Đăng ký thi đua", "50"),
			row("", "Đúng hạn: 50 điểm; không đăng ký: 0 điểm"),
		},
		Merges: []string{"B4:C4", "B6:C6", "B7:C7", "B10:C10"},
		Leaves: 3, Total: "100", Read: 3,
		Rules:   map[string]string{"I / 1": "count each=0.5 down", "I / 2": "target full=100 step=1 loss=1 zero=75", "II / 1": "binary"},
		Notes:   []string{"dòng 4: dòng không có số thứ tự và điểm: đọc là hướng dẫn chấm của tiêu chí ở dòng 3", "dòng 7: dòng không có số thứ tự và điểm: đọc là hướng dẫn chấm của tiêu chí ở dòng 5"},
		Outline: "I:group:50 1:standard:25 2:standard:25 II:group:50 1:standard:50",
	}
}

// policeCommune: a commune police station's table (the 2025 police
// annexes' shape, domain.md §3.2): "PHẦN A", maxima as ranges, items "-"
// with sub-items "+", and a bonus part whose cap is in the guidance
// column and whose items leave the points column empty.
func policeCommune() Fixture {
	return Fixture{
		Name: "police-commune", Source: "Công an xã, bảng chấm điểm thi đua (the annexes of domain.md §3.2, NationalSecurityContest2)",
		Shape: "PHẦN A/B, ranges \"0 - 20\", \"-\" items with \"+\" sub-items, a bonus part capped in its guidance column with blank item maxima",
		Sheet: "Phụ lục 1",
		Rows: [][]string{
			row("STT", "Nội dung", "Điểm chuẩn", "Hướng dẫn chấm"),
			row("PHẦN A", "CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ", "0 - 80"),
			row("1", "Nắm tình hình địa bàn", "0 - 40"),
			row("-", "Báo cáo tình hình định kỳ", "0 - 20", "Mỗi báo cáo chậm trừ 2 điểm"),
			row("-", "Phát hiện, xử lý vụ việc", "0 - 20"),
			row("+", "Vụ việc về an ninh", "0 - 10", "Mỗi vụ việc phát hiện, xử lý kịp thời cộng 2 điểm, tối đa 10 điểm"),
			row("+", "Vụ việc về trật tự", "0 - 10"),
			row("2", "Quản lý cư trú", "0 - 40", "Tính theo tỷ lệ hoàn thành"),
			row("PHẦN B", "XÂY DỰNG LỰC LƯỢNG", "0 - 20"),
			row("1", "Học tập chính trị, nghiệp vụ", "0 - 20", "Đạt: 20 điểm; không đạt: 0 điểm"),
			row("", "Tổng cộng", "100"),
			row("PHẦN C", "ĐIỂM THƯỞNG", "", "Tối đa không quá 20 điểm"),
			row("-", "Được Bộ Công an tặng Bằng khen", "", "10 điểm/Bằng khen"),
			row("-", "Được Giám đốc Công an tỉnh tặng Giấy khen", "", "5 điểm/Giấy khen"),
		},
		Leaves: 7, Total: "100", Read: 6,
		Rules: map[string]string{"PHẦN A / 1 / -#1": "count each=2 down", "PHẦN A / 1 / - / +#1": "count each=2", "PHẦN A / 2": "ratio",
			"PHẦN B / 1": "binary", "PHẦN C / -#1": "count each=10", "PHẦN C / -#2": "count each=5"},
		Outline: "PHẦN A:group:80 1:group:40 2:standard:40 PHẦN B:group:20 1:standard:20 PHẦN C:group:20* -:bonus:20 -:bonus:20",
	}
}

// bonusUncapped: a bonus part that states no cap, with items worth so
// much per occurrence and no maximum: nothing bounds them, so the import
// is refused on the rows to fix, saying what to write; the deduction part
// beside it, also without a cap, is read (at most the standard total).
func bonusUncapped() Fixture {
	return Fixture{
		Name: "bonus-uncapped", CSV: true, Source: "the lead's example with the bonus cap left out (tables that only say \"cộng vào tổng điểm\")",
		Shape: "CSV, a bonus part without a cap whose per-occurrence items have no maximum: refused on their rows",
		Rows: [][]string{
			row("STT", "Nội dung", "Điểm tối đa", "Cách chấm"),
			row("I", "Nhiệm vụ chuyên môn", "100"),
			row("1", "Hoàn thành kế hoạch", "100", "Tính theo tỷ lệ hoàn thành"),
			row("II", "Điểm thưởng (cộng vào tổng điểm)", ""),
			row("1", "Sáng kiến được công nhận", "", "Mỗi sáng kiến cộng 2 điểm"),
			row("2", "Được tặng Cờ thi đua của UBND tỉnh", "", "Cộng 5 điểm"),
			row("III", "Điểm trừ", ""),
			row("1", "Vi phạm chế độ báo cáo", "", "Mỗi lần trừ 1 điểm"),
		},
		Leaves: 4, Total: "100", Read: 3,
		Problems: []string{"dòng 5: II / 1 là điểm thưởng nhưng cả tiêu chí và phần II đều không ghi điểm tối đa"},
		Outline:  "I:group:100 1:standard:100 II:group:0 1:bonus:0 2:bonus:5 III:group:100 1:deduction:100",
	}
}

// csvCommaTitle: a CSV saved by Excel on Vietnamese Windows (semicolons)
// whose title line holds more commas than semicolons: the separator is
// told from the records, not from the first line.
func csvCommaTitle() Fixture {
	return Fixture{
		Name: "csv-comma-title", CSV: true, Source: "the bloc of Party, Front and mass-organisation agencies (Khối các cơ quan Đảng, Mặt trận, đoàn thể), a CSV export",
		Shape: "CSV with semicolons whose title line has 5 commas and 3 semicolons; titles with commas",
		Rows: [][]string{
			row("BẢNG ĐIỂM THI ĐUA KHỐI CÁC CƠ QUAN ĐẢNG, MẶT TRẬN, ĐOÀN THỂ, HỘI, NĂM 2024, ĐỢT 1"),
			row("STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm"),
			row("I", "Công tác tham mưu, tổng hợp, báo cáo", "50"),
			row("1", "Tham mưu, đề xuất kịp thời, đúng quy định", "25", "Đạt: 25 điểm; không đạt: 0 điểm"),
			row("2", "Báo cáo định kỳ, đột xuất", "25", "Đúng hạn: 25 điểm; mỗi báo cáo chậm trừ 1 điểm"),
			row("II", "Công tác xây dựng tổ chức, cán bộ", "50"),
			row("1", "Cán bộ hoàn thành tốt nhiệm vụ trở lên", "50", "Tính theo tỷ lệ hoàn thành"),
		},
		Leaves: 3, Total: "100", Read: 3,
		Rules:   map[string]string{"I / 1": "binary", "I / 2": "count each=1 down", "II / 1": "ratio"},
		Outline: "I:group:50 1:standard:25 2:standard:25 II:group:50 1:standard:50",
	}
}

// excelDecimalCodes: a table whose codes "1.1" … "1.10" Excel took for
// numbers, so that "1.10" shows as "1.1" again: two rows "1.1" under the
// same part. It is refused on the second one; the sum of the part still
// checks, so nothing else is reported.
func excelDecimalCodes() Fixture {
	rows := [][]string{row("STT", "Nội dung", "Điểm tối đa"), row("1", "Công tác chuyên môn", "100")}
	for i := 1; i <= 10; i++ {
		code := "1." + string(rune('0'+i%10))
		if i == 10 {
			code = "1.1" // "1.10" as Excel shows it once it is a number
		}
		rows = append(rows, row(code, "Nhiệm vụ số "+string(rune('0'+i%10)), "10"))
	}
	return Fixture{
		Name: "excel-decimal-codes", Source: "tables typed in Excel with codes 1.1 … 1.10 left as numbers (Excel drops the trailing zero)",
		Shape: "codes 1.1 … 1.9 then \"1.1\" again for 1.10: refused on that row (duplicate code)",
		Sheet: "Sheet1", Rows: rows,
		Leaves: 10, Total: "100", Read: 0,
		Problems: []string{"dòng 12: Mã 1.1 bị trùng trong cùng nhóm 1"},
		Outline:  "1:group:100 1.1:standard:10 1.2:standard:10 1.3:standard:10 1.4:standard:10 1.5:standard:10 1.6:standard:10 1.7:standard:10 1.8:standard:10 1.9:standard:10 1.1:standard:10",
	}
}
