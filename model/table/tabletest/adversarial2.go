package tabletest

// deductionFirst: a provincial bloc's table with its parts lettered A and
// B, then the deduction part "C" before the bonus part "D" (C and D read
// as letters after B, not as roman 100 and 500), the deduction capped in
// its heading and the bonus cap stated in its guidance column.
func deductionFirst() Fixture {
	return Fixture{
		Name: "deduction-first", Source: "provincial bloc tables (the MTTQ and Sở Nội vụ annexes' layout, domain.md §2.4 caps)",
		Shape: "parts A B, then C ĐIỂM TRỪ before D ĐIỂM THƯỞNG, a cap in the heading and one in the guidance column",
		Sheet: "Tiêu chí",
		Rows: [][]string{
			row("TT", "Nội dung tiêu chí", "Điểm chuẩn", "Phương pháp chấm"),
			row("A", "THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ", "70"),
			row("1", "Hoàn thành các chỉ tiêu kế hoạch được giao", "40", "Hoàn thành 100% chỉ tiêu: 40 điểm; cứ giảm 1% trừ 2 điểm"),
			row("2", "Cải cách hành chính", "30", "Đạt: 30 điểm; không đạt: 0 điểm"),
			row("B", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG", "30"),
			row("1", "Tổ chức phát động phong trào thi đua", "15", "Có kế hoạch: 15 điểm; không có: 0 điểm"),
			row("2", "Chấp hành chế độ thông tin, báo cáo (chậm bị trừ điểm)", "15", "Đúng hạn: 15 điểm; mỗi báo cáo chậm trừ 1 điểm"),
			row("", "Tổng cộng (A+B)", "100"),
			row("C", "ĐIỂM TRỪ (trừ tối đa 10 điểm)"),
			row("1", "Có cán bộ, công chức bị xử lý kỷ luật", "", "Mỗi trường hợp trừ 2 điểm"),
			row("2", "Để xảy ra đơn thư khiếu nại vượt cấp", "", "Trừ 5 điểm"),
			row("D", "ĐIỂM THƯỞNG", "", "Tối đa không quá 5 điểm"),
			row("1", "Được tặng Cờ thi đua của Chính phủ", "", "Cộng 5 điểm"),
			row("2", "Được tặng Cờ thi đua của UBND tỉnh", "", "Cộng 3 điểm"),
		},
		Leaves: 8, Total: "100", Read: 8,
		Rules: map[string]string{"A / 1": "target full=100 step=1 loss=2", "A / 2": "binary", "B / 1": "binary", "B / 2": "count each=1 down",
			"C / 1": "count each=2", "C / 2": "binary", "D / 1": "binary", "D / 2": "binary"},
		Outline: "A:group:70 1:standard:40 2:standard:30 B:group:30 1:standard:15 2:standard:15 C:group:10* 1:deduction:10 2:deduction:5 D:group:5* 1:bonus:5 2:bonus:3",
	}
}

// maximaSpellings: a department's table with every way offices type a
// maximum: "05", "5,0", "5.0", " 5 ", "10 điểm", "(5)", "05đ", "tối đa 5",
// as CSV.
func maximaSpellings() Fixture {
	return Fixture{
		Name: "maxima-spellings", CSV: true, Source: "maxima as typed in the tables collected for issue 13 (police, commune and department annexes)",
		Shape: "CSV, maxima \"05\", \"5,0\", \"5.0\", \" 5 \", \"10 điểm\", \"(5)\", \"05đ\", \"tối đa 5\", a part given as \"40 điểm\"",
		Rows: [][]string{
			row("STT", "Nội dung", "Điểm tối đa"),
			row("I", "Chuyên môn", "40 điểm"),
			row("1", "Kế hoạch công tác năm", "05"),
			row("2", "Báo cáo định kỳ", "5,0"),
			row("3", "Hồ sơ lưu trữ", "5.0"),
			row("4", "Ứng dụng công nghệ thông tin", " 5 "),
			row("5", "Cải cách hành chính", "10 điểm"),
			row("6", "Tiếp công dân", "(5)"),
			row("7", "Phòng chống tham nhũng", "05đ"),
			row("II", "Thi đua", "tối đa 60"),
			row("1", "Phong trào thi đua", "60"),
		},
		Leaves: 8, Total: "100", Read: 0,
		Outline: "I:group:40 1:standard:5 2:standard:5 3:standard:5 4:standard:5 5:standard:10 6:standard:5 7:standard:5 II:group:60 1:standard:60",
	}
}

// lowerRoman: a school cluster's table numbered "i.", "ii.", "iii." in
// lower case, with items "a)" to "i)" under one of them: "i)" after "h)"
// is a letter, "i." anywhere else a roman numeral.
func lowerRoman() Fixture {
	items := [][]string{}
	for _, l := range []string{"a)", "b)", "c)", "d)", "e)", "g)", "h)", "i)"} {
		items = append(items, row(l, "Hồ sơ "+l[:1], "2,5"))
	}
	rows := [][]string{
		row("Mục", "Nội dung đánh giá", "Điểm tối đa"),
		row("i.", "Công tác quản lý", "20"),
	}
	rows = append(rows, items...)
	rows = append(rows,
		row("ii.", "Chất lượng giáo dục", "50"),
		row("1.", "Học sinh hoàn thành chương trình", "30"),
		row("2.", "Học sinh giỏi các cấp", "20"),
		row("iii.", "Xây dựng trường học", "30"),
		row("1.", "Cơ sở vật chất", "30"),
	)
	return Fixture{
		Name: "lower-roman", Source: "school cluster tables numbered in lower-case roman numerals (education sector scoring sheets)",
		Shape: "parts \"i.\" \"ii.\" \"iii.\", items \"a)\" … \"h)\", \"i)\" (Vietnamese alphabet: no f), maxima \"2,5\"",
		Sheet: "Sheet1", Rows: rows,
		Leaves: 11, Total: "100", Read: 0,
		Outline: "i.:group:20 a):standard:2.5 b):standard:2.5 c):standard:2.5 d):standard:2.5 e):standard:2.5 g):standard:2.5 h):standard:2.5 i):standard:2.5 " +
			"ii.:group:50 1.:standard:30 2.:standard:20 iii.:group:30 1.:standard:30",
	}
}

// numberingLetters: an education office's table with the column-numbering
// row lettered then numbered ("A B C 1 2 3", as score sheets number the
// given columns and the ones to fill), codes "1.", "1.1.", "1.1.1" and
// "a." items.
func numberingLetters() Fixture {
	return Fixture{
		Name: "numbering-letters", Source: "education sector score sheets (a unit's self-score sheet numbers its columns \"A B 1 2 3 4\", domain.md §5)",
		Shape: "numbering row \"A B C 1 2 3\", codes \"1.\" \"1.1.\" \"1.1.1\" \"a.\", extra columns Điểm tự chấm, Điểm khối chấm, Ghi chú",
		Sheet: "Chấm điểm",
		Rows: [][]string{
			row("TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Điểm khối chấm", "Ghi chú"),
			row("A", "B", "C", "1", "2", "3"),
			row("1.", "Công tác dạy và học", "60"),
			row("1.1.", "Chất lượng đại trà", "40"),
			row("1.1.1", "Tỷ lệ học sinh lên lớp", "20", "", "", "Theo số liệu tháng 5"),
			row("1.1.2", "Tỷ lệ học sinh tốt nghiệp", "20"),
			row("1.2.", "Chất lượng mũi nhọn", "20"),
			row("a.", "Học sinh giỏi cấp huyện", "10"),
			row("b.", "Học sinh giỏi cấp tỉnh", "10"),
			row("2.", "Công tác quản lý", "40"),
			row("2.1.", "Kế hoạch năm học", "20"),
			row("2.2.", "Kiểm tra nội bộ", "20"),
		},
		Leaves: 6, Total: "100", Read: 0,
		Notes:   []string{"dòng 2: bỏ qua dòng đánh số cột"},
		Outline: "1.:group:60 1.1.:group:40 1.2.:group:20 2.:group:40 2.1.:standard:20 2.2.:standard:20",
	}
}

// unicodeMess: a table pasted from a web page and a PDF: no-break spaces
// in codes and headers, tabs and double spaces in titles, Vietnamese in
// decomposed form (NFD) in a heading and titles, a zero-width space after
// a maximum and a soft hyphen inside a word.
func unicodeMess() Fixture {
	nfd := "Co\u0302ng ta\u0301c tuye\u0302n truye\u0302\u0300n" // "Công tác tuyên truyền" decomposed
	head := "No\u0323i dung tie\u0302u chi\u0301"                // "Nội dung tiêu chí" decomposed
	return Fixture{
		Name: "unicode-mess", CSV: true, Source: "text pasted from published tables (web pages and PDFs) into Excel",
		Shape: "CSV, NBSP in codes and headers, tabs, double spaces, NFD Vietnamese, a zero-width space after a maximum, a soft hyphen",
		Rows: [][]string{
			row("Số\u00a0TT", head, "Điểm\u00a0tối\u00a0đa", "Hướng  dẫn chấm"),
			row("I.\u00a0", "CÔNG  TÁC\tCHUYÊN MÔN", "60"),
			row("1.", nfd, "30\u200b", "Đạt:\u00a030 điểm; không\u00a0đạt: 0\u00a0điểm"),
			row("\u00a02.", "Công tác   thi\u00ad đua", " 30 ", "Tính theo tỷ lệ hoàn thành"),
			row("II.", "XÂY DỰNG CƠ QUAN", "40"),
			row("1.", "Cơ quan\u00a0đạt chuẩn văn hóa", "40"),
		},
		Leaves: 3, Total: "100", Read: 2,
		Rules:   map[string]string{"I. / 1.": "binary", "I. / 2.": "ratio"},
		Titles:  map[string]string{"I.": "CÔNG TÁC CHUYÊN MÔN", "I. / 1.": "Công tác tuyên truyền", "I. / 2.": "Công tác thi đua", "II. / 1.": "Cơ quan đạt chuẩn văn hóa"},
		Outline: "I.:group:60 1.:standard:30 2.:standard:30 II.:group:40 1.:standard:40",
	}
}

// wrappedTitles: a district office's table where long titles were typed
// over two rows (the second with no number and no points): a sentence
// going on in lower case, a heading in capitals, a title broken after a
// comma; and a line of text that continues nothing, which is skipped with
// a note.
func wrappedTitles() Fixture {
	return Fixture{
		Name: "wrapped-titles", Source: "district office tables retyped from printed copies (lines broken as on paper)",
		Shape: "titles continued on the next row (lower case, capitals, after a comma), with the guidance cell going on too; a stray line skipped with a note",
		Sheet: "Bảng điểm",
		Rows: [][]string{
			row("STT", "Nội dung tiêu chí", "Điểm tối đa", "Hướng dẫn chấm"),
			row("I", "CÔNG TÁC XÂY DỰNG ĐẢNG, XÂY DỰNG", "40"),
			row("", "CHÍNH QUYỀN VÀ ĐOÀN THỂ"),
			row("1", "Lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị", "20", "Đạt: 20 điểm;"),
			row("", "của địa phương trong năm", "", "không đạt: 0 điểm"),
			row("2", "Công tác kiểm tra, giám sát,", "20"),
			row("", "Thi hành kỷ luật đảng"),
			row("II", "PHÁT TRIỂN KINH TẾ - XÃ HỘI", "60"),
			row("", "Các chỉ tiêu do Hội đồng nhân dân giao"),
			row("1", "Thu ngân sách", "30", "Tính theo tỷ lệ hoàn thành"),
			row("2", "Giải quyết việc làm", "30", "Tính theo tỷ lệ hoàn thành"),
		},
		Leaves: 4, Total: "100", Read: 3,
		Rules: map[string]string{"I / 1": "binary"},
		Titles: map[string]string{"I": "CÔNG TÁC XÂY DỰNG ĐẢNG, XÂY DỰNG CHÍNH QUYỀN VÀ ĐOÀN THỂ",
			"I / 1": "Lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của địa phương trong năm",
			"I / 2": "Công tác kiểm tra, giám sát, Thi hành kỷ luật đảng", "II": "PHÁT TRIỂN KINH TẾ - XÃ HỘI"},
		Notes:   []string{"dòng 9: bỏ qua dòng chữ không có mã và điểm: «Các chỉ tiêu do Hội đồng nhân dân giao»"},
		Outline: "I:group:40 1:standard:20 2:standard:20 II:group:60 1:standard:30 2:standard:30",
	}
}
