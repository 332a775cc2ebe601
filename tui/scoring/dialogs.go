package scoring

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// The dialogs of the sheet: the reason a review score differs or a signed
// score is changed, the note or evidence of a score, a criterion to jump
// to, and the return round (the leader returns a criterion, the unit
// answers it).

// ReturnedMsg reports that the leader returned a criterion, or a unit
// answered one, from the sheet: the exchange board reloads.
type ReturnedMsg struct{}

// returnedMsg is the outcome of a return or an answer typed here; the
// dialog stays open (and keeps what was typed) until it is saved.
type returnedMsg struct {
	err  error
	info string
}

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// newForm is a dialog's form, at the screen's size.
func (m Model) newForm(title string) form.Model {
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 90), m.height)
	return f
}

// reasonDialog asks why (intro) before saving entry e, then moves advance
// rows.
func (m Model) reasonDialog(title, intro string, e model.ScoreEntry, advance int) dialog.Model[Model] {
	f := m.newForm(title)
	f.SetIntro(intro)
	f.AddText("reason", i18n.T(m.lang, "scoring.reason_label"), "", "")
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if reason == "" {
			f.SetError("reason", i18n.T(m.lang, "score.needs_reason"))
			return m, nil
		}
		e.Reason = reason
		return m.save(e, advance)
	}).Named("reason")
}

// askOverride asks why a signed score is changed (to value) before
// saving entry e.
func (m Model) askOverride(e model.ScoreEntry, advance int, old model.ScoreRecord, value string) (Model, tea.Cmd) {
	c, _ := m.sheet.Tree.Get(e.Criterion)
	m.dialog = m.reasonDialog(i18n.T(m.lang, "scoring.override_title", m.sheet.Tree.Label(c.ID)),
		i18n.T(m.lang, "scoring.override_intro", m.unitName(), old.Points.Localize(m.lang), value), e, advance)
	return m, nil
}

// signed reports whether the focused sheet's score of criterion id at the
// stage on show is the unit's own, signed and sent, and this installation
// is not that unit: changing it is an override.
func (m Model) signed(id string) (model.ScoreRecord, bool) {
	r, ok := m.sheet.Rows[id][m.stage]
	if !ok {
		return r, false
	}
	return r, model.Overrides(m.scope.Actor(), m.stage, m.unitID, r.SetBy)
}

// openText opens the note or evidence editor (which: "note", "evidence")
// of the focused criterion's score.
func (m Model) openText(which string) (Model, tea.Cmd) {
	c, ok := m.Focused()
	if !ok || !c.Scorable() {
		return m, nil
	}
	r, has := m.sheet.Rows[c.ID][m.stage]
	if !has {
		return m, status.InfoCmd(i18n.T(m.lang, "scoring.score_first"))
	}
	if err := m.lockErr(); err != nil {
		return m, status.ErrorCmd(err)
	}
	title, old := "scoring.note_title", r.Note
	if which == "evidence" {
		title, old = "scoring.evidence_title", r.Evidence
	}
	f := m.newForm(i18n.T(m.lang, title, m.sheet.Tree.Label(c.ID)))
	f.AddText("text", i18n.T(m.lang, title+"_label"), old, "")
	_, signed := m.signed(c.ID)
	if signed {
		// The unit's signed note is changed only with a reason, like its
		// points.
		f.SetIntro(i18n.T(m.lang, "scoring.override_note", m.unitName()))
		f.AddText("reason", i18n.T(m.lang, "scoring.reason_label"), "", "")
	}
	m.dialog = dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		text := f.Value("text")
		e := model.ScoreEntry{Criterion: c.ID, Input: storedInput(r.Score), Reason: f.Value("reason")}
		if which == "note" {
			e.Note = &text
		} else {
			e.Evidence = &text
		}
		if signed && text != old && e.Reason == "" {
			f.SetError("reason", i18n.T(m.lang, "score.needs_reason"))
			return m, nil
		}
		return m.save(e, 0)
	}).Named(which)
	return m, nil
}

// jumpDialog asks for a criterion's code to move to.
func (m Model) jumpDialog() dialog.Model[Model] {
	f := m.newForm(i18n.T(m.lang, "scoring.jump_title"))
	f.AddText("code", i18n.T(m.lang, "scoring.jump_label"), "", i18n.T(m.lang, "scoring.jump_hint"))
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		c, err := m.sheet.Tree.Resolve(f.Value("code"))
		if err != nil {
			f.SetError("code", model.Message(m.lang, err))
			return m, nil
		}
		for i, r := range m.rows {
			if r.ID == c.ID {
				m.cursor = i
			}
		}
		return m, m.historyCmd()
	}).Named("jump")
}

// openReturn lets the leader return the focused criterion (or, on a
// group, the whole sheet) to the unit with a reason: the criterion is
// chosen on the sheet, no code is typed.
func (m Model) openReturn() (Model, tea.Cmd) {
	if !m.scope.Leader() || m.unitID == m.scope.Own.ID || m.sheet == nil {
		return m, nil
	}
	c, ok := m.Focused()
	if !ok {
		return m, nil
	}
	id, what := c.ID, m.sheet.Tree.Label(c.ID)
	if !c.Scorable() {
		id, what = "", i18n.T(m.lang, "xtui.whole_sheet")
	}
	f := m.newForm(i18n.T(m.lang, "scoring.return_title", what, m.unitName()))
	f.SetIntro(i18n.T(m.lang, "scoring.return_intro"))
	f.AddText("reason", i18n.T(m.lang, "xtui.return_reason"), m.sheet.Returns[c.ID], "")
	m.dialog = dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if reason == "" {
			f.SetError("reason", i18n.T(m.lang, "xtui.need_reason"))
			return m, nil
		}
		store, actor, period, unit := m.store, m.scope.Actor(), m.scope.Period.ID, m.unitID
		info := i18n.T(m.lang, "scoring.returned_to", what, m.unitName())
		return m, func() tea.Msg {
			err := store.ReturnSubmission(context.Background(), actor, period, unit,
				[]model.ReturnReason{{UnitID: unit, CriterionID: id, Reason: reason}})
			return returnedMsg{err: err, info: info}
		}
	}).Awaiting("reason").Named("return")
	return m, nil
}

// openAnswer lets the unit answer ("giải trình") the focused criterion's
// return, or the return of the whole sheet.
func (m Model) openAnswer() (Model, tea.Cmd) {
	if m.sheet == nil || m.unitID != m.scope.Inst.UnitID || m.scope.Leader() {
		return m, nil
	}
	c, _ := m.Focused()
	id := c.ID
	reason, ok := m.sheet.Returns[id]
	if !ok {
		id = ""
		if reason, ok = m.sheet.Returns[""]; !ok {
			return m, status.InfoCmd(i18n.T(m.lang, "scoring.not_returned"))
		}
	}
	what := i18n.T(m.lang, "xtui.whole_sheet")
	if id != "" {
		what = m.sheet.Tree.Label(id)
	}
	f := m.newForm(i18n.T(m.lang, "xtui.dialog.answer"))
	f.SetIntro(i18n.T(m.lang, "xtui.answer_intro", what, reason))
	f.AddText("answer", i18n.T(m.lang, "xtui.answer"), m.sheet.Answers[id], i18n.T(m.lang, "xtui.answer_hint"))
	m.dialog = dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		store, actor, period, unit, answer := m.store, m.scope.Actor(), m.scope.Period.ID, m.unitID, f.Value("answer")
		info := i18n.T(m.lang, "xtui.answered")
		return m, func() tea.Msg {
			err := store.SetExplanation(context.Background(), actor, period,
				model.Explanation{UnitID: unit, CriterionID: id, Answer: answer})
			return returnedMsg{err: err, info: info}
		}
	}).Awaiting("answer").Named("answer")
	return m, nil
}

// unitName is the short name of the unit on show.
func (m Model) unitName() string {
	if m.sheet.Unit.ShortName != "" {
		return m.sheet.Unit.ShortName
	}
	return m.sheet.Unit.Name
}

// scoreText is a stored score as the status line says it: its points, or
// "(trống)".
func (m Model) scoreText(s *model.Score) string {
	if s == nil {
		return i18n.T(m.lang, "scoring.blank")
	}
	return s.Points.Localize(m.lang)
}
