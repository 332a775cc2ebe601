package settings

import (
	"context"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The dialogs of the awards the bloc proposes and of a new period.

// awardDialog edits award i (or adds one past the last).
func (m Model) awardDialog(i int) dialog.Model[Model] {
	t := m.t
	a := model.AwardRule{Quota: 1, Threshold: model.Threshold{Num: 1, Den: 2, Strict: true}}
	if i < len(m.rules.Awards) {
		a = m.rules.Awards[i]
	}
	f := m.newForm(t("settings.edit_title"))
	f.AddText("code", t("settings.award_code"), a.Code, t("settings.award_code_hint"))
	f.AddText("name", t("settings.award_name"), a.Name, t("settings.award_name_hint"))
	f.AddText("quota", t("settings.award_quota_label"), strconv.Itoa(a.Quota), "")
	min := ""
	if a.MinTotal > 0 {
		min = a.MinTotal.Localize(m.lang)
	}
	f.AddText("min", t("settings.award_min_label"), min, t("settings.award_min_hint"))
	vote := 0
	if a.VoteRequired {
		vote = 1
	}
	f.AddChoice("vote", t("settings.award_vote_label"), []string{t("settings.no"), t("settings.yes")}, vote)
	threshold := ""
	if a.Threshold.Den > 0 {
		threshold = a.Threshold.String()
	}
	f.AddText("threshold", t("settings.award_threshold"), threshold, t("settings.threshold_hint"))
	f.AddChoice("base", t("settings.award_base"), []string{t("settings.base_members"), t("settings.base_ballots")}, int(a.Base))
	return m.rulesDialog(f, func(m Model, f *form.Model, r *model.Rules) bool {
		a, ok := m.awardFromForm(f)
		if !ok {
			return false
		}
		if i < len(r.Awards) {
			r.Awards[i] = a
		} else {
			r.Awards = append(r.Awards, a)
		}
		if err := r.Validate(); err != nil {
			f.SetError("", model.Message(m.lang, err))
			return false
		}
		return true
	})
}

// awardFromForm reads the award form f.
func (m Model) awardFromForm(f *form.Model) (model.AwardRule, bool) {
	l := m.lang
	a := model.AwardRule{Code: model.NormalizeCode(f.Value("code")), Name: f.Value("name"),
		VoteRequired: f.Choice("vote") == 1, Base: model.VoteBase(f.Choice("base"))}
	quota, err := strconv.Atoi(strings.TrimSpace(f.Value("quota")))
	if err != nil || quota < 1 {
		f.SetError("quota", m.t("rules.bad_quota", a.Code))
		return a, false
	}
	a.Quota = quota
	if v := f.Value("min"); v != "" {
		p, err := model.ParsePoints(v)
		if err != nil {
			f.SetError("min", model.Message(l, err))
			return a, false
		}
		a.MinTotal = p
	}
	if v := f.Value("threshold"); v != "" {
		th, err := model.ParseThreshold(v)
		if err != nil {
			f.SetError("threshold", model.Message(l, err))
			return a, false
		}
		a.Threshold = th
	}
	if err := a.Validate(); err != nil {
		field := "threshold"
		if model.ErrorCode(err) == model.ERuleNoAwardName {
			field = "name"
		}
		f.SetError(field, model.Message(l, err))
		return a, false
	}
	return a, true
}

// periodDialog adds a period with the rules of the period on show (awards
// only for an annual period).
func (m Model) periodDialog() dialog.Model[Model] {
	t := m.t
	f := m.newForm(t("settings.new_period_title"))
	f.SetIntro(t("settings.new_period_intro", m.scope.Period.Label))
	f.AddText("code", t("welcome.period_code"), "", t("welcome.period_code_hint"))
	f.AddText("label", t("welcome.period_label"), "", "")
	f.AddChoice("kind", t("welcome.period_kind"), []string{t("welcome.kind_year"), t("welcome.kind_half"), t("welcome.kind_other")}, 0)
	f.AddText("starts", t("welcome.period_starts"), "", t("settings.date_hint"))
	f.AddText("ends", t("welcome.period_ends"), "", t("settings.date_hint"))
	f.AddText("registration", t("settings.registration"), "", t("settings.date_hint"))
	f.AddText("self", t("settings.self_score"), "", t("settings.date_hint"))
	names, sel := make([]string, len(m.versions)), 0
	for i, v := range m.versions {
		names[i] = v.Label
		if v.ID == m.scope.Period.CriteriaVersionID {
			sel = i
		}
	}
	if len(names) > 0 {
		f.AddChoice("version", t("settings.field_version"), names, sel)
	}
	return dialog.New(f, Model.submitPeriod).Awaiting("")
}

// submitPeriod checks the new period's form f and adds the period.
func (m Model) submitPeriod(f *form.Model) (Model, tea.Cmd) {
	p := model.Period{Code: model.NormalizeCode(f.Value("code")), Label: f.Value("label"),
		Kind: []model.PeriodKind{model.Year, model.HalfYear, model.OtherPeriod}[f.Choice("kind")]}
	if p.Code == "" {
		f.SetError("code", m.t("period.no_code"))
		return m, nil
	}
	if p.Label == "" {
		p.Label = p.Code
	}
	for _, d := range []struct {
		field string
		dst   *time.Time
	}{{"starts", &p.Starts}, {"ends", &p.Ends}, {"registration", &p.RegistrationCloses}, {"self", &p.SelfScoreCloses}} {
		if v := f.Value(d.field); v != "" {
			date, err := parseDate(v)
			if err != nil {
				f.SetError(d.field, m.t("settings.bad_date", v))
				return m, nil
			}
			*d.dst = date
		}
	}
	if len(m.versions) == 0 {
		f.SetError("", m.t("criteria.none"))
		return m, nil
	}
	p.CriteriaVersionID = m.versions[f.Choice("version")].ID
	rules := m.rules
	if p.Kind != model.Year {
		rules.Awards = nil
	}
	store, actor, info := m.store, m.scope.Actor(), m.t("settings.done_period", p.Code)
	return m, func() tea.Msg {
		_, err := store.CreatePeriod(context.Background(), actor, p, rules)
		return doneMsg{err: err, info: info}
	}
}
