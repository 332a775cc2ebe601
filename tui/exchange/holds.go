package exchange

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/tui/dialog"
	"thidua/tui/form"
)

// The held files: the leader reads why each waits and accepts or declines
// it, with a reason (a refusal needs one).

func (m Model) holdsKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case matches(msg, k.Up):
		m.hcursor = max(0, m.hcursor-1)
	case matches(msg, k.Down):
		m.hcursor = max(0, min(len(m.holds)-1, m.hcursor+1))
	case matches(msg, k.Accept), matches(msg, k.Decline):
		if m.hcursor < len(m.holds) {
			m.dialog = m.decideDialog(m.holds[m.hcursor], matches(msg, k.Accept))
		}
	case matches(msg, k.Back):
		m.mode = boardMode
	}
	return m, nil
}

// decideDialog accepts or declines held file h, with the leader's reason.
func (m Model) decideDialog(h model.Hold, accept bool) dialog.Model[Model] {
	f := m.newForm("xtui.dialog.decide")
	if accept {
		f.SetIntro(m.t("xtui.accept_intro", h.File.Name, m.holdReason(h)))
		f.AddText("reason", m.t("xtui.decide_reason"), "", m.t("xtui.accept_hint"))
	} else {
		f.SetIntro(m.t("xtui.decline_intro", h.File.Name))
		f.AddText("reason", m.t("xtui.decide_reason"), "", "")
	}
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if !accept && reason == "" {
			f.SetError("reason", m.t("xtui.need_reason"))
			return m, nil
		}
		store, lang := m.store, m.lang
		return m, func() tea.Msg {
			o, err := store.DecideHold(context.Background(), h.ID, accept, reason)
			if err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{info: o.Message(lang), changed: true}
		}
	})
}
