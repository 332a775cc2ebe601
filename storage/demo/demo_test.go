package demo_test

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
	"thidua/storage/sheet"
)

func openDemo(t *testing.T) *storage.DB { return demotest.Open(t) }

// The 2019 ranking, computed by hand from the table and the inputs above
// (each line's arithmetic is in the comments of selfScores2019).
func TestDemoRanking2019(t *testing.T) {
	db := openDemo(t)
	ctx := context.Background()
	p, err := db.PeriodByCode(ctx, demo.Year)
	if err != nil {
		t.Fatal(err)
	}
	r, err := db.Result(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		code, standard, bonus, deduction, total, stage string
		rank                                           int
	}{
		{demo.TuyHoa, "99.25", "4.5", "2", "101.75", "bloc", 1},
		{demo.SongCau, "98.25", "2", "0", "100.25", "bloc", 2},
		{demo.PhuHoa, "98.75", "0.5", "0", "99.25", "self", 3},
		{demo.DongHoa, "98.25", "1", "0", "99.25", "self", 4},
		{demo.TayHoa, "96.25", "1", "0", "97.25", "self", 5},
		{demo.DongXuan, "95", "0", "0", "95", "self", 6},
		{demo.TuyAn, "94", "1", "1", "94", "self", 7},
		{demo.SongHinh, "94.25", "0", "1.5", "92.75", "self", 8},
		{demo.SonHoa, "90", "0", "0.5", "89.5", "bloc", 9},
	}
	if len(r.Ranking.Ranked) != len(want) || len(r.Ranking.NotRanked) != 0 {
		t.Fatalf("ranked %d, not ranked %d", len(r.Ranking.Ranked), len(r.Ranking.NotRanked))
	}
	for i, w := range want {
		got := r.Ranking.Ranked[i]
		line := strings.Join([]string{got.Code, got.Totals.Standard.String(), got.Totals.Bonus.String(),
			got.Totals.Deduction.String(), got.Totals.Total.String(), got.Stage.String()}, " ")
		if line != strings.Join([]string{w.code, w.standard, w.bonus, w.deduction, w.total, w.stage}, " ") || got.Rank != w.rank {
			t.Errorf("#%d = %s rank %d", i+1, line, got.Rank)
		}
	}
	// The tie on total is settled by the standard subtotal and says so.
	if got := r.Ranking.Ranked[3].Above.Localize(i18n.VI); got != "PHUHOA trên DONGHOA: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (98,75 > 98,25)" {
		t.Errorf("tie explanation = %q", got)
	}
	// Tuy Hòa ranks first but the flag passes to Sông Cầu, which won the ballot.
	codes := r.Codes()
	ids := map[string]string{}
	for id, c := range codes {
		ids[c] = id
	}
	if got := r.Proposals.Describe(i18n.VI, ids[demo.TuyHoa], r.Rules.Awards, codes); !strings.Contains(got, "Không đề nghị Cờ thi đua của UBND tỉnh: không đủ điều kiện (lãnh đạo phòng bị kỷ luật cảnh cáo trong năm) — chuyển cho SONGCAU") ||
		!strings.HasPrefix(got, "Đề nghị Bằng khen") {
		t.Errorf("Tuy Hòa = %q", got)
	}
	if got := r.Proposals.Describe(i18n.VI, ids[demo.SongCau], r.Rules.Awards, codes); got != "Đề nghị Cờ thi đua của UBND tỉnh (7/9 phiếu)" {
		t.Errorf("Sông Cầu = %q", got)
	}
	if got := r.Proposals.Describe(i18n.VI, ids[demo.PhuHoa], r.Rules.Awards, codes); got != "Đề nghị Bằng khen của Chủ tịch UBND tỉnh" {
		t.Errorf("Phú Hòa = %q", got)
	}
	// The leader's own unit was reviewed by the deputy: no flag.
	for _, f := range r.Ranking.Ranked[1].Flags {
		if f.Code == model.FlagLeaderOwnReview {
			t.Error("the deputy's review was flagged as the leader's")
		}
	}
	if r.Self[ids[demo.SongCau]].Total != 10075 {
		t.Errorf("Sông Cầu self total = %v", r.Self[ids[demo.SongCau]].Total)
	}
}

func TestDemoHalfYear(t *testing.T) {
	db := openDemo(t)
	ctx := context.Background()
	p, _ := db.PeriodByCode(ctx, demo.HalfYear)
	r, err := db.Result(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Ranking.Ranked) != 8 || len(r.Ranking.NotRanked) != 1 || r.Ranking.NotRanked[0].Code != demo.SonHoa {
		t.Fatalf("H1: %d ranked, not ranked %v", len(r.Ranking.Ranked), r.Ranking.NotRanked)
	}
	if got := r.Ranking.NotRanked[0].Explain(i18n.VI); got != "Không xếp hạng: chưa có bảng tự chấm." {
		t.Errorf("Sơn Hòa = %q", got)
	}
	if len(r.Proposals.List) != 0 {
		t.Error("the half-year gives no awards")
	}
	locks, _ := db.Locks(ctx, p.ID)
	if len(locks) != 1 || locks[0].Kind != model.LockClosed {
		t.Errorf("H1 locks = %+v", locks)
	}
}

func TestDemoContent(t *testing.T) {
	db := openDemo(t)
	ctx := context.Background()
	inst, err := db.Installation(ctx)
	if err != nil || inst.Role != model.RoleLeader {
		t.Fatalf("installation = %+v, %v", inst, err)
	}
	units, _ := db.Units(ctx, "")
	if len(units) != 9 || units[0].ShortName != "Đông Hòa" || units[1].ShortName != "Đồng Xuân" {
		t.Errorf("units in Vietnamese order: %v", units)
	}
	p, _ := db.PeriodByCode(ctx, demo.Year)
	tree, _ := db.VersionTree(ctx, p.CriteriaVersionID)
	if n := len(tree.Leaves()); n < 40 || n > 60 || tree.StandardMax() != model.Whole(100) {
		t.Errorf("table: %d scorable, %v points", n, tree.StandardMax())
	}
	for _, u := range units {
		regs, _ := db.Registrations(ctx, p.ID, u.ID)
		if len(regs) != 5 {
			t.Errorf("%s has %d registration lines", u.Code, len(regs))
		}
	}
	s, _ := db.LoadSheet(ctx, p.ID, units[0].ID) // Đông Hòa
	if r := s.Rows[mustResolve(t, tree, "I.6.2")][model.StageSelf]; r.Points != 175 || r.Input != "87.5%" {
		t.Errorf("a computed score keeps its input: %+v", r)
	}
}

func mustResolve(t *testing.T, tree *model.Tree, code string) string {
	c, err := tree.Resolve(code)
	if err != nil {
		t.Fatal(err)
	}
	return c.ID
}

// The demo obeys its own rules: every stored score, typed or computed, is
// on the bloc's step of 0,25 (a rule's result is rounded down to it).
func TestDemoScoresOnTheStep(t *testing.T) {
	db := openDemo(t)
	ctx := context.Background()
	units, _ := db.Units(ctx, "")
	for _, code := range []string{demo.HalfYear, demo.Year} {
		p, _ := db.PeriodByCode(ctx, code)
		for _, u := range units {
			s, err := db.LoadSheet(ctx, p.ID, u.ID)
			if err != nil {
				t.Fatal(err)
			}
			if s.Rules.Step != 25 {
				t.Fatalf("step = %v", s.Rules.Step)
			}
			for id, stages := range s.Rows {
				for st, r := range stages {
					if r.Points%s.Rules.Step != 0 {
						t.Errorf("%s %s %s %s = %v, off the step", code, u.Code, s.Tree.Label(id), st, r.Points)
					}
				}
			}
		}
	}
}

// The demo's table reads the same as the CSV import path reads it.
func TestCriteriaAsImported(t *testing.T) {
	rows, err := demo.Criteria()
	if err != nil {
		t.Fatal(err)
	}
	imported, err := sheet.ParseCriteriaCSV(bytes.NewReader(demo.CriteriaCSV()))
	if err != nil {
		t.Fatal(err)
	}
	// Ids are made afresh on every read: compare the rows with each parent
	// named by its position.
	plain := func(rows []model.Criterion) []model.Criterion {
		at := map[string]string{"": ""}
		for i, c := range rows {
			at[c.ID] = fmt.Sprint(i)
		}
		out := make([]model.Criterion, len(rows))
		for i, c := range rows {
			c.ID, c.ParentID = at[c.ID], at[c.ParentID]
			out[i] = c
		}
		return out
	}
	if !reflect.DeepEqual(plain(rows), plain(imported)) {
		t.Errorf("the demo's table differs from its CSV read as a file:\n%v\n%v", rows, imported)
	}
}
