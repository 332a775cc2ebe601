package model

import (
	"fmt"
	"strconv"
	"strings"
)

// VoteBase is what a vote percentage is taken of. "More than half of all
// members" and "more than half of the ballots cast" differ, and the minutes
// must say which.
type VoteBase int

const (
	// BaseMembers counts every active member unit of the bloc.
	BaseMembers VoteBase = iota
	// BaseBallots counts the valid ballots cast.
	BaseBallots
)

// String returns "members" or "ballots".
func (b VoteBase) String() string {
	if b == BaseBallots {
		return "ballots"
	}
	return "members"
}

// ParseVoteBase reads "members" or "ballots".
func ParseVoteBase(s string) (VoteBase, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "members", "":
		return BaseMembers, nil
	case "ballots":
		return BaseBallots, nil
	}
	return BaseMembers, Errorf(ERuleBadVoteBase, quote(s))
}

// Threshold is a vote pass mark as an exact fraction: "more than 1/2" is
// {1, 2, true}; "at least 2/3" is {2, 3, false}. Fractions avoid the
// rounding trap of 66,67%: 6 votes of 9 pass "at least 2/3".
type Threshold struct {
	Num, Den int
	Strict   bool // more than (true) or at least (false)
}

// Pass reports whether votes out of base pass the threshold.
func (t Threshold) Pass(votes, base int) bool {
	if base <= 0 || t.Den <= 0 {
		return false
	}
	lhs, rhs := votes*t.Den, t.Num*base
	if t.Strict {
		return lhs > rhs
	}
	return lhs >= rhs
}

// String returns ">1/2" or ">=2/3".
func (t Threshold) String() string {
	op := ">="
	if t.Strict {
		op = ">"
	}
	return fmt.Sprintf("%s%d/%d", op, t.Num, t.Den)
}

// ParseThreshold reads ">1/2", ">=2/3" or a percentage such as ">50%".
func ParseThreshold(s string) (Threshold, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	bad := Errorf(ERuleBadThreshold, quote(s))
	t := Threshold{}
	switch {
	case strings.HasPrefix(s, ">="):
		s = s[2:]
	case strings.HasPrefix(s, ">"):
		t.Strict, s = true, s[1:]
	default:
		return t, bad
	}
	if p, ok := strings.CutSuffix(s, "%"); ok {
		v, err := ParsePoints(p)
		if err != nil || v <= 0 || v > Whole(100) {
			return t, bad
		}
		t.Num, t.Den = int(v), 100*PointsPerUnit
		return t, nil
	}
	n, d, ok := strings.Cut(s, "/")
	if !ok {
		return t, bad
	}
	var err1, err2 error
	t.Num, err1 = strconv.Atoi(n)
	t.Den, err2 = strconv.Atoi(d)
	if err1 != nil || err2 != nil || t.Num <= 0 || t.Den <= 0 || t.Num > t.Den {
		return t, bad
	}
	return t, nil
}
