package model

import (
	"strings"
	"testing"

	"thidua/model/i18n"
)

// cand makes a ranked candidate from its totals: standard, bonus, deduction.
func cand(code, name, standard, bonus, deduction string) Candidate {
	p := func(s string) Points { v, _ := ParsePoints(s); return v }
	tot := Totals{Standard: p(standard), Bonus: p(bonus), Deduction: p(deduction)}
	tot.Total = tot.Standard + tot.Bonus - tot.Deduction
	return Candidate{UnitID: "id-" + code, Code: code, Name: name, Totals: tot, Stage: StageBloc, Reviewed: true}
}

func ranks(r Ranking) string {
	var parts []string
	for _, p := range r.Ranked {
		s := p.Code + "=" + itoa(p.Rank)
		if p.Tied {
			s += "T"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func itoa(n int) string { return Whole(int64(n)).String() }

func TestRankOrderAndTieBreaks(t *testing.T) {
	cands := []Candidate{
		cand("C", "Đông Hòa", "88", "2", "0"),  // 90
		cand("A", "Tuy Hòa", "95", "3", "0"),   // 98
		cand("D", "Đồng Xuân", "89", "1", "0"), // 90, higher standard than C
		cand("B", "Sông Cầu", "94", "4", "0"),  // 98, lower standard than A
		cand("E", "Tuy An", "90", "2", "2"),    // 90, standard 90 but deductions
	}
	r := Rank(cands, DefaultTieBreaks(), NumberingSkip)
	if got := ranks(r); got != "A=1 B=2 E=3 D=4 C=5" {
		t.Errorf("ranks = %s", got)
	}
	// Every adjacent pair explains itself.
	want := []string{
		"",
		"A trên B: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (95 > 94)",
		"B trên E: tổng điểm 98 > 90",
		"E trên D: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (90 > 89)",
		"D trên C: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (89 > 88)",
	}
	for i, p := range r.Ranked {
		got := ""
		if p.Above != nil {
			got = p.Above.Localize(i18n.VI)
		}
		if got != want[i] {
			t.Errorf("%s above: %q, want %q", p.Code, got, want[i])
		}
	}
	// The tie-break list is the bloc's: deductions first changes the order.
	breaks, err := ParseTieBreaks("deduction,bonus", nil)
	if err != nil {
		t.Fatal(err)
	}
	r = Rank(cands, breaks, NumberingSkip)
	if got := ranks(r); got != "B=1 A=2 C=3 D=4 E=5" {
		t.Errorf("ranks with deduction,bonus = %s", got)
	}
	if got := r.Ranked[4].Above.Localize(i18n.EN); got != "D above E: equal totals, fewer deduction points (0 < 2)" {
		t.Errorf("explain = %q", got)
	}
}

func TestRankSharedAndNumbering(t *testing.T) {
	cands := []Candidate{
		cand("A", "An", "95", "0", "0"),
		cand("B", "Bình", "90", "0", "0"),
		cand("C", "Cầu", "90", "0", "0"),
		cand("D", "Dương", "80", "0", "0"),
	}
	skip := Rank(cands, DefaultTieBreaks(), NumberingSkip)
	if got := ranks(skip); got != "A=1 B=2T C=2T D=4" {
		t.Errorf("skip = %s", got)
	}
	dense := Rank(cands, DefaultTieBreaks(), NumberingDense)
	if got := ranks(dense); got != "A=1 B=2T C=2T D=3" {
		t.Errorf("dense = %s", got)
	}
	if got := skip.Ranked[2].Above.Localize(i18n.VI); got != "B và C bằng nhau trên mọi tiêu chí xếp hạng: đồng hạng 2" {
		t.Errorf("tie explain = %q", got)
	}
	// The meeting's vote is a recorded last tie-break.
	cands[1].VoteOrder, cands[2].VoteOrder = 2, 1
	voted := Rank(cands, DefaultTieBreaks(), NumberingSkip)
	if got := ranks(voted); got != "A=1 C=2 B=3 D=4" {
		t.Errorf("voted = %s", got)
	}
	if got := voted.Ranked[2].Above.Localize(i18n.VI); !strings.Contains(got, "hội nghị biểu quyết xếp C trước") {
		t.Errorf("vote explain = %q", got)
	}
}

func TestRankFullMarksAndPart(t *testing.T) {
	a, b := cand("A", "A", "90", "0", "0"), cand("B", "B", "90", "0", "0")
	a.Totals.FullMarks, b.Totals.FullMarks = 30, 32
	a.Totals.Value = map[string]Points{"I": Whole(70)}
	b.Totals.Value = map[string]Points{"I": Whole(68)}
	breaks, _ := ParseTieBreaks("full_marks", nil)
	if got := ranks(Rank([]Candidate{a, b}, breaks, NumberingSkip)); got != "B=1 A=2" {
		t.Errorf("full marks = %s", got)
	}
	tr := smallTable(t)
	breaks, err := ParseTieBreaks("part:I,full_marks", tr)
	if err != nil || breaks[0].Part != "I" || breaks[0].Label != "I" {
		t.Fatalf("part tie-break = %v, %v", breaks, err)
	}
	r := Rank([]Candidate{a, b}, breaks, NumberingSkip)
	if got := ranks(r); got != "A=1 B=2" {
		t.Errorf("part = %s", got)
	}
	if got := r.Ranked[1].Above.Localize(i18n.EN); got != "A above B: equal totals, higher points in part I (70 > 68)" {
		t.Errorf("part explain = %q", got)
	}
	if FormatTieBreaks(breaks) != "part:I,full_marks" {
		t.Errorf("format = %s", FormatTieBreaks(breaks))
	}
	for _, bad := range []string{"luck", "part", "standard:x", "bonus,bonus", "part:ZZ"} {
		if _, err := ParseTieBreaks(bad, tr); ErrorCode(err) != ERuleBadTieBreak {
			t.Errorf("ParseTieBreaks(%q) = %v", bad, err)
		}
	}
}

// Units not ranked come last, with their reason, in Vietnamese name order.
func TestRankNotRanked(t *testing.T) {
	a := cand("A", "Tuy Hòa", "90", "0", "0")
	w := cand("W", "Đông Hòa", "99", "0", "0")
	w.NotRanked = Errorf(RankWithdrawn, "sáp nhập")
	n := cand("N", "Đồng Xuân", "0", "0", "0")
	n.NotRanked = Errorf(RankNoSubmission)
	r := Rank([]Candidate{w, a, n}, DefaultTieBreaks(), NumberingSkip)
	if len(r.Ranked) != 1 || r.Ranked[0].Code != "A" || r.Ranked[0].Rank != 1 {
		t.Errorf("ranked = %v", r.Ranked)
	}
	if len(r.NotRanked) != 2 || r.NotRanked[0].Code != "W" || r.NotRanked[1].Code != "N" {
		t.Errorf("not ranked = %v (Đông before Đồng)", r.NotRanked)
	}
	if got := r.NotRanked[0].Explain(i18n.VI); got != "Không xếp hạng: đơn vị đã rút khỏi khối (sáp nhập)." {
		t.Errorf("explain = %q", got)
	}
	if r.All()[2].Rank != 0 {
		t.Error("a unit not ranked has no rank")
	}
	if got := r.Ranked[0].Explain(i18n.EN); got != "The only ranked unit." {
		t.Errorf("alone = %q", got)
	}
}

func TestParseNumbering(t *testing.T) {
	if n, err := ParseNumbering("dense"); err != nil || n != NumberingDense {
		t.Error("dense")
	}
	if n, err := ParseNumbering("skip"); err != nil || n != NumberingSkip {
		t.Error("skip")
	}
	if _, err := ParseNumbering("olympic"); ErrorCode(err) != ERuleBadNumbering {
		t.Error("bad numbering accepted")
	}
}

// Candidate picks the stage that ranks and says why a unit is not ranked.
func TestCandidate(t *testing.T) {
	tr := smallTable(t)
	full := sheet("I1", "40", "I2", "20", "II1", "30", "II2", "10", "IV1", "1", "IV2", "0", "V1", "0", "V2", "1")
	unit := Unit{ID: "u", Code: "U", Name: "Đơn vị"}
	var l Layers
	for id, p := range full {
		l.Set(StageSelf, id, p)
	}
	c := tr.Candidate(UnitState{Unit: unit, Layers: l}, Caps{})
	if c.Stage != StageSelf || c.Reviewed || c.NotRanked != nil || c.Totals.Total != Whole(100) {
		t.Errorf("self only: %+v", c)
	}
	if len(c.Flags) != 1 || c.Flags[0].Code != FlagNoReview {
		t.Errorf("no-review flag: %v", c.Flags)
	}
	c = tr.Candidate(UnitState{Unit: unit, Layers: l, Accepted: true}, Caps{})
	if c.Stage != StageBloc || !c.Reviewed || len(c.Flags) != 0 {
		t.Errorf("accepted without changes ranks on the bloc stage: %+v", c)
	}
	l.Set(StageBloc, "I1", Whole(35))
	c = tr.Candidate(UnitState{Unit: unit, Layers: l, LeaderOwnReview: true}, Caps{})
	if c.Stage != StageBloc || c.Totals.Total != Whole(95) {
		t.Errorf("bloc overlay: %v %v", c.Stage, c.Totals.Total)
	}
	if len(c.Flags) != 1 || c.Flags[0].Code != FlagLeaderOwnReview {
		t.Errorf("leader flag: %v", c.Flags)
	}
	var partial Layers
	partial.Set(StageSelf, "I1", 0)
	for _, tc := range []struct {
		s    UnitState
		code string
	}{
		{UnitState{Unit: unit}, RankNoSubmission},
		{UnitState{Unit: unit, Layers: partial}, RankIncomplete},
		{UnitState{Unit: unit, Layers: l, Excluded: "không đăng ký thi đua"}, RankExcluded},
		{UnitState{Unit: Unit{ID: "u", Code: "U", Status: Withdrawn}, Layers: l}, RankWithdrawn},
	} {
		if c := tr.Candidate(tc.s, Caps{}); c.NotRanked == nil || c.NotRanked.Code != tc.code {
			t.Errorf("want %s, got %v", tc.code, c.NotRanked)
		}
	}
	if got := tr.Candidate(UnitState{Unit: unit, Layers: partial}, Caps{}).NotRanked.Localize(i18n.VI); got != "Không xếp hạng: còn thiếu 7/8 tiêu chí chưa chấm (0 cũng là một điểm)." {
		t.Errorf("incomplete = %q", got)
	}
}
