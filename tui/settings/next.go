package settings

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The leader starts next year from the period on show (the row "năm mới
// từ kỳ này"): the code, name and dates a year later are proposed; the
// rules, awards and units carry over, and the criteria table is copied as
// a draft to edit and issue on the criteria screen.

// nextDialog asks for the new period's code, name and dates, proposed a
// year after the period on show.
func (m Model) nextDialog() dialog.Model[Model] {
	t, from := m.t, m.scope.Period
	next := model.NextPeriod(from, model.NextYearText(from.Code), model.NextYearText(from.Label))
	f := m.newForm(t("next.title", from.Label))
	f.SetIntro(t("next.intro"))
	f.AddText("code", t("welcome.period_code"), next.Code, t("welcome.period_code_hint"))
	f.AddText("label", t("welcome.period_label"), next.Label, "")
	for _, d := range []struct {
		key, label string
		value      time.Time
	}{{"starts", "welcome.period_starts", next.Starts}, {"ends", "welcome.period_ends", next.Ends},
		{"registration", "settings.registration", next.RegistrationCloses}, {"self", "settings.self_score", next.SelfScoreCloses}} {
		f.AddText(d.key, t(d.label), dayText(d.value), t("settings.date_hint"))
	}
	return dialog.New(f, Model.submitNext).Awaiting("")
}

// dayText writes a date as the form takes it; "" when not set.
func dayText(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format("02/01/2006")
}

// submitNext checks the form f and starts the new period.
func (m Model) submitNext(f *form.Model) (Model, tea.Cmd) {
	from := m.scope.Period
	p := model.NextPeriod(from, f.Value("code"), f.Value("label"))
	if p.Code == "" {
		f.SetError("code", m.t("period.no_code"))
		return m, nil
	}
	for _, d := range []struct {
		field string
		dst   *time.Time
	}{{"starts", &p.Starts}, {"ends", &p.Ends}, {"registration", &p.RegistrationCloses}, {"self", &p.SelfScoreCloses}} {
		*d.dst = time.Time{}
		if v := f.Value(d.field); v != "" {
			date, err := parseDate(v)
			if err != nil {
				f.SetError(d.field, m.t("settings.bad_date", v))
				return m, nil
			}
			*d.dst = date
		}
	}
	store, actor, draft := m.store, m.scope.Actor(), m.t("period.draft_label", p.Label)
	info := m.t("next.done", p.Code)
	return m, func() tea.Msg {
		_, _, err := store.StartPeriodFrom(context.Background(), actor, from.ID, p, draft)
		return doneMsg{err: err, info: info}
	}
}
