package storage

import (
	"context"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"thidua/model"
	"thidua/model/i18n"
)

func TestSaveScores(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	tuyhoa := f.units["TUYHOA"]
	note := norm.NFD.String("Đạt 98% chỉ tiêu")
	res, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: tuyhoa.ID, Stage: model.StageSelf,
		Actor: model.Actor{Role: model.RoleUnit, UnitID: tuyhoa.ID},
		Entries: []ScoreEntry{
			{Criterion: "I.1", Input: "4,75", Note: &note},
			{Criterion: "I.2", Input: "3"}, // per occurrence: 3 × 1 point
			{Criterion: "II", Input: "0"},  // 0 is a score
		}})
	if err != nil || res.Changed != 3 || res.Flag != nil {
		t.Fatalf("save = %+v, %v", res, err)
	}
	s, err := db.LoadSheet(ctx, f.period.ID, tuyhoa.ID)
	if err != nil {
		t.Fatal(err)
	}
	i1 := s.Rows["I1"][model.StageSelf]
	if i1.Points != 475 || i1.Note != "Đạt 98% chỉ tiêu" || i1.SetBy.Role != model.RoleUnit {
		t.Errorf("I.1 = %+v (note must be NFC)", i1)
	}
	if r := s.Rows["I2"][model.StageSelf]; r.Points != 300 || r.Input != "3" {
		t.Errorf("I.2 = %+v", r)
	}
	if r, ok := s.Rows["II"][model.StageSelf]; !ok || r.Points != 0 {
		t.Errorf("II = %+v", r)
	}
	// The same value again changes nothing and writes no audit row.
	res, err = db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: tuyhoa.ID, Stage: model.StageSelf,
		Actor: f.leader, Entries: []ScoreEntry{{Criterion: "I1", Input: "4.75"}}})
	if err != nil || res.Changed != 0 {
		t.Errorf("identical save = %+v, %v", res, err)
	}
	hist, _ := db.History(ctx, f.period.ID, tuyhoa.ID, "I1")
	if len(hist) != 1 || hist[0].Old != "" || !strings.Contains(hist[0].New, `"p":"4.75"`) {
		t.Errorf("history = %+v", hist)
	}
}

// A batch with one bad entry writes nothing, and every bad entry is named.
func TestSaveScoresAllOrNothing(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	unit := f.units["DONGHOA"]
	_, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: unit.ID, Stage: model.StageSelf, Actor: f.leader,
		Entries: []ScoreEntry{
			{Criterion: "I.1", Input: "5"},
			{Criterion: "II", Input: "10,5"},   // above the maximum of 10
			{Criterion: "III.1", Input: "-1"},  // negative
			{Criterion: "IV.1", Input: "abc"},  // not a number
			{Criterion: "IX", Input: "1"},      // unknown
			{Criterion: "I", Input: "1"},       // a group
			{Criterion: "III.2", Input: "1,1"}, // off the step of 0.25
		}})
	var ee EntryErrors
	if !asEntryErrors(err, &ee) || len(ee) != 6 {
		t.Fatalf("errors = %v", err)
	}
	want := []string{model.EAboveMax, model.ENegative, model.ENotNumber, model.ECriterionUnknown, model.ENotScorable, model.EOffStep}
	for i, e := range ee {
		if model.ErrorCode(e.Err) != want[i] {
			t.Errorf("entry %s: %v, want %s", e.Ref, e.Err, want[i])
		}
	}
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "II: Điểm 10,5 vượt điểm tối đa 10 của tiêu chí II.") {
		t.Errorf("message = %s", msg)
	}
	s, _ := db.LoadSheet(ctx, f.period.ID, unit.ID)
	if len(s.Rows) != 0 {
		t.Errorf("%d scores written by a refused batch", len(s.Rows))
	}
}

func TestScoreOwnershipAndLocks(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	tuyhoa, dong := f.units["TUYHOA"], f.units["DONGHOA"]
	asUnit := model.Actor{Role: model.RoleUnit, UnitID: tuyhoa.ID}
	one := []ScoreEntry{{Criterion: "I.1", Input: "5"}}
	// A unit installation scores only its own self stage.
	if _, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: dong.ID, Actor: asUnit, Entries: one}); model.ErrorCode(err) != model.ENotOwnUnit {
		t.Errorf("unit scores another unit: %v", err)
	}
	if _, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: tuyhoa.ID, Stage: model.StageBloc, Actor: asUnit, Entries: one}); model.ErrorCode(err) != model.ENotAllowed {
		t.Errorf("unit scores the bloc stage: %v", err)
	}
	// The leader typing a unit's self-score is allowed and flagged.
	res, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: dong.ID, Actor: f.leader, Entries: one})
	if err != nil || res.Flag == nil || res.Flag.Code != model.FlagOnBehalf {
		t.Errorf("on behalf = %+v, %v", res, err)
	}
	// A review score that differs from the self-score needs a reason.
	bloc := ScoreBatch{PeriodID: f.period.ID, UnitID: dong.ID, Stage: model.StageBloc, Actor: f.leader,
		Entries: []ScoreEntry{{Criterion: "I.1", Input: "4"}}}
	if _, err := db.SaveScores(ctx, bloc); model.ErrorCode(err) != model.ENeedsReason {
		t.Errorf("bloc score without reason: %v", err)
	}
	bloc.Entries[0].Reason = "Thiếu báo cáo quý IV"
	if _, err := db.SaveScores(ctx, bloc); err != nil {
		t.Errorf("bloc score with reason: %v", err)
	}
	hist, _ := db.History(ctx, f.period.ID, dong.ID, "I1")
	if hist[0].Stage != "bloc" || hist[0].Reason != "Thiếu báo cáo quý IV" {
		t.Errorf("bloc audit = %+v", hist[0])
	}
	// The leader reviewing its own unit is flagged; the deputy is not.
	own := ScoreBatch{PeriodID: f.period.ID, UnitID: f.bloc.LeaderUnitID, Stage: model.StageBloc, Actor: f.leader,
		Entries: []ScoreEntry{{Criterion: "I.1", Input: "5"}}}
	if res, err := db.SaveScores(ctx, own); err != nil || res.Flag == nil || res.Flag.Code != model.FlagLeaderOwnReview {
		t.Errorf("leader own review = %+v, %v", res, err)
	}
	own.Actor = model.Actor{Role: model.RoleDeputy, UnitID: f.bloc.DeputyUnitID}
	if res, err := db.SaveScores(ctx, own); err != nil || res.Flag != nil {
		t.Errorf("deputy review = %+v, %v", res, err)
	}
	// Locks say why.
	if err := db.SetLock(ctx, asUnit, f.period.ID, model.Lock{Kind: model.LockSubmitted, UnitID: tuyhoa.ID, Reason: "đã gửi khối"}, true); err != nil {
		t.Fatal(err)
	}
	_, err = db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: tuyhoa.ID, Actor: asUnit, Entries: one})
	if model.ErrorCode(err) != model.ELocked || !strings.Contains(model.Message(i18n.VI, err), "đã gửi khối") {
		t.Errorf("locked: %v", err)
	}
	if err := db.SetLock(ctx, asUnit, f.period.ID, model.Lock{Kind: model.LockSubmitted, UnitID: tuyhoa.ID}, false); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: tuyhoa.ID, Actor: asUnit, Entries: one}); err != nil {
		t.Errorf("after unlock: %v", err)
	}
	if err := db.SetLock(ctx, asUnit, f.period.ID, model.Lock{Kind: model.LockClosed, Reason: "x"}, true); model.ErrorCode(err) != model.ENotAllowed {
		t.Errorf("a unit closed the period: %v", err)
	}
	if err := db.SetLock(ctx, f.leader, f.period.ID, model.Lock{Kind: model.LockClosed, Reason: "Hết hạn"}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveScores(ctx, bloc); model.ErrorCode(err) != model.ELocked {
		t.Errorf("closed period took a bloc score: %v", err)
	}
	locks, _ := db.Locks(ctx, f.period.ID)
	if len(locks) != 1 || locks[0].Kind != model.LockClosed {
		t.Errorf("locks = %+v", locks)
	}
}

func TestUndo(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	u := f.units["TUYHOA"]
	unit := model.Actor{Role: model.RoleUnit, UnitID: u.ID}
	var mine []int64
	save := func(who model.Actor, v string) {
		res, err := db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: u.ID, Actor: who,
			Entries: []ScoreEntry{{Criterion: "I.1", Input: v, Reason: "sửa theo biên bản"}}})
		if err != nil {
			t.Fatal(err)
		}
		if who == f.leader {
			mine = append(mine, res.Audit...)
		}
	}
	points := func() string {
		s, _ := db.LoadSheet(ctx, f.period.ID, u.ID)
		r, ok := s.Rows["I1"][model.StageSelf]
		if !ok {
			return "blank"
		}
		return r.Points.String()
	}
	// Someone else's change (another session, a file) comes first.
	save(unit, "2")
	save(f.leader, "3")
	save(f.leader, "4")
	if len(mine) != 2 {
		t.Fatalf("audit ids = %v", mine)
	}
	for _, want := range []struct{ before, after string }{{"4", "3"}, {"3", "2"}} {
		u, err := db.UndoLast(ctx, f.leader, f.period.ID, u.ID, model.StageSelf, mine)
		if err != nil {
			t.Fatal(err)
		}
		if got := points(); got != want.after || u.CriterionID != "I1" || u.Before.Points.String() != want.before ||
			u.After.Points.String() != want.after {
			t.Errorf("after undo = %s (%+v), want %s", got, u, want.after)
		}
	}
	// The unit's own score is not the leader's to undo.
	if _, err := db.UndoLast(ctx, f.leader, f.period.ID, u.ID, model.StageSelf, mine); model.ErrorCode(err) != ENothingToUndo {
		t.Errorf("nothing of mine to undo: %v", err)
	}
	if points() != "2" {
		t.Errorf("undo reached past the person's own changes: %s", points())
	}
	// A change someone else made after mine stops the walk back.
	save(f.leader, "5")
	save(unit, "1")
	if _, err := db.UndoLast(ctx, f.leader, f.period.ID, u.ID, model.StageSelf, mine); model.ErrorCode(err) != EUndoNotYours {
		t.Errorf("another's change on top: %v", err)
	}
	if points() != "1" {
		t.Errorf("undo went past another's change: %s", points())
	}
	hist, _ := db.History(ctx, f.period.ID, u.ID, "I1")
	if len(hist) != 7 || hist[2].Action != ActScoreUndo || hist[2].UndoOf != hist[5].ID {
		t.Errorf("history = %+v", hist)
	}
}

// The leader changing a self-score the unit signed and sent says why; the
// score is then marked as no longer the unit's, until the unit's own file
// replaces it or the change is undone.
func TestOverrideOfASignedSelfScore(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	u := f.units["DONGHOA"]
	unit := model.Actor{Role: model.RoleUnit, UnitID: u.ID}
	save := func(who model.Actor, input, reason string) (SaveResult, error) {
		return db.SaveScores(ctx, ScoreBatch{PeriodID: f.period.ID, UnitID: u.ID, Actor: who,
			Entries: []ScoreEntry{{Criterion: "I.1", Input: input, Reason: reason}}})
	}
	row := func() model.ScoreRecord {
		s, _ := db.LoadSheet(ctx, f.period.ID, u.ID)
		return s.Rows["I1"][model.StageSelf]
	}
	if _, err := save(unit, "4", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := save(f.leader, "3", ""); model.ErrorCode(err) != EOverrideReason {
		t.Fatalf("an override without a reason: %v", err)
	} else if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "DONGHOA") || !strings.Contains(msg, "ghi lý do") {
		t.Errorf("message = %q", msg)
	}
	// The same value is no change: no reason asked.
	if _, err := save(f.leader, "4", ""); err != nil {
		t.Errorf("an equal value: %v", err)
	}
	res, err := save(f.leader, "3", "Đơn vị gõ nhầm, đã xác nhận qua điện thoại")
	if err != nil {
		t.Fatal(err)
	}
	if r := row(); r.Points != 300 || r.Flag != model.FlagOverridden || r.SetBy != f.leader {
		t.Errorf("overridden row = %+v", r)
	}
	// Another change by the leader keeps the mark.
	if _, err := save(f.leader, "2,5", ""); err != nil || row().Flag != model.FlagOverridden {
		t.Errorf("second change: %v %+v", err, row())
	}
	inbox, _ := db.Inbox(ctx, f.period.ID)
	for _, r := range inbox {
		if r.Unit.ID == u.ID && r.Overridden != 1 {
			t.Errorf("inbox overridden = %d", r.Overridden)
		}
	}
	result, _ := db.Result(ctx, f.period.ID)
	for _, p := range result.Ranking.All() {
		if p.UnitID == u.ID && !hasFlag(p.Flags, model.FlagOverridden+"_count") {
			t.Errorf("ranking flags = %v", p.Flags)
		}
	}
	// Undone, the unit's value is the unit's again.
	mine := res.Audit
	if _, err := db.UndoLast(ctx, f.leader, f.period.ID, u.ID, model.StageSelf, mine); model.ErrorCode(err) != EUndoNotYours {
		t.Errorf("the second change was not in mine: %v", err)
	}
	res2, _ := save(f.leader, "2", "")
	mine = append(mine, res2.Audit...)
	for range 2 {
		if _, err := db.UndoLast(ctx, f.leader, f.period.ID, u.ID, model.StageSelf, mine); err != nil && model.ErrorCode(err) != EUndoNotYours {
			t.Fatal(err)
		}
	}
	// The unit's file (its own write) clears the mark.
	if _, err := save(unit, "4,5", ""); err != nil || row().Flag != "" {
		t.Errorf("the unit's own value: %v %+v", err, row())
	}
}

func hasFlag(flags []*model.Error, code string) bool {
	for _, f := range flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// A batch of many entries (a sheet imported or typed in from paper) reads
// the stored sheet once, and judges every entry as a short batch would:
// a review against the self-score, each value against what the batch
// itself wrote before it (the same value twice is one change).
func TestSaveLargeBatch(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	ctx := context.Background()
	u := f.units["DONGHOA"]
	f.fullSheet(t, db, "DONGHOA", "5", "0", "10", "1", "0", "0")
	var review []ScoreEntry
	for range manyScores / 4 {
		review = append(review, ScoreEntry{Criterion: "I.1", Input: "5"}, ScoreEntry{Criterion: "II", Input: "10"},
			ScoreEntry{Criterion: "III.1", Input: "1"}, ScoreEntry{Criterion: "IV.1", Input: "0"})
	}
	b := ScoreBatch{PeriodID: f.period.ID, UnitID: u.ID, Stage: model.StageBloc, Actor: f.leader, Entries: review}
	res, err := db.SaveScores(ctx, b)
	if err != nil || res.Changed != 4 {
		t.Fatalf("review equal to the self-scores, each four times: %+v %v", res, err)
	}
	b.Entries = append(b.Entries, ScoreEntry{Criterion: "II", Input: "9"}, ScoreEntry{Criterion: "II", Input: "8,5", Reason: "Chậm báo cáo"},
		ScoreEntry{Criterion: "II", Input: "8,5", Reason: "Như trên"})
	var errs EntryErrors
	if _, err := db.SaveScores(ctx, b); !asEntryErrors(err, &errs) || len(errs) != 1 || errs[0].Index != manyScores {
		t.Fatalf("a review that differs without a reason: %v", err)
	}
	b.Entries[manyScores].Reason = "Chậm 01 báo cáo quý"
	res, err = db.SaveScores(ctx, b)
	if err != nil || res.Changed != 2 {
		t.Fatalf("review lowered twice in one batch: %+v %v", res, err)
	}
	hist, _ := db.History(ctx, f.period.ID, u.ID, "II")
	var bloc []string
	for _, h := range hist {
		if h.Stage == model.StageBloc.String() {
			bloc = append(bloc, h.Reason)
		}
	}
	if want := []string{"Chậm báo cáo", "Chậm 01 báo cáo quý", ""}; !slices.Equal(bloc, want) {
		t.Errorf("bloc history of II, newest first: %q, want %q", bloc, want)
	}
}
