package demo

import "thidua/model"

// Kinds of the demo's units: the kind of locality each office serves.
const (
	city     = "Thành phố"
	town     = "Thị xã"
	district = "Huyện"
)

var units = []model.Unit{
	{Code: TuyHoa, ShortName: "Tuy Hòa", Name: "Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa", Kind: city},
	{Code: SongCau, ShortName: "Sông Cầu", Name: "Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu", Kind: town},
	{Code: DongHoa, ShortName: "Đông Hòa", Name: "Phòng Lao động - Thương binh và Xã hội huyện Đông Hòa", Kind: district},
	{Code: DongXuan, ShortName: "Đồng Xuân", Name: "Phòng Lao động - Thương binh và Xã hội huyện Đồng Xuân", Kind: district},
	{Code: TuyAn, ShortName: "Tuy An", Name: "Phòng Lao động - Thương binh và Xã hội huyện Tuy An", Kind: district},
	{Code: PhuHoa, ShortName: "Phú Hòa", Name: "Phòng Lao động - Thương binh và Xã hội huyện Phú Hòa", Kind: district},
	{Code: TayHoa, ShortName: "Tây Hòa", Name: "Phòng Lao động - Thương binh và Xã hội huyện Tây Hòa", Kind: district},
	{Code: SonHoa, ShortName: "Sơn Hòa", Name: "Phòng Lao động - Thương binh và Xã hội huyện Sơn Hòa", Kind: district},
	{Code: SongHinh, ShortName: "Sông Hinh", Name: "Phòng Lao động - Thương binh và Xã hội huyện Sông Hinh", Kind: district},
}

// selfScores2019 lists, per unit, what it typed where it did not reach full
// marks, and its bonus and deduction items; every other standard criterion
// is at full marks and every other bonus or deduction item is 0. Inputs are
// what the officer types: points, a percentage, a count, 1/0.
var selfScores2019 = map[string]map[string]string{
	// Standard 100 − 0.25 (I.2.2: 96% × 3 = 2.88, rounded down to the
	// bloc's step: 2.75) − 0.5 (I.3.2) = 99.25; bonus 2 + 2 + 0.5 = 4.5;
	// deduction 2 (an official reprimanded, "cảnh cáo"): total 101.75.
	TuyHoa: {"I.1.1": "101,5", "I.2.2": "96", "I.3.2": "2,5", "IV.1": "2", "IV.2": "2", "IV.3": "1", "V.5": "2"},
	// Standard 100 − 0.25 (I.1.1: 98% gives 2.8, rounded down to 2.75) −
	// 0.5 (I.4.2: 2 late files) − 0.5 (II.2) = 98.75; bonus 1 + 1 = 2:
	// total 100.75. The deputy's review lowers II.2 to 3: total 100.25.
	SongCau: {"I.1.1": "98", "I.4.2": "2", "II.2": "3,5", "IV.1": "1", "IV.4": "1"},
	// Standard 100 − 1 (I.1.2: 80% → band 1) − 0.5 (I.3.1) − 0.25 (I.6.2:
	// 87.5% × 2 = 1.75) = 98.25; bonus 1: total 99.25, tied with Phú Hòa.
	DongHoa: {"I.1.2": "80", "I.3.1": "3,5", "I.6.2": "87,5", "IV.2": "1"},
	// Standard 100 − 1 (I.1.1: 90%) − 2 (I.2.3 not achieved) − 1 (I.4.4:
	// 85% → band 2) − 1 (II.1 late) = 95: total 95.
	DongXuan: {"I.1.1": "90", "I.2.3": "0", "I.4.4": "85", "II.1": "1"},
	// Standard 100 − 1 (I.3.1) − 1 (I.4.1) − 1 (I.5.4: 2 gaps) − 1 (II.3:
	// 96% → band 3) − 2 (III.4 late) = 94; bonus 1 (IV.3: 2 targets
	// exceeded); deduction 1 (V.1: one late report): total 94.
	TuyAn: {"I.3.1": "3", "I.4.1": "3", "I.5.4": "2", "II.3": "96", "III.4": "0", "IV.3": "2", "V.1": "1"},
	// Standard 100 − 0.25 (I.5.2) − 0.5 (I.7.1: 95%, one 5% step short) −
	// 0.5 (III.3: one absence) = 98.75; bonus 0.5: total 99.25, tied with
	// Đông Hòa and placed above it by the higher standard subtotal.
	PhuHoa: {"I.5.2": "1,75", "I.7.1": "95", "III.3": "1", "IV.5": "1"},
	// Standard 100 − 0.5 (I.1.3: one late round) − 0.75 (I.2.1: 93% gives
	// 2.3, rounded down to 2.25) − 1 (I.7.1: 88%, two steps) − 1 (II.5) −
	// 0.5 (III.5) = 96.25; bonus 1: total 97.25.
	TayHoa: {"I.1.3": "1", "I.2.1": "93", "I.7.1": "88", "II.5": "2", "III.5": "1,5", "IV.2": "1"},
	// Standard 100 − 2.5 (I.1.1: 75%) − 2 (I.1.2: 40%) − 1 (I.3.2) − 1.5
	// (I.4.5) − 1 (II.2) − 3 (II.7) = 89; deduction 0.5 (V.2: one wrong
	// figure): total 88.5. The bloc's review raises II.7 to 1: total 89.5.
	SonHoa: {"I.1.1": "75", "I.1.2": "40", "I.3.2": "2", "I.4.5": "1,5", "II.2": "3", "II.7": "0", "V.2": "1"},
	// Standard 100 − 0.75 (I.2.2: 80% × 3 = 2.4, rounded down to 2.25) − 2
	// (I.4.3 not done) − 1 (I.5.1) − 1 (II.4) − 1 (III.2) = 94.25;
	// deduction 1 (V.2: two wrong figures) + 0.5 (V.6: one absence) = 1.5:
	// total 92.75.
	SongHinh: {"I.2.2": "80", "I.4.3": "0", "I.5.1": "2", "II.4": "1", "III.2": "1", "V.2": "2", "V.6": "1"},
}

// notes on a few 2019 self-scores, as units write them.
var notes2019 = map[string]map[string]string{
	TuyHoa:  {"V.5": "01 công chức bị kỷ luật cảnh cáo (QĐ số 45/QĐ-UBND ngày 12/8/2019)", "IV.1": "Cờ thi đua chuyên đề của UBND tỉnh"},
	SongCau: {"IV.4": "Đăng cai hội nghị sơ kết Khối 6 tháng đầu năm", "I.4.2": "02 hồ sơ trễ hạn do chờ xác minh"},
	DongHoa: {"I.1.2": "Đạt 80% chỉ tiêu xuất khẩu lao động"},
	SonHoa:  {"II.7": "Chưa quyết toán kinh phí năm 2018"},
}

// halfYearChanges are where a unit's half-year sheet differs from its year
// sheet; Sơn Hòa sent no half-year sheet.
var halfYearChanges = map[string]map[string]string{
	DongXuan: {"I.1.1": "85"},
	TuyAn:    {"III.4": "2", "V.1": "0"},
	PhuHoa:   {"IV.5": "0"},
}

// blocReview is a bloc-stage change to a unit's 2019 sheet, with its
// reason.
type blocReview struct {
	unit, criterion, input, reason string
	deputy                         bool // set by the deputy (the leader's own unit)
}

var blocReviews2019 = []blocReview{
	{SongCau, "II.2", "3", "Chậm 02 báo cáo quý so với quy định", true},
	{SonHoa, "II.7", "1", "Đã bổ sung hồ sơ quyết toán trong tháng 12, được tính 1 điểm", false},
}

// meeting2019 is the year-end meeting the demo's minutes print: every
// member present (nine ballots issued), and the next year's leader and
// deputy chosen. The names are made up.
func meeting2019(ids map[string]string) model.Meeting {
	return model.Meeting{
		Date: date(2019, 12, 20), Start: "08:00", End: "11:30",
		Place:     "Hội trường Ủy ban nhân dân thị xã Sông Cầu",
		Chair:     "Ông Nguyễn Văn An, Trưởng phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu, Khối trưởng",
		Secretary: "Bà Trần Thị Bình, chuyên viên Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu",
		Guests:    "Đại diện Ban Thi đua - Khen thưởng tỉnh Phú Yên",
		Offices:   []model.Office{{Role: model.OfficeLeader, UnitID: ids[DongHoa]}, {Role: model.OfficeDeputy, UnitID: ids[TayHoa]}},
	}
}
