package storage

import (
	"context"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

func TestResult(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	// Values for I.1, I.2 (count), II, III.1, III.2, IV.1 (deduction).
	f.fullSheet(t, db, "TUYHOA", "5", "5", "10", "2", "2", "0")    // 20 + min(4, cap 3) = 23
	f.fullSheet(t, db, "SONGCAU", "4,5", "5", "10", "1", "0", "0") // 19.5 + 1 = 20.5
	f.fullSheet(t, db, "DONGHOA", "5", "5", "9,5", "1", "0", "0")  // 19.5 + 1 = 20.5, tied on total and standard
	f.fullSheet(t, db, "DUYTIEN", "5", "5", "10", "0", "0", "2")   // 20 − 2 = 18
	r, err := db.Result(ctx, f.period.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Ranking.Ranked {
		got = append(got, p.Code+"="+p.Totals.Total.String()+"#"+itoa(p.Rank))
	}
	if s := strings.Join(got, " "); s != "TUYHOA=23#1 DONGHOA=20.5#2 SONGCAU=20.5#2 DUYTIEN=18#4" {
		t.Errorf("ranking = %s", s)
	}
	if r.Ranking.Ranked[0].Totals.Bonus != 300 || r.Ranking.Ranked[0].Totals.BonusRaw != 300 {
		t.Errorf("the table caps the bonus part at 3: %+v", r.Ranking.Ranked[0].Totals)
	}
	if !r.Ranking.Ranked[1].Tied || r.Ranking.Ranked[0].Stage != model.StageSelf {
		t.Errorf("tie and stage: %+v", r.Ranking.Ranked[1])
	}
	// The bloc reviews Đông Hòa: its II goes down, the tie is broken.
	if _, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: f.units["DONGHOA"].ID, Stage: model.StageBloc,
		Actor: f.leader, Entries: []ScoreEntry{{Criterion: "II", Input: "9", Reason: "Thiếu hồ sơ minh chứng"}}}); err != nil {
		t.Fatal(err)
	}
	// The meeting excludes Duy Tiên; Tuy Hòa is barred from the flag.
	if err := db.SetExclusion(ctx, f.leader, f.period.ID, f.units["DUYTIEN"].ID, "không đăng ký thi đua"); err != nil {
		t.Fatal(err)
	}
	rules, _ := db.Rules(ctx, f.period.ID)
	rules.Awards = []model.AwardRule{{Code: "CO", Name: "Cờ thi đua", Quota: 1}, {Code: "BK", Name: "Bằng khen", Quota: 1}}
	if err := db.SetRules(ctx, f.leader, f.period.ID, rules); err != nil {
		t.Fatal(err)
	}
	if err := db.SetAwardBlock(ctx, f.leader, f.period.ID, model.Block{UnitID: f.units["TUYHOA"].ID, Award: "CO", Reason: "lãnh đạo bị kỷ luật"}); err != nil {
		t.Fatal(err)
	}
	r, _ = db.Result(ctx, f.period.ID)
	got = got[:0]
	for _, p := range r.Ranking.All() {
		got = append(got, p.Code+"="+itoa(p.Rank)+":"+p.Stage.String())
	}
	if s := strings.Join(got, " "); s != "TUYHOA=1:self SONGCAU=2:self DONGHOA=3:bloc DUYTIEN=0:self" {
		t.Errorf("after review = %s", s)
	}
	if got := r.Ranking.NotRanked[0].Explain(i18n.VI); got != "Không xếp hạng: không đăng ký thi đua." {
		t.Errorf("excluded = %q", got)
	}
	codes := r.Codes()
	if got := r.Proposals.Describe(i18n.VI, f.units["TUYHOA"].ID, r.Rules.Awards, codes); got != "Đề nghị Bằng khen; Không đề nghị Cờ thi đua: không đủ điều kiện (lãnh đạo bị kỷ luật) — chuyển cho SONGCAU" {
		t.Errorf("proposal = %q", got)
	}
	if r.Self[f.units["DONGHOA"].ID].Total != 2050 {
		t.Errorf("self total kept beside the bloc total: %v", r.Self[f.units["DONGHOA"].ID].Total)
	}
	// Ballot counts are checked.
	err = db.SetBallot(ctx, f.leader, f.period.ID, model.Ballot{Award: "CO", Issued: 4, Returned: 4, Valid: 3, Invalid: 1},
		map[string]int{f.units["SONGCAU"].ID: 5})
	if model.ErrorCode(err) != model.EVoteAboveValid {
		t.Errorf("votes above valid ballots: %v", err)
	}
}
