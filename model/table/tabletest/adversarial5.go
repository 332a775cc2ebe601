package tabletest

// Tables found in published pages for the outsiders' round (session 22)
// and rebuilt as offices type them in Excel; each broke the import before
// its fix (see the shape). Where the stored copy shows only the start of
// a table, the rest is written in its style and said so.
func found22() []Fixture {
	return []Fixture{chiDoanNgheAn(), pcccQuangNam()}
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
