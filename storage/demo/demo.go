// Package demo writes thidua's built-in demo bloc: the 2019 bloc of the nine
// district-level labour offices (Phòng LĐTBXH) of Phú Yên province, led by
// Sông Cầu town, seen from the leader's installation.
//
// The criteria table is a composite written from research/domain.md §3.4 in
// the style of real tables (not an official document). The scores tell a
// small story that exercises the rules: a unit ranked first but barred from
// the flag, two units tied on total and separated by the tie-break, units
// with deductions, bloc reviews (the leader's own unit reviewed by the
// deputy), one unit without a half-year sheet, and the flag's secret ballot.
package demo

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/csv"
	"fmt"
	"time"

	"github.com/google/uuid"

	"thidua/model"
	"thidua/model/table"
	"thidua/storage"
)

//go:embed criteria.csv
var criteriaCSV []byte

// CriteriaCSV returns the demo's criteria table in CSV.
func CriteriaCSV() []byte { return bytes.Clone(criteriaCSV) }

// Criteria returns the demo's criteria table, read through the one import
// path (model/table) from its embedded CSV, which is plain UTF-8 with
// commas.
func Criteria() ([]model.Criterion, error) {
	recs, err := csv.NewReader(bytes.NewReader(criteriaCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("demo criteria: %w", err)
	}
	lines := make([]int, len(recs))
	for i := range lines {
		lines[i] = i + 1
	}
	res, err := table.Read([]table.Sheet{{Rows: recs, Lines: lines}})
	if err != nil {
		return nil, fmt.Errorf("demo criteria: %w", err)
	}
	if !res.OK() {
		return nil, fmt.Errorf("demo criteria: %w", res.Problems[0].Message())
	}
	return res.Rows, nil
}

// Unit codes of the demo bloc.
const (
	TuyHoa   = "TUYHOA"
	SongCau  = "SONGCAU"
	DongHoa  = "DONGHOA"
	DongXuan = "DONGXUAN"
	TuyAn    = "TUYAN"
	PhuHoa   = "PHUHOA"
	TayHoa   = "TAYHOA"
	SonHoa   = "SONHOA"
	SongHinh = "SONGHINH"
)

// Period codes of the demo bloc.
const (
	HalfYear = "2019-H1"
	Year     = "2019"
)

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
// deputy elected by secret ballot. The names are made up.
func meeting2019(ids map[string]string) model.Meeting {
	return model.Meeting{
		Date: date(2019, 12, 20), Start: "08:00", End: "11:30",
		Place:     "Hội trường Ủy ban nhân dân thị xã Sông Cầu",
		Chair:     "Ông Nguyễn Văn An, Trưởng phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu, Khối trưởng",
		Secretary: "Bà Trần Thị Bình, chuyên viên Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu",
		Guests:    "Đại diện Ban Thi đua - Khen thưởng tỉnh Phú Yên",
		Offices: []model.Office{
			{Role: model.OfficeLeader, UnitID: ids[DongHoa], Vote: model.Election{Issued: 9, Returned: 9, Valid: 9, For: 8}},
			{Role: model.OfficeDeputy, UnitID: ids[TayHoa], Vote: model.Election{Issued: 9, Returned: 9, Valid: 8, For: 7}},
		},
	}
}

// saveSheet types a unit's whole sheet: full marks (in the form each rule
// takes) except where inputs say otherwise; bonus and deduction items are 0
// unless given.
func saveSheet(ctx context.Context, db *storage.DB, who model.Actor, periodID, unitID string, tree *model.Tree,
	inputs, notes map[string]string) error {
	b := storage.ScoreBatch{PeriodID: periodID, UnitID: unitID, Stage: model.StageSelf, Actor: who, Source: "demo"}
	for _, c := range tree.Leaves() {
		in, ok := inputs[c.Code]
		if !ok {
			in = FullMarksInput(c)
		}
		e := storage.ScoreEntry{Criterion: c.ID, Input: in}
		if n, ok := notes[c.Code]; ok {
			e.Note = &n
		}
		b.Entries = append(b.Entries, e)
	}
	_, err := db.SaveScores(ctx, b)
	return err
}

// FullMarksInput is what an officer types for full marks on a standard
// criterion, or for nothing earned or lost on a bonus or deduction item, in
// the form the criterion's rule takes (a percentage, a count, 1/0, points).
func FullMarksInput(c model.Criterion) string {
	full := c.Kind == model.Standard
	switch c.Rule.Kind {
	case model.RuleTarget, model.RuleBands, model.RuleRatio:
		return "100"
	case model.RuleBinary:
		if full {
			return "1"
		}
		return "0"
	case model.RuleCount:
		return "0" // no late rounds, or no occurrences
	}
	if full {
		return c.Max.String()
	}
	return "0"
}

// register writes a unit's registration ("đăng ký thi đua") for a period.
func register(ctx context.Context, db *storage.DB, who model.Actor, p model.Period, unitID string, i int) error {
	lines := []model.Registration{
		{Item: "01-danh-hieu", Detail: "Đăng ký danh hiệu: Tập thể lao động xuất sắc"},
		{Item: "02-viec-lam", Detail: "Giải quyết việc làm mới", Target: fmt.Sprintf("%d lao động", 900+i*150)},
		{Item: "03-dao-tao-nghe", Detail: "Tuyển sinh đào tạo nghề", Target: fmt.Sprintf("%d người", 600+i*80)},
		{Item: "04-giam-ngheo", Detail: "Giảm tỷ lệ hộ nghèo", Target: fmt.Sprintf("%d,%d%%", 1+i%3, 5*(i%2))},
		{Item: "05-giao-uoc", Detail: "Ký kết giao ước thi đua Khối năm 2019"},
	}
	if p.Kind == model.HalfYear {
		lines = lines[1:4]
	}
	for _, r := range lines {
		r.UnitID = unitID
		if err := db.SetRegistration(ctx, who, p.ID, r); err != nil {
			return fmt.Errorf("demo registration: %w", err)
		}
	}
	return nil
}

// stableIDs gives the demo's criteria the same ids in every demo database
// (name-based UUIDs of their codes), so the demo table has one hash
// everywhere and demo files can travel between demo installations.
func stableIDs(rows []model.Criterion) {
	ids := map[string]string{}
	for i := range rows {
		id := uuid.NewSHA1(demoNamespace, []byte(rows[i].Code)).String()
		ids[rows[i].ID] = id
		rows[i].ID = id
	}
	for i := range rows {
		if rows[i].ParentID != "" {
			rows[i].ParentID = ids[rows[i].ParentID]
		}
	}
}

// demoNamespace is the UUID namespace of the demo's criteria ids.
var demoNamespace = uuid.MustParse("6f0a6c52-4b1e-4d5a-9f0e-3a1b7c2d9e10")

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
