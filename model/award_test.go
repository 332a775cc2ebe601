package model

import (
	"strings"
	"testing"
	"time"

	"thidua/model/i18n"
)

func flagAndCertificates() []AwardRule {
	half, _ := ParseThreshold(">1/2")
	return []AwardRule{
		{Code: "CO", Name: "Cờ thi đua của UBND tỉnh", Quota: 1, MinTotal: Whole(90), VoteRequired: true, Threshold: half, Base: BaseMembers},
		{Code: "BK", Name: "Bằng khen của Chủ tịch UBND tỉnh", Quota: 2, MinTotal: Whole(90)},
	}
}

func demoRanking() Ranking {
	return Rank([]Candidate{
		cand("A", "An", "96", "2", "0"),    // 98
		cand("B", "Bình", "94", "2", "0"),  // 96
		cand("C", "Cầu", "91", "1", "0"),   // 92
		cand("D", "Dương", "89", "2", "0"), // 91
		cand("E", "Giang", "85", "0", "0"), // 85
	}, DefaultTieBreaks(), NumberingSkip)
}

func statuses(p Proposals) string {
	var s []string
	for _, x := range p.List {
		s = append(s, strings.TrimPrefix(x.UnitID, "id-")+":"+x.Award+":"+x.Status.String())
	}
	return strings.Join(s, " ")
}

func TestProposeByRank(t *testing.T) {
	p := Propose(demoRanking(), flagAndCertificates(), nil, VoteInput{Members: 9})
	if got := statuses(p); got != "A:CO:awaiting_vote B:BK:proposed C:BK:proposed" {
		t.Errorf("proposals = %s", got)
	}
	if len(p.Skips) != 0 {
		t.Errorf("skips = %v", p.Skips)
	}
}

// A unit can rank first yet be ineligible; the flag passes to the next
// eligible unit and the proposal says so.
func TestProposeIneligibleFirst(t *testing.T) {
	blocks := []Block{{UnitID: "id-A", Award: "CO", Reason: "lãnh đạo bị kỷ luật cảnh cáo"}}
	p := Propose(demoRanking(), flagAndCertificates(), blocks, VoteInput{Members: 9})
	// A cannot have the flag but still qualifies for a certificate.
	if got := statuses(p); got != "B:CO:awaiting_vote A:BK:proposed C:BK:proposed" {
		t.Errorf("proposals = %s", got)
	}
	codes := map[string]string{"id-A": "A", "id-B": "B"}
	got := p.Describe(i18n.VI, "id-A", flagAndCertificates(), codes)
	want := "Đề nghị Bằng khen của Chủ tịch UBND tỉnh; Không đề nghị Cờ thi đua của UBND tỉnh: không đủ điều kiện (lãnh đạo bị kỷ luật cảnh cáo) — chuyển cho B"
	if got != want {
		t.Errorf("describe = %q\nwant       %q", got, want)
	}
	// Blocked from every award: ranked, but proposed for nothing.
	blocks = []Block{{UnitID: "id-A", Reason: "vi phạm bị thanh tra kết luận"}}
	p = Propose(demoRanking(), flagAndCertificates(), blocks, VoteInput{Members: 9})
	if got := statuses(p); got != "B:CO:awaiting_vote C:BK:proposed D:BK:proposed" {
		t.Errorf("all blocked = %s", got)
	}
	if len(p.SkipsFor("id-A")) != 2 {
		t.Errorf("skips for A = %v", p.SkipsFor("id-A"))
	}
}

func TestProposeMinimumTotal(t *testing.T) {
	rules := flagAndCertificates()
	rules[1].Quota = 5
	p := Propose(demoRanking(), rules, nil, VoteInput{Members: 9})
	if got := statuses(p); got != "A:CO:awaiting_vote B:BK:proposed C:BK:proposed D:BK:proposed" {
		t.Errorf("proposals = %s", got)
	}
	s := p.SkipsFor("id-E")
	// The flag's quota was filled before E's turn, so E is passed over for
	// the certificate only.
	if len(s) != 1 || s[0].Award != "BK" || s[0].Reason.Code != EAwardBelowMin {
		t.Fatalf("E skips = %v", s)
	}
	if got := s[0].Reason.Localize(i18n.VI); got != "tổng điểm 85 dưới mức tối thiểu 90" {
		t.Errorf("below min = %q", got)
	}
}

// The vote base matters: 5 votes of 9 members pass "more than half of all
// members"; 4 of 9 do not, even if 4 of 7 valid ballots would.
func TestProposeVotes(t *testing.T) {
	rules := flagAndCertificates()
	votes := VoteInput{
		Members: 9,
		Ballots: map[string]Ballot{"CO": {Award: "CO", Issued: 9, Returned: 8, Valid: 7, Invalid: 1}},
		Votes:   map[string]map[string]int{"CO": {"id-A": 4, "id-B": 5}},
	}
	p := Propose(demoRanking(), rules, nil, votes)
	if got := statuses(p); got != "B:CO:proposed A:BK:proposed C:BK:proposed" {
		t.Errorf("members base = %s", got)
	}
	if pr, _ := p.ForUnit("id-B"); pr.Votes != 5 || pr.Base != 9 {
		t.Errorf("B votes = %+v", pr)
	}
	if s := p.SkipsFor("id-A"); len(s) != 1 || s[0].Reason.Localize(i18n.EN) != "got 4 of 9 votes, below the threshold >1/2" || s[0].PassedTo != "id-B" {
		t.Errorf("A skip = %+v", s)
	}
	rules[0].Base = BaseBallots
	p = Propose(demoRanking(), rules, nil, votes)
	if got := statuses(p); got != "A:CO:proposed B:BK:proposed C:BK:proposed" {
		t.Errorf("ballots base = %s", got)
	}
}

func TestThreshold(t *testing.T) {
	cases := []struct {
		t           string
		votes, base int
		pass        bool
	}{
		{">1/2", 5, 9, true},
		{">1/2", 4, 8, false}, // exactly half is not more than half
		{">1/2", 5, 8, true},
		{">=2/3", 6, 9, true}, // 66.67% passes "from two thirds": no rounding trap
		{">=2/3", 5, 9, false},
		{">50%", 5, 10, false},
		{">=50%", 5, 10, true},
		{">1/2", 0, 0, false},
	}
	for _, c := range cases {
		th, err := ParseThreshold(c.t)
		if err != nil {
			t.Fatalf("%s: %v", c.t, err)
		}
		if got := th.Pass(c.votes, c.base); got != c.pass {
			t.Errorf("%s %d/%d = %v", c.t, c.votes, c.base, got)
		}
	}
	if th, _ := ParseThreshold(">= 2/3"); th.String() != ">=2/3" {
		t.Errorf("String = %s", th)
	}
	for _, bad := range []string{"1/2", ">3/2", ">0/2", ">abc", ">150%"} {
		if _, err := ParseThreshold(bad); ErrorCode(err) != ERuleBadThreshold {
			t.Errorf("ParseThreshold(%q) accepted", bad)
		}
	}
}

// Units tied on every measure at the quota line are left to the meeting.
func TestProposeTieAtQuota(t *testing.T) {
	r := Rank([]Candidate{
		cand("A", "An", "96", "0", "0"),
		cand("B", "Bình", "94", "0", "0"),
		cand("C", "Cầu", "94", "0", "0"),
	}, DefaultTieBreaks(), NumberingSkip)
	rules := []AwardRule{{Code: "BK", Name: "Bằng khen", Quota: 2}}
	p := Propose(r, rules, nil, VoteInput{Members: 3})
	if got := statuses(p); got != "A:BK:proposed B:BK:tie_at_quota C:BK:tie_at_quota" {
		t.Errorf("tie at quota = %s", got)
	}
}

func TestBallotAndRules(t *testing.T) {
	if err := (Ballot{Issued: 9, Returned: 9, Valid: 8, Invalid: 1}).Validate(); err != nil {
		t.Error(err)
	}
	for _, b := range []Ballot{{Issued: 9, Returned: 10, Valid: 10}, {Issued: 9, Returned: 9, Valid: 7, Invalid: 1}, {Issued: -1}} {
		if ErrorCode(b.Validate()) != EVoteCounts {
			t.Errorf("ballot %+v accepted", b)
		}
	}
	r := DefaultRules()
	r.Awards = flagAndCertificates()
	if err := r.Validate(); err != nil {
		t.Error(err)
	}
	r.Awards = append(r.Awards, r.Awards[0])
	if ErrorCode(r.Validate()) != ERuleDupAward {
		t.Error("duplicate award accepted")
	}
	if a := (AwardRule{Code: "X", Name: "X"}); ErrorCode(a.Validate()) != ERuleBadQuota {
		t.Error("zero quota accepted")
	}
}

func TestDecision(t *testing.T) {
	rules := flagAndCertificates()
	date := time.Date(2020, 3, 21, 0, 0, 0, 0, time.UTC)
	ok := []Decision{
		{UnitID: "u", Award: "CO", Outcome: Awarded, Number: "512/QĐ-UBND", Date: date},
		{UnitID: "u", Award: "CO", Outcome: NotAwarded},
		{UnitID: "u", Award: "CO", Outcome: Downgraded, DowngradedTo: "BK", Number: "513/QĐ-UBND", Date: date},
	}
	for _, d := range ok {
		if err := d.Validate(rules); err != nil {
			t.Errorf("%+v: %v", d, err)
		}
	}
	bad := map[string]Decision{
		EAwardUnknown:     {Award: "XX", Outcome: Awarded, Number: "1"},
		EDecisionNoTarget: {Award: "CO", Outcome: Downgraded, Number: "1"},
		EDecisionBad:      {Award: "CO", Outcome: Awarded},
	}
	for code, d := range bad {
		if got := ErrorCode(d.Validate(rules)); got != code {
			t.Errorf("%+v = %s, want %s", d, got, code)
		}
	}
}
