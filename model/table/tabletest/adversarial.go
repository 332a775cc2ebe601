package tabletest

// Adversarial tables: shapes nobody sent us yet, modelled on published
// tables (the sources are named on each) and typed the way offices type
// them, each with one or two quirks that broke or could break an import.
// Each must read to the tree a leader would expect, or be refused with a
// row-precise message saying what to fix; never to a silently wrong tree.
func Adversarial() []Fixture {
	return append([]Fixture{
		anttMuongCha(), anttLangSon(), schoolBonusBlank(), communeLetterhead(), twoSheets(),
		deductionFirst(), maximaSpellings(), lowerRoman(), numberingLetters(), unicodeMess(),
		wrappedTitles(), guidanceInTitle(), guidanceMergedRow(), policeCommune(), bonusUncapped(),
		csvCommaTitle(), excelDecimalCodes(), noCodeColumn(), letterCodes(), policeThousand(), ordinalParts(),
	}, found22()...)
}

// anttMuongCha: the "An toàn về ANTT" score sheet of a village (Mường
// Chà district, Điện Biên, guidance 252/HD-UBND of 2014, kiemtailieu.com):
// the maximum column before the title column, a header split over two
// rows ("Điểm / tối đa", "Cơ sở / tự chấm", "Cấp trên / chấm"), parts
// "Tiêu chí 1" typed in the title column without a number, one named on
// the row under it, items numbered 1, 2… with a dash before their text,
// and the deduction rule of criterion 3 as a merged row under its last
// item.
func anttMuongCha() Fixture {
	return Fixture{
		Name: "antt-muong-cha", Source: "Biểu chấm điểm \"An toàn về ANTT\", UBND huyện Mường Chà (HD 252/HD-UBND, 2014; kiemtailieu.com)",
		Shape: "maximum before title, header over two rows, extra score columns, parts \"Tiêu chí N\" without a number, a part named on the next row, \"- \" before item titles, a merged guidance row",
		Sheet: "Biểu chấm",
		Rows: [][]string{
			row("BIỂU CHẤM ĐIỂM"),
			row("Đánh giá bản, tổ dân phố ……, xã/thị trấn …… huyện Mường Chà đạt tiêu chuẩn \"An toàn về ANTT\" năm 20……"),
			row("(Kèm theo hướng dẫn số 252/HD-UBND, ngày 02/4/2014 của UBND huyện Mường Chà)"),
			row("Số TT", "Điểm", "TIÊU CHUẨN ĐÁNH GIÁ", "Cơ sở", "Cấp trên"),
			row("", "tối đa", "", "tự chấm", "chấm"),
			row("", "14", "Tiêu chí 1"),
			row("1", "6", "- Chi bộ có Nghị quyết về công tác đảm bảo ANTT"),
			row("2", "6", "- Có kế hoạch hoặc nội dung, biện pháp về công tác đảm bảo ANTT"),
			row("3", "2", "- Có bản đăng ký phấn đấu đạt tiêu chuẩn \"An toàn về ANTT\""),
			row("", "18", "Tiêu chí 2"),
			row("1", "8", "Triển khai, thực hiện có hiệu quả các chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước"),
			row("2", "10", "Có mô hình tự quản về ANTT ở khu dân cư"),
			row("", "24", "Tiêu chí 3"),
			row("", "", "Không để xảy ra các hoạt động:"),
			row("1", "6", "- Chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc"),
			row("2", "6", "- Phá hoại các mục tiêu, công trình kinh tế, văn hóa, xã hội, an ninh, quốc phòng"),
			row("3", "6", "- Hoạt động tôn giáo trái pháp luật; lôi kéo ly khai, đòi tự trị; xuất cảnh trái phép"),
			row("4", "6", "- Mâu thuẫn, tranh chấp phức tạp trong nhân dân; khiếu kiện đông người và khiếu kiện vượt cấp trái pháp luật"),
			row("", "", "(Nếu xảy ra 1 trong các nội dung trên thì trừ 6 điểm)"),
			row("", "44", "Tiêu chí 4"),
			row("1", "20", "- Kiềm chế, làm giảm các loại tội phạm, tai nạn, tệ nạn xã hội và vi phạm pháp luật khác so với năm trước"),
			row("2", "24", "- Không để xảy ra tội phạm nghiêm trọng, không có công dân trong bản phạm tội nghiêm trọng"),
			row("", "100", "Tổng cộng"),
			row(),
			row("XÁC NHẬN CỦA UBND XÃ", "", "", "TRƯỞNG BẢN"),
		},
		Merges: []string{"A1:E1", "A2:E2", "A3:E3", "C19:E19"},
		Leaves: 11, Total: "100", Read: 0,
		Notes: []string{"dòng 14: dòng không có số thứ tự và điểm: ghép vào tên tiêu chí ở dòng 13",
			"dòng 19: dòng không có số thứ tự và điểm: đọc là hướng dẫn chấm của tiêu chí ở dòng 18", "dòng 25: hết bảng"},
		Titles: map[string]string{"Tiêu chí 3": "Tiêu chí 3 Không để xảy ra các hoạt động:", "Tiêu chí 1 / 1": "Chi bộ có Nghị quyết về công tác đảm bảo ANTT"},
		Outline: "Tiêu chí 1:group:14 1:standard:6 2:standard:6 3:standard:2 Tiêu chí 2:group:18 1:standard:8 2:standard:10 " +
			"Tiêu chí 3:group:24 1:standard:6 2:standard:6 3:standard:6 4:standard:6 Tiêu chí 4:group:44 1:standard:20 2:standard:24",
	}
}

// anttLangSon: annex 2 of Lạng Sơn's guidance 2083/HD-BCĐ (2012) on
// scoring communes "An toàn về ANTT" (gvn.docsread.com): maxima typed as
// ranges "0 - 10", parts "I | Tiêu chí I", a part's text on the row under
// it ending in "(Đạt điểm tối đa)", and that remark alone on the row
// under an item.
func anttLangSon() Fixture {
	return Fixture{
		Name: "antt-lang-son", Source: "Lạng Sơn, HD 2083/HD-BCĐ (2012), Phụ lục 2: chấm điểm xã, phường, thị trấn \"An toàn về ANTT\" (gvn.docsread.com)",
		Shape: "header \"Điểm chuẩn (100 điểm)\" and \"Điểm chấm\", ranges \"0 - 10\", a part's text on the next row, \"(Đạt điểm tối đa)\" on a row of its own",
		Sheet: "Phụ lục 2",
		Rows: [][]string{
			row("PHỤ LỤC 2"),
			row("Hướng dẫn chấm điểm xã, phường, thị trấn đạt tiêu chuẩn \"An toàn về ANTT\""),
			row("Số TT", "Nội dung các tiêu chuẩn, tiêu chí", "Điểm chuẩn (100 điểm)", "Điểm chấm"),
			row("I", "Tiêu chí I", "20"),
			row("1", "- Hàng năm, Đảng ủy có nghị quyết, UBND xã, phường, thị trấn có kế hoạch về công tác bảo đảm an ninh, trật tự.", "0 - 10"),
			row("2", "- Có bản đăng ký phấn đấu đạt tiêu chuẩn \"An toàn về ANTT\".", "0 - 10"),
			row("", "(Đạt điểm tối đa)"),
			row("II", "Tiêu chí II", "20"),
			row("1", "- Triển khai thực hiện có hiệu quả các chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước.", "0 - 10"),
			row("2", "- Có mô hình tự quản về an ninh, trật tự ở khu dân cư.", "0 - 10"),
			row("III", "Tiêu chí III", "20"),
			row("", "Không để xảy ra các hoạt động sau (Đạt điểm tối đa)"),
			row("1", "- Chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc.", "0 - 5"),
			row("2", "- Phá hoại các mục tiêu, công trình kinh tế, văn hóa, xã hội, an ninh, quốc phòng.", "0 - 5"),
			row("3", "- Tuyên truyền, phát triển đạo trái pháp luật; hoạt động ly khai đòi tự trị, gây rối an ninh, trật tự.", "0 - 5"),
			row("4", "- Mâu thuẫn, tranh chấp phức tạp trong nội bộ nhân dân; khiếu kiện đông người.", "0 - 5"),
			row("IV", "Tiêu chí IV", "40"),
			row("1", "- Kiềm chế, làm giảm các loại tội phạm, tai nạn, tệ nạn xã hội so với năm trước.", "0 - 20"),
			row("2", "- Không để xảy ra tội phạm nghiêm trọng trở lên do người địa phương gây ra.", "0 - 20"),
			row("", "Tổng cộng", "100"),
		},
		Merges: []string{"A1:D1", "A2:D2"},
		Leaves: 10, Total: "100", Read: 0,
		Titles: map[string]string{"III": "Tiêu chí III Không để xảy ra các hoạt động sau (Đạt điểm tối đa)"},
		Notes:  []string{"dòng 7: dòng không có số thứ tự và điểm: đọc là hướng dẫn chấm của tiêu chí ở dòng 6"},
		Outline: "I:group:20 1:standard:10 2:standard:10 II:group:20 1:standard:10 2:standard:10 III:group:20 1:standard:5 2:standard:5 3:standard:5 4:standard:5 " +
			"IV:group:40 1:standard:20 2:standard:20",
	}
}

// schoolBonusBlank: the shape the lead found refused: bonus and deduction
// items with an empty points column, what each is worth in the guidance,
// the bonus part capped in its heading and the deduction part with no cap
// at all; extra columns for the school's and the cluster's scores and
// remarks. The standard part follows the education sector's cluster
// tables (a "Điểm tự chấm / Điểm khối chấm / Ghi chú" sheet), as CSV.
func schoolBonusBlank() Fixture {
	return Fixture{
		Name: "school-bonus-blank", CSV: true,
		Source: "the lead's example (bonus \"5 điểm/Bằng khen\", deduction \"Mỗi trường hợp trừ 5 điểm\" with blank maxima) in an education cluster's sheet",
		Shape:  "CSV, extra columns Điểm tự chấm / Điểm khối chấm / Ghi chú, bonus items with blank maxima under a capped part, a deduction part with no cap anywhere",
		Rows: [][]string{
			row("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
			row("BẢNG CHẤM ĐIỂM THI ĐUA CỤM TRƯỜNG TRUNG HỌC CƠ SỞ NĂM HỌC 2023-2024"),
			row("STT", "Nội dung tiêu chí", "Điểm tối đa", "Hướng dẫn chấm", "Điểm tự chấm", "Điểm khối chấm", "Ghi chú"),
			row("A", "ĐIỂM CHUẨN", "100"),
			row("1", "Thực hiện kế hoạch giáo dục, chương trình năm học", "30", "Đạt: 30 điểm; không đạt: 0 điểm"),
			row("2", "Tỷ lệ học sinh lên lớp thẳng", "30", "Đạt 100% chỉ tiêu: 30 điểm; cứ giảm 1% trừ 2 điểm", "", "", "Số liệu cuối năm"),
			row("3", "Công tác thi đua, khen thưởng", "40", "", "", "", "Kèm minh chứng"),
			row("B", "ĐIỂM THƯỞNG (tối đa không quá 10 điểm)", "10"),
			row("1", "Được UBND tỉnh tặng Bằng khen", "", "5 điểm/Bằng khen"),
			row("2", "Có sáng kiến được công nhận", "", "Mỗi sáng kiến cộng 2 điểm"),
			row("C", "ĐIỂM TRỪ", ""),
			row("1", "Có cán bộ bị kỷ luật", "", "Mỗi trường hợp trừ 5 điểm"),
			row("2", "Để xảy ra mất an toàn trường học", "", "Trừ 3 điểm"),
		},
		Leaves: 7, Total: "100", Read: 6,
		Rules: map[string]string{"A / 1": "binary", "A / 2": "target full=100 step=1 loss=2", "B / 1": "count each=5", "B / 2": "count each=2",
			"C / 1": "count each=5", "C / 2": "binary"},
		Notes: []string{"dòng 9: B / 1 không ghi điểm tối đa: lấy mức tối đa của phần B, 10 điểm",
			"dòng 12: C / 1 và phần C đều không ghi mức trừ tối đa: lấy tổng điểm chuẩn của bảng, 100 điểm",
			"dòng 13: C / 2 không ghi điểm tối đa: lấy theo hướng dẫn «Trừ 3 điểm», 3 điểm"},
		Outline: "A:group:100 1:standard:30 2:standard:30 3:standard:40 B:group:10* 1:bonus:10 2:bonus:10 C:group:100* 1:deduction:100 2:deduction:3",
	}
}

// communeLetterhead: a commune cluster's table as the district sends it:
// the letterhead (the issuing body, the national motto, the decision's
// number, the title over two rows) so that the header is on row 8, empty
// rows between parts and a "Cộng phần I" row under each part.
func communeLetterhead() Fixture {
	return Fixture{
		Name: "commune-letterhead", Source: "commune cluster tables issued with a decision (the letterhead of Bình Định's 3853/QĐ-UBND 2018 and Hòa Bình's 1306/QĐ-UBND 2015, thuvienphapluat.vn)",
		Shape: "header on row 8 after a merged letterhead, blank rows between parts, \"Cộng phần I\" rows, \"Tổng cộng (I+II)\"",
		Sheet: "QĐ 3853",
		Rows: [][]string{
			row("ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
			row("HUYỆN TÂY SƠN", "", "Độc lập - Tự do - Hạnh phúc"),
			row("Số: 3853/QĐ-UBND", "", "Tây Sơn, ngày 02 tháng 11 năm 2023"),
			row(),
			row("BẢNG TIÊU CHÍ, THANG ĐIỂM THI ĐUA HÀNG NĂM"),
			row("ĐỐI VỚI CÁC XÃ, THỊ TRẤN"),
			row(),
			row("TT", "Tiêu chí", "Điểm tối đa", "Cách chấm"),
			row("I.", "PHÁT TRIỂN KINH TẾ", "60"),
			row("1.", "Thu ngân sách nhà nước trên địa bàn", "30", "Đạt 100% dự toán trở lên: 30 điểm; cứ giảm 1% trừ 1 điểm; dưới 80%: 0 điểm"),
			row("2.", "Xây dựng nông thôn mới", "30", "Đạt chỉ tiêu: 30 điểm; từ 80% đến dưới 100%: 20 điểm; dưới 80%: 0 điểm"),
			row("", "Cộng phần I", "60"),
			row(),
			row(),
			row("II.", "VĂN HÓA - XÃ HỘI", "40"),
			row("1.", "Giảm tỷ lệ hộ nghèo", "20", "Đạt chỉ tiêu: 20 điểm; cứ giảm 1% trừ 1 điểm"),
			row("2.", "Tỷ lệ người dân tham gia bảo hiểm y tế", "20", "Tính theo tỷ lệ hoàn thành"),
			row("", "Cộng phần II", "40"),
			row(),
			row("", "Tổng cộng (I+II)", "100"),
		},
		Merges: []string{"A1:B1", "A2:B2", "A3:B3", "A5:D5", "A6:D6"},
		Leaves: 4, Total: "100", Read: 3,
		Rules:   map[string]string{"I. / 1.": "target full=100 step=1 loss=1 zero=80", "I. / 2.": "bands 100=30 80=20", "II. / 1.": "direct", "II. / 2.": "ratio"},
		Notes:   []string{"dòng 12: bỏ qua dòng cộng điểm của một phần: «Cộng phần I»", "dòng 18: bỏ qua dòng cộng điểm của một phần: «Cộng phần II»"},
		Outline: "I.:group:60 1.:standard:30 2.:standard:30 II.:group:40 1.:standard:20 2.:standard:20",
	}
}

// twoSheets: a workbook with the guidance on its first sheet (no table),
// this year's table on the second and last year's on the third: the first
// sheet holding a table is read, and a note names the other.
func twoSheets() Fixture {
	old := [][]string{
		row("BẢNG ĐIỂM NĂM 2023"),
		row("STT", "Nội dung", "Điểm tối đa"),
		row("I", "Công tác chuyên môn", "100"),
		row("1", "Hoàn thành kế hoạch năm 2023", "100"),
	}
	return Fixture{
		Name: "two-sheets", Source: "a bloc leader's workbook: guidance, this year's table, last year's table (the demo's Phú Yên labour bloc)",
		Shape: "three sheets: text only, the 2024 table, the 2023 table; the first sheet with a table is read, the other is named in a note",
		Sheet: "Hướng dẫn",
		Rows: [][]string{
			row("HƯỚNG DẪN CHẤM ĐIỂM THI ĐUA NĂM 2024"),
			row("1. Các đơn vị tự chấm điểm theo bảng tiêu chí ở trang tính «Bảng điểm 2024»."),
			row("2. Gửi bảng tự chấm về đơn vị Khối trưởng trước ngày 10/12/2024."),
		},
		Others: []Other{
			{Name: "Bảng điểm 2024", Rows: [][]string{
				row("BẢNG ĐIỂM NĂM 2024"),
				row("STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm"),
				row("I", "Công tác chuyên môn", "80"),
				row("1", "Hoàn thành kế hoạch năm 2024", "50", "Tính theo tỷ lệ hoàn thành"),
				row("2", "Giải quyết hồ sơ đúng hạn", "30", "100% đúng hạn: 30 điểm; mỗi hồ sơ trễ hạn trừ 1 điểm"),
				row("II", "Công tác thi đua", "20"),
				row("1", "Đăng ký thi đua đúng hạn", "20", "Đúng hạn: 20 điểm; chậm: 0 điểm"),
			}},
			{Name: "Bảng điểm 2023", Rows: old},
		},
		Leaves: 3, Total: "100", Read: 3,
		Rules:   map[string]string{"I / 1": "ratio", "I / 2": "count each=1 down", "II / 1": "binary"},
		Notes:   []string{"trang tính «Bảng điểm 2023» cũng có một bảng tiêu chí nhưng không được đọc"},
		Outline: "I:group:80 1:standard:50 2:standard:30 II:group:20 1:standard:20",
	}
}
