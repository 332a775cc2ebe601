package blocs

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// Confirmer writes the province's confirmation that a unit (its code, ""
// for the bloc's deputy) takes over a bloc whose leader's computer is lost
// (issue 15), into the folder the interface writes files to.
type Confirmer interface {
	ConfirmLeader(ctx context.Context, blocCode, unitCode, reason string) (model.WrittenFile, error)
}

// confirmedMsg answers the confirmation's writing.
type confirmedMsg struct {
	bloc string
	file model.WrittenFile
	err  error
}

// confirmDialog asks which unit takes over the bloc under the cursor (its
// deputy when left empty) and why; the file is written where exports go,
// and a refusal (no signed submission of that unit, no reason) keeps what
// was typed.
func (m Model) confirmDialog() dialog.Model[Model] {
	t := func(id string, args ...any) string { return i18n.T(m.lang, id, args...) }
	b := m.blocs[m.cursor].Bloc
	f := form.New(t("blocs.confirm_title", b.Code), m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 100), m.height)
	f.SetIntro(t("blocs.confirm_intro"))
	f.AddText("unit", t("blocs.confirm_unit"), "", t("blocs.confirm_unit_hint"))
	f.AddText("reason", t("blocs.confirm_reason"), t("blocs.confirm_reason_default"), "")
	store := m.store
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		unit, reason := strings.ToUpper(strings.TrimSpace(f.Value("unit"))), f.Value("reason")
		return m, func() tea.Msg {
			w, err := store.ConfirmLeader(context.Background(), b.Code, unit, reason)
			return confirmedMsg{bloc: b.Code, file: w, err: err}
		}
	}).Awaiting("").Named("confirm")
}

// confirmed takes the answer: the dialog says a refusal; a file written
// is told with its path and the board read again (the bloc's leader).
func (m Model) confirmed(msg confirmedMsg) (Model, tea.Cmd) {
	if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
		return m, nil
	}
	if msg.err != nil {
		return m, status.ErrorCmd(msg.err)
	}
	info := i18n.T(m.lang, "blocs.confirm_done", msg.file.File.AddresseeCode, msg.bloc, msg.file.Path, msg.file.File.Fingerprint)
	return m, tea.Batch(LoadCmd(m.store), status.InfoCmd(info))
}
