package table

import (
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// guideCase is one real guidance sentence with its expected reading: a
// rule's canonical text, or "direct" where thidua must not guess.
type guideCase struct {
	src   string // where the sentence comes from (see sources below)
	kind  string // S standard, B bonus, D deduction
	max   string
	title string
	text  string
	want  string
}

// Sources of the corpus:
//
//	demo  — domain.md §3.4, the demo table's guidance, phrased after real tables
//	vtv   — VTV News' internal scoring rules (2016), a public SQL dump
//	        (GitHub, table chatluong: "trừ 2 điểm/hồ sơ", "trừ 2 - 4 điểm/lần")
//	dom   — domain.md §2.3 and §2.2: phrasings of real "hướng dẫn chấm điểm"
//	iss   — the sentences quoted in issue 13 from tables offices sent
//	vcc   — a cooperation-evaluation table between two companies (GitHub,
//	        "Không vi phạm: 100% quỹ điểm; Trừ 0,5 điểm/1 lần vi phạm")
//	edu   — student-conduct and university rules (GitHub copies of
//	        "Quy định chung" of a university of science; a student-conduct
//	        score table): "+ 3 điểm/lần", "bị trừ 02 điểm"
//	cchc  — the national public-administration-reform index method (Bộ
//	        Nội vụ 876/QĐ-BNV 2022 and the provinces' 3463/QĐ-UBND-style
//	        tables), phrasings of its "phương pháp chấm"
//	pol   — police-cluster annexes (domain.md §3.2, the NationalSecurity-
//	        Contest app's criteria kinds: "5 điểm/buổi tập huấn")
//	antt  — the "An toàn về ANTT" score sheets of Mường Chà (HD 252/HD-UBND,
//	        2014) and Lạng Sơn (HD 2083/HD-BCĐ, 2012)
//	adv   — the bonus and deduction items the lead typed (blank maxima, the
//	        worth in the guidance) and the adversarial tables of tabletest;
//	        with the wordings offices use for awards and discipline
//	s22   — the tables of the outsiders' round (tabletest/adversarial5.go):
//	        Bù Đăng Youth Union 2015, Quảng Ninh's CCHC index 3463/QĐ-UBND
//	        (its levels as typed rows, joined), a school's Youth Union
//	        branches (Nghệ An), a kindergarten's "đơn vị học tập", Quảng
//	        Nam fire police's monthly flags; and the urban-classification
//	        points of NQ 1211/2016 (a base, then "cứ thêm 5% được tính thêm")
var guideCorpus = []guideCase{
	// demo (composite table in the style of the real ones)
	{"demo", "S", "3", "", "Đạt 100% chỉ tiêu trở lên: 3 điểm; cứ giảm 1% trừ 0,1 điểm; đạt dưới 70%: 0 điểm", "target full=100 step=1 loss=0.1 zero=70"},
	{"demo", "S", "2", "", "Đạt chỉ tiêu: 2 điểm; đạt từ 50% đến dưới 100%: 1 điểm; dưới 50%: 0 điểm", "bands 100=2 50=1"},
	{"demo", "S", "2", "", "Hoàn thành đúng hạn: 2 điểm; chậm mỗi đợt trừ 0,5 điểm", "count each=0.5 down"},
	{"demo", "S", "3", "", "Có kế hoạch và báo cáo kết quả đầy đủ: 3 điểm; thiếu mỗi nội dung trừ 0,5 điểm", "count each=0.5 down"},
	{"demo", "S", "3", "", "Đạt 100%: 3 điểm; cứ giảm 1% trừ 0,1 điểm", "target full=100 step=1 loss=0.1"},
	{"demo", "S", "3", "", "Đạt chỉ tiêu: 3 điểm; không đạt: tính theo tỷ lệ hoàn thành × 3", "ratio"},
	{"demo", "S", "2", "", "Đạt: 2 điểm; không đạt: 0 điểm", "binary"},
	{"demo", "S", "4", "Giảm tỷ lệ hộ nghèo đạt chỉ tiêu được giao", "Đạt chỉ tiêu: 4 điểm; mỗi 0,1% thấp hơn chỉ tiêu trừ 0,5 điểm", "direct"},
	{"demo", "S", "3", "", "Đúng quy trình và thời gian: 3 điểm; chậm: trừ 1 điểm; sai quy trình phải rà soát lại: 0 điểm", "direct"},
	{"demo", "S", "3", "", "Đầy đủ, kịp thời: 3 điểm; mỗi chính sách chậm trừ 0,5 điểm", "count each=0.5 down"},
	{"demo", "S", "2", "", "Cập nhật đầy đủ: 2 điểm; chưa đầy đủ: 1 điểm", "direct"},
	{"demo", "S", "4", "", "Đầy đủ, kịp thời: 4 điểm; chậm mỗi đợt trừ 1 điểm; chi sai đối tượng bị xuất toán: 0 điểm", "direct"},
	{"demo", "S", "3", "", "100% đúng hạn: 3 điểm; mỗi hồ sơ trễ hạn trừ 0,25 điểm", "count each=0.25 down"},
	{"demo", "S", "2", "", "Hoàn thành kế hoạch: 2 điểm; không hoàn thành: 0 điểm", "binary"},
	{"demo", "S", "3", "", "Đạt kế hoạch vận động: 3 điểm; đạt từ 70% đến dưới 100%: 2 điểm; dưới 70%: 1 điểm", "bands 100=3 70=2 0=1"},
	{"demo", "S", "3", "", "Đạt: 3 điểm; có tồn tại được kiểm tra chỉ ra: 1,5 điểm", "direct"},
	{"demo", "S", "3", "", "Như I.4.1, tối đa 3 điểm", "direct"},
	{"demo", "S", "2", "", "Kịp thời, đúng đối tượng: 2 điểm", "direct"},
	{"demo", "S", "3", "", "Đầy đủ: 3 điểm; thiếu sót mỗi nội dung trừ 0,5 điểm", "count each=0.5 down"},
	{"demo", "S", "2", "", "Có kế hoạch, báo cáo: 2 điểm", "direct"},
	{"demo", "S", "2", "", "Đạt: 2 điểm; không đạt: tính theo tỷ lệ × 2", "ratio"},
	{"demo", "S", "2", "", "Đạt: 2 điểm", "direct"},
	{"demo", "S", "3", "", "Đạt 100%: 3 điểm; cứ giảm 5% trừ 0,5 điểm", "target full=100 step=5 loss=0.5"},
	{"demo", "S", "2", "", "Đúng hạn: 2 điểm; chậm: 1 điểm", "direct"},
	{"demo", "S", "4", "", "Mỗi báo cáo chậm trừ 0,25 điểm; sai số liệu phải điều chỉnh trừ 0,5 điểm/lần; trừ đến hết điểm tiêu chí", "direct"},
	{"demo", "S", "4", "", "100% đúng hạn: 4 điểm; từ 95% đến dưới 100%: 3 điểm; từ 90% đến dưới 95%: 2 điểm; dưới 90%: 0 điểm", "bands 100=4 95=3 90=2"},
	{"demo", "S", "2", "", "Đầy đủ: 2 điểm", "direct"},
	{"demo", "S", "3", "", "Đúng hạn, đúng quy định: 3 điểm", "direct"},
	{"demo", "S", "3", "", "Đúng quy định: 3 điểm; bị xuất toán: 0 điểm", "binary"},
	{"demo", "S", "2", "", "Đúng hạn: 2 điểm; chậm: 1 điểm; không đăng ký: không xét thi đua", "direct"},
	{"demo", "S", "2", "", "Đủ: 2 điểm; vắng mỗi lần trừ 0,5 điểm", "count each=0.5 down"},
	{"demo", "S", "2", "", "Đúng hạn: 2 điểm; chậm: 0 điểm", "binary"},
	{"demo", "B", "2", "", "Cờ thi đua: 2 điểm; Bằng khen: 1 điểm", "direct"},
	{"demo", "B", "2", "", "1 điểm/mô hình, tối đa 2 điểm", "count each=1"},
	{"demo", "B", "1", "", "0,5 điểm/chỉ tiêu, tối đa 1 điểm", "count each=0.5"},
	{"demo", "B", "1", "", "1 điểm", "binary"},
	{"demo", "B", "0.5", "", "0,5 điểm", "binary"},
	{"demo", "D", "3", "", "chậm: trừ 1 điểm/lần; không gửi: trừ 3 điểm", "direct"},
	{"demo", "D", "2", "", "0,5 điểm/lần", "count each=0.5"},
	{"demo", "D", "4", "", "2 điểm/vụ", "count each=2"},
	{"demo", "D", "2", "", "1 điểm/vụ", "count each=1"},
	{"demo", "D", "3", "", "khiển trách: 1 điểm; cảnh cáo: 2 điểm; hình thức cao hơn: 3 điểm", "direct"},

	// vtv (real, 2016)
	{"vtv", "D", "2", "", "Không hoàn thành nhiệm vụ giúp việc hành chính để Lãnh đạo nhắc nhở : trừ 2 điểm/việc.", "count each=2"},
	{"vtv", "D", "1", "", "Chậm đôn đốc các phòng thực hiện chỉ đạo của Lãnh đạo VTV NEWS: trừ 0,5 điểm/việc; không thực hiện: trừ 1 điểm/việc.", "direct"},
	{"vtv", "D", "3", "", "Sai số liệu chi tiết: Trừ từ 1-3 đểm", "direct"},
	{"vtv", "D", "5", "", "Sai số liệu tổng hợp: Trừ từ 2-5 điểm", "direct"},
	{"vtv", "D", "2", "", "Sai quy trình thực hiện: Trừ 2 điểm", "binary"},
	{"vtv", "D", "5", "", "Sai quy trình làm việc ảnh hưởng đến chất lượng công việc của người thực hiện tiếp theo: Trừ 2 - 5 điểm", "direct"},
	{"vtv", "D", "5", "", "Không đôn đốc các phòng gửi số liệu dẫn đến không có dữ liệu để làm việc: Trừ 5 điểm", "binary"},
	{"vtv", "D", "3", "", "Không thực hiện đúng chế độ báo cáo: Trừ từ 1-3 điểm", "direct"},
	{"vtv", "D", "5", "", "Để lẫn chứng từ khi phải đưa cho nhiều người ký nhận: Trừ từ 2-5 điểm", "direct"},
	{"vtv", "D", "2", "", "Thất lạc hồ sơ quản lý tài sản của VTV NEWS : trừ 2 điểm/hồ sơ", "count each=2"},
	{"vtv", "D", "24", "", "Thất lạc hồ sơ viên chức, người lao động : trừ 12 điểm/hồ sơ", "count each=12"},
	{"vtv", "D", "2", "", "Điều độ sản xuất không đúng, chậm làm ảnh hưởng sản xuất: Mức độ nhẹ : trừ 2 điểm", "binary"},
	{"vtv", "D", "3", "", "Điều độ sản xuất không đúng, chậm làm ảnh hưởng sản xuất:Mức độ trung bình : trừ 3 điểm", "binary"},
	{"vtv", "D", "5", "", "Điều độ sản xuất không đúng, chậm làm ảnh hưởng sản xuất: Mức độ nghiêm trọng : trừ 4-5 điểm.", "direct"},
	{"vtv", "D", "9", "", "Chậm đối chiếu lịch sản xuất làm ảnh hưởng tiến độ thanh toán lương sản phẩm : Trừ 3 điểm/lần.", "count each=3"},
	{"vtv", "D", "3", "", "Làm thất lạc văn bản đi, đến :Mức độ nhẹ : trừ 1 điểm/lần. ", "count each=1"},
	{"vtv", "D", "4", "", "Làm thất lạc văn bản đi, đến : Mức độ trung bình: 2 điểm/lần", "count each=2"},
	{"vtv", "D", "10", "", "Làm thất lạc văn bản đi, đến : Mức độ nghiêm trọng : 10 điểm/lần ", "count each=10"},
	{"vtv", "D", "4", "", "Không vào sổ công văn đi, đến sau một buổi làm việc trừ 1 – 4 điểm", "direct"},
	{"vtv", "D", "10", "", "Làm thất lạc công văn đi, đến ảnh hưởng đến công việc của chỉ đạo của lãnh đạo Ban trừ 5 – 10 điểm", "direct"},
	{"vtv", "D", "5", "", "Không gửi công văn đi, không sao gửi công văn đến kịp thời theo chỉ đạo của lãnh đạo đơn vị 10 điểm Lỗi nhẹ trừ 2 – 5 điểm", "direct"},
	{"vtv", "D", "3", "", "Quản lý và sử dụng con dấu không đúng quy định Đóng dấu văn bản khi chưa có chữ ký nháy của chuyên viên rà soát trừ 1 – 3 điểm", "direct"},
	{"vtv", "D", "10", "", "Sai sót trong quản lý con dấu làm ảnh hưởng đến Ban trừ 4 -10 điểm", "direct"},
	{"vtv", "D", "3", "", "Sai sót khi làm thủ tục tổ chức, cán bộ, thi đua khen thưởng; Vi phạm quy trình, quy định chuyên môn: Không gây hậu quả: trừ 1 - 3 điểm", "direct"},
	{"vtv", "D", "7", "", "Vi phạm quy trình, quy định chuyên môn: Gây hậu quả, ảnh hưởng đến tập thể, cá nhân: trừ 4 - 7 điểm", "direct"},
	{"vtv", "D", "4", "", "Soạn thảo văn bản phát hiện ra sai sót khi Lãnh đạo đã ký, ban hành: Gây hậu quả trong VTV NEWS: Trừ 2 – 4 điểm", "direct"},
	{"vtv", "D", "11", "", "Soạn thảo văn bản phát hiện ra sai sót khi Lãnh đạo đã ký, ban hành: Gây hậu quả nghiêm trọng: trừ 7-11 điểm", "direct"},
	{"vtv", "D", "5", "", "Sai sót trong chỉ đạo điều hành, thực hiện nhiệm vụ bị Tổng biên tập nhắc nhở, phê bình: Lỗi trung bình trừ 3 - 5 điểm/chương trình", "direct"},
	{"vtv", "D", "20", "", "Lỗi nghiêm trọng trừ 15 - 20 điểm/chương trình", "direct"},
	{"vtv", "D", "5", "", "Phân công công việc bất hợp lý : Mức độ trung bình: trừ 5 điểm", "binary"},
	{"vtv", "D", "10", "", "Phân công công việc bất hợp lý: Mức độ nghiêm trọng: trừ 10 điểm", "binary"},
	{"vtv", "D", "2", "", "Tham gia hướng dẫn các CTV theo yêu cầu của Ban phụ trách : Hướng dẫn cho qua, không có kết quả gửi về lãnh đạo phòng, không đánh giá được CTV: trừ 2-3 điểm/lần", "direct"},
	{"vtv", "D", "4", "", "Thực hiện các công việc đột xuất khác:Không thực hiện mà không có lý do: trừ 2 - 4 điểm/lần", "direct"},
	{"vtv", "D", "2", "", "Có thực hiện nhưng chất lượng không đảm bảo, bị lãnh đạo phòng nhắc nhở nhưng không gây hậu quả nghiêm trọng: trừ 1 - 2 điểm/lần", "direct"},
	{"vtv", "D", "2", "", "Không đảm bảo chất lượng kế hoạch tin bài theo tuần tháng cho báo điện tử VTVNews (Có kế hoạch tin bài chung nhưng thiếu những mảng chương trình, sự kiện lớn: trừ 2 điểm)", "binary"},
	{"vtv", "D", "1", "", "Phát nhầm tiền bị khiếu nại: Trừ từ 1-3 đểm", "direct"},
	{"vtv", "D", "3", "", "Chậm đối chiếu lịch sản xuất: Trừ 3 điểm/lần.", "count each=3"},

	// dom (domain.md §2.2–2.3)
	{"dom", "S", "5", "", "Đạt 100% chỉ tiêu trở lên: đạt điểm tối đa; cứ giảm 1% trừ 0,5 điểm.", "target full=100 step=1 loss=0.5"},
	{"dom", "B", "1", "", "Vượt chỉ tiêu: mỗi 1% vượt cộng 0,1 điểm, tối đa không quá 1 điểm.", "excess from=100 step=1 gain=0.1"},
	{"dom", "S", "2", "", "Chậm báo cáo mỗi lần trừ 0,25 điểm; không báo cáo: không chấm điểm tiêu chí này.", "direct"},
	{"dom", "S", "4", "", "100%: 4 điểm; từ 95% đến dưới 100%: 3 điểm; từ 90% đến dưới 95%: 2 điểm; dưới 90%: 0 điểm.", "bands 100=4 95=3 90=2"},
	{"dom", "S", "50", "", "5 điểm/buổi tập huấn, tối đa 50 điểm", "count each=5"},
	{"dom", "S", "3", "", "Mỗi lần chậm trừ 0,25 điểm; trừ đến hết điểm của tiêu chí", "count each=0.25 down"},
	{"dom", "S", "2", "", "Không dự điều kiện dự thi 01 học phần bị trừ 02 điểm; trừ hết số điểm còn lại của tiêu chí", "count each=2 down"},
	{"dom", "B", "15", "", "Được Chính phủ tặng Cờ thi đua: cộng 15 điểm", "binary"},
	{"dom", "B", "10", "", "Được UBND thành phố tặng Cờ thi đua xuất sắc: cộng 10 điểm", "binary"},

	// iss (issue 13)
	{"iss", "S", "10", "", "cứ giảm 1% trừ 0,5 điểm; dưới 70%: 0 điểm", "target full=100 step=1 loss=0.5 zero=70"},
	{"iss", "S", "3", "", "từ 95% đến dưới 100%: 3 điểm", "direct"},
	{"iss", "S", "3", "", "tính theo tỷ lệ hoàn thành × 3", "ratio"},
	{"iss", "S", "2", "", "Đạt: 2 điểm; không đạt: 0", "binary"},
	{"iss", "D", "8", "", "mỗi vụ trừ 4 điểm", "count each=4"},
	{"iss", "S", "2", "", "mỗi lần chậm trừ 0,25 điểm", "count each=0.25 down"},
	{"iss", "B", "3", "", "1,5 điểm/mô hình", "count each=1.5"},
	{"iss", "S", "50", "", "5 điểm/buổi, tối đa 50", "count each=5"},
	{"iss", "B", "2", "", "mỗi 1% vượt cộng 0,1 điểm, tối đa 2", "excess from=100 step=1 gain=0.1"},
	{"iss", "S", "3", "", "Tính theo tỷ lệ hoàn thành × 4", "direct"},
	{"iss", "S", "2", "", "Đạt: 3 điểm; không đạt: 0 điểm", "direct"},

	// vcc
	{"vcc", "S", "5", "", "- Không vi phạm: 100% quỹ điểm\n- Trừ 0,5 điểm/1 lần vi phạm", "direct"},
	{"vcc", "D", "5", "", "Trừ 0,5 điểm/1 lần vi phạm", "count each=0.5"},

	// edu
	{"edu", "B", "15", "", "Giải Nhì, Ba, Khuyến khích và các Giải phụ (nếu có) + 3 điểm/lần", "count each=3"},
	{"edu", "B", "15", "", "Là thành viên đội tuyển tham dự kỳ thi Olympic cấp thành trở lên: + 15 điểm", "binary"},
	{"edu", "S", "20", "", "Không dự điều kiện dự thi 01 học phần bị trừ 02 điểm", "count each=2 down"},
	{"edu", "S", "2", "", "bài viết không mắc lỗi chính tả được 2 điểm; mỗi lỗi chính tả trừ 0,25 điểm", "count each=0.25 down"},
	{"edu", "D", "2", "", "Nộp muộn: trừ 0,5 điểm mỗi ngày, tối đa 2 ngày", "direct"},
	{"edu", "S", "10", "", "Đi học muộn mỗi lần trừ 1 điểm", "count each=1 down"},
	{"edu", "S", "5", "", "Vắng họp lớp không lý do mỗi buổi trừ 1 điểm", "count each=1 down"},
	{"edu", "B", "5", "", "Tham gia hiến máu tình nguyện: 2 điểm/lần", "count each=2"},
	{"edu", "B", "6", "", "Tham gia hiến máu tình nguyện: 2 điểm/lần", "count each=2"},
	{"edu", "S", "10", "", "Điểm trung bình học tập từ 3,6 trở lên: 10 điểm; từ 3,2 đến dưới 3,6: 8 điểm", "direct"},

	// cchc (PAR index method)
	{"cchc", "S", "0.5", "", "Ban hành đúng thời hạn: 0,5 điểm; ban hành chậm: 0 điểm", "binary"},
	{"cchc", "S", "1", "", "Hoàn thành 100% kế hoạch: 1 điểm; hoàn thành từ 80% đến dưới 100% kế hoạch: 0,5 điểm; hoàn thành dưới 80% kế hoạch: 0 điểm", "bands 100=1 80=0.5"},
	{"cchc", "S", "1", "", "Có ban hành: 1 điểm; không ban hành: 0 điểm", "binary"},
	{"cchc", "S", "0.5", "", "Đầy đủ, đúng thời gian: 0,5 điểm; không đầy đủ hoặc không đúng thời gian: 0 điểm", "binary"},
	{"cchc", "S", "1", "", "100% số văn bản được kiểm tra: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm", "bands 100=1 80=0.5"},
	{"cchc", "S", "2", "", "Tỷ lệ 100%: 2 điểm; từ 90% đến dưới 100%: 1 điểm; dưới 90%: 0 điểm", "bands 100=2 90=1"},
	{"cchc", "S", "1", "", "Thực hiện đầy đủ: 1 điểm; thực hiện không đầy đủ: 0,5 điểm; không thực hiện: 0 điểm", "direct"},
	{"cchc", "S", "0.5", "", "Có thực hiện: 0,5 điểm; không thực hiện: 0 điểm", "binary"},
	{"cchc", "S", "1", "", "Đạt từ 95% trở lên: 1 điểm; từ 85% đến dưới 95%: 0,5 điểm; dưới 85%: 0 điểm", "bands 95=1 85=0.5"},
	{"cchc", "S", "1.5", "", "100% hồ sơ giải quyết đúng hạn: 1,5 điểm; từ 95% đến dưới 100%: 1 điểm; từ 90% đến dưới 95%: 0,5 điểm; dưới 90%: 0 điểm", "bands 100=1.5 95=1 90=0.5"},
	{"cchc", "S", "1", "", "Có từ 01 sáng kiến được công nhận trở lên: 1 điểm; không có: 0 điểm", "binary"},
	{"cchc", "S", "1", "", "Kịp thời, đầy đủ: 1 điểm; không kịp thời hoặc không đầy đủ: 0 điểm", "binary"},
	{"cchc", "S", "1", "", "Hoàn thành từ 90% đến dưới 100% kế hoạch: 0,75 điểm; từ 70% đến dưới 90%: 0,5 điểm", "direct"},
	{"cchc", "S", "2", "", "Điểm đánh giá = tỷ lệ % hoàn thành x 2", "ratio"},
	{"cchc", "S", "1", "", "Đạt 100%: 1 điểm; dưới 100%: 0 điểm", "bands 100=1"},
	{"cchc", "S", "1", "", "Từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm", "bands 80=1 50=0.5"},
	{"cchc", "S", "2", "", "Cơ quan có 100% công chức đạt chuẩn: 2 điểm; từ 95% đến dưới 100%: 1,5 điểm; từ 80% đến dưới 95%: 1 điểm; dưới 80%: 0 điểm", "bands 100=2 95=1.5 80=1"},
	{"cchc", "S", "1", "", "Tổ chức thực hiện tốt: 1 điểm; thực hiện chưa tốt: 0,5 điểm", "direct"},
	{"cchc", "S", "0.5", "", "Xử lý hoặc kiến nghị xử lý 100% số vấn đề phát hiện qua kiểm tra: 0,5 điểm; dưới 100%: 0 điểm", "bands 100=0.5"},

	// pol (police annexes, domain.md §2.2, §3.2)
	{"pol", "S", "20", "", "Mỗi vụ án khởi tố, điều tra khám phá được cộng 2 điểm, tối đa 20 điểm", "count each=2"},
	{"pol", "S", "10", "", "Bắt được 01 đối tượng truy nã: 1 điểm/đối tượng, tối đa 10 điểm", "count each=1"},
	{"pol", "S", "10", "", "Để xảy ra vụ việc phức tạp về an ninh trật tự mỗi vụ trừ 2 điểm", "count each=2 down"},
	{"pol", "D", "20", "", "Cán bộ chiến sĩ vi phạm bị xử lý kỷ luật: mỗi trường hợp trừ 5 điểm", "count each=5"},
	{"pol", "S", "25", "", "Bao gồm tổng điểm của các tiêu chí 154,155,156,157", "direct"},
	{"pol", "S", "15", "", "Đạt giải nhất: 15 điểm; giải nhì: 10 điểm; giải ba: 7 điểm", "direct"},
	{"pol", "S", "10", "", "Hoàn thành 100% chỉ tiêu được giao: 10 điểm; mỗi 1% không đạt trừ 0,5 điểm", "target full=100 step=1 loss=0.5"},
	{"pol", "S", "10", "", "Tham gia đầy đủ: 10 điểm; mỗi buổi vắng trừ 2 điểm", "count each=2 down"},
	{"pol", "S", "40", "", "Đạt tỷ lệ từ 70% trở lên: 40 điểm; từ 50% đến dưới 70%: 20 điểm; dưới 50%: 0 điểm", "bands 70=40 50=20"},
	{"pol", "B", "5", "", "Được Bộ Công an tặng Bằng khen: cộng 3 điểm", "direct"},
	{"pol", "D", "10", "", "Để xảy ra cháy nổ gây thiệt hại nghiêm trọng: trừ 10 điểm", "binary"},
	{"pol", "S", "0", "", "Đạt: 2 điểm", "direct"},
	{"pol", "S", "5", "", "Đạt 100% chỉ tiêu: 5 điểm; cứ giảm 2% trừ 1 điểm; đạt dưới 80% chỉ tiêu: không tính điểm", "target full=100 step=2 loss=1 zero=80"},
	{"pol", "S", "6", "", "Tổ chức tập huấn: 2 điểm/buổi; tối đa 6 điểm", "count each=2"},
	{"pol", "S", "6", "", "Tổ chức tập huấn: 2 điểm/buổi; tối đa 10 điểm", "direct"},
	{"pol", "S", "3", "", "Tỷ lệ hoàn thành dưới 100%: chấm theo tỷ lệ", "ratio"},

	// mttq / commune tables (the MTTQ and commune annexes' wording)
	{"com", "S", "5", "", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư: 5 điểm; mỗi khu dân cư không tổ chức trừ 0,5 điểm", "count each=0.5 down"},
	{"com", "S", "10", "", "Thu quỹ Vì người nghèo đạt 100% kế hoạch trở lên: 10 điểm; cứ giảm 5% trừ 1 điểm", "target full=100 step=5 loss=1"},
	{"com", "S", "4", "", "Có báo cáo đúng thời gian quy định: 4 điểm; chậm 01 ngày trừ 0,5 điểm", "count each=0.5 down"},
	{"com", "B", "3", "", "Mô hình mới, cách làm hay được cấp huyện trở lên công nhận: mỗi mô hình cộng 1 điểm", "count each=1"},
	{"com", "D", "5", "", "Để xảy ra điểm nóng về an ninh trật tự: trừ 5 điểm", "binary"},
	{"com", "S", "2", "", "Đạt: 2đ; Không đạt: 0đ", "binary"},
	{"com", "S", "3", "", "Hoàn thành 100% chỉ tiêu: 3đ; từ 80% - dưới 100%: 2đ; dưới 80%: 0đ", "bands 100=3 80=2"},
	{"com", "S", "6", "", "Tổ chức hội nghị: 2đ/hội nghị, tối đa 6đ", "count each=2"},
	{"com", "S", "6", "", "Tổ chức hội nghị, hội thảo: 2 điểm/cuộc, tối đa 6 điểm", "count each=2"},
	{"com", "S", "5", "", "Tính theo tỷ lệ hoàn thành", "ratio"},
	{"com", "S", "3", "", "(Đạt điểm tối đa)", ""},
	{"com", "S", "2", "", "Thực hiện tốt: 2 điểm; thực hiện chưa tốt: 1 điểm; không thực hiện: 0 điểm", "direct"},
	{"com", "D", "3", "", "mỗi đơn thư vượt cấp trừ 1 điểm", "direct"},
	{"com", "D", "3", "", "mỗi vụ việc khiếu nại vượt cấp trừ 1 điểm", "count each=1"},

	// antt (ANTT score sheets): remarks that must not be read as rules
	{"antt", "S", "6", "", "(Nếu xảy ra 1 trong các nội dung trên thì trừ 6 điểm)", "direct"},
	{"antt", "S", "10", "", "(Đạt điểm tối đa)", ""},
	{"antt", "S", "20", "", "Không để xảy ra các hoạt động sau (Đạt điểm tối đa)", ""},

	// adv (bonus and deduction items, the adversarial tables)
	{"adv", "B", "10", "", "5 điểm/Bằng khen", "count each=5"},
	{"adv", "B", "10", "", "Mỗi sáng kiến cộng 2 điểm", "count each=2"},
	{"adv", "D", "100", "", "Mỗi trường hợp trừ 5 điểm", "count each=5"},
	{"adv", "D", "3", "", "Trừ 3 điểm", "binary"},
	{"adv", "B", "5", "", "Cộng 5 điểm", "binary"},
	{"adv", "D", "10", "", "Mỗi trường hợp trừ 2 điểm", "count each=2"},
	{"adv", "B", "20", "", "10 điểm/Bằng khen", "count each=10"},
	{"adv", "B", "20", "", "5 điểm/Giấy khen", "count each=5"},
	{"adv", "D", "100", "", "Mỗi lần trừ 1 điểm", "count each=1"},
	{"adv", "B", "3", "", "mỗi mô hình được 1,5 điểm", "count each=1.5"},
	{"adv", "B", "3", "", "mỗi mô hình cộng 1 điểm, tối đa 3 điểm", "count each=1"},
	{"adv", "S", "15", "", "mỗi buổi 5 điểm, tối đa 15 điểm", "count each=5"},
	{"adv", "S", "15", "", "Có kế hoạch: 15 điểm; không có: 0 điểm", "binary"},
	{"adv", "S", "15", "", "Đúng hạn: 15 điểm; mỗi báo cáo chậm trừ 1 điểm", "count each=1 down"},
	{"adv", "S", "40", "", "Hoàn thành 100% chỉ tiêu: 40 điểm; cứ giảm 1% trừ 2 điểm", "target full=100 step=1 loss=2"},
	{"adv", "S", "25", "", "Hướng dẫn: 100% hồ sơ đúng hạn: 25 điểm; mỗi hồ sơ trễ hạn trừ 0,5 điểm", "count each=0.5 down"},
	{"adv", "S", "25", "", "Đạt 100% dự toán trở lên: 25 điểm; cứ giảm 1% trừ 1 điểm;\ndưới 75%: 0 điểm", "target full=100 step=1 loss=1 zero=75"},
	{"adv", "S", "50", "", "Đúng hạn: 50 điểm; không đăng ký: 0 điểm", "binary"},
	{"adv", "S", "2", "", "Hoàn thành: 2 điểm - Không hoàn thành: 0 điểm", "binary"},
	{"adv", "S", "3", "", "Cách chấm: Đạt: 3 điểm; Không đạt: 0 điểm", "binary"},
	{"adv", "S", "30", "", "Đạt 100% dự toán trở lên: 30 điểm; cứ giảm 1% trừ 1 điểm; dưới 80%: 0 điểm", "target full=100 step=1 loss=1 zero=80"},
	{"adv", "S", "30", "", "Đạt chỉ tiêu: 30 điểm; từ 80% đến dưới 100%: 20 điểm; dưới 80%: 0 điểm", "bands 100=30 80=20"},
	{"adv", "S", "30", "", "Đạt: 30 điểm; không đạt: 0 điểm", "binary"},
	{"adv", "S", "30", "", "Đạt 100% chỉ tiêu: 30 điểm; cứ giảm 1% trừ 2 điểm", "target full=100 step=1 loss=2"},
	{"adv", "S", "20", "", "Mỗi báo cáo chậm trừ 2 điểm", "count each=2 down"},
	{"adv", "S", "10", "", "Mỗi vụ việc phát hiện, xử lý kịp thời cộng 2 điểm, tối đa 10 điểm", "count each=2"},
	// adv: amounts by level, which a grader chooses: never one rule
	{"adv", "B", "10", "", "Mỗi Bằng khen của Thủ tướng Chính phủ cộng 5 điểm; Bằng khen của Bộ, tỉnh cộng 3 điểm", "direct"},
	{"adv", "D", "10", "", "Mỗi cán bộ bị kỷ luật khiển trách trừ 2 điểm, cảnh cáo trừ 3 điểm", "direct"},
	{"adv", "B", "10", "", "2 điểm/giải nhất, 1 điểm/giải nhì", "direct"},
	{"adv", "B", "10", "", "Giải nhất: 3 điểm, giải nhì: 2 điểm, giải ba: 1 điểm", "direct"},
	{"adv", "D", "10", "", "Cán bộ bị kỷ luật: khiển trách trừ 2 điểm; cảnh cáo trừ 5 điểm; cách chức trở lên trừ 10 điểm", "direct"},
	{"adv", "B", "15", "", "Cờ thi đua của Chính phủ: 15 điểm; Cờ thi đua của UBND tỉnh: 10 điểm", "direct"},
	{"adv", "D", "5", "", "Trừ 5 điểm nếu để xảy ra; trừ 2 điểm nếu phát hiện và xử lý kịp thời", "direct"},
	{"adv", "S", "10", "", "Mỗi hồ sơ trễ hạn trừ 0,5 điểm, trễ quá 10 ngày trừ 1 điểm", "direct"},
	{"adv", "B", "6", "", "mỗi đề tài 2 điểm, đề tài cấp tỉnh 3 điểm", "direct"},
	// s22: levels a grader chooses, one per line of a cell
	{"s22", "S", "5", "", "5 điểm: Đơn vị xây dựng CT năm và tổ chức hội nghị triển khai cho 100% cơ sở trực thuộc.\n3 điểm: Xây dựng CT năm nhưng không tổ chức hội nghị triển khai.\n0 điểm: Không xây dựng chương trình năm.", "direct"},
	{"s22", "S", "8", "", "8 điểm: gửi về huyện Đoàn đầy đủ, đúng hạn các báo cáo tháng, quý, 6 tháng, BC số liệu, BC năm.\n6 điểm: thiếu 2 báo cáo tháng.\n4 điểm: thiếu 1 báo cáo quý hoặc 3 báo cáo tháng.\n0 điểm: thiếu 1 báo cáo quý và 4 báo cáo tháng trở lên.", "direct"},
	{"s22", "S", "5", "", "5 điểm: Tham gia đầy đủ, đúng giờ các cuộc họp.\n4 điểm: Không tham gia 1 cuộc họp.\n3 điểm: Không tham gia 2 cuộc họp.\n1 điểm: không tham gia 3 cuộc họp.\n0 điểm: không tham gia 4 cuộc họp trở lên", "direct"},
	// s22: the CCHC index's levels, typed as rows, joined as the reader joins them
	{"s22", "S", "0.5", "", "Ban hành đúng thời hạn: 0,5 điểm\nBan hành không đúng thời hạn: 0 điểm", "binary"},
	{"s22", "S", "1.5", "", "Hoàn thành 100% kế hoạch: 1,5 điểm\nHoàn thành từ 80% - dưới 100% kế hoạch: 1 điểm\nHoàn thành dưới 80% kế hoạch: 0 điểm", "bands 100=1.5 80=1"},
	{"s22", "S", "1", "", "Đầy đủ số lượng, đúng thời gian quy định: 1 điểm\nKhông đầy đủ số lượng hoặc không đúng thời gian: 0 điểm", "binary"},
	{"s22", "S", "1", "", "Thực hiện 100% kế hoạch: 1 điểm\nDưới 100% kế hoạch: 0 điểm", "bands 100=1"},
	{"s22", "S", "1", "", "100% số vấn đề phát hiện được xử lý hoặc kiến nghị xử lý: 1 điểm\nTừ 70% - dưới 100% số vấn đề: 0,5 điểm\nDưới 70% số vấn đề: 0 điểm", "bands 100=1 70=0.5"},
	{"s22", "S", "1", "", "Có sáng kiến, giải pháp mới được áp dụng: 1 điểm\nKhông có sáng kiến: 0 điểm", "binary"},
	{"s22", "S", "2", "", "100% văn bản phát hiện sai phạm được xử lý: 2 điểm\nDưới 100% văn bản được xử lý: 0 điểm", "bands 100=2"},
	{"s22", "S", "2", "", "Thực hiện đầy đủ, đúng thời gian: 2 điểm\nKhông thực hiện hoặc thực hiện không đúng thời gian: 0 điểm", "binary"},
	// s22: a school's Youth Union, a fire brigade, a kindergarten
	{"s22", "S", "15", "", "Mỗi lượt học sinh đi học muộn trừ 1 điểm", "count each=1 down"},
	{"s22", "S", "10", "", "Mỗi lượt vi phạm trừ 1 điểm", "count each=1 down"},
	{"s22", "S", "15", "", "Ðạt: 15 điểm; không đạt: 0 điểm", "binary"},
	{"s22", "S", "15", "", "100%: 15 điểm; từ 90% đến dưới 100%: 10 điểm; dưới 90%: 0 điểm", "bands 100=15 90=10"},
	{"s22", "S", "10", "", "5 điểm/buổi, tối đa 10 điểm", "count each=5"},
	{"s22", "B", "10", "", "5 điểm/em", "count each=5"},
	{"s22", "B", "10", "", "1 điểm/bài", "count each=1"},
	{"s22", "D", "20", "", "Mỗi trường hợp trừ 5 điểm", "count each=5"},
	{"s22", "B", "10", "", "Mỗi em đạt giải cộng 2 điểm", "count each=2"},
	{"s22", "D", "10", "", "Mỗi học sinh vi phạm trừ 2 điểm", "count each=2"},
	{"s22", "B", "9", "", "3 điểm/đồng chí", "count each=3"},
	{"s22", "B", "5", "", "0,5 điểm/tiết dạy tốt, tối đa 5 điểm", "count each=0.5"},
	{"s22", "S", "15", "", "Mỗi lần vi phạm trừ 2 điểm", "count each=2 down"},
	{"s22", "S", "25", "", "Hoàn thành 100% nhiệm vụ: 25 điểm; cứ giảm 1% trừ 0,5 điểm", "target full=100 step=1 loss=0.5"},
	{"s22", "S", "10", "", "Mỗi lần không có mặt khi có lệnh trừ 5 điểm", "count each=5 down"},
	{"s22", "S", "10", "", "Đạt 100%: 10 điểm; cứ giảm 5% trừ 1 điểm", "target full=100 step=5 loss=1"},
	{"s22", "S", "15", "", "2,5 điểm/buổi, tối đa 15 điểm", "count each=2.5"},
	// s22: a base, then points for each step above it: no rule of thidua's
	{"s22", "S", "2", "", "Dân số tạm trú quy đổi từ 10% đến 20% so với dân số thường trú được tính 1 điểm; trên 20% thì cứ thêm 5% được tính thêm 0,25 điểm, nhưng tối đa không quá 2 điểm", "direct"},
	{"s22", "S", "1", "", "Có từ 20% đến 30% dân số là người dân tộc thiểu số được tính 0,5 điểm; trên 30% thì cứ thêm 5% được tính thêm 0,25 điểm, nhưng tối đa không quá 1 điểm", "direct"},
	{"s22", "S", "1", "", "Thành phố thuộc tỉnh vùng cao được tính 1 điểm; thành phố thuộc tỉnh miền núi được tính 0,5 điểm", "direct"},
}

// The guidance corpus reads as expected: every sentence that fits one of
// thidua's rules is read to it, and nothing is read wrong; the figures go
// into the note.
func TestGuideCorpus(t *testing.T) {
	if len(guideCorpus) < 150 {
		t.Errorf("the corpus has %d sentences; keep at least 150", len(guideCorpus))
	}
	var read, direct, wrong, leftDirect int
	for _, c := range guideCorpus {
		max, err := model.ParsePoints(c.max)
		if err != nil {
			t.Fatal(err)
		}
		kind := map[string]model.Kind{"S": model.Standard, "B": model.Bonus, "D": model.Deduction}[c.kind]
		rd := ReadRule(c.title, c.text, max, kind)
		got := rd.Rule.String()
		want := c.want
		if want == "" {
			want = "direct" // nothing in it speaks of points
		}
		switch {
		case got != want:
			wrong++
			why := ""
			if rd.Why != nil {
				why = rd.Why.Localize(i18n.EN)
			}
			t.Errorf("%s %s max %s: %q\n  got  %s %s\n  want %s", c.src, c.kind, c.max, c.text, got, why, want)
		case want == "direct":
			direct++
			if pointsRE().MatchString(fold(c.text)) && rd.Why == nil && max > 0 {
				t.Errorf("%q left direct without a reason", c.text)
			}
		default:
			read++
			if rd.Sentence == "" {
				t.Errorf("%q read without its sentence", c.text)
			}
		}
		if want != "direct" && got == "direct" {
			leftDirect++
		}
	}
	t.Logf("guidance corpus: %d sentences, %d read to a rule, %d left direct as expected, %d wrong", len(guideCorpus), read, direct, wrong)
}
