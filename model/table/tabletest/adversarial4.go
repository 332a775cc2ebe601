package tabletest

import "fmt"

// noCodeColumn: a table with no number column: the numbers are typed at
// the start of each text ("I. CÔNG TÁC …", "1. Xây dựng …"), as tables
// pasted from a Word document are; a note says so.
func noCodeColumn() Fixture {
	return Fixture{
		Name: "no-code-column", Source: "tables pasted from the Word annex of a decision (the numbers stay in the text)",
		Shape: "header Nội dung tiêu chí | Điểm tối đa | Hướng dẫn chấm, no number column, numbers at the start of each text",
		Sheet: "Sheet1",
		Rows: [][]string{
			row("Nội dung tiêu chí", "Điểm tối đa", "Hướng dẫn chấm"),
			row("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "40"),
			row("1. Xây dựng kế hoạch công tác năm", "20", "Đúng hạn: 20 điểm; chậm: 0 điểm"),
			row("2. Sơ kết, tổng kết", "20"),
			row("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "60"),
			row("1. Hoàn thành chỉ tiêu được giao", "60", "Tính theo tỷ lệ hoàn thành"),
		},
		Leaves: 3, Total: "100", Read: 2,
		Rules:   map[string]string{"I. / 1.": "binary", "II. / 1.": "ratio"},
		Notes:   []string{"dòng 1: bảng không có cột số thứ tự"},
		Titles:  map[string]string{"I. / 2.": "Sơ kết, tổng kết"},
		Outline: "I.:group:40 1.:standard:20 2.:standard:20 II.:group:60 1.:standard:60",
	}
}

// letterCodes: items numbered "1a", "1b", "2a" under "1", "2", as some
// provincial departments number them.
func letterCodes() Fixture {
	return Fixture{
		Name: "letter-codes", Source: "provincial department tables numbering items 1a, 1b (Sở, ban, ngành cluster tables)",
		Shape: "codes \"1a\" \"1b\" \"2a\" \"2b)\" under \"1\" \"2\", siblings by their shape",
		Sheet: "Sheet1",
		Rows: [][]string{
			row("TT", "Nội dung", "Điểm"),
			row("I", "Chuyên môn", "60"),
			row("1", "Tham mưu", "30"),
			row("1a", "Tham mưu đúng hạn", "15"),
			row("1b", "Tham mưu có chất lượng", "15"),
			row("2", "Tổ chức thực hiện", "30"),
			row("2a)", "Đúng kế hoạch", "10"),
			row("2b)", "Có kiểm tra, đánh giá", "10"),
			row("2c)", "Có báo cáo", "10"),
			row("II", "Thi đua", "40"),
			row("1", "Phát động", "20"),
			row("2", "Khen thưởng", "20"),
		},
		Leaves: 7, Total: "100", Read: 0,
		Outline: "I:group:60 1:group:30 2:group:30 II:group:40 1:standard:20 2:standard:20",
	}
}

// policeThousand: a provincial police bloc's 1,000-point table on the
// sheet that holds the whole decision above it (its articles take more
// than 40 rows), the total typed "1.000" and a part "700 điểm".
func policeThousand() Fixture {
	rows := [][]string{row("CÔNG AN TỈNH"), row("QUYẾT ĐỊNH"), row("Ban hành Bảng tiêu chí chấm điểm thi đua năm 2025")}
	for i := 1; i <= 45; i++ {
		rows = append(rows, row(fmt.Sprintf("Điều %d. Nội dung điều %d của quyết định, chép nguyên văn.", i, i)))
	}
	rows = append(rows,
		row("STT", "Nội dung tiêu chí", "Điểm chuẩn", "Hướng dẫn chấm"),
		row("A", "ĐIỂM CHUẨN", "1.000"),
		row("I", "CÔNG TÁC NGHIỆP VỤ", "700 điểm"),
		row("1", "Đấu tranh phòng, chống tội phạm", "400", "Hoàn thành 100% chỉ tiêu được giao: 400 điểm; mỗi 1% không đạt trừ 4 điểm"),
		row("2", "Quản lý hành chính về trật tự xã hội", "300"),
		row("II", "XÂY DỰNG LỰC LƯỢNG", "300"),
		row("1", "Xây dựng Đảng, xây dựng lực lượng", "300"),
		row("", "Tổng cộng", "1.000"),
		row("B", "ĐIỂM THƯỞNG (tối đa 50 điểm)"),
		row("1", "Được Bộ Công an tặng Cờ thi đua", "", "Cộng 50 điểm"),
	)
	return Fixture{
		Name: "police-thousand", Source: "a provincial police bloc's 1,000-point table (domain.md §3.2) on the sheet of its decision",
		Shape: "45 rows of the decision above the header, \"1.000\" for 1,000 points, \"700 điểm\", a bonus part capped in its heading",
		Sheet: "Quyết định", Rows: rows,
		Leaves: 4, Total: "1000", Read: 2,
		Rules:   map[string]string{"A / I / 1": "target full=100 step=1 loss=4", "B / 1": "binary"},
		Outline: "A:group:1000 I:group:700 II:group:300 B:group:50* 1:bonus:50",
	}
}

// ordinalParts: parts named "PHẦN THỨ NHẤT: …" in the title column with no
// number, bonus and deduction headings with no number either (named "PHẦN
// THỨ BA", "PHẦN THỨ TƯ" after them), items bulleted "*", a deduction's
// maximum typed with its sign.
func ordinalParts() Fixture {
	return Fixture{
		Name: "ordinal-parts", Source: "Women's Union and trade-union tables (\"PHẦN THỨ NHẤT\", \"PHẦN THỨ HAI\" parts)",
		Shape: "parts \"PHẦN THỨ NHẤT:\" in the title column, unnumbered bonus and deduction headings, \"*\" bullets, a maximum \"-5\"",
		Sheet: "Sheet1",
		Rows: [][]string{
			row("STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm"),
			row("", "PHẦN THỨ NHẤT: CÔNG TÁC CHUYÊN MÔN", "60"),
			row("1", "Xây dựng kế hoạch", "30"),
			row("2", "Báo cáo định kỳ", "30", "Đúng hạn: 30 điểm; mỗi báo cáo chậm trừ 2 điểm"),
			row("", "PHẦN THỨ HAI: CÔNG TÁC THI ĐUA", "40"),
			row("1", "Phát động phong trào", "40"),
			row("", "Tổng cộng", "100"),
			row("", "ĐIỂM THƯỞNG"),
			row("*", "Được tặng Cờ thi đua", "5"),
			row("*", "Được tặng Bằng khen", "", "3 điểm"),
			row("", "ĐIỂM TRỪ"),
			row("*", "Vi phạm chế độ báo cáo", "-5"),
		},
		Leaves: 6, Total: "100", Read: 2,
		Rules: map[string]string{"PHẦN THỨ NHẤT / 2": "count each=2 down", "PHẦN THỨ BA / *#2": "binary"},
		Notes: []string{"dòng 8: phần «ĐIỂM THƯỞNG» không có số thứ tự: đặt là PHẦN THỨ BA", "dòng 11: phần «ĐIỂM TRỪ» không có số thứ tự: đặt là PHẦN THỨ TƯ"},
		Outline: "PHẦN THỨ NHẤT:group:60 1:standard:30 2:standard:30 PHẦN THỨ HAI:group:40 1:standard:40 " +
			"PHẦN THỨ BA:group:8 *:bonus:5 *:bonus:3 PHẦN THỨ TƯ:group:5 *:deduction:5",
	}
}
