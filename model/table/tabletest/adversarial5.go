package tabletest

import "golang.org/x/text/unicode/norm"

// nfd is text as Mac and some old Windows tools write Vietnamese: each
// letter and its marks decomposed.
var nfd = norm.NFD.String

// Tables found in published pages for the outsiders' round (session 22)
// and rebuilt as offices type them in Excel; each broke the import before
// its fix (see the shape). Where the stored copy shows only the start of
// a table, the rest is written in its style and said so.
func found22() []Fixture {
	return []Fixture{doanBuDang(), cchcQuangNinh(), chiDoanNgheAn(), hocTapMyHung(), pcccQuangNam(), twoYears()}
}

// doanBuDang: the Bù Đăng district Youth Union's "Thang điểm đánh giá thi
// đua năm 2015" (tuoitrebudang.org.vn, 05/01/2015): the first three rows
// as published, each scored by levels in one wrapped cell of a column
// headed "ĐIỀU KIỆN CHẤM ĐIỂM" (not read as guidance before), the
// place-date line above the table, a total typed as a formula.
func doanBuDang() Fixture {
	return Fixture{
		Name: "doan-bu-dang-2015", Source: "BCH Đoàn huyện Bù Đăng (Bình Phước), Thang điểm đánh giá thi đua năm 2015 (tuoitrebudang.org.vn); the first three rows",
		Shape: "letterhead in two columns, place-date above the table, \"ĐIỀU KIỆN CHẤM ĐIỂM\" column with levels on lines of one cell, a proof column, total =SUM()",
		Sheet: "Thang điểm 2015",
		Rows: [][]string{
			row("TỈNH ĐOÀN BÌNH PHƯỚC", "", "", "", "ĐOÀN TNCS HỒ CHÍ MINH"),
			row("BCH ĐOÀN HUYỆN BÙ ĐĂNG"),
			row("***", "", "", "", "Bù Đăng, ngày 05 tháng 1 năm 2015"),
			row("THANG ĐIỂM ĐÁNH GIÁ THI ĐUA NĂM 2015"),
			row("TT", "NỘI DUNG CHẤM ĐIỂM", "ĐIỂM CHUẨN", "ĐIỀU KIỆN CHẤM ĐIỂM", "VB CHỨNG MINH", "ĐIỂM TỰ CHẤM"),
			row("1", "Xây dựng CT năm và tổ chức HN triển khai", "5", "5 điểm: Đơn vị xây dựng CT năm và tổ chức hội nghị triển khai cho 100% cơ sở trực thuộc.\n3 điểm: Xây dựng CT năm nhưng không tổ chức hội nghị triển khai.\n0 điểm: Không xây dựng chương trình năm.", "CT công tác năm: Tên VB, Số, ký hiệu."),
			row("2", "Chế độ thông tin báo cáo theo quy định", "8", "8 điểm: gửi về huyện Đoàn đầy đủ, đúng hạn các báo cáo tháng, quý, 6 tháng, BC số liệu, BC năm.\n6 điểm: thiếu 2 báo cáo tháng.\n4 điểm: thiếu 1 báo cáo quý hoặc 3 báo cáo tháng.\n0 điểm: thiếu 1 báo cáo quý và 4 báo cáo tháng trở lên.", "Số báo cáo, ngày tháng ban hành báo cáo."),
			row("3", "Tham gia họp giao ban định kỳ và đột xuất", "5", "5 điểm: Tham gia đầy đủ, đúng giờ các cuộc họp.\n4 điểm: Không tham gia 1 cuộc họp.\n3 điểm: Không tham gia 2 cuộc họp.\n1 điểm: không tham gia 3 cuộc họp.\n0 điểm: không tham gia 4 cuộc họp trở lên"),
			row("", "TỔNG ĐIỂM", "=SUM(C6:C8)"),
		},
		Merges: []string{"A4:F4"},
		Leaves: 3, Total: "18", Read: 0,
		Rules:   map[string]string{"1": "direct", "2": "direct", "3": "direct"},
		Outline: "1:standard:5 2:standard:8 3:standard:5",
	}
}

// cchcQuangNinh: the public-administration-reform index of Quảng Ninh's
// departments (3463/QĐ-UBND, 25/11/2022, thuvienphapluat.vn), laid out as
// the index tables of every province are: codes 1, 1.1, 1.1.1, and under
// each scored criterion its levels as rows without a number, their points
// in the maximum column (refused before, row by row, as criteria without a
// code). Its first two fields, the levels' wording after 876/QĐ-BNV.
func cchcQuangNinh() Fixture {
	return Fixture{
		Name: "cchc-quang-ninh-2022", Source: "UBND tỉnh Quảng Ninh, 3463/QĐ-UBND (2022), Bộ tiêu chí Chỉ số CCHC các sở, ban, ngành (thuvienphapluat.vn); fields 1 and 2",
		Shape: "header over two rows (\"Điểm đánh giá\" over \"Tự đánh giá | Thẩm định\", the others merged down), codes 1 / 1.1 / 1.1.1, scoring levels as uncoded rows with points, \"0,5\" as text, total as a formula",
		Sheet: "Sở, ngành",
		Rows: [][]string{
			row("PHỤ LỤC I"),
			row("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC SỞ, BAN, NGÀNH"),
			row("(Kèm theo Quyết định số 3463/QĐ-UBND ngày 25/11/2022 của UBND tỉnh Quảng Ninh)"),
			row("STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đánh giá", "", "Ghi chú"),
			row("", "", "", "Tự đánh giá", "Thẩm định", ""),
			row("1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "6"),
			row("1.1", "Kế hoạch cải cách hành chính năm", "2"),
			row("1.1.1", "Ban hành kế hoạch CCHC năm kịp thời", "0,5"),
			row("", "Ban hành đúng thời hạn", "0,5"),
			row("", "Ban hành không đúng thời hạn", "0"),
			row("1.1.2", "Mức độ hoàn thành kế hoạch CCHC", "1,5"),
			row("", "Hoàn thành 100% kế hoạch", "1,5"),
			row("", "Hoàn thành từ 80% - dưới 100% kế hoạch", "1"),
			row("", "Hoàn thành dưới 80% kế hoạch", "0"),
			row("1.2", "Báo cáo CCHC định kỳ", "1"),
			row("", "Đầy đủ số lượng, đúng thời gian quy định", "1"),
			row("", "Không đầy đủ số lượng hoặc không đúng thời gian", "0"),
			row("1.3", "Công tác kiểm tra CCHC", "2"),
			row("1.3.1", "Mức độ thực hiện kế hoạch kiểm tra", "1"),
			row("", "Thực hiện 100% kế hoạch", "1"),
			row("", "Dưới 100% kế hoạch", "0"),
			row("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "1"),
			row("", "100% số vấn đề phát hiện được xử lý hoặc kiến nghị xử lý", "1"),
			row("", "Từ 70% - dưới 100% số vấn đề", "0,5"),
			row("", "Dưới 70% số vấn đề", "0"),
			row("1.4", "Sáng kiến trong cải cách hành chính", "1"),
			row("", "Có sáng kiến, giải pháp mới được áp dụng", "1"),
			row("", "Không có sáng kiến", "0"),
			row("2", "XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL", "4"),
			row("2.1", "Tự kiểm tra, xử lý văn bản QPPL", "2"),
			row("", "100% văn bản phát hiện sai phạm được xử lý", "2"),
			row("", "Dưới 100% văn bản được xử lý", "0"),
			row("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "2"),
			row("", "Thực hiện đầy đủ, đúng thời gian", "2"),
			row("", "Không thực hiện hoặc thực hiện không đúng thời gian", "0"),
			row("", "TỔNG ĐIỂM", "=C6+C29"),
		},
		Merges: []string{"A1:F1", "A2:F2", "A3:F3", "D4:E4", "A4:A5", "B4:B5", "C4:C5", "F4:F5"},
		Leaves: 8, Total: "10", Read: 8,
		Rules: map[string]string{"1.1 / 1.1.1": "binary", "1.1 / 1.1.2": "bands 100=1.5 80=1", "1 / 1.2": "binary",
			"1.3 / 1.3.1": "bands 100=1", "1.3 / 1.3.2": "bands 100=1 70=0.5", "1 / 1.4": "binary", "2 / 2.1": "bands 100=2", "2 / 2.2": "binary"},
		Notes:   []string{"dòng 9: dòng này đến dòng 10 là các mức điểm của tiêu chí ở dòng 8", "dòng 23: dòng này đến dòng 25 là các mức điểm của tiêu chí ở dòng 22"},
		Outline: "1:group:6 1.1:group:2 1.2:standard:1 1.3:group:2 1.4:standard:1 2:group:4 2.1:standard:2 2.2:standard:2",
	}
}

// chiDoanNgheAn: the criteria of the student Youth Union branches of THPT
// Đặng Thúc Hứa, Nghệ An, school year 2022-2023 (thptdangthuchua.edu.vn,
// "Quy định về tiêu chí chấm điểm thi đua … các chi đoàn"); the page shows
// its heading, the rows are in its style. Typed on an old keyboard layout:
// "Đ" as the lookalike "Ð" (U+00D0) in the header ("Ðiểm tối đa": no
// header found before), the bonus and deduction headings and titles;
// "Mỗi lượt … trừ", "5 điểm/em" (read as a one-off 5 points before), a
// total typed "TỔNG" alone (read as a criterion before), a tally sheet.
func chiDoanNgheAn() Fixture {
	return Fixture{
		Name: "chi-doan-dang-thuc-hua", Source: "Đoàn trường THPT Đặng Thúc Hứa (Nghệ An), tiêu chí chấm điểm thi đua các chi đoàn 2022-2023 (thptdangthuchua.edu.vn); rows in its style",
		Shape: "\"Ð\" (U+00D0) for \"Đ\" in header, headings and titles, I/II/III with 1., 2., \"TỔNG\" alone, bonus and deduction headings with caps below it, items \"+\"/\"-\" with blank maxima, \"điểm/em\", \"mỗi lượt\", a second sheet",
		Sheet: "Tiêu chí",
		Rows: [][]string{
			row("ÐOÀN TNCS HỒ CHÍ MINH"),
			row("ÐOÀN TRƯỜNG THPT ÐẶNG THÚC HỨA"),
			row("QUY ĐỊNH VỀ TIÊU CHÍ CHẤM ĐIỂM THI ĐUA CÁC CHI ĐOÀN HỌC SINH NĂM HỌC 2022- 2023"),
			row("TT", "Nội dung", "Ðiểm tối đa", "Cách tính điểm"),
			row("I", "NỀ NẾP, KỶ LUẬT", "40"),
			row("1", "Chuyên cần", "15", "Mỗi lượt học sinh đi học muộn trừ 1 điểm"),
			row("2", "Ðồng phục, tác phong", "10", "Mỗi lượt vi phạm trừ 1 điểm"),
			row("3", "Trực nhật, vệ sinh lớp học", "15", "Ðạt: 15 điểm; không đạt: 0 điểm"),
			row("II", "HỌC TẬP", "40"),
			row("1", "Giờ học tốt", "25", "Tính theo tỷ lệ hoàn thành"),
			row("2", "Kết quả kiểm tra", "15", "100%: 15 điểm; từ 90% đến dưới 100%: 10 điểm; dưới 90%: 0 điểm"),
			row("III", "HOẠT ÐỘNG ÐOÀN, PHONG TRÀO", "20"),
			row("1", "Sinh hoạt chi đoàn", "10", "5 điểm/buổi, tối đa 10 điểm"),
			row("2", "Tham gia phong trào do Ðoàn trường phát động", "10"),
			row("", "TỔNG", "100"),
			row("", "ÐIỂM THƯỞNG (cộng tối đa 10 điểm)"),
			row("+", "Học sinh đạt giải học sinh giỏi cấp tỉnh", "", "5 điểm/em"),
			row("+", "Chi đoàn có tin bài đăng trên trang Ðoàn trường", "", "1 điểm/bài"),
			row("", "ÐIỂM TRỪ (trừ tối đa 20 điểm)"),
			row("-", "Học sinh vi phạm an toàn giao thông", "", "Mỗi trường hợp trừ 5 điểm"),
			row(),
			row("", "", "TM. BCH ÐOÀN TRƯỜNG"),
		},
		Merges: []string{"A3:D3"},
		Others: []Other{{Name: "Tuần 1", Rows: [][]string{row("Chi đoàn", "Nề nếp", "Học tập", "Phong trào", "Tổng"), row("10A1", "38", "35", "20", "93")}}},
		Leaves: 10, Total: "100", Read: 9,
		Rules: map[string]string{"I / 1": "count each=1 down", "I / 2": "count each=1 down", "I / 3": "binary", "II / 2": "bands 100=15 90=10",
			"III / 1": "count each=5", "+#1": "count each=5", "+#2": "count each=1", "-": "count each=5"},
		Titles:  map[string]string{"I / 2": "Đồng phục, tác phong", "IV": "ĐIỂM THƯỞNG (cộng tối đa 10 điểm)"},
		Outline: "I:group:40 1:standard:15 2:standard:10 3:standard:15 II:group:40 1:standard:25 2:standard:15 III:group:20 1:standard:10 2:standard:10 IV:group:10* +:bonus:10 +:bonus:10 V:group:20* -:deduction:20",
	}
}

// hocTapMyHung: "Biểu điểm chấm đơn vị học tập năm 2021" of Mỹ Hưng
// kindergarten (mnmyhung.xatamhung.edu.vn); the page holds only its
// title, the rows are in the style of the "đơn vị học tập" score sheets.
// Typed on a Mac: every text in decomposed form (NFD), no-break spaces,
// "12,5" as text, a line break inside a title, last year's criterion left
// in a hidden row (read before, and the part refused as adding up to 55
// of 50 though Excel shows 50), a total as a formula, a signature footer.
func hocTapMyHung() Fixture {
	return Fixture{
		Name: "don-vi-hoc-tap-my-hung-2021", Source: "Trường Mầm non Mỹ Hưng, Biểu điểm chấm đơn vị học tập năm 2021 (mnmyhung.xatamhung.edu.vn); rows in the style of such sheets",
		Shape: "NFD text, NBSP, codes 1 / a) / -, \"12,5\" as text, a wrapped title, a hidden row holding last year's criterion, total =C5+C8+C13, place-date and signature, a second sheet",
		Sheet: "Biểu điểm",
		Rows: [][]string{
			row(nfd("PHÒNG GD&ĐT"), "", nfd("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
			row(nfd("TRƯỜNG MẦM NON MỸ HƯNG"), "", nfd("Độc lập - Tự do - Hạnh phúc")),
			row(nfd("BIỂU ĐIỂM CHẤM ĐƠN VỊ HỌC TẬP NĂM 2021")),
			row("TT", nfd("Tiêu chí"), nfd("Điểm\u00a0chuẩn"), nfd("Điểm tự chấm"), nfd("Ghi chú")),
			row("1", nfd("Công tác lãnh đạo, chỉ đạo xây dựng đơn vị học tập"), "20"),
			row("a)", nfd("Có kế hoạch xây dựng đơn vị học tập"), "10", "", nfd("Có kế hoạch: 10 điểm; không có: 0 điểm")),
			row("b)", nfd("Quán triệt đến 100%\u00a0CB, GV, NV"), "10", "", nfd("Đạt 100%: 10 điểm; cứ giảm 5% trừ 1 điểm")),
			row("2", nfd("Kết quả học tập của CB, GV, NV"), "50"),
			row("a)", nfd("Tỷ lệ CB, GV, NV tham gia học tập, bồi dưỡng"), "25", "", nfd("Tính theo tỷ lệ hoàn thành")),
			row("b)", nfd("CB, GV, NV hoàn thành tốt nhiệm vụ trở lên"), "12,5"),
			row("c)", nfd("Ứng dụng công nghệ thông tin trong\ncông việc"), "12,5"),
			row("d)", nfd("(Tiêu chí năm 2020, không dùng)"), "5"),
			row("3", nfd("Môi trường học tập"), "30"),
			row("-", nfd("Thư viện, tủ sách"), "15"),
			row("-", nfd("Sinh hoạt chuyên môn"), "15", "", nfd("2,5 điểm/buổi, tối đa 15 điểm")),
			row("", nfd("TỔNG CỘNG"), "=C5+C8+C13"),
			row(),
			row("", "", nfd("Mỹ Hưng, ngày ... tháng ... năm 2021")),
			row("", "", nfd("HIỆU TRƯỞNG")),
		},
		Merges: []string{"A3:E3"}, Hidden: []int{12},
		Others: []Other{{Name: "Tổng hợp", Rows: [][]string{row("Tổ", "Điểm"), row("Nhà trẻ", "92")}}},
		Leaves: 7, Total: "100", Read: 4,
		Rules:   map[string]string{"1 / a)": "binary", "1 / b)": "target full=100 step=5 loss=1", "2 / a)": "ratio", "3 / -#2": "count each=2.5"},
		Titles:  map[string]string{"2 / c)": "Ứng dụng công nghệ thông tin trong công việc", "1 / b)": "Quán triệt đến 100% CB, GV, NV"},
		Notes:   []string{"dòng 12: dòng này bị ẩn trong Excel: không đọc «d) (Tiêu chí năm 2020, không dùng) 5»"},
		Outline: "1:group:20 a):standard:10 b):standard:10 2:group:50 a):standard:25 b):standard:12.5 c):standard:12.5 3:group:30 -:standard:15 -:standard:15",
	}
}

// pcccQuangNam: the monthly emulation score sheet of Quảng Nam police's
// fire-fighting department (cand.com.vn, "Hiệu quả từ mô hình bình cờ thi
// đua hằng tháng": 9 contents, 100 points, five flags by total); the
// contents are in its style. Under the total the grades of the flags, with
// ranges in the points column, were read as criteria and refused.
func pcccQuangNam() Fixture {
	return Fixture{
		Name: "pccc-quang-nam-thang", Source: "Phòng Cảnh sát PCCC&CNCH Công an tỉnh Quảng Nam, chấm điểm bình cờ thi đua hằng tháng (cand.com.vn); contents in its style",
		Shape: "nine flat criteria, self and team score columns, a grading table (\"PHÂN LOẠI CỜ\", ranges \"từ 90 đến dưới 100\") under the total",
		Sheet: "Tháng",
		Rows: [][]string{
			row("CÔNG AN TỈNH QUẢNG NAM"),
			row("PHÒNG CẢNH SÁT PCCC&CNCH"),
			row("BẢNG CHẤM ĐIỂM THI ĐUA, BÌNH XÉT CỜ HẰNG THÁNG"),
			row("TT", "Nội dung", "Điểm chuẩn", "Tự chấm", "Đội chấm", "Hướng dẫn"),
			row("1", "Chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước", "10"),
			row("2", "Chấp hành điều lệnh, chế độ công tác", "15", "", "", "Mỗi lần vi phạm trừ 2 điểm"),
			row("3", "Kết quả thực hiện nhiệm vụ chuyên môn", "25", "", "", "Hoàn thành 100% nhiệm vụ: 25 điểm; cứ giảm 1% trừ 0,5 điểm"),
			row("4", "Học tập, huấn luyện nghiệp vụ", "10"),
			row("5", "Tham gia chữa cháy, cứu nạn cứu hộ", "10", "", "", "Mỗi lần không có mặt khi có lệnh trừ 5 điểm"),
			row("6", "Đoàn kết nội bộ", "5"),
			row("7", "Giữ gìn, bảo quản phương tiện", "10"),
			row("8", "Văn hóa, văn nghệ, thể dục thể thao", "5"),
			row("9", "Xây dựng nếp sống văn hóa, văn minh", "10"),
			row("", "Tổng cộng", "100"),
			row("", "PHÂN LOẠI CỜ"),
			row("", "Cờ đỏ có sao", "100", "", "", "thành tích xuất sắc tiêu biểu"),
			row("", "Cờ đỏ", "từ 90 đến dưới 100"),
			row("", "Cờ cam", "từ 76 đến dưới 90"),
			row("", "Cờ xanh", "từ 50 đến dưới 76"),
			row("", "Cờ vàng", "dưới 50"),
		},
		Leaves: 9, Total: "100", Read: 3,
		Rules:   map[string]string{"2": "count each=2 down", "3": "target full=100 step=1 loss=0.5", "5": "count each=5 down"},
		Notes:   []string{"dòng 15: hết bảng ở dòng «PHÂN LOẠI CỜ»"},
		Outline: "1:standard:10 2:standard:15 3:standard:25 4:standard:10 5:standard:10 6:standard:5 7:standard:10 8:standard:5 9:standard:10",
	}
}

// twoYears: a leader's workbook made from last year's, this year's maxima
// typed in a column beside last year's (constructed; the shape of a table
// revised year on year). The first points column was taken without a word
// (last year's maxima imported); two maximum columns are now refused on
// the header row, naming both.
func twoYears() Fixture {
	return Fixture{
		Name: "two-years-maxima", Source: "constructed: a workbook edited from last year's, both years' maxima side by side",
		Shape: "\"Điểm chuẩn năm 2024\" and \"Điểm chuẩn năm 2025\" columns, both adding up to 100",
		Sheet: "Bảng",
		Rows: [][]string{
			row("STT", "Nội dung tiêu chí", "Điểm chuẩn năm 2024", "Điểm chuẩn năm 2025", "Hướng dẫn chấm"),
			row("I", "CÔNG TÁC CHUYÊN MÔN", "60", "70"),
			row("1", "Thu ngân sách", "30", "40", "Đạt: 40 điểm; không đạt: 0 điểm"),
			row("2", "Giải quyết việc làm", "30", "30"),
			row("II", "CÔNG TÁC THI ĐUA", "40", "30"),
			row("1", "Đăng ký thi đua", "40", "30"),
			row("", "Tổng cộng", "100", "100"),
		},
		Leaves: 3, Total: "100", Read: 0,
		Problems: []string{"dòng 1: bảng có hai cột điểm tối đa, «Điểm chuẩn năm 2024» và «Điểm chuẩn năm 2025»"},
		Outline:  "I:group:60 1:standard:30 2:standard:30 II:group:40 1:standard:40",
	}
}
