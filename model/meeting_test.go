package model

import (
	"strings"
	"testing"
	"time"
)

// Times of day as officers type them.
func TestParseClock(t *testing.T) {
	for in, want := range map[string]string{"8:00": "08:00", "08:30": "08:30", "8h30": "08:30", "14h": "14:00",
		"8 giờ 30": "08:30", "7g45": "07:45", "13.15": "13:15", " 9 ": "09:00", "0:05": "00:05"} {
		if got, err := ParseClock(in); err != nil || got != want {
			t.Errorf("%q = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "24:00", "8:60", "tám giờ", "8:5:1", "-1", "+8", "123", "8:000", "8h30x"} {
		if got, err := ParseClock(in); err == nil {
			t.Errorf("%q accepted as %q", in, got)
		}
	}
}

func TestMeetingValidate(t *testing.T) {
	p := Period{Starts: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)}
	codes := map[string]string{"a": "A", "b": "B"}
	ok := Meeting{Date: time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC), Start: "08:00", End: "11:30",
		Offices: []Office{{Role: OfficeLeader, UnitID: "a", Vote: Election{9, 9, 9, 7}}, {Role: OfficeDeputy, UnitID: "b"}}, Absent: []Absence{{UnitID: "b"}}}
	if err := ok.Validate(p, codes); err != nil {
		t.Fatal(err)
	}
	early := ok
	early.Date = time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC)
	if ErrorCode(early.Validate(p, codes)) != EMeetingBeforePeriod {
		t.Error("a meeting before its period")
	}
	long := Meeting{Place: strings.Repeat("a", maxMeetingText+1)}
	if ErrorCode(long.Validate(p, codes)) != EMeetingText {
		t.Error("a place too long")
	}
	if !(Meeting{}).IsZero() || ok.IsZero() {
		t.Error("IsZero")
	}
	m := Meeting{Place: " Hội  trường\u0065\u0301 ", Start: "8h"}
	m.Normalize()
	if m.Place != "Hội trường\u00e9" || m.Start != "08:00" {
		t.Errorf("normalized = %+v", m)
	}
}
