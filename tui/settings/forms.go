package settings

import (
	"context"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
)

// maxTieBreaks is how many tie-break steps the form offers.
const maxTieBreaks = 4

// tieChoices lists what a tie-break step can be: nothing, the fixed
// measures, then each standard part of the table.
func (m Model) tieChoices() ([]model.TieBreak, []string) {
	bs := []model.TieBreak{{}, {Key: model.TieStandard}, {Key: model.TieDeduction}, {Key: model.TieBonus}, {Key: model.TieFullMarks}}
	names := []string{i18n.T(m.lang, "settings.tie_none")}
	for _, b := range bs[1:] {
		names = append(names, i18n.T(m.lang, "tiebreak."+b.String()))
	}
	if m.tree != nil {
		for _, part := range m.tree.Children("") {
			if m.tree.Section(part.ID) == model.Standard && !part.Scorable() {
				bs = append(bs, model.TieBreak{Key: model.TiePart, Part: part.ID, Label: m.tree.Label(part.ID)})
				names = append(names, i18n.T(m.lang, "tiebreak.part", m.tree.Label(part.ID)))
			}
		}
	}
	return bs, names
}

// openRow opens the form that changes one row.
func (m Model) openRow(r row) (Model, tea.Cmd) {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	if r != rowLang && !m.scope.Leader() {
		return m, nil
	}
	m.editing = r
	m.form = form.New(t("settings.edit_title"), m.styles, m.lang, m.isDark)
	switch r {
	case rowLang:
		sel := 0
		if m.lang == i18n.EN {
			sel = 1
		}
		m.form.AddChoice("lang", t("settings.lang"), []string{"Tiếng Việt", "English"}, sel)
	case rowStep:
		m.form.SetIntro(t("settings.step_intro"))
		m.form.AddText("value", t("settings.step"), m.rules.Step.Localize(m.lang), t("settings.step_hint"))
	case rowBonusCap, rowDeductionCap:
		label, v := "settings.bonus_cap", m.rules.Caps.Bonus
		if r == rowDeductionCap {
			label, v = "settings.deduction_cap", m.rules.Caps.Deduction
		}
		m.form.SetIntro(t("settings.cap_intro"))
		m.form.AddText("value", t(label), v.Localize(m.lang), "")
	case rowTieBreaks:
		bs, names := m.tieChoices()
		for i := 0; i < maxTieBreaks; i++ {
			sel := 0
			if i < len(m.rules.TieBreaks) {
				for j, b := range bs {
					if b.String() == m.rules.TieBreaks[i].String() {
						sel = j
					}
				}
			}
			m.form.AddChoice("tie"+strconv.Itoa(i), t("settings.tie_step", i+1), names, sel)
		}
		m.form.SetIntro(t("settings.tie_intro"))
	case rowNumbering:
		m.form.AddChoice("numbering", t("settings.numbering"), []string{t("numbering.skip"), t("numbering.dense")}, int(m.rules.Numbering))
	case rowRegistration, rowSelfScore:
		label, d := "settings.registration", m.scope.Period.RegistrationCloses
		if r == rowSelfScore {
			label, d = "settings.self_score", m.scope.Period.SelfScoreCloses
		}
		v := ""
		if !d.IsZero() {
			v = d.Format("02/01/2006")
		}
		m.form.AddText("date", t(label), v, t("settings.date_hint"))
	case rowNewPeriod:
		m.form = form.New(t("settings.new_period_title"), m.styles, m.lang, m.isDark)
		m.form.SetIntro(t("settings.new_period_intro", m.scope.Period.Label))
		m.form.AddText("code", t("welcome.period_code"), "", t("welcome.period_code_hint"))
		m.form.AddText("label", t("welcome.period_label"), "", "")
		m.form.AddChoice("kind", t("welcome.period_kind"), []string{t("welcome.kind_year"), t("welcome.kind_half"), t("welcome.kind_other")}, 0)
		m.form.AddText("starts", t("welcome.period_starts"), "", t("settings.date_hint"))
		m.form.AddText("ends", t("welcome.period_ends"), "", t("settings.date_hint"))
		m.form.AddText("registration", t("settings.registration"), "", t("settings.date_hint"))
		m.form.AddText("self", t("settings.self_score"), "", t("settings.date_hint"))
		names, sel := make([]string, len(m.versions)), 0
		for i, v := range m.versions {
			names[i] = v.Label
			if v.ID == m.scope.Period.CriteriaVersionID {
				sel = i
			}
		}
		if len(names) > 0 {
			m.form.AddChoice("version", t("settings.field_version"), names, sel)
		}
	case rowClosed:
		if _, closed := m.closedLock(); closed {
			m.form = form.New(t("settings.reopen_title", m.scope.Period.Label), m.styles, m.lang, m.isDark)
		} else {
			m.form = form.New(t("settings.close_title", m.scope.Period.Label), m.styles, m.lang, m.isDark)
			m.form.SetIntro(t("settings.close_intro"))
			m.form.AddText("reason", t("units.field_reason"), "", "")
		}
	default:
		m.openAward(int(r) - int(rowAwards))
	}
	m.form.SetSize(min(m.width, 100), m.height)
	m.open = true
	return m, nil
}

// openAward opens the form of award i (or a new one past the last).
func (m *Model) openAward(i int) {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	a := model.AwardRule{Quota: 1, Threshold: model.Threshold{Num: 1, Den: 2, Strict: true}}
	if i < len(m.rules.Awards) {
		a = m.rules.Awards[i]
	}
	m.form.AddText("code", t("settings.award_code"), a.Code, t("settings.award_code_hint"))
	m.form.AddText("name", t("settings.award_name"), a.Name, t("settings.award_name_hint"))
	m.form.AddText("quota", t("settings.award_quota_label"), strconv.Itoa(a.Quota), "")
	min := ""
	if a.MinTotal > 0 {
		min = a.MinTotal.Localize(m.lang)
	}
	m.form.AddText("min", t("settings.award_min_label"), min, t("settings.award_min_hint"))
	vote := 0
	if a.VoteRequired {
		vote = 1
	}
	m.form.AddChoice("vote", t("settings.award_vote_label"), []string{t("settings.no"), t("settings.yes")}, vote)
	threshold := ""
	if a.Threshold.Den > 0 {
		threshold = a.Threshold.String()
	}
	m.form.AddText("threshold", t("settings.award_threshold"), threshold, t("settings.threshold_hint"))
	m.form.AddChoice("base", t("settings.award_base"), []string{t("settings.base_members"), t("settings.base_ballots")}, int(a.Base))
}

func (m Model) formKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	switch m.form.State() {
	case form.Cancelled:
		m.open = false
		return m, nil
	case form.Editing:
		return m, cmd
	}
	return m.submit()
}

// submit checks the open form and saves what it changes.
func (m Model) submit() (Model, tea.Cmd) {
	l := m.lang
	r := m.rules
	r.Awards = append([]model.AwardRule(nil), m.rules.Awards...)
	points := func(field string) (model.Points, bool) {
		v := m.form.Value(field)
		if v == "" {
			return 0, true
		}
		p, err := model.ParsePoints(v)
		if err == nil && p < 0 {
			err = model.Errorf(model.ENegative, p)
		}
		if err != nil {
			m.form.SetError(field, model.Message(l, err))
			return 0, false
		}
		return p, true
	}
	info := i18n.T(l, "settings.saved")
	switch m.editing {
	case rowLang:
		lang := i18n.VI
		if m.form.Choice("lang") == 1 {
			lang = i18n.EN
		}
		m.open = false
		store := m.store
		return m, func() tea.Msg {
			if err := store.SetSetting(context.Background(), "lang", string(lang)); err != nil {
				return doneMsg{err: err}
			}
			return LangMsg{Lang: lang}
		}
	case rowStep:
		p, ok := points("value")
		if !ok {
			return m, nil
		}
		r.Step = p
	case rowBonusCap, rowDeductionCap:
		p, ok := points("value")
		if !ok {
			return m, nil
		}
		if m.editing == rowBonusCap {
			r.Caps.Bonus = p
		} else {
			r.Caps.Deduction = p
		}
	case rowTieBreaks:
		bs, _ := m.tieChoices()
		r.TieBreaks = nil
		seen := map[string]bool{}
		for i := 0; i < maxTieBreaks; i++ {
			b := bs[m.form.Choice("tie"+strconv.Itoa(i))]
			if b == (model.TieBreak{}) {
				continue
			}
			if seen[b.String()] {
				m.form.SetError("tie"+strconv.Itoa(i), i18n.T(l, "settings.tie_twice"))
				return m, nil
			}
			seen[b.String()] = true
			r.TieBreaks = append(r.TieBreaks, b)
		}
		if len(r.TieBreaks) == 0 {
			r.TieBreaks = model.DefaultTieBreaks()
		}
	case rowNumbering:
		r.Numbering = model.Numbering(m.form.Choice("numbering"))
	case rowRegistration, rowSelfScore:
		return m.submitDate()
	case rowClosed:
		return m.submitLock()
	case rowNewPeriod:
		return m.submitPeriod()
	default:
		i := int(m.editing) - int(rowAwards)
		a, ok := m.awardFromForm()
		if !ok {
			return m, nil
		}
		if i < len(r.Awards) {
			r.Awards[i] = a
		} else {
			r.Awards = append(r.Awards, a)
		}
		if err := r.Validate(); err != nil {
			m.form.SetError("", model.Message(l, err))
			return m, nil
		}
	}
	return m, m.saveRules(r, info)
}

// awardFromForm reads the award form.
func (m *Model) awardFromForm() (model.AwardRule, bool) {
	l := m.lang
	a := model.AwardRule{Code: model.NormalizeCode(m.form.Value("code")), Name: m.form.Value("name"),
		VoteRequired: m.form.Choice("vote") == 1, Base: model.VoteBase(m.form.Choice("base"))}
	quota, err := strconv.Atoi(strings.TrimSpace(m.form.Value("quota")))
	if err != nil || quota < 1 {
		m.form.SetError("quota", i18n.T(l, "rules.bad_quota", a.Code))
		return a, false
	}
	a.Quota = quota
	if v := m.form.Value("min"); v != "" {
		p, err := model.ParsePoints(v)
		if err != nil {
			m.form.SetError("min", model.Message(l, err))
			return a, false
		}
		a.MinTotal = p
	}
	if v := m.form.Value("threshold"); v != "" {
		th, err := model.ParseThreshold(v)
		if err != nil {
			m.form.SetError("threshold", model.Message(l, err))
			return a, false
		}
		a.Threshold = th
	}
	if err := a.Validate(); err != nil {
		field := "threshold"
		if model.ErrorCode(err) == model.ERuleNoAwardName {
			field = "name"
		}
		m.form.SetError(field, model.Message(l, err))
		return a, false
	}
	return a, true
}

func (m Model) submitDate() (Model, tea.Cmd) {
	var d time.Time
	if v := m.form.Value("date"); v != "" {
		var err error
		if d, err = time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/")); err != nil {
			m.form.SetError("date", i18n.T(m.lang, "settings.bad_date", v))
			return m, nil
		}
	}
	p := m.scope.Period
	if m.editing == rowRegistration {
		p.RegistrationCloses = d
	} else {
		p.SelfScoreCloses = d
	}
	store, actor, info := m.store, m.scope.Actor(), i18n.T(m.lang, "settings.saved")
	m.scope.Period = p
	return m, func() tea.Msg { return doneMsg{err: store.UpdatePeriod(context.Background(), actor, p), info: info} }
}

func (m Model) submitLock() (Model, tea.Cmd) {
	_, closed := m.closedLock()
	reason := m.form.Value("reason")
	if !closed && reason == "" {
		m.form.SetError("reason", i18n.T(m.lang, "settings.need_reason"))
		return m, nil
	}
	id := "settings.done_closed"
	if closed {
		id = "settings.done_reopened"
	}
	store, actor, period, info := m.store, m.scope.Actor(), m.scope.Period, i18n.T(m.lang, id, m.scope.Period.Label)
	return m, func() tea.Msg {
		err := store.SetLock(context.Background(), actor, period.ID, model.Lock{Kind: model.LockClosed, Reason: reason}, !closed)
		return doneMsg{err: err, info: info}
	}
}

// submitPeriod adds a period with the rules of the period on show (awards
// only for an annual period).
func (m Model) submitPeriod() (Model, tea.Cmd) {
	l := m.lang
	p := model.Period{Code: model.NormalizeCode(m.form.Value("code")), Label: m.form.Value("label"),
		Kind: []model.PeriodKind{model.Year, model.HalfYear, model.OtherPeriod}[m.form.Choice("kind")]}
	if p.Code == "" {
		m.form.SetError("code", i18n.T(l, "period.no_code"))
		return m, nil
	}
	if p.Label == "" {
		p.Label = p.Code
	}
	for _, d := range []struct {
		field string
		dst   *time.Time
	}{{"starts", &p.Starts}, {"ends", &p.Ends}, {"registration", &p.RegistrationCloses}, {"self", &p.SelfScoreCloses}} {
		if v := m.form.Value(d.field); v != "" {
			t, err := time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
			if err != nil {
				m.form.SetError(d.field, i18n.T(l, "settings.bad_date", v))
				return m, nil
			}
			*d.dst = t
		}
	}
	if len(m.versions) == 0 {
		m.form.SetError("", i18n.T(l, "criteria.none"))
		return m, nil
	}
	p.CriteriaVersionID = m.versions[m.form.Choice("version")].ID
	rules := m.rules
	if p.Kind != model.Year {
		rules.Awards = nil
	}
	store, actor, info := m.store, m.scope.Actor(), i18n.T(l, "settings.done_period", p.Code)
	return m, func() tea.Msg {
		_, err := store.CreatePeriod(context.Background(), actor, p, rules)
		return doneMsg{err: err, info: info}
	}
}
