// Package tabletest holds real criteria tables rebuilt as offices type
// them, with their quirks, and what each must import to: the fixtures of
// issue 13. Every entry point's tests read them (model/table on the cells,
// storage/sheet from a generated .xlsx, storage from CSV, the command line
// and the screens from files on disk).
package tabletest

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Fixture is one table: its cells as typed (row by row from A1), merged
// ranges ("A1:D1"), and what it must read to.
type Fixture struct {
	Name   string // file name, without extension
	Source string // where the table comes from
	Shape  string // the quirks it carries
	CSV    bool   // saved as CSV (semicolons, as Excel on Vietnamese Windows)
	Sheet  string
	Rows   [][]string
	Merges []string
	Hidden []int // rows hidden in Excel, numbered as Excel numbers them

	Leaves   int               // scorable criteria
	Total    string            // the standard total
	Read     int               // rules read from the guidance
	Rules    map[string]string // label → rule expected
	Outline  string            // "code:kind:max" of the top two levels, in order
	Problems []string          // substrings of the expected problems (none: importable)
	Notes    []string          // substrings of notes that must be there
	Titles   map[string]string // label → title expected (text joined, cleaned)
	Others   []Other           // further sheets of the workbook, after Sheet
}

// Other is a further sheet of a fixture's workbook.
type Other struct {
	Name string
	Rows [][]string
}

// row is a helper: cells from column A.
func row(cells ...string) []string { return cells }

// All is every fixture: the real tables, then the adversarial ones.
func All() []Fixture { return append(Fixtures(), Adversarial()...) }

// Fixtures are the real tables, in the order of the note.
func Fixtures() []Fixture {
	return []Fixture{hcmc2008(), police347(), police346(), mttqDongNai(), vtvNews(), demoOffice(), education(), commune()}
}

// hcmc2008: HCMC Ban TĐKT's criteria for scoring the units' emulation work
// (2008), domain.md §3.1, from the stored copy on tailieumienphi.vn. Item
// 08 is cut off in the stored copy; its 10 points make the total of 100.
func hcmc2008() Fixture {
	return Fixture{
		Name: "hcmc-2008", Source: "Ban TĐKT TP.HCM 2008 (domain.md §3.1, tailieumienphi.vn)",
		Shape: "title block merged, STT 01…08, maxima typed \"10 điểm\", Tổng cộng, Ghi chú and place-date under it",
		Sheet: "Sheet1",
		Rows: [][]string{
			row("BAN THI ĐUA – KHEN THƯỞNG THÀNH PHỐ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
			row("", "", "Độc lập – Tự do – Hạnh phúc"),
			row("TIÊU CHÍ, THANG ĐIỂM THI ĐUA CHẤM ĐIỂM XẾP HẠNG CÔNG TÁC THI ĐUA – KHEN THƯỞNG CHO CÁC SỞ, BAN, NGÀNH, ĐOÀN THỂ, QUẬN, HUYỆN VÀ CÁC TỔNG CÔNG TY THUỘC THÀNH PHỐ"),
			row(),
			row("STT", "NỘI DUNG", "ĐIỂM CHUẨN", "GHI CHÚ"),
			row("01", "Thực hiện tổ chức chia cụm, khối thi đua đối với các đơn vị trực thuộc và gửi bản đăng ký thi đua bằng văn bản về Ban TĐKT thành phố đúng thời gian qui định", "10 điểm"),
			row("02", "Thực hiện các nội dung giao ước thi đua và tham gia hoạt động Cụm, khối thi đua cấp thành phố theo tinh thần văn bản 8428/UBND-VX", "10 điểm"),
			row("03", "Có chương trình, kế hoạch phát động phong trào thi đua năm 2008, đợt thi đua đặc biệt kỷ niệm 60 năm Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc; tổ chức đầy đủ các Hội nghị sơ kết, tổng kết", "20"),
			row("04", "Thực hiện công tác kiểm tra và tự kiểm tra về công tác TĐKT năm 2008, có báo cáo kết quả về Ban TĐKT đúng thời gian quy định", "10"),
			row("05", "Thực hiện đầy đủ, đúng thời gian các báo cáo sơ kết 6 tháng và tổng kết năm; dự đầy đủ các hội nghị, đúng thành phần theo thư mời", "10"),
			row("06", "Xây dựng mô hình và nhân rộng điển hình tiên tiến, đạt được hiệu quả trên thực tế", "10"),
			row("07", "Thực hiện công tác khen thưởng đúng quy định, bảo đảm về thời gian và hồ sơ đề nghị khen thưởng", "20"),
			row("08", "(Mục 08: phần này bị cắt trong bản lưu)", "10"),
			row("", "TỔNG CỘNG", "100"),
			row(),
			row("Ghi chú: Đơn vị được UBND thành phố hoặc Bộ tặng Cờ thi đua xuất sắc được cộng 10 điểm; được Chính phủ tặng Cờ thi đua được cộng 15 điểm."),
			row("", "", "TP. Hồ Chí Minh, ngày … tháng … năm 2008"),
			row("", "", "TRƯỞNG BAN"),
		},
		Merges: []string{"A3:D3"},
		Leaves: 8, Total: "100", Read: 0,
		Outline: "01:standard:10 02:standard:10 03:standard:20 04:standard:10 05:standard:10 06:standard:10 07:standard:20 08:standard:10",
	}
}

// police347: the police cluster of communes and wards, 1,000 points
// (2025), domain.md §3.2 (the NationalSecurityContest2 dump): the real
// skeleton with its placeholder leaves "Tiêu chí số N", typed as the
// annexes are: two header rows with a merged "Điểm", a row numbering the
// columns, maxima as ranges "0 - 50", bullets "-" and "- ". The fourth
// child of I.3 (about 20 points) and III.1 (40) are not in the part of the
// dump read; they are filled in by arithmetic.
func police347() Fixture {
	rows := [][]string{
		row("CÔNG AN TỈNH", "", "", "", "", ""),
		row("BẢNG CHẤM ĐIỂM THI ĐUA CỤM THI ĐUA SỐ 347 NĂM 2025"),
		row("STT", "Nội dung tiêu chí", "Điểm", "", "", "Hướng dẫn chấm"),
		row("", "", "Điểm chuẩn", "Tự chấm", "Cụm chấm", ""),
		row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
	}
	n := 0
	leaf := func(code, max, guide string) {
		n++
		rows = append(rows, row(code, fmt.Sprintf("Tiêu chí số %d", n), "0 - "+max, "", "", guide))
	}
	group := func(code, title, max string) { rows = append(rows, row(code, title, max)) }
	group("I.", "NHIỆM VỤ CÔNG TÁC CHUYÊN MÔN", "700")
	group("1.", "Công tác bảo vệ an ninh quốc gia", "200")
	for i, m := range []string{"50", "10", "10", "10", "10", "20", "20", "10", "20", "10", "20", "10"} {
		g := ""
		if i == 1 {
			g = "Mỗi vụ việc phát hiện, xử lý kịp thời cộng 2 điểm, tối đa 10 điểm"
		}
		code := "-"
		if i%2 == 1 {
			code = "- "
		}
		leaf(code, m, g)
	}
	group("2.", "Công tác đấu tranh phòng, chống tội phạm", "200")
	for _, s := range [][3]string{{"2.a)", "Công tác điều tra, xử lý tội phạm", "70"}, {"2.b)", "Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội", "50"},
		{"2.c)", "Công tác đấu tranh phòng, chống tội phạm về kinh tế, buôn lậu, môi trường", "30"}, {"2.d)", "Công tác đấu tranh phòng, chống tội phạm và vi phạm pháp luật về ma túy", "50"}} {
		group(s[0], s[1], s[2])
		leaf("-", s[2], "Hoàn thành 100% chỉ tiêu được giao: "+s[2]+" điểm; mỗi 1% không đạt trừ 0,5 điểm")
	}
	group("3.", "Công tác quản lý nhà nước về trật tự xã hội", "120")
	for _, s := range [][3]string{{"3.a)", "Công tác quản lý hành chính về trật tự xã hội", "40"}, {"3.b)", "Công tác phòng chống cháy nổ", "30"},
		{"3.c)", "Công tác bảo đảm trật tự, an toàn giao thông", "30"}, {"3.d)", "(phần không đọc được của bản lưu)", "20"}} {
		group(s[0], s[1], s[2])
		leaf("-", s[2], "")
	}
	group("4.", "Công tác NVCB", "100")
	group("4.a)", "Công tác NVCB lực lượng An ninh", "50")
	leaf("-", "50", "")
	group("4.b)", "Công tác NVCB lực lượng CSND", "50")
	leaf("-", "50", "")
	group("5.", "Công tác xây dựng phong trào toàn dân bảo vệ ANTQ", "40")
	leaf("-", "40", "Tổ chức tập huấn: 5 điểm/buổi, tối đa 40 điểm")
	group("6.", "Công tác tham mưu, hồ sơ nghiệp vụ, đối ngoại, hợp tác", "40")
	leaf("-", "40", "")
	group("II.", "CÔNG TÁC XÂY DỰNG ĐẢNG, XÂY DỰNG LỰC LƯỢNG, HẬU CẦN, KỸ THUẬT, CẢI CÁCH HÀNH CHÍNH, TƯ PHÁP", "200")
	for _, s := range [][3]string{{"1.", "Công tác chính trị", "50"}, {"2.", "Công tác tổ chức cán bộ", "50"}, {"3.", "Công tác thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo", "30"},
		{"4.", "Công tác tài chính, hậu cần, kỹ thuật", "40"}, {"5.", "Công tác pháp chế, cải cách hành chính, tư pháp và nghiên cứu khoa học", "30"}} {
		group(s[0], s[1], s[2])
		leaf("-", s[2], "")
	}
	group("III.", "TỔ CHỨC PHONG TRÀO THI ĐUA", "100")
	for _, s := range [][3]string{{"1.", "(phần không đọc được của bản lưu)", "40"}, {"2.", "Kết quả công tác khen thưởng", "20"},
		{"3.", "Tham gia hội thao, hội thi, hội diễn, cuộc thi do Công an tỉnh tổ chức trở lên", "15"}, {"4.", "Tích cực đăng cai, phối hợp thực hiện nhiệm vụ đột xuất được Công an tỉnh giao trở lên", "25"}} {
		group(s[0], s[1], s[2])
		leaf("-", s[2], "")
	}
	rows = append(rows, row("", "Tổng cộng", "1000"), row("", "", "", "", "TM. CỤM THI ĐUA"))
	return Fixture{
		Name: "police-347", Source: "Cụm thi đua số 347, Công an cấp xã (2025), domain.md §3.2 (NationalSecurityContest2 contestdb.sql)",
		Shape: "two header rows, merged \"Điểm\" over Chuẩn/Tự chấm/Cụm chấm, numbering row (1)…(6), maxima \"0 - 50\", bullets \"-\" and \"- \", 4 levels, codes repeating under each part",
		Sheet: "Phụ lục", Rows: rows, Merges: []string{"C3:E3", "A2:F2"},
		Leaves: 33, Total: "1000", Read: 6,
		Rules:   map[string]string{"I. / 1. / -#2": "count each=2", "I. / 5. / -": "count each=5", "I. / 2. / 2.a) / -": "target full=100 step=1 loss=0.5"},
		Outline: "I.:group:700 1.:group:200 2.:group:200 3.:group:120 4.:group:100 5.:group:40 6.:group:40 II.:group:200 1.:group:50 2.:group:50 3.:group:30 4.:group:40 5.:group:30 III.:group:100 1.:group:40 2.:group:20 3.:group:15 4.:group:25",
	}
}

// police346: a police cluster's own table as its backup holds it
// (NationalSecurityContest2 backups/criteria_cum346, 2025): real leaf
// titles, maxima typed by hand (12,99 and 9,98), parts "PHẦN A" and "I"
// without a dot. It is unfinished: its sums do not add up, and the import
// must say so row by row.
func police346() Fixture {
	return Fixture{
		Name: "police-346", Source: "Cụm thi đua cấp xã số 346 (2025), backup in NationalSecurityContest2",
		Shape: "PHẦN A, roman numerals without a dot, \"700 điểm\", maxima 12,99 and 9,98, bullets \"- \"; unfinished: sums do not add up",
		Sheet: "Cụm 346",
		Rows: [][]string{
			row("CỤM THI ĐUA CẤP XÃ SỐ 346"),
			row("TT", "Nội dung", "Điểm tối đa"),
			row("PHẦN A", "NHIỆM VỤ CÔNG TÁC CHUYÊN MÔN", "700 điểm"),
			row("I", "Công tác bảo vệ an ninh quốc gia", "200"),
			row("1", "Không để xảy ra...", "10"),
			row("2", "Không để phát sinh", "9.98"),
			row("II", "Công tác đấu tranh phòng, chống tội phạm", "200"),
			row("1", "Công tác điều tra, xử lý tội phạm", "60"),
			row("-", "Bắt, vận động đầu thú, thanh loại đối tượng truy nã", "3"),
			row("- ", "Số vụ án, vụ việc tạm đình chỉ", "10"),
			row("-", "Khởi tố, điều tra khám phá các loại tội phạm về trật tự xã hội liên quan đến sử dụng công nghệ cao", "5"),
			row("2", "Công tác đấu tranh phòng, chống tội phạm về kinh tế, tham nhũng, buôn lậu, môi trường", "50"),
			row("- ", "Công tác điều tra, xử lý các vụ việc về tham nhũng....", "12.99"),
			row("- ", "Thu hồi tiền, tài sản trong các vụ án tham nhũng", "13"),
			row("- ", "Phát hiện, điều tra, xử lý hình sự đối với vi phạm pháp luật về an toàn thực phẩm", "12"),
			row("- ", "Vi phạm quy định về an toàn thực phẩm", "12"),
		},
		Leaves: 9, Total: "700", Read: 0,
		Outline: "PHẦN A:group:700 I:group:200 II:group:200",
		Problems: []string{
			"dòng 3: Các tiêu chí con của PHẦN A cộng lại chỉ 400 điểm",
			"dòng 4: Các tiêu chí con của PHẦN A / I cộng lại chỉ 19,98 điểm",
			"dòng 7: Các tiêu chí con của PHẦN A / II cộng lại chỉ 110 điểm",
			"dòng 8: Các tiêu chí con của PHẦN A / II / 1 cộng lại chỉ 18 điểm",
			"dòng 12: Các tiêu chí con của PHẦN A / II / 2 cộng lại chỉ 49,99 điểm",
		},
	}
}

// mttqDongNai: the MTTQ Đồng Nai 2026 table ("Bảng tiêu chí thi đua khen
// thưởng 2026", domain.md §3.3, nguyen2003kd/mttq-thidua): three parts of
// 40, 30 and 30 with bonus caps of 3 and 2 on the last two, here as a
// bonus part "cộng tối đa 5 điểm" below the total. The parts are real;
// the leaves under them are written in the mock's style.
func mttqDongNai() Fixture {
	return Fixture{
		Name: "mttq-dongnai-2026", Source: "MTTQ Đồng Nai, Bảng tiêu chí thi đua khen thưởng 2026 (domain.md §3.3); leaves in the mock's style",
		Shape: "Phần I/II/III, title \"(Đạt điểm tối đa)\" that is no cap, \"tối đa 5\" maxima, bonus heading with \"cộng tối đa\" below Tổng cộng, items \"+\"",
		Sheet: "Tiêu chí 2026",
		Rows: [][]string{
			row("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI"),
			row("BẢNG TIÊU CHÍ THI ĐUA KHEN THƯỞNG NĂM 2026"),
			row("Mục", "Nội dung tiêu chí", "Điểm tối đa", "Cách chấm"),
			row("Phần I", "TỔ CHỨC THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ", "40"),
			row("1", "Triển khai Nghị quyết, chương trình công tác năm (Đạt điểm tối đa)", "tối đa 10", "Ban hành đúng thời hạn: 10 điểm; ban hành chậm: 0 điểm"),
			row("2", "Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"", "15", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư: 15 điểm; mỗi khu dân cư không tổ chức trừ 0,5 điểm"),
			row("3", "Quỹ \"Vì người nghèo\"", "15", "Thu quỹ đạt 100% kế hoạch trở lên: 15 điểm; cứ giảm 5% trừ 1 điểm"),
			row("Phần II", "KẾT QUẢ HOẠT ĐỘNG CÔNG TÁC MẶT TRẬN", "30"),
			row("1", "Giám sát, phản biện xã hội", "15", "Tính theo tỷ lệ hoàn thành"),
			row("2", "Tiếp nhận, tổng hợp ý kiến, kiến nghị của cử tri", "15", "Đầy đủ, kịp thời: 15 điểm; không kịp thời hoặc không đầy đủ: 0 điểm"),
			row("Phần III", "CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ MTTQ CƠ SỞ", "30"),
			row("1", "Cán bộ được bồi dưỡng nghiệp vụ", "20", "100%: 20 điểm; từ 90% đến dưới 100%: 15 điểm; dưới 90%: 0 điểm"),
			row("2", "Không có cán bộ vi phạm kỷ luật", "10", "Đạt: 10 điểm; không đạt: 0 điểm"),
			row("", "Tổng cộng", "100"),
			row("", "ĐIỂM CỘNG (cộng tối đa 5 điểm)"),
			row("+", "Mô hình mới, cách làm hay được cấp trên công nhận", "3", "mỗi mô hình cộng 1 điểm"),
			row("+", "Được UBND tỉnh tặng Bằng khen", "2", "2 điểm"),
			row("Ghi chú:", "Điểm cộng tính riêng, không vượt quá 5 điểm."),
			row("", "Đồng Nai, ngày 15 tháng 12 năm 2026"),
		},
		Leaves: 9, Total: "100", Read: 9,
		Rules: map[string]string{"Phần I / 1": "binary", "Phần I / 2": "count each=0.5 down", "Phần I / 3": "target full=100 step=5 loss=1",
			"Phần II / 1": "ratio", "Phần III / 1": "bands 100=20 90=15", "+#1": "count each=1", "+#2": "binary"},
		Outline: "Phần I:group:40 1:standard:10 2:standard:15 3:standard:15 Phần II:group:30 1:standard:15 2:standard:15 Phần III:group:30 1:standard:20 2:standard:10 Phần IV:group:5* +:bonus:3 +:bonus:2",
	}
}

// vtvNews: VTV News' monthly scoring of a department (2016), from the
// public SQL dump of its scoring app: standard work points, then the
// deductions exactly as its rules word them.
func vtvNews() Fixture {
	d := func(title, max, guide string) []string { return row("-", title, max, guide) }
	return Fixture{
		Name: "vtv-news-2016", Source: "Ban Thời sự / VTV News, quy định chấm điểm chất lượng (2016), public SQL dump",
		Shape: "parts \"A.\" \"B.\", a deduction part coded \"B.\" with items \"-\", maxima \"10đ\", ranges \"trừ 2 - 4 điểm/lần\" left direct",
		Sheet: "Chấm điểm tháng",
		Rows: [][]string{
			row("BẢNG CHẤM ĐIỂM CHẤT LƯỢNG CÔNG VIỆC HÀNG THÁNG"),
			row("TT", "Nội dung chấm điểm", "Điểm tối đa", "Cách chấm"),
			row("A.", "HOÀN THÀNH NHIỆM VỤ ĐƯỢC GIAO", "100đ"),
			row("1.", "Khối lượng công việc", "50đ", "Tính theo tỷ lệ hoàn thành"),
			row("2.", "Chất lượng công việc", "30đ"),
			row("3.", "Tiến độ thực hiện", "20đ", "Đúng hạn: 20 điểm; chậm mỗi lần trừ 2 điểm"),
			row("B.", "ĐIỂM TRỪ", ""),
			d("Thất lạc hồ sơ quản lý tài sản", "6", "trừ 2 điểm/hồ sơ"),
			d("Chậm đối chiếu lịch sản xuất làm ảnh hưởng tiến độ thanh toán lương sản phẩm", "9", "Trừ 3 điểm/lần."),
			d("Thực hiện các công việc đột xuất khác: Không thực hiện mà không có lý do", "4", "trừ 2 - 4 điểm/lần"),
			d("Sai quy trình thực hiện", "2", "Trừ 2 điểm"),
			d("Chậm đôn đốc các phòng thực hiện chỉ đạo của Lãnh đạo", "1", "trừ 0,5 điểm/việc; không thực hiện: trừ 1 điểm/việc."),
			row("", "Người lập biểu"),
		},
		Leaves: 8, Total: "100", Read: 5,
		Rules:   map[string]string{"A. / 1.": "ratio", "A. / 3.": "count each=2 down", "B. / -#1": "count each=2", "B. / -#2": "count each=3", "B. / -#4": "binary"},
		Outline: "A.:group:100 1.:standard:50 2.:standard:30 3.:standard:20 B.:group:22 -:deduction:6 -:deduction:9 -:deduction:4 -:deduction:2 -:deduction:1",
	}
}

// demoOffice: the demo table (domain.md §3.4, composite) as an office
// would type it: two header rows with a merged "Điểm", a numbering row
// "1 2 3 4 5 6", roman parts without a dot, the bonus and deduction
// headings without code or maximum below "Tổng cộng", items "+" and "-",
// notes and signatures. Its guidance is read into rules.
func demoOffice() Fixture {
	rows := [][]string{
		row("UBND TỈNH PHÚ YÊN", "", "", "", "", ""),
		row("BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA KHỐI CÁC PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI NĂM 2019"),
		row("STT", "Nội dung tiêu chí", "Điểm", "", "", "Hướng dẫn chấm"),
		row("", "", "Tối đa", "Tự chấm", "Khối chấm", ""),
		row("1", "2", "3", "4", "5", "6"),
	}
	_, file, _, _ := runtime.Caller(0)
	f, err := os.Open(filepath.Join(filepath.Dir(file), "..", "..", "..", "storage", "demo", "criteria.csv"))
	if err != nil {
		panic(err)
	}
	defer func() { _ = f.Close() }() // only read
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		panic(err)
	}
	for _, r := range recs[1:] {
		code, title, kind, max, guide := r[0], r[1], r[2], r[3], r[4]
		switch {
		case code == "IV":
			rows = append(rows, row("", "Tổng cộng", "100"), row("", "ĐIỂM THƯỞNG (cộng vào số điểm đạt được)"))
			continue
		case code == "V":
			rows = append(rows, row("", "ĐIỂM TRỪ (trừ tối đa 10 điểm)"))
			continue
		case kind == "bonus":
			code = "+"
		case kind == "deduction":
			code = "-"
		case kind == "group" && !strings.Contains(code, "."):
			title = code + " " + title // a part heading merged across A:B
			code = ""
		}
		rows = append(rows, row(code, title, strings.ReplaceAll(max, ".", ","), "", "", guide))
	}
	rows = append(rows, row(), row("Ghi chú: Điểm thưởng cộng vào tổng điểm; điểm trừ tối đa 10 điểm."),
		row("", "", "", "Tuy Hòa, ngày 10 tháng 01 năm 2020"), row("Người lập", "", "", "KHỐI TRƯỞNG"))
	return Fixture{
		Name: "demo-office-2019", Source: "the demo table (domain.md §3.4, composite in the style of the real ones), typed as an office would",
		Shape: "two header rows, merged \"Điểm\", numbering row 1…6, parts merged \"I THỰC HIỆN…\" (roman, no dot), bonus/deduction headings without code or max below Tổng cộng, items \"+\"/\"-\", Ghi chú and signatures",
		Sheet: "Bảng điểm", Rows: rows, Merges: []string{"C3:E3", "A2:F2"},
		Leaves: 50, Total: "100", Read: 27,
		Rules: map[string]string{"I.1.1": "target full=100 step=1 loss=0.1 zero=70", "I.4.4": "bands 100=3 70=2 0=1", "II.3": "bands 100=4 95=3 90=2",
			"I.3.1": "direct", "+#2": "count each=1", "-#3": "count each=2"},
		Outline: "I:group:70 I.1:group:10 I.2:group:8 I.3:group:12 I.4:group:15 I.5:group:10 I.6:group:8 I.7:group:7 II:group:20 II.1:standard:2 II.2:standard:4 II.3:standard:4 II.4:standard:2 II.5:standard:3 II.6:standard:2 II.7:standard:3 III:group:10 III.1:standard:2 III.2:standard:2 III.3:standard:2 III.4:standard:2 III.5:standard:2 IV:group:6.5 +:bonus:2 +:bonus:2 +:bonus:1 +:bonus:1 +:bonus:0.5 V:group:10* -:deduction:3 -:deduction:2 -:deduction:4 -:deduction:2 -:deduction:3 -:deduction:1",
	}
}

// education: a student-conduct table of the kind universities publish
// ("Quy định chung", rules quoted in the corpus: "+ 3 điểm/lần", "bị trừ
// 02 điểm"): "Khung điểm" ranges, "Điều" headings, a-b items.
func education() Fixture {
	return Fixture{
		Name: "education-conduct", Source: "student-conduct scoring (university \"Quy định chung\" and a conduct table, public copies on GitHub); rules verbatim, layout rebuilt",
		Shape: "\"Khung điểm\" column with ranges \"0 – 20\", items a) b), bullets \"+\" as sub-items, a bonus item in a standard part",
		Sheet: "Sheet1",
		Rows: [][]string{
			row("PHIẾU ĐÁNH GIÁ KẾT QUẢ RÈN LUYỆN"),
			row("TT", "Nội dung đánh giá", "Khung điểm", "Ghi chú"),
			row("I.", "Ý thức tham gia học tập", "0 – 20"),
			row("a)", "Đi học đầy đủ, đúng giờ", "0 – 10", "Đi học muộn mỗi lần trừ 1 điểm"),
			row("b)", "Dự thi đầy đủ các học phần", "0 – 10", "Không dự điều kiện dự thi 01 học phần bị trừ 02 điểm"),
			row("II.", "Ý thức chấp hành nội quy, quy chế", "0 – 25"),
			row("a)", "Chấp hành nội quy nhà trường", "0 – 15", "Đạt: 15 điểm; không đạt: 0 điểm"),
			row("b)", "Tham gia họp lớp", "0 – 10", "Vắng họp lớp không lý do mỗi buổi trừ 1 điểm"),
			row("III.", "Ý thức tham gia hoạt động chính trị, xã hội, văn hóa, thể thao", "0 – 20"),
			row("a)", "Tham gia các hoạt động do trường tổ chức", "0 – 20", "Tham gia: 2 điểm/lần"),
			row("IV.", "Ý thức công dân trong quan hệ cộng đồng", "0 – 25"),
			row("a)", "Chấp hành pháp luật, tham gia hiến máu tình nguyện", "0 – 25"),
			row("V.", "Tham gia công tác cán bộ lớp, các đoàn thể; thành tích đặc biệt", "0 – 10"),
			row("a)", "Đạt giải trong các kỳ thi học thuật", "0 – 10", "Giải Nhì, Ba, Khuyến khích và các Giải phụ (nếu có) + 3 điểm/lần"),
			row("", "Cộng (I+II+III+IV+V)", "100"),
			row("", "", "Ngày … tháng … năm …"),
		},
		Leaves: 7, Total: "100", Read: 6,
		Rules:   map[string]string{"V. / a)": "count each=3", "I. / a)": "count each=1 down", "I. / b)": "count each=2 down", "II. / a)": "binary", "III. / a)": "count each=2"},
		Outline: "I.:group:20 a):standard:10 b):standard:10 II.:group:25 a):standard:15 b):standard:10 III.:group:20 a):standard:20 IV.:group:25 a):standard:25 V.:group:10 a):standard:10",
	}
}

// commune: a commune cluster's CSV as Excel saves it on Vietnamese
// Windows (semicolons), with the shapes issue 13 lists: "PHẦN A", "A.",
// "70 điểm", "10đ", "tối đa 5", a cap stated for a group ("tối đa không
// quá"), a deduction part "trừ tối đa". Guidance from commune annexes.
func commune() Fixture {
	return Fixture{
		Name: "commune-cluster", CSV: true,
		Source: "commune cluster tables (the shapes issue 13 found in police and commune annexes; guidance from commune tables)",
		Shape:  "CSV with semicolons and title lines, PHẦN A / A. / 1., \"70 điểm\", \"10đ\", \"tối đa 5\", \"tối đa không quá\" on a group, deduction \"trừ tối đa\" below the total",
		Rows: [][]string{
			row("UBND HUYỆN", "", "", ""),
			row("BẢNG ĐIỂM THI ĐUA CỤM XÃ, THỊ TRẤN NĂM 2024", "", "", ""),
			row("STT", "Nội dung", "Thang điểm", "Hướng dẫn chấm"),
			row("PHẦN A", "PHÁT TRIỂN KINH TẾ - XÃ HỘI", "70 điểm", ""),
			row("A.", "Kinh tế", "40", ""),
			row("1.", "Thu ngân sách đạt dự toán", "20đ", "Đạt 100% dự toán trở lên: 20 điểm; cứ giảm 1% trừ 1 điểm; dưới 80%: 0 điểm"),
			row("2.", "Xây dựng nông thôn mới", "20đ", "Hoàn thành 100% chỉ tiêu: 20đ; từ 80% - dưới 100%: 10đ; dưới 80%: 0đ"),
			row("B.", "Văn hóa - xã hội (tối đa không quá 30 điểm)", "30", ""),
			row("1.", "Giáo dục, y tế", "20", "Đạt: 20đ; Không đạt: 0đ"),
			row("2.", "Văn hóa, thể thao", "15", "Tổ chức hội nghị, hội thảo: 5 điểm/cuộc, tối đa 15 điểm"),
			row("PHẦN B", "CÔNG TÁC THI ĐUA", "30 điểm", ""),
			row("1.", "Đăng ký thi đua đúng hạn", "tối đa 5", "Đúng hạn: 5 điểm; chậm: 0 điểm"),
			row("2.", "Báo cáo định kỳ", "10đ", "Có báo cáo đúng thời gian quy định: 10 điểm; chậm 01 ngày trừ 0,5 điểm"),
			row("3.", "Phong trào thi đua (Đạt điểm tối đa)", "15", "Thực hiện tốt: 15 điểm; thực hiện chưa tốt: 10 điểm"),
			row("", "TỔNG CỘNG", "100", ""),
			row("", "ĐIỂM TRỪ (trừ tối đa 10 điểm)", "", ""),
			row("-", "Để xảy ra điểm nóng về an ninh trật tự", "5", "trừ 5 điểm"),
			row("-", "Khiếu nại vượt cấp", "6", "mỗi vụ việc khiếu nại vượt cấp trừ 1 điểm"),
			row("", "", "", ""),
			row("", "Nơi nhận:", "", ""),
		},
		Leaves: 9, Total: "100", Read: 8,
		Rules: map[string]string{"PHẦN A / A. / 1.": "target full=100 step=1 loss=1 zero=80", "PHẦN A / A. / 2.": "bands 100=20 80=10",
			"PHẦN A / B. / 1.": "binary", "PHẦN A / B. / 2.": "count each=5", "PHẦN B / 1.": "binary", "PHẦN B / 2.": "count each=0.5 down", "PHẦN B / 3.": "direct"},
		Outline: "PHẦN A:group:70 A.:group:40 B.:group:30* PHẦN B:group:30 1.:standard:5 2.:standard:10 3.:standard:15 PHẦN C:group:10* -:deduction:5 -:deduction:6",
	}
}
