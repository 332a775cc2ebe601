package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

// meetingJSON is `thidua meeting --json` (fields may be added, never
// renamed): the record of the meeting that reviews a period, units by code.
type meetingJSON struct {
	Period     string        `json:"period"`
	Date       string        `json:"date"` // YYYY-MM-DD, "" not recorded
	Start      string        `json:"start"`
	End        string        `json:"end"`
	Place      string        `json:"place"`
	Chair      string        `json:"chair"`
	Secretary  string        `json:"secretary"`
	Guests     string        `json:"guests"`
	Present    []string      `json:"present"`
	Absent     []absenceJSON `json:"absent"`
	NextLeader string        `json:"next_leader"`
	NextDeputy string        `json:"next_deputy"`
	// The votes that elected them; null when none is recorded.
	LeaderVote *electionJSON `json:"next_leader_vote"`
	DeputyVote *electionJSON `json:"next_deputy_vote"`
}

// electionJSON is an office's vote: ballots issued, returned, valid and
// invalid, the votes for the unit and their share of the valid ballots.
type electionJSON struct {
	Issued   int         `json:"issued"`
	Returned int         `json:"returned"`
	Valid    int         `json:"valid"`
	Invalid  int         `json:"invalid"`
	For      int         `json:"for"`
	Share    json.Number `json:"share"`
}

func electionDoc(v model.Election) *electionJSON {
	if v.IsZero() {
		return nil
	}
	return &electionJSON{Issued: v.Issued, Returned: v.Returned, Valid: v.Valid, Invalid: v.Invalid(), For: v.For,
		Share: num(v.Share())}
}

type absenceJSON struct {
	Code   string `json:"code"`
	Reason string `json:"reason"`
}

// listFlag collects a flag given several times, or once with commas (a
// value with a colon, a unit and its reason, is one value whatever commas
// the reason holds).
type listFlag struct {
	values []string
	set    bool
}

func (l *listFlag) String() string { return strings.Join(l.values, ",") }

func (l *listFlag) Set(s string) error {
	l.set = true
	parts := strings.Split(s, ",")
	if strings.Contains(s, ":") {
		parts = []string{s}
	}
	for _, v := range parts {
		if v = strings.TrimSpace(v); v != "" {
			l.values = append(l.values, v)
		}
	}
	return nil
}

// meetingFlags are the fields `thidua meeting` may set; a flag not given
// keeps what is recorded.
type meetingFlags struct {
	date, start, end, place, chair, secretary, guests, leader, deputy *string
	leaderVote, deputyVote                                            *string
	absent                                                            listFlag
	set                                                               map[string]bool
}

func newMeetingFlags(fs *flag.FlagSet) *meetingFlags {
	m := &meetingFlags{}
	for _, f := range []struct {
		dst  **string
		name string
	}{{&m.date, "date"}, {&m.start, "start"}, {&m.end, "end"}, {&m.place, "place"}, {&m.chair, "chair"},
		{&m.secretary, "secretary"}, {&m.guests, "guests"}, {&m.leader, "leader"}, {&m.deputy, "deputy"},
		{&m.leaderVote, "leader-votes"}, {&m.deputyVote, "deputy-votes"}} {
		*f.dst = fs.String(f.name, "", "")
	}
	fs.Var(&m.absent, "absent", "")
	return m
}

// runMeeting shows or records the meeting that reviews a period, which the
// report's minutes print: thidua meeting --period 2019 --date 2019-12-20
// --start 8:00 --place "Hội trường …" --chair "Ông …" --absent SONGHINH:"có
// lý do". Without a field to set it shows the record (--json for scripts).
func runMeeting(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("meeting", true)
	periodCode := fs.String("period", "", "")
	mf := newMeetingFlags(fs)
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{i18n.T(c.lang, "meeting.cli.usage")}
	}
	mf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { mf.set[f.Name] = true })
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	r, err := s.db.Result(ctx, s.period.ID)
	if err != nil {
		return err
	}
	m, err := s.db.Meeting(ctx, s.period.ID)
	if err != nil {
		return err
	}
	if mf.changes() {
		if m, err = mf.apply(c, m, r); err != nil {
			return err
		}
		if err := s.db.SetMeeting(ctx, s.actor, s.period.ID, m); err != nil {
			return err
		}
		if m, err = s.db.Meeting(ctx, s.period.ID); err != nil {
			return err
		}
		if !c.json {
			c.printf("meeting.cli.saved", s.period.Code)
		}
	}
	doc := meetingDoc(s.period, m, r)
	if c.json {
		return c.writeJSON(doc)
	}
	c.printMeeting(doc)
	return nil
}

// changes reports whether any field is to be set.
func (mf *meetingFlags) changes() bool {
	for name := range mf.set {
		if name != "db" && name != "lang" && name != "json" && name != "period" {
			return true
		}
	}
	return false
}

// apply sets the fields given on the command line over the record m: units
// by code ("none" clears the absences or an office), dates as YYYY-MM-DD
// or DD/MM/YYYY.
func (mf *meetingFlags) apply(c *cli, m model.Meeting, r model.PeriodResult) (model.Meeting, error) {
	texts := map[string]*string{"start": &m.Start, "end": &m.End, "place": &m.Place, "chair": &m.Chair,
		"secretary": &m.Secretary, "guests": &m.Guests}
	values := map[string]*string{"start": mf.start, "end": mf.end, "place": mf.place, "chair": mf.chair,
		"secretary": mf.secretary, "guests": mf.guests}
	for name, dst := range texts {
		if mf.set[name] {
			*dst = *values[name]
		}
	}
	if mf.set["date"] {
		d, err := parseDay(*mf.date)
		if err != nil {
			return m, usageError{i18n.T(c.lang, "meeting.cli.bad_date", *mf.date)}
		}
		m.Date = d
	}
	return mf.applyUnits(m, r)
}

// applyUnits sets the absences and the offices given by unit code.
func (mf *meetingFlags) applyUnits(m model.Meeting, r model.PeriodResult) (model.Meeting, error) {
	byCode := map[string]string{}
	for id, u := range r.Units {
		byCode[strings.ToUpper(u.Code)] = id
	}
	unit := func(code string) (string, error) {
		if id, ok := byCode[strings.ToUpper(strings.TrimSpace(code))]; ok {
			return id, nil
		}
		return "", model.Errorf(model.EMeetingNotMember, code)
	}
	if mf.absent.set {
		m.Absent = nil
		for _, a := range mf.absent.values {
			code, reason, _ := strings.Cut(a, ":")
			if strings.EqualFold(code, "none") {
				continue
			}
			id, err := unit(code)
			if err != nil {
				return m, err
			}
			m.Absent = append(m.Absent, model.Absence{UnitID: id, Reason: strings.TrimSpace(reason)})
		}
	}
	for _, o := range []struct {
		name       string
		role       model.OfficeRole
		code, vote *string
	}{{"leader", model.OfficeLeader, mf.leader, mf.leaderVote}, {"deputy", model.OfficeDeputy, mf.deputy, mf.deputyVote}} {
		if mf.set[o.name] {
			m.Offices = slicesDelete(m.Offices, o.role)
			if *o.code != "" && !strings.EqualFold(*o.code, "none") {
				id, err := unit(*o.code)
				if err != nil {
					return m, err
				}
				m.Offices = append(m.Offices, model.Office{Role: o.role, UnitID: id})
			}
		}
		if mf.set[o.name+"-votes"] {
			if err := setVote(m.Offices, o.role, *o.vote); err != nil {
				return m, err
			}
		}
	}
	return m, nil
}

// setVote records the vote typed ("9/9/9/7", "none" clears it) for an
// office the meeting filled.
func setVote(offices []model.Office, role model.OfficeRole, typed string) error {
	if strings.EqualFold(strings.TrimSpace(typed), "none") {
		typed = ""
	}
	vote, err := model.ParseElection(typed)
	if err != nil {
		return err
	}
	for i := range offices {
		if offices[i].Role == role {
			offices[i].Vote = vote
			return nil
		}
	}
	if vote.IsZero() {
		return nil
	}
	return model.Errorf(model.EElectionNoUnit)
}

// sortedUnits lists units in Vietnamese order of their short names.
func sortedUnits(units map[string]model.Unit) []model.Unit {
	out := make([]model.Unit, 0, len(units))
	for _, u := range units {
		out = append(out, u)
	}
	coll := model.NewCollator()
	sort.SliceStable(out, func(i, j int) bool { return coll.Less(out[i].SortName(), out[j].SortName()) })
	return out
}

// slicesDelete drops an office from a list.
func slicesDelete(offices []model.Office, role model.OfficeRole) []model.Office {
	var out []model.Office
	for _, o := range offices {
		if o.Role != role {
			out = append(out, o)
		}
	}
	return out
}

// parseDay reads a date as YYYY-MM-DD or as offices write it, DD/MM/YYYY.
func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	var err error
	for _, layout := range []string{time.DateOnly, "2/1/2006", "2-1-2006", "2.1.2006"} {
		var t time.Time
		if t, err = time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// meetingDoc turns a meeting record into its JSON document.
func meetingDoc(p model.Period, m model.Meeting, r model.PeriodResult) meetingJSON {
	doc := meetingJSON{Period: p.Code, Start: m.Start, End: m.End, Place: m.Place, Chair: m.Chair, Secretary: m.Secretary,
		Guests: m.Guests, Present: []string{}, Absent: []absenceJSON{}}
	if !m.Date.IsZero() {
		doc.Date = m.Date.Format(time.DateOnly)
	}
	for _, u := range sortedUnits(r.Units) {
		if u.Status != model.Active {
			continue
		}
		if reason, ok := m.AbsentFrom(u.ID); ok {
			doc.Absent = append(doc.Absent, absenceJSON{Code: u.Code, Reason: reason})
		} else {
			doc.Present = append(doc.Present, u.Code)
		}
	}
	if o, ok := m.Elected(model.OfficeLeader); ok {
		doc.NextLeader, doc.LeaderVote = r.Units[o.UnitID].Code, electionDoc(o.Vote)
	}
	if o, ok := m.Elected(model.OfficeDeputy); ok {
		doc.NextDeputy, doc.DeputyVote = r.Units[o.UnitID].Code, electionDoc(o.Vote)
	}
	return doc
}

// humanDate writes 2019-12-20 as 20/12/2019.
func humanDate(iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return t.Format("02/01/2006")
}

// printMeeting shows a meeting record, a line per field.
func (c *cli) printMeeting(d meetingJSON) {
	dash := func(s string) string {
		if s == "" {
			return "—"
		}
		return s
	}
	absent := make([]string, len(d.Absent))
	for i, a := range d.Absent {
		absent[i] = a.Code
		if a.Reason != "" {
			absent[i] += " (" + a.Reason + ")"
		}
	}
	for _, line := range [][2]string{
		{"meeting.f.date", dash(humanDate(d.Date))}, {"meeting.f.time", dash(strings.Trim(d.Start+"–"+d.End, "–"))},
		{"meeting.f.place", dash(d.Place)}, {"meeting.f.chair", dash(d.Chair)}, {"meeting.f.secretary", dash(d.Secretary)},
		{"meeting.f.guests", dash(d.Guests)}, {"meeting.f.present", dash(strings.Join(d.Present, ", "))},
		{"meeting.f.absent", dash(strings.Join(absent, ", "))}, {"meeting.f.leader", dash(d.NextLeader + c.voteText(d.LeaderVote))},
		{"meeting.f.deputy", dash(d.NextDeputy + c.voteText(d.DeputyVote))},
	} {
		fmt.Fprintf(c.io.out, "%-22s %s\n", i18n.T(c.lang, line[0])+":", line[1])
	}
}

// voteText writes an office's vote after the unit: " (8/9 phiếu hợp lệ,
// 88,89%)"; "" when none is recorded.
func (c *cli) voteText(v *electionJSON) string {
	if v == nil {
		return ""
	}
	share, _ := model.ParsePoints(v.Share.String())
	return " (" + i18n.T(c.lang, "meeting.vote_text", v.For, v.Valid, share.Localize(c.lang)) + ")"
}
