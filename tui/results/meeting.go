package results

import (
	"context"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// The leader records the meeting that reviews the period on this screen
// (m): the date and times, the venue, the chair, the secretary, the
// guests, the member units absent and the next period's leader and
// deputy. The report's minutes print it.

// meetingMsg carries the recorded meeting, to open the form with.
type meetingMsg struct {
	period  string
	meeting model.Meeting
}

// loadMeeting reads the period's meeting record.
func (m Model) loadMeeting() tea.Cmd {
	store, period := m.store, m.periodID
	return func() tea.Msg {
		rec, err := store.Meeting(context.Background(), period)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return meetingMsg{period: period, meeting: rec}
	}
}

// meetingDialog is the meeting's form, filled with what is recorded.
func (m Model) meetingDialog(rec model.Meeting) dialog.Model[Model] {
	t := m.t
	f := m.newForm(t("meeting.title", m.result.Period.Label))
	f.SetIntro(t("meeting.intro"))
	date := ""
	if !rec.Date.IsZero() {
		date = rec.Date.Format("02/01/2006")
	}
	f.AddText("date", t("meeting.f.date"), date, t("meeting.date_hint"))
	f.AddText("start", t("meeting.f.start"), rec.Start, t("meeting.time_hint"))
	f.AddText("end", t("meeting.f.end"), rec.End, t("meeting.time_hint"))
	f.AddText("place", t("meeting.f.place"), rec.Place, "")
	f.AddText("chair", t("meeting.f.chair"), rec.Chair, t("meeting.person_hint"))
	f.AddText("secretary", t("meeting.f.secretary"), rec.Secretary, t("meeting.person_hint"))
	f.AddText("guests", t("meeting.f.guests"), rec.Guests, "")
	f.AddText("absent", t("meeting.f.absent"), m.absentText(rec), t("meeting.absent_hint"))
	units := m.activeUnits()
	choices := []string{t("meeting.none")}
	for _, u := range units {
		choices = append(choices, m.unitName(u.ID))
	}
	for _, o := range offices {
		selected, vote := 0, ""
		if got, ok := rec.Elected(o.role); ok {
			vote = got.Vote.String()
			for i, u := range units {
				if u.ID == got.UnitID {
					selected = i + 1
				}
			}
		}
		f.AddChoice(o.key, t(o.label), choices, selected)
		f.AddText(o.key+"_vote", t(o.label+"_vote"), vote, t("meeting.vote_hint"))
	}
	f.SetSize(min(m.width, 100), m.height) // the fields' width, now that they exist
	return m.actionDialog(f, Model.submitMeeting)
}

// offices are the meeting form's office fields: the unit elected, and the
// vote (key+"_vote").
var offices = []struct {
	key   string
	label string
	role  model.OfficeRole
}{{"leader", "meeting.f.leader", model.OfficeLeader}, {"deputy", "meeting.f.deputy", model.OfficeDeputy}}

// activeUnits are the bloc's active members in ranking order.
func (m Model) activeUnits() []model.Unit {
	var out []model.Unit
	for _, p := range m.result.Ranking.All() {
		if u := m.result.Units[p.UnitID]; u.Status == model.Active {
			out = append(out, u)
		}
	}
	return out
}

// absentText writes the absences as the field takes them: "Sông Hinh (có
// lý do); Tuy An".
func (m Model) absentText(rec model.Meeting) string {
	var parts []string
	for _, a := range rec.Absent {
		s := m.unitName(a.UnitID)
		if a.Reason != "" {
			s += " (" + a.Reason + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// parseAbsent reads the absences typed: units by name or code, without
// accents or with, separated by ";", each with its reason in brackets.
func (m Model) parseAbsent(s string) ([]model.Absence, error) {
	var out []model.Absence
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, reason := part, ""
		if i := strings.Index(part, "("); i >= 0 {
			name, reason = strings.TrimSpace(part[:i]), strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part[i+1:]), ")"))
		}
		id, ok := m.findUnit(name)
		if !ok {
			return nil, model.Errorf(model.EMeetingNotMember, name)
		}
		out = append(out, model.Absence{UnitID: id, Reason: reason})
	}
	return out, nil
}

// findUnit finds an active member by its code, short name or full name,
// accents and case ignored.
func (m Model) findUnit(name string) (string, bool) {
	want := model.Fold(name)
	for _, u := range m.activeUnits() {
		for _, n := range []string{u.Code, u.ShortName, u.Name} {
			if n != "" && model.Fold(n) == want {
				return u.ID, true
			}
		}
	}
	return "", false
}

// submitMeeting checks the meeting's form f and records the meeting.
func (m Model) submitMeeting(f *form.Model) (Model, tea.Cmd) {
	t := m.t
	rec := model.Meeting{Start: f.Value("start"), End: f.Value("end"), Place: f.Value("place"),
		Chair: f.Value("chair"), Secretary: f.Value("secretary"), Guests: f.Value("guests")}
	if v := f.Value("date"); v != "" {
		d, err := time.Parse("2/1/2006", strings.NewReplacer("-", "/", ".", "/").Replace(v))
		if err != nil {
			f.SetError("date", t("settings.bad_date", v))
			return m, nil
		}
		rec.Date = d
	}
	for _, field := range []string{"start", "end"} {
		if v := f.Value(field); v != "" {
			if _, err := model.ParseClock(v); err != nil {
				f.SetError(field, model.Message(m.lang, model.Errorf(model.EMeetingTime, "«"+v+"»")))
				return m, nil
			}
		}
	}
	absent, err := m.parseAbsent(f.Value("absent"))
	if err != nil {
		f.SetError("absent", model.Message(m.lang, err))
		return m, nil
	}
	rec.Absent = absent
	units := m.activeUnits()
	for _, o := range offices {
		vote, err := model.ParseElection(f.Value(o.key + "_vote"))
		if err != nil {
			f.SetError(o.key+"_vote", model.Message(m.lang, err))
			return m, nil
		}
		i := f.Choice(o.key)
		if i == 0 && !vote.IsZero() {
			f.SetError(o.key+"_vote", model.Message(m.lang, model.Errorf(model.EElectionNoUnit)))
			return m, nil
		}
		if i > 0 {
			rec.Offices = append(rec.Offices, model.Office{Role: o.role, UnitID: units[i-1].ID, Vote: vote})
		}
	}
	store, actor, period := m.store, m.scope.Actor(), m.periodID
	return m.run(t("meeting.done"), func(ctx context.Context) error { return store.SetMeeting(ctx, actor, period, rec) })
}
