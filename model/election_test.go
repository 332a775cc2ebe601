package model

import "testing"

// Votes as a secretary types them, and the counts that cannot be.
func TestParseElection(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Election
		err  string
	}{
		{"", Election{}, ""},
		{"   ", Election{}, ""},
		{"9/9/9/7", Election{9, 9, 9, 7}, ""},
		{"9 9 8 8", Election{9, 9, 8, 8}, ""},
		{" 12, 11; 10 / 6 ", Election{12, 11, 10, 6}, ""},
		{"9/9/9/0", Election{9, 9, 9, 0}, ""},
		{"9/9/9", Election{}, EElectionFormat},
		{"9/9/9/7/1", Election{}, EElectionFormat},
		{"9/9/9/bảy", Election{}, EElectionFormat},
		{"9/9/9/-1", Election{}, EElectionFormat},
		{"9/9/9/+7", Election{}, EElectionFormat},
		{"9/9/9/7.5", Election{}, EElectionFormat},
		{"99999/9/9/7", Election{}, EElectionFormat},
		{"9/10/9/7", Election{}, EElectionCounts}, // more returned than issued
		{"9/8/9/7", Election{}, EElectionCounts},  // more valid than returned
		{"9/9/9/10", Election{}, EElectionCounts}, // more votes than valid ballots
		{"0/0/0/0", Election{}, ""},               // the zero vote: none recorded
		{"0/0/0/1", Election{}, EElectionCounts},  // votes without ballots
	} {
		got, err := ParseElection(c.in)
		if code := ErrorCode(err); (err != nil || c.err != "") && code != c.err {
			t.Errorf("%q: error %v, want %q", c.in, err, c.err)
			continue
		}
		if c.err == "" && got != c.want {
			t.Errorf("%q = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestElectionShare(t *testing.T) {
	for _, c := range []struct {
		e    Election
		want Points
	}{
		{Election{9, 9, 9, 7}, 7778},
		{Election{9, 9, 9, 9}, 10000},
		{Election{3, 3, 3, 2}, 6667},
		{Election{9, 9, 0, 0}, 0},
		{Election{}, 0},
	} {
		if got := c.e.Share(); got != c.want {
			t.Errorf("%+v share = %d, want %d", c.e, got, c.want)
		}
	}
	if s := (Election{9, 9, 8, 7}).String(); s != "9/9/8/7" {
		t.Errorf("String = %q", s)
	}
	if (Election{9, 9, 8, 7}).Invalid() != 1 {
		t.Error("Invalid")
	}
}
