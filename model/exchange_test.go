package model

import (
	"strings"
	"testing"
	"time"

	"thidua/model/facts"
)

func TestClassify(t *testing.T) {
	applied := &AppliedState{KeyID: "k1", Seq: 10, ContentHash: "h10"}
	cases := []struct {
		name string
		a    Arrival
		want MergeStatus
		hold HoldKind
	}{
		{"first key, no proof", Arrival{KeyID: "k1", Seq: 1, ContentHash: "h"}, StatusHeld, HoldUnverified},
		{"first key, enrolment proof", Arrival{KeyID: "k1", Seq: 1, ContentHash: "h", EnrolmentOK: true}, StatusApplied, HoldNone},
		{"first key accepted by phone", Arrival{KeyID: "k1", Seq: 1, ContentHash: "h", Accepted: []HoldKind{HoldUnverified}}, StatusApplied, HoldNone},
		{"new seq", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", Applied: applied}, StatusApplied, HoldNone},
		{"same content, new seq", Arrival{KeyID: "k1", Pinned: "k1", Seq: 12, ContentHash: "h10", Applied: applied}, StatusUnchanged, HoldNone},
		{"older seq", Arrival{KeyID: "k1", Pinned: "k1", Seq: 9, ContentHash: "h9", Applied: applied}, StatusStale, HoldNone},
		{"fork", Arrival{KeyID: "k1", Pinned: "k1", Seq: 10, ContentHash: "hx", Applied: applied}, StatusHeld, HoldFork},
		{"older seq after one from a clock ahead", Arrival{KeyID: "k1", Pinned: "k1", Seq: 9, ContentHash: "h9", Applied: applied,
			AppliedAhead: true}, StatusHeld, HoldFork},
		{"older seq after one from a clock ahead, picked", Arrival{KeyID: "k1", Pinned: "k1", Seq: 9, ContentHash: "h9", Applied: applied,
			AppliedAhead: true, Accepted: []HoldKind{HoldFork}}, StatusApplied, HoldNone},
		{"same content after a clock ahead", Arrival{KeyID: "k1", Pinned: "k1", Seq: 9, ContentHash: "h10", Applied: applied,
			AppliedAhead: true}, StatusUnchanged, HoldNone},
		{"fork picked", Arrival{KeyID: "k1", Pinned: "k1", Seq: 10, ContentHash: "hx", Applied: applied, Accepted: []HoldKind{HoldFork}}, StatusApplied, HoldNone},
		{"key changed", Arrival{KeyID: "k2", Pinned: "k1", Seq: 99, ContentHash: "h", Applied: applied}, StatusHeld, HoldKeyChanged},
		{"new key accepted: its seq restarts", Arrival{KeyID: "k2", Pinned: "k1", Seq: 1, ContentHash: "h", Applied: applied,
			Accepted: []HoldKind{HoldKeyChanged}}, StatusApplied, HoldNone},
		{"locked", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", Applied: applied, Locked: true}, StatusHeld, HoldLate},
		{"locked but unchanged", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h10", Applied: applied, Locked: true}, StatusUnchanged, HoldNone},
		{"locked, unlocked by the leader", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", Applied: applied,
			Locked: true, Accepted: []HoldKind{HoldLate}}, StatusApplied, HoldNone},
		{"older table", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", OlderTable: true}, StatusHeld, HoldCriteria},
		{"cross bloc", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", CrossBloc: true}, StatusHeld, HoldCrossBloc},
		{"unit rolled back", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", UnitStale: true,
			Accepted: []HoldKind{HoldUnitKey, HoldCrossBloc}}, StatusStale, HoldNone},
		{"unit key changed", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", UnitKeyChanged: true}, StatusHeld, HoldUnitKey},
		{"unit key changed, accepted", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h11", UnitKeyChanged: true,
			Accepted: []HoldKind{HoldUnitKey}}, StatusApplied, HoldNone},
		{"leader key before unit key", Arrival{KeyID: "k2", Pinned: "k1", Seq: 11, ContentHash: "h11", UnitKeyChanged: true}, StatusHeld, HoldKeyChanged},
		{"unit key changed, same content", Arrival{KeyID: "k1", Pinned: "k1", Seq: 11, ContentHash: "h10", Applied: applied,
			UnitKeyChanged: true}, StatusUnchanged, HoldNone},
	}
	for _, c := range cases {
		got, hold := Classify(c.a)
		if got != c.want || hold != c.hold {
			t.Errorf("%s: %v %v, want %v %v", c.name, got, hold, c.want, c.hold)
		}
	}
}

func TestCheckFileRow(t *testing.T) {
	s := func(v string) *string { return &v }
	sub := FileScope{Kind: KindSubmission, BlocID: "B", PeriodID: "P", Author: "A"}
	setup := FileScope{Kind: KindSetup, BlocID: "B", PeriodID: "P", Author: "L", Addressee: "A",
		InRoster: func(u string) bool { return u == "A" || u == "L" }, InPeriods: func(p string) bool { return p == "P" || p == "P0" }}
	bloc := FileScope{Kind: KindBlocFile, BlocID: "B", PeriodID: "P", Author: "L",
		InRoster: func(u string) bool { return u == "A" || u == "L" }}
	decision := FileScope{Kind: KindDecision, BlocID: "B", PeriodID: "P", Author: "T"}
	cases := []struct {
		name  string
		scope FileScope
		table string
		keys  RowKeys
		want  string
	}{
		{"own self-score", sub, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("self")}, ""},
		{"another unit's score", sub, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("X"), Stage: s("self")}, EFileRowUnit},
		{"scoring itself as the bloc", sub, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("bloc")}, EFileRowStage},
		{"stage spelled in Vietnamese", sub, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("tu cham")}, EFileRowStage},
		{"other period", sub, facts.TRegistration, RowKeys{PeriodID: s("Q"), UnitID: s("A")}, EFileRowPeriod},
		{"criteria in a unit file", sub, facts.TCriterion, RowKeys{}, EFileTable},
		{"roster in a unit file", sub, facts.TUnit, RowKeys{BlocID: s("B"), UnitID: s("A")}, EFileTable},
		{"setup roster", setup, facts.TUnit, RowKeys{BlocID: s("B"), UnitID: s("Z")}, ""},
		{"setup of another bloc", setup, facts.TPeriod, RowKeys{BlocID: s("C"), PeriodID: s("P")}, EFileRowBloc},
		{"setup: an older period", setup, facts.TRules, RowKeys{PeriodID: s("P0")}, ""},
		{"setup: returns of the addressee", setup, facts.TReturn, RowKeys{PeriodID: s("P"), UnitID: s("A")}, ""},
		{"setup: returns of another unit", setup, facts.TReturn, RowKeys{PeriodID: s("P"), UnitID: s("L")}, EFileRowUnit},
		{"setup: the addressee's province scores", setup, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("province")}, ""},
		{"setup: another unit's province scores", setup, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("L"), Stage: s("province")}, EFileRowUnit},
		{"setup: self-scores", setup, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("self")}, EFileRowStage},
		{"setup: the bloc's decisions", setup, facts.TDecision, RowKeys{PeriodID: s("P0"), UnitID: s("L")}, ""},
		{"setup: a decision of a stranger", setup, facts.TDecision, RowKeys{PeriodID: s("P"), UnitID: s("X")}, EFileRowUnit},
		{"setup: locks", setup, facts.TLock, RowKeys{}, EFileTable},
		{"decision: province score", decision, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("province")}, ""},
		{"decision: bloc score", decision, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("bloc")}, EFileRowStage},
		{"decision: another period", decision, facts.TDecision, RowKeys{PeriodID: s("P0"), UnitID: s("A")}, EFileRowPeriod},
		{"decision: a roster", decision, facts.TUnit, RowKeys{BlocID: s("B"), UnitID: s("A")}, EFileTable},
		{"bloc: ranked on the province's stage", bloc, facts.TRanking, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("province")}, ""},
		{"bloc: bloc review", bloc, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("bloc")}, ""},
		{"bloc: province stage", bloc, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s("A"), Stage: s("province")}, EFileRowStage},
		{"bloc: unit not in roster", bloc, facts.TRanking, RowKeys{PeriodID: s("P"), UnitID: s("X")}, EFileRowUnit},
		{"bloc: another period", bloc, facts.TLock, RowKeys{PeriodID: s("P0"), UnitID: s("A")}, EFileRowPeriod},
		{"bloc: the period closed", bloc, facts.TLock, RowKeys{PeriodID: s("P"), UnitID: s("")}, ""},
		{"bloc: a lock of a unit not in roster", bloc, facts.TLock, RowKeys{PeriodID: s("P"), UnitID: s("X")}, EFileRowUnit},
		{"bloc: a score of no unit", bloc, facts.TScore, RowKeys{PeriodID: s("P"), UnitID: s(""), Stage: s("bloc")}, EFileRowUnit},
	}
	for _, c := range cases {
		err := CheckFileRow(c.scope, c.table, c.keys)
		if got := ErrorCode(err); (err == nil) != (c.want == "") || (err != nil && got != c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}

func TestCheckFileScore(t *testing.T) {
	direct := Criterion{ID: "a", Code: "I.1", Kind: Standard, Max: 300}
	pct := Criterion{ID: "b", Code: "I.2", Kind: Standard, Max: 300, Rule: Rule{Kind: RuleRatio}}
	group := Criterion{ID: "g", Code: "I", Kind: Group, Max: 1000}
	cases := []struct {
		c     Criterion
		p     Points
		input string
		step  Points
		want  string
	}{
		{direct, 250, "", 25, ""},
		{direct, 301, "", 0, EAboveMax},
		{direct, -1, "", 0, ENegative},
		{direct, 260, "", 25, EOffStep},
		{group, 10, "", 0, ENotScorable},
		{pct, 288, "96", 25, ""},
		{pct, 300, "96", 0, EFileScoreInput},
		{pct, 288, "", 0, EFileScoreInput},
	}
	for i, c := range cases {
		err := CheckFileScore(c.c, c.p, c.input, c.step)
		if (err == nil) != (c.want == "") || (err != nil && ErrorCode(err) != c.want) {
			t.Errorf("#%d: %v, want %q", i, err, c.want)
		}
	}
}

func TestFingerprintAndSeq(t *testing.T) {
	pub := []byte("0123456789abcdef0123456789abcdef")
	fp := Fingerprint(pub)
	if len(fp) != 24 || strings.Count(fp, "-") != 4 || strings.Trim(fp, "0123456789-") != "" {
		t.Errorf("fingerprint %q is not 5 groups of 4 digits", fp)
	}
	if fp != Fingerprint(append([]byte{}, pub...)) || fp == Fingerprint([]byte("another key, another fingerprint")) {
		t.Error("fingerprint is not a function of the key")
	}
	if !SameFingerprint(strings.ReplaceAll(fp, "-", " "), fp) || SameFingerprint("1234", fp) || SameFingerprint("", "") {
		t.Error("SameFingerprint")
	}
	if Fingerprint(nil) != "" || KeyID(nil) != "" || len(KeyID(pub)) != 32 {
		t.Error("empty keys")
	}
	for _, c := range []struct{ last, now, want int64 }{{0, 100, 100}, {100, 100, 101}, {2e9, 100, 2e9 + 1}, {0, -5, 1}} {
		if got := NextSeq(c.last, c.now); got != c.want {
			t.Errorf("NextSeq(%d, %d) = %d", c.last, c.now, got)
		}
	}
	if Receipt(17, "abcdef0123456789") != "17-abcdef01" {
		t.Error("receipt")
	}
}

func TestReviewOfAndNames(t *testing.T) {
	t0 := time.Date(2019, 12, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		applied, returned time.Time
		accepted          bool
		want              ReviewState
	}{
		{time.Time{}, time.Time{}, false, ReviewMissing},
		{t0, time.Time{}, false, ReviewReceived},
		{t0, t0.Add(time.Hour), false, ReviewReturned},
		{t0.Add(2 * time.Hour), t0.Add(time.Hour), false, ReviewAnswered},
		{t0, t0.Add(time.Hour), true, ReviewAccepted},
	}
	for _, c := range cases {
		if got := ReviewOf(c.applied, c.returned, c.accepted); got != c.want {
			t.Errorf("ReviewOf = %v, want %v", got, c.want)
		}
	}
	for k := KindSetup; k <= KindBlocFile; k++ {
		if got, ok := ParseFileKind(k.String()); !ok || got != k {
			t.Errorf("kind %v", k)
		}
	}
	for s := StatusApplied; s <= StatusRejected; s++ {
		if got, ok := ParseMergeStatus(s.String()); !ok || got != s {
			t.Errorf("status %v", s)
		}
	}
	for h := HoldUnverified; h <= HoldCrossBloc; h++ {
		if got, ok := ParseHoldKind(h.String()); !ok || got != h {
			t.Errorf("hold %v", h)
		}
	}
	if _, ok := ParseHoldKind(""); ok {
		t.Error("empty hold kind parsed")
	}
	if FileKind(9).String() != "unknown" || HoldKind(99).String() != "hold" {
		t.Error("out-of-range names")
	}
}
