package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Election is the vote that chose a unit for an office at the year-end
// meeting ("bầu Khối trưởng, Khối phó"): the ballots issued, returned and
// valid, and the votes for the unit elected. Who voted what is never
// recorded. The zero Election is "no vote recorded" (the office was
// agreed by acclamation, or appointed by the province).
type Election struct {
	Issued, Returned, Valid, For int
}

// Invalid is the number of ballots returned that were not valid.
func (e Election) Invalid() int { return e.Returned - e.Valid }

// IsZero reports whether no vote is recorded.
func (e Election) IsZero() bool { return e == Election{} }

// Share is the votes for the unit as a share of the valid ballots, in
// points (hundredths of a percent): 7 of 9 is 77.78.
func (e Election) Share() Points {
	if e.Valid == 0 {
		return 0
	}
	return Points((int64(e.For)*10000*2 + int64(e.Valid)) / (int64(e.Valid) * 2))
}

// String writes the vote as the form and the command line take it:
// "9/9/9/7" (issued/returned/valid/for); "" when none is recorded.
func (e Election) String() string {
	if e.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d/%d/%d/%d", e.Issued, e.Returned, e.Valid, e.For)
}

// Errors of an election's vote.
const (
	EElectionFormat = "election.format"
	EElectionCounts = "election.counts"
	EElectionNoUnit = "election.no_unit"
)

// maxBallots bounds a count: a bloc has a few dozen members at most.
const maxBallots = 10000

// ParseElection reads a vote as typed: four whole numbers, issued,
// returned, valid and for, separated by "/", ",", ";" or spaces ("9/9/9/7",
// "9 9 9 7"). An empty text is no vote. The counts are checked (Validate).
func ParseElection(s string) (Election, error) {
	fields := strings.FieldsFunc(NFC(s), func(r rune) bool { return r == '/' || r == ',' || r == ';' || r == ' ' || r == '\t' })
	if len(fields) == 0 {
		return Election{}, nil
	}
	if len(fields) != 4 {
		return Election{}, Errorf(EElectionFormat, quote(strings.TrimSpace(s)))
	}
	var n [4]int
	for i, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || v > maxBallots || strings.HasPrefix(f, "+") {
			return Election{}, Errorf(EElectionFormat, quote(strings.TrimSpace(s)))
		}
		n[i] = v
	}
	e := Election{Issued: n[0], Returned: n[1], Valid: n[2], For: n[3]}
	return e, e.Validate()
}

// Validate checks that the counts hold together: some ballots issued, no
// more returned than issued, no more valid than returned, no more votes
// for than valid ballots.
func (e Election) Validate() error {
	if e.IsZero() {
		return nil
	}
	if e.Issued <= 0 || e.Issued > maxBallots || e.Returned < 0 || e.Returned > e.Issued || e.Valid < 0 ||
		e.Valid > e.Returned || e.For < 0 || e.For > e.Valid {
		return Errorf(EElectionCounts, e.Issued, e.Returned, e.Valid, e.For)
	}
	return nil
}
