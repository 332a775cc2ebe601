package scoring

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/status"
)

// ReturnedMsg reports that the leader returned a criterion, or a unit
// answered one, from the sheet: the exchange board reloads.
type ReturnedMsg struct{}

// returnedMsg is the outcome of a return or an answer typed here; the
// dialog stays open (and keeps what was typed) until it is saved.
type returnedMsg struct {
	err   error
	field string
	info  string
}

// isValueKey reports whether a key starts or continues a typed value: the
// characters a score or a rule's measure is made of (digits, a decimal
// comma or point, % and the / of actual/target), and the minus sign, which
// is refused with a word on deductions.
func isValueKey(msg tea.KeyPressMsg) bool {
	if !isText(msg) {
		return false
	}
	for _, r := range msg.Text {
		if !strings.ContainsRune("0123456789,.-/%", r) {
			return false
		}
	}
	return true
}

// isText reports whether a key types text (not a command with ctrl or
// alt, not a named key).
func isText(msg tea.KeyPressMsg) bool {
	return msg.Text != "" && !msg.Mod.Contains(tea.ModCtrl) && !msg.Mod.Contains(tea.ModAlt)
}

// cellRefusal says why what is typed in the cell cannot be a score or a
// rule's measure, naming the first character the cell does not take: only
// digits, one decimal mark per number, one "/" (actual/target) and a "%"
// at the end. "" when the characters are fine (the value is then checked
// against the criterion).
func (m Model) cellRefusal() string {
	var numberMarks, slashes int
	for i, r := range m.buf {
		last := i == len(m.buf)-1
		switch {
		case r >= '0' && r <= '9':
		case r == ',' || r == '.':
			numberMarks++
			if numberMarks > 1 {
				return i18n.T(m.lang, "scoring.two_marks", string(m.buf))
			}
		case r == '/':
			slashes++
			numberMarks = 0
			if slashes > 1 {
				return i18n.T(m.lang, "scoring.bad_char", "/", string(m.buf))
			}
		case r == '%' && last && slashes == 0:
		case r == '-':
			return i18n.T(m.lang, "scoring.minus", string(m.buf))
		default:
			return i18n.T(m.lang, "scoring.bad_char", string(r), string(m.buf))
		}
	}
	return ""
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

// askOverride asks why a signed score is changed (to value) before
// saving entry e.
func (m Model) askOverride(e model.ScoreEntry, advance int, old model.ScoreRecord, value string) (Model, tea.Cmd) {
	c, _ := m.sheet.Tree.Get(e.Criterion)
	m.waiting, m.waitAdvance = e, advance
	m.form = form.New(i18n.T(m.lang, "scoring.override_title", m.sheet.Tree.Label(c.ID)), m.styles, m.lang, m.isDark)
	m.form.SetIntro(i18n.T(m.lang, "scoring.override_intro", m.unitName(), old.Points.Localize(m.lang), value))
	m.form.SetSize(min(m.width, 90), m.height)
	m.form.AddText("reason", i18n.T(m.lang, "scoring.reason_label"), "", "")
	m.dialog = reasonDialog
	return m, nil
}

// unitName is the short name of the unit on show.
func (m Model) unitName() string {
	if m.sheet.Unit.ShortName != "" {
		return m.sheet.Unit.ShortName
	}
	return m.sheet.Unit.Name
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
	what := m.sheet.Tree.Label(c.ID)
	if !c.Scorable() {
		what = i18n.T(m.lang, "xtui.whole_sheet")
	}
	m.form = form.New(i18n.T(m.lang, "scoring.return_title", what, m.unitName()), m.styles, m.lang, m.isDark)
	m.form.SetIntro(i18n.T(m.lang, "scoring.return_intro"))
	m.form.SetSize(min(m.width, 90), m.height)
	m.form.AddText("reason", i18n.T(m.lang, "xtui.return_reason"), m.sheet.Returns[c.ID], "")
	m.dialog = returnDialog
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
	m.form = form.New(i18n.T(m.lang, "xtui.dialog.answer"), m.styles, m.lang, m.isDark)
	m.form.SetIntro(i18n.T(m.lang, "xtui.answer_intro", what, reason))
	m.form.SetSize(min(m.width, 90), m.height)
	m.form.AddText("answer", i18n.T(m.lang, "xtui.answer"), m.sheet.Answers[id], i18n.T(m.lang, "xtui.answer_hint"))
	m.waiting = model.ScoreEntry{Criterion: id}
	m.dialog = answerDialog
	return m, nil
}

// submitReturn saves a return or an answer; the dialog closes once it is
// saved.
func (m Model) submitReturn(d dialog) (Model, tea.Cmd) {
	store, actor, period, unit, lang := m.store, m.scope.Actor(), m.scope.Period.ID, m.unitID, m.lang
	m.dialog = d
	if d == returnDialog {
		reason := m.form.Value("reason")
		if reason == "" {
			m.form.SetError("reason", i18n.T(lang, "xtui.need_reason"))
			return m, nil
		}
		c, _ := m.Focused()
		id, what := c.ID, m.sheet.Tree.Label(c.ID)
		if !c.Scorable() {
			id, what = "", i18n.T(lang, "xtui.whole_sheet")
		}
		name := m.unitName()
		return m, func() tea.Msg {
			err := store.ReturnSubmission(context.Background(), actor, period, unit,
				[]model.ReturnReason{{UnitID: unit, CriterionID: id, Reason: reason}})
			return returnedMsg{err: err, field: "reason", info: i18n.T(lang, "scoring.returned_to", what, name)}
		}
	}
	answer, id := m.form.Value("answer"), m.waiting.Criterion
	return m, func() tea.Msg {
		err := store.SetExplanation(context.Background(), actor, period,
			model.Explanation{UnitID: unit, CriterionID: id, Answer: answer})
		return returnedMsg{err: err, field: "answer", info: i18n.T(lang, "xtui.answered")}
	}
}

// scoreText is a stored score as the status line says it: its points, or
// "(trống)".
func (m Model) scoreText(s *model.Score) string {
	if s == nil {
		return i18n.T(m.lang, "scoring.blank")
	}
	return s.Points.Localize(m.lang)
}
