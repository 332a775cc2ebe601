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
	"fmt"
	"time"

	"github.com/google/uuid"

	"thidua/model"
	"thidua/storage"
)

//go:embed criteria.csv
var criteriaCSV []byte

// CriteriaCSV returns the demo's criteria table in CSV.
func CriteriaCSV() []byte { return bytes.Clone(criteriaCSV) }

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

// Write creates the demo bloc in an empty database: the leader's
// installation (Sông Cầu), nine units, the criteria table, both periods with
// their rules, registrations, self-scores, bloc reviews, eligibility and the
// flag's ballot.
//
// The changes are dated in 2019, as if made during that year (one minute
// apart, so the audit keeps their order), and the database's clock is put
// back afterwards.
func Write(ctx context.Context, db *storage.DB) error {
	clock := time.Date(2019, 2, 20, 1, 30, 0, 0, time.UTC) // 08:30 in Vietnam
	saved := db.Now
	db.Now = func() time.Time {
		clock = clock.Add(time.Minute)
		return clock
	}
	defer func() { db.Now = saved }()
	bloc, err := db.CreateBloc(ctx, storage.BlocSetup{
		Code:       "PY-LDTBXH",
		Name:       "Khối thi đua các Phòng Lao động - Thương binh và Xã hội tỉnh Phú Yên",
		Units:      units,
		LeaderCode: SongCau,
		DeputyCode: TuyHoa,
		Role:       model.RoleLeader,
	})
	if err != nil {
		return fmt.Errorf("demo bloc: %w", err)
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID}
	deputy := model.Actor{Role: model.RoleDeputy, UnitID: bloc.DeputyUnitID}
	vid, tree, err := writeCriteria(ctx, db, leader)
	if err != nil {
		return err
	}
	h1, year, err := writePeriods(ctx, db, leader, vid)
	if err != nil {
		return err
	}
	ids := map[string]string{}
	list, err := db.Units(ctx, "")
	if err != nil {
		return err
	}
	for _, u := range list {
		ids[u.Code] = u.ID
	}
	if err := writeSheets(ctx, db, ids, h1, year, tree); err != nil {
		return err
	}
	return writeReview(ctx, db, leader, deputy, ids, h1, year)
}

// writeCriteria issues the demo's criteria table (storage/demo/criteria.csv)
// and returns its version and tree.
func writeCriteria(ctx context.Context, db *storage.DB, leader model.Actor) (string, *model.Tree, error) {
	rows, err := storage.ParseCriteriaCSV(bytes.NewReader(criteriaCSV))
	if err != nil {
		return "", nil, fmt.Errorf("demo criteria: %w", err)
	}
	stableIDs(rows)
	vid, err := db.CreateDraft(ctx, leader, "Bảng tiêu chí chấm điểm thi đua Khối năm 2019", "", rows)
	if err != nil {
		return "", nil, fmt.Errorf("demo criteria: %w", err)
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		return "", nil, fmt.Errorf("demo criteria: %w", err)
	}
	tree, err := db.VersionTree(ctx, vid)
	if err != nil {
		return "", nil, err
	}
	return vid, tree, nil
}

// writePeriods opens the half-year and the year, the year with its awards.
func writePeriods(ctx context.Context, db *storage.DB, leader model.Actor, vid string) (h1, year model.Period, err error) {
	half, _ := model.ParseThreshold(">1/2")
	rules := model.Rules{
		Step:      25,
		Caps:      model.Caps{Bonus: model.Whole(5), Deduction: model.Whole(10)},
		TieBreaks: model.DefaultTieBreaks(),
		Numbering: model.NumberingSkip,
	}
	h1, err = db.CreatePeriod(ctx, leader, model.Period{
		Code: HalfYear, Label: "Sơ kết 6 tháng đầu năm 2019", Kind: model.HalfYear, CriteriaVersionID: vid,
		Starts: date(2019, 1, 1), Ends: date(2019, 6, 30), SelfScoreCloses: date(2019, 7, 5),
	}, rules)
	if err != nil {
		return h1, year, fmt.Errorf("demo period: %w", err)
	}
	rules.Awards = []model.AwardRule{
		{Code: "CO", Name: "Cờ thi đua của UBND tỉnh", Quota: 1, MinTotal: model.Whole(90),
			VoteRequired: true, Threshold: half, Base: model.BaseMembers},
		{Code: "BK", Name: "Bằng khen của Chủ tịch UBND tỉnh", Quota: 2, MinTotal: model.Whole(90)},
	}
	year, err = db.CreatePeriod(ctx, leader, model.Period{
		Code: Year, Label: "Tổng kết năm 2019", Kind: model.Year, CriteriaVersionID: vid,
		Starts: date(2019, 1, 1), Ends: date(2019, 12, 31),
		RegistrationCloses: date(2019, 3, 31), SelfScoreCloses: date(2019, 12, 15),
	}, rules)
	if err != nil {
		return h1, year, fmt.Errorf("demo period: %w", err)
	}
	return h1, year, nil
}

// writeSheets registers every unit and saves its self-scores for the year
// and (but for Sơn Hòa) the half-year.
func writeSheets(ctx context.Context, db *storage.DB, ids map[string]string, h1, year model.Period, tree *model.Tree) error {
	for i, u := range units {
		id := ids[u.Code]
		self := model.Actor{Role: model.RoleUnit, UnitID: id}
		for _, p := range []model.Period{h1, year} {
			if err := register(ctx, db, self, p, id, i); err != nil {
				return err
			}
		}
		if err := saveSheet(ctx, db, self, year.ID, id, tree, selfScores2019[u.Code], notes2019[u.Code]); err != nil {
			return fmt.Errorf("demo %s %s: %w", Year, u.Code, err)
		}
		if u.Code == SonHoa {
			continue // no half-year sheet
		}
		h1Inputs := map[string]string{}
		for k, v := range selfScores2019[u.Code] {
			h1Inputs[k] = v
		}
		for k, v := range halfYearChanges[u.Code] {
			h1Inputs[k] = v
		}
		if err := saveSheet(ctx, db, self, h1.ID, id, tree, h1Inputs, nil); err != nil {
			return fmt.Errorf("demo %s %s: %w", HalfYear, u.Code, err)
		}
	}
	return nil
}

// writeReview is the bloc's part of the year: its reviews, accepted sheets,
// an eligibility block, the flag's ballot, the meeting, and the half-year
// closed.
func writeReview(ctx context.Context, db *storage.DB, leader, deputy model.Actor, ids map[string]string, h1, year model.Period) error {
	for _, r := range blocReviews2019 {
		who := leader
		if r.deputy {
			who = deputy
		}
		if _, err := db.SaveScores(ctx, storage.ScoreBatch{PeriodID: year.ID, UnitID: ids[r.unit], Stage: model.StageBloc,
			Actor: who, Entries: []storage.ScoreEntry{{Criterion: r.criterion, Input: r.input, Reason: r.reason}}}); err != nil {
			return fmt.Errorf("demo review %s: %w", r.unit, err)
		}
	}
	for _, code := range []string{TuyHoa, SonHoa} {
		if err := db.SetLock(ctx, leader, year.ID, model.Lock{Kind: model.LockAccepted, UnitID: ids[code],
			Reason: "Khối đã chấm, thống nhất tại hội nghị tổng kết"}, true); err != nil {
			return err
		}
	}
	if err := db.SetAwardBlock(ctx, leader, year.ID, model.Block{UnitID: ids[TuyHoa], Award: "CO",
		Reason: "lãnh đạo phòng bị kỷ luật cảnh cáo trong năm"}); err != nil {
		return err
	}
	if err := db.SetBallot(ctx, leader, year.ID, model.Ballot{Award: "CO", Issued: 9, Returned: 9, Valid: 9},
		map[string]int{ids[SongCau]: 7, ids[PhuHoa]: 2}); err != nil {
		return err
	}
	if err := db.SetMeeting(ctx, leader, year.ID, meeting2019(ids)); err != nil {
		return fmt.Errorf("demo meeting: %w", err)
	}
	return db.SetLock(ctx, leader, h1.ID, model.Lock{Kind: model.LockClosed, Reason: "Đã sơ kết 6 tháng tại hội nghị Khối ngày 12/7/2019"}, true)
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
