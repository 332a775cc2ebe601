package model

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Meeting is the record of the bloc's meeting that reviews a period ("hội
// nghị tổng kết, bình xét thi đua"), as its minutes ("biên bản") print it:
// when and where, who chaired and who took the minutes, who else attended,
// which member units were absent (every other active member was present)
// and the offices it filled for the next period. The scores, ranking,
// ballots and proposals it agreed are the period's own facts; the minutes
// print them beside this record. Every field may be left blank until it is
// known: the minutes then leave a dotted line to fill in by hand.
type Meeting struct {
	Date       time.Time // the day it met; zero: not recorded
	Start, End string    // "08:00", "11:30"; "": not recorded
	Place      string    // the venue: "Hội trường Phòng LĐTBXH thị xã Sông Cầu"
	Chair      string    // name and position: "Ông Nguyễn Văn An, Trưởng phòng …"
	Secretary  string
	Guests     string // representatives from outside the bloc (the province's office)
	Absent     []Absence
	// Offices are the next period's leader and deputy when the meeting
	// chose them, each with the vote that elected it.
	Offices []Office
}

// Absence is a member unit that did not attend, with the reason given.
type Absence struct {
	UnitID string
	Reason string // "có lý do: trùng lịch họp HĐND huyện"; may be empty
}

// OfficeRole is an office of the bloc a meeting fills.
type OfficeRole int

const (
	// OfficeLeader is the next period's bloc leader ("Khối trưởng").
	OfficeLeader OfficeRole = iota
	// OfficeDeputy is the next period's deputy ("Khối phó").
	OfficeDeputy
)

var officeNames = [...]string{"leader", "deputy"}

// String returns "leader" or "deputy".
func (o OfficeRole) String() string { return officeNames[o] }

// ParseOfficeRole reads "leader" or "deputy".
func ParseOfficeRole(s string) (OfficeRole, error) {
	for i, n := range officeNames {
		if n == s {
			return OfficeRole(i), nil
		}
	}
	return 0, fmt.Errorf("office %q", s)
}

// Office is a unit chosen for an office of the next period, with the
// vote that elected it (zero: no vote recorded).
type Office struct {
	Role   OfficeRole
	UnitID string
	Vote   Election
}

// Office returns the unit chosen for an office, if the meeting chose one.
func (m Meeting) Office(role OfficeRole) (string, bool) {
	o, ok := m.Elected(role)
	return o.UnitID, ok
}

// Elected returns an office the meeting filled, with its vote.
func (m Meeting) Elected(role OfficeRole) (Office, bool) {
	for _, o := range m.Offices {
		if o.Role == role {
			return o, true
		}
	}
	return Office{}, false
}

// AbsentFrom reports whether a unit was absent, and why.
func (m Meeting) AbsentFrom(unitID string) (string, bool) {
	for _, a := range m.Absent {
		if a.UnitID == unitID {
			return a.Reason, true
		}
	}
	return "", false
}

// IsZero reports whether nothing of the meeting is recorded.
func (m Meeting) IsZero() bool {
	return m.Date.IsZero() && m.Start == "" && m.End == "" && m.Place == "" && m.Chair == "" &&
		m.Secretary == "" && m.Guests == "" && len(m.Absent) == 0 && len(m.Offices) == 0
}

// Errors of a meeting record.
const (
	EMeetingTime         = "meeting.bad_time"
	EMeetingEnds         = "meeting.ends_before"
	EMeetingText         = "meeting.bad_text"
	EMeetingBeforePeriod = "meeting.before_period"
	EMeetingSameUnit     = "meeting.same_unit"
	EMeetingTwice        = "meeting.twice"
	EMeetingNotMember    = "meeting.not_member"
)

// maxMeetingText is the longest a field of the record may be, in letters:
// a name with its position, a venue, a reason.
const maxMeetingText = 300

// Normalize trims the record's text to NFC, without doubled spaces, and
// writes its times as HH:MM ("8h" and "8:0" are "08:00").
func (m *Meeting) Normalize() {
	for _, s := range []*string{&m.Place, &m.Chair, &m.Secretary, &m.Guests} {
		*s = strings.Join(strings.Fields(NFC(*s)), " ")
	}
	for i := range m.Absent {
		m.Absent[i].Reason = strings.Join(strings.Fields(NFC(m.Absent[i].Reason)), " ")
	}
	for _, t := range []*string{&m.Start, &m.End} {
		if c, err := ParseClock(*t); err == nil {
			*t = c
		}
	}
}

// Validate checks a normalized record against the period it reviews: times
// of day that exist, an end after the start, text of printable letters and
// of a sensible length, a date not before the period began, and each unit
// absent or in an office once (one unit cannot be both leader and deputy).
// codes names units (by id) in the messages.
func (m Meeting) Validate(p Period, codes map[string]string) error {
	for _, t := range []string{m.Start, m.End} {
		if _, err := ParseClock(t); t != "" && err != nil {
			return Errorf(EMeetingTime, quote(t))
		}
	}
	if m.Start != "" && m.End != "" && m.End <= m.Start {
		return Errorf(EMeetingEnds, m.End, m.Start)
	}
	texts := []string{m.Place, m.Chair, m.Secretary, m.Guests}
	for _, a := range m.Absent {
		texts = append(texts, a.Reason)
	}
	for _, s := range texts {
		if utf8.RuneCountInString(s) > maxMeetingText || strings.IndexFunc(s, unicode.IsControl) >= 0 {
			return Errorf(EMeetingText, maxMeetingText)
		}
	}
	if !m.Date.IsZero() && !p.Starts.IsZero() && m.Date.Before(p.Starts) {
		return Errorf(EMeetingBeforePeriod, m.Date.Format("02/01/2006"), p.Starts.Format("02/01/2006"))
	}
	seen := map[string]bool{}
	for _, a := range m.Absent {
		if seen[a.UnitID] {
			return Errorf(EMeetingTwice, codes[a.UnitID])
		}
		seen[a.UnitID] = true
	}
	roles := map[OfficeRole]string{}
	for _, o := range m.Offices {
		if other, ok := roles[o.Role]; ok && other != o.UnitID {
			return Errorf(EMeetingTwice, codes[o.UnitID])
		}
		roles[o.Role] = o.UnitID
	}
	if l, ok := roles[OfficeLeader]; ok && roles[OfficeDeputy] == l {
		return Errorf(EMeetingSameUnit, codes[l])
	}
	for _, o := range m.Offices {
		if err := o.Vote.Validate(); err != nil {
			return err
		}
	}
	return nil
}

// ParseClock reads a time of day as people type it ("8:00", "08:00",
// "8h30", "8 giờ 30", "14h") and returns it as HH:MM.
func ParseClock(s string) (string, error) {
	t := strings.ToLower(strings.TrimSpace(NFC(s)))
	t = strings.NewReplacer("giờ", ":", "g", ":", "h", ":", "phút", "", ".", ":", " ", "").Replace(t)
	t = strings.TrimSuffix(t, ":")
	hh, mm, _ := strings.Cut(t, ":")
	var h, m int
	if _, err := fmt.Sscanf(hh, "%d", &h); err != nil || len(hh) > 2 {
		return "", fmt.Errorf("clock %q", s)
	}
	if mm != "" {
		if _, err := fmt.Sscanf(mm, "%d", &m); err != nil || len(mm) > 2 {
			return "", fmt.Errorf("clock %q", s)
		}
	}
	if h < 0 || h > 23 || m < 0 || m > 59 || strings.TrimLeft(hh+mm, "0123456789") != "" {
		return "", fmt.Errorf("clock %q", s)
	}
	return fmt.Sprintf("%02d:%02d", h, m), nil
}
