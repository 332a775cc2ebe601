package settings

import (
	"context"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The dialog of each row: the language (saved at once), the rules'
// values, the deadlines, closing the period, a new period and the awards.
// Each dialog but the language's waits for the database and says why when
// it refused.

// maxTieBreaks is how many tie-break steps the form offers.
const maxTieBreaks = 4

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// Unsaved reports whether a dialog is open with something typed in it that
// is not saved yet (ctrl+c then asks before quitting).
func (m Model) Unsaved() bool { return m.dialog.Typed() }

// newForm is a dialog's form.
func (m Model) newForm(title string) form.Model { return form.New(title, m.styles, m.lang, m.isDark) }

// openRow opens the dialog that changes row r (the leader's, but for the
// language).
func (m Model) openRow(r row) (Model, tea.Cmd) {
	if r != rowLang && !m.scope.Leader() {
		return m, nil
	}
	var d dialog.Model[Model]
	switch r {
	case rowLang:
		d = m.langDialog()
	case rowStep, rowBonusCap, rowDeductionCap:
		d = m.pointsDialog(r)
	case rowTieBreaks:
		d = m.tieDialog()
	case rowNumbering:
		d = m.numberingDialog()
	case rowRegistration, rowSelfScore:
		d = m.dateDialog(r)
	case rowNewPeriod:
		d = m.periodDialog()
	case rowNextYear:
		d = m.nextDialog()
	case rowHandover:
		return m, m.loadHandover()
	case rowClosed:
		d = m.closeDialog()
	default:
		d = m.awardDialog(int(r) - int(rowAwards))
	}
	d.SetSize(min(m.width, 100), m.height)
	m.dialog = d
	return m, nil
}

// rulesDialog is a dialog that saves the rules change reads from its form.
func (m Model) rulesDialog(f form.Model, change func(m Model, f *form.Model, r *model.Rules) bool) dialog.Model[Model] {
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		r := m.rules
		r.Awards = append([]model.AwardRule(nil), m.rules.Awards...)
		if !change(m, f, &r) {
			return m, nil
		}
		return m, m.saveRules(r, m.t("settings.saved"))
	}).Awaiting("")
}

// langDialog switches the interface's language, remembered here.
func (m Model) langDialog() dialog.Model[Model] {
	f := m.newForm(m.t("settings.edit_title"))
	sel := 0
	if m.lang == i18n.EN {
		sel = 1
	}
	f.AddChoice("lang", m.t("settings.lang"), []string{"Tiếng Việt", "English"}, sel)
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		lang := i18n.VI
		if f.Choice("lang") == 1 {
			lang = i18n.EN
		}
		store := m.store
		return m, func() tea.Msg {
			if err := store.SetSetting(context.Background(), "lang", string(lang)); err != nil {
				return doneMsg{err: err}
			}
			return LangMsg{Lang: lang}
		}
	})
}

// pointsDialog changes the score step or a cap.
func (m Model) pointsDialog(r row) dialog.Model[Model] {
	f := m.newForm(m.t("settings.edit_title"))
	switch r {
	case rowStep:
		f.SetIntro(m.t("settings.step_intro"))
		f.AddText("value", m.t("settings.step"), m.rules.Step.Localize(m.lang), m.t("settings.step_hint"))
	case rowBonusCap:
		f.SetIntro(m.t("settings.cap_intro"))
		f.AddText("value", m.t("settings.bonus_cap"), m.rules.Caps.Bonus.Localize(m.lang), "")
	default:
		f.SetIntro(m.t("settings.cap_intro"))
		f.AddText("value", m.t("settings.deduction_cap"), m.rules.Caps.Deduction.Localize(m.lang), "")
	}
	return m.rulesDialog(f, func(m Model, f *form.Model, rules *model.Rules) bool {
		p, ok := m.points(f, "value")
		switch {
		case !ok:
		case r == rowStep:
			rules.Step = p
		case r == rowBonusCap:
			rules.Caps.Bonus = p
		default:
			rules.Caps.Deduction = p
		}
		return ok
	})
}

// points reads a field of points; an empty field (cleared by mistake, it
// was saved as 0: a step or a cap nobody typed), a negative number or one
// that is not a number is refused.
func (m Model) points(f *form.Model, field string) (model.Points, bool) {
	v := f.Value(field)
	if v == "" {
		f.SetError(field, m.t("settings.points_empty"))
		return 0, false
	}
	p, err := model.ParsePoints(v)
	if err == nil && p < 0 {
		err = model.Errorf(model.ENegative, p)
	}
	if err != nil {
		f.SetError(field, model.Message(m.lang, err))
		return 0, false
	}
	return p, true
}

// tieChoices lists what a tie-break step can be: nothing, the fixed
// measures, then each standard part of the table.
func (m Model) tieChoices() ([]model.TieBreak, []string) {
	bs := []model.TieBreak{{}, {Key: model.TieStandard}, {Key: model.TieDeduction}, {Key: model.TieBonus}, {Key: model.TieFullMarks}}
	names := []string{m.t("settings.tie_none")}
	for _, b := range bs[1:] {
		names = append(names, m.t("tiebreak."+b.String()))
	}
	if m.tree != nil {
		for _, part := range m.tree.Children("") {
			if m.tree.Section(part.ID) == model.Standard && !part.Scorable() {
				bs = append(bs, model.TieBreak{Key: model.TiePart, Part: part.ID, Label: m.tree.Label(part.ID)})
				names = append(names, m.t("tiebreak.part", m.tree.Label(part.ID)))
			}
		}
	}
	return bs, names
}

// tieDialog changes the order of the tie-break steps.
func (m Model) tieDialog() dialog.Model[Model] {
	f := m.newForm(m.t("settings.edit_title"))
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
		f.AddChoice("tie"+strconv.Itoa(i), m.t("settings.tie_step", i+1), names, sel)
	}
	f.SetIntro(m.t("settings.tie_intro"))
	return m.rulesDialog(f, func(m Model, f *form.Model, r *model.Rules) bool {
		r.TieBreaks = nil
		seen := map[string]bool{}
		for i := 0; i < maxTieBreaks; i++ {
			b := bs[f.Choice("tie"+strconv.Itoa(i))]
			if b == (model.TieBreak{}) {
				continue
			}
			if seen[b.String()] {
				f.SetError("tie"+strconv.Itoa(i), m.t("settings.tie_twice"))
				return false
			}
			seen[b.String()] = true
			r.TieBreaks = append(r.TieBreaks, b)
		}
		if len(r.TieBreaks) == 0 {
			r.TieBreaks = model.DefaultTieBreaks()
		}
		return true
	})
}

// numberingDialog changes how tied ranks are numbered.
func (m Model) numberingDialog() dialog.Model[Model] {
	f := m.newForm(m.t("settings.edit_title"))
	f.AddChoice("numbering", m.t("settings.numbering"), []string{m.t("numbering.skip"), m.t("numbering.dense")}, int(m.rules.Numbering))
	return m.rulesDialog(f, func(m Model, f *form.Model, r *model.Rules) bool {
		r.Numbering = model.Numbering(f.Choice("numbering"))
		return true
	})
}

// dateDialog changes the registration or self-scoring deadline.
func (m Model) dateDialog(r row) dialog.Model[Model] {
	label, d := "settings.registration", m.scope.Period.RegistrationCloses
	if r == rowSelfScore {
		label, d = "settings.self_score", m.scope.Period.SelfScoreCloses
	}
	v := ""
	if !d.IsZero() {
		v = d.Format("02/01/2006")
	}
	f := m.newForm(m.t("settings.edit_title"))
	f.AddText("date", m.t(label), v, m.t("settings.date_hint"))
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		var d time.Time
		if v := f.Value("date"); v != "" {
			var err error
			if d, err = parseDate(v); err != nil {
				f.SetError("date", m.t("settings.bad_date", v))
				return m, nil
			}
		}
		p := m.scope.Period
		if r == rowRegistration {
			p.RegistrationCloses = d
		} else {
			p.SelfScoreCloses = d
		}
		store, actor, info := m.store, m.scope.Actor(), m.t("settings.saved")
		m.scope.Period = p
		return m, func() tea.Msg { return doneMsg{err: store.UpdatePeriod(context.Background(), actor, p), info: info} }
	}).Awaiting("")
}

// parseDate reads a date as people type it: 31/12/2019 or 31-12-2019.
func parseDate(v string) (time.Time, error) {
	return time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
}

// closeDialog closes the period on show, with a reason, or reopens it.
func (m Model) closeDialog() dialog.Model[Model] {
	_, closed := m.closedLock()
	title := "settings.close_title"
	if closed {
		title = "settings.reopen_title"
	}
	f := m.newForm(m.t(title, m.scope.Period.Label))
	if !closed {
		f.SetIntro(m.t("settings.close_intro"))
		f.AddText("reason", m.t("units.field_reason"), "", "")
	}
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if !closed && reason == "" {
			f.SetError("reason", m.t("settings.need_reason"))
			return m, nil
		}
		id := "settings.done_closed"
		if closed {
			id = "settings.done_reopened"
		}
		store, actor, period, info := m.store, m.scope.Actor(), m.scope.Period, m.t(id, m.scope.Period.Label)
		return m, func() tea.Msg {
			err := store.SetLock(context.Background(), actor, period.ID, model.Lock{Kind: model.LockClosed, Reason: reason}, !closed)
			return doneMsg{err: err, info: info}
		}
	}).Awaiting("")
}
