package demo

import (
	"context"
	"fmt"
	"time"

	"thidua/model"
	"thidua/storage"
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
	bloc, vid, tree, err := writeBloc(ctx, db)
	if err != nil {
		return err
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID}
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
	// The people's lists and proposals are dated at the year's end, on a
	// clock of their own, so that the sheets keep the times they had.
	sheetsClock := clock
	clock = time.Date(2019, 12, 2, 1, 30, 0, 0, time.UTC)
	if err := writePeople(ctx, db, leader, year, ids); err != nil {
		return err
	}
	clock = sheetsClock
	if err := writeSheets(ctx, db, tree, h1, year, ids); err != nil {
		return err
	}
	deputy := model.Actor{Role: model.RoleDeputy, UnitID: bloc.DeputyUnitID}
	if err := writeReview(ctx, db, leader, deputy, year, ids); err != nil {
		return err
	}
	return db.SetLock(ctx, leader, h1.ID, model.Lock{Kind: model.LockClosed, Reason: "Đã sơ kết 6 tháng tại hội nghị Khối ngày 12/7/2019"}, true)
}

// writeBloc makes the bloc, its units and its issued criteria table
// (version vid).
func writeBloc(ctx context.Context, db *storage.DB) (bloc model.Bloc, vid string, tree *model.Tree, err error) {
	bloc, err = db.CreateBloc(ctx, storage.BlocSetup{
		Code:       "PY-LDTBXH",
		Name:       "Khối thi đua các Phòng Lao động - Thương binh và Xã hội tỉnh Phú Yên",
		Units:      units,
		LeaderCode: SongCau,
		DeputyCode: TuyHoa,
		Role:       model.RoleLeader,
	})
	if err != nil {
		return bloc, "", nil, fmt.Errorf("demo bloc: %w", err)
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID}
	rows, err := Criteria()
	if err != nil {
		return bloc, "", nil, err
	}
	stableIDs(rows)
	vid, err = db.CreateDraft(ctx, leader, "Bảng tiêu chí chấm điểm thi đua Khối năm 2019", "", rows)
	if err != nil {
		return bloc, vid, nil, fmt.Errorf("demo criteria: %w", err)
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		return bloc, "", nil, fmt.Errorf("demo criteria: %w", err)
	}
	tree, err = db.VersionTree(ctx, vid)
	return bloc, vid, tree, err
}

// writePeriods makes the half-year and the year, scored on version vid;
// the year proposes the flag (by secret ballot) and certificates.
func writePeriods(ctx context.Context, db *storage.DB, leader model.Actor, vid string) (h1, year model.Period, err error) {
	half, err := model.ParseThreshold(">1/2")
	if err != nil {
		return h1, year, err
	}
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

// writeSheets registers every unit for both periods and saves its
// self-scores (Sơn Hòa has no half-year sheet).
func writeSheets(ctx context.Context, db *storage.DB, tree *model.Tree, h1, year model.Period, ids map[string]string) error {
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

// writeReview writes the bloc's review of the year: its scores (the
// leader's own unit's by the deputy), the sheets accepted, Tuy Hòa barred
// from the flag, the flag's ballot and the meeting.
func writeReview(ctx context.Context, db *storage.DB, leader, deputy model.Actor, year model.Period, ids map[string]string) error {
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
	return nil
}
