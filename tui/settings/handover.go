package settings

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/status"
	"thidua/tui/work"
)

// The leader hands the bloc over (the row "bàn giao khối trưởng", issue
// 15): the dialog proposes the unit the year-end meeting elected and the
// export folder; a confirmation says what follows (a backup, the file, and
// this installation an ordinary member), with a warning when the unit
// chosen was not elected; then the file is written as work under way, and
// the screens follow the installation's new role.

// handoverChoiceMsg brings what the handover dialog proposes.
type handoverChoiceMsg struct {
	choice model.HandoverChoice
	err    error
}

// handoverMsg ends the handover's work.
type handoverMsg struct {
	written model.WrittenFile
	unit    model.Unit
	err     error
}

// loadHandover reads what the handover dialog proposes.
func (m Model) loadHandover() tea.Cmd {
	store := m.store
	return func() tea.Msg {
		c, err := store.HandoverChoice(context.Background())
		return handoverChoiceMsg{choice: c, err: err}
	}
}

// handoverDialog asks for the unit taking over, the elected one proposed,
// and the folder of the file.
func (m Model) handoverDialog(c model.HandoverChoice) dialog.Model[Model] {
	f := m.newForm(m.t("handover_ui.title"))
	intro := []string{m.t("handover_ui.none_elected")}
	if c.HasElected() {
		u := c.Units[c.Index(c.Elected.UnitID)]
		intro = []string{m.t("handover_ui.elected", c.ElectedAt.Label, unitName(u), voteText(m.lang, c.Elected.Vote))}
	}
	f.SetIntro(strings.Join(append(intro, m.t("handover_ui.intro")), "\n"))
	names := make([]string, len(c.Units))
	for i, u := range c.Units {
		names[i] = unitName(u)
		if u.ID == c.Elected.UnitID {
			names[i] += " — " + m.t("handover_ui.elected_mark")
		}
	}
	f.AddChoice("to", m.t("handover_ui.field_to"), names, max(0, c.Index(c.Elected.UnitID)))
	f.AddPath("dir", m.t("handover_ui.field_dir"), c.Dir, m.t("handover_ui.dir_hint"),
		pick.Options{Mode: pick.Folder, Start: c.Dir})
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		dir := f.Value("dir")
		if dir == "" {
			f.SetError("dir", m.t("xtui.need_folder"))
			return m, nil
		}
		m.dialog = m.confirmHandover(c, c.Units[f.Choice("to")], dir)
		m.dialog.SetSize(min(m.width, 100), m.height)
		return m, nil
	}).Named("handover")
}

// confirmHandover says what handing over to u does, and asks to go on; a
// unit the meeting did not elect is said so first.
func (m Model) confirmHandover(c model.HandoverChoice, u model.Unit, dir string) dialog.Model[Model] {
	f := m.newForm(m.t("handover_ui.confirm_title", unitName(u)))
	var lines []string
	if u.ID != c.Elected.UnitID {
		lines = append(lines, "! "+m.t("handover_ui.not_elected", unitName(u)), "")
	}
	lines = append(lines, m.t("handover_ui.consequence", m.scope.Bloc.Code, unitName(u), dir))
	f.SetIntro(strings.Join(lines, "\n"))
	f.AddChoice("go", m.t("handover_ui.field_go"), []string{m.t("handover_ui.go_no"), m.t("handover_ui.go_yes", u.Code)}, 0)
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		if f.Choice("go") != 1 {
			m.dialog.Close()
			return m, status.InfoCmd(m.t("handover_ui.not_done"))
		}
		store, period := m.store, m.scope.Period.ID
		var cmd tea.Cmd
		m.job, cmd = work.Start(m.t("handover_ui.working"), func(ctx context.Context, _ func(int, int)) tea.Msg {
			w, err := store.Handover(ctx, period, u.ID, dir)
			return handoverMsg{written: w, unit: u, err: err}
		})
		return m, cmd
	}).Awaiting("").Named("handover_confirm")
}

// handedOver shows what the handover wrote, or why it did not; the root
// then reads the installation again and every screen shows a member.
func (m Model) handedOver(msg handoverMsg) (Model, tea.Cmd) {
	m.job = work.Job{}
	if work.Stopped(msg.err) {
		m.dialog.Close()
		return m, status.InfoCmd(m.t("handover_ui.not_done"))
	}
	if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
		return m, nil // the confirmation says why; nothing changed here
	}
	if msg.err != nil {
		return m, status.ErrorCmd(msg.err)
	}
	w, u := msg.written, msg.unit
	f := m.newForm(m.t("handover_ui.done_title"))
	f.SetIntro(strings.Join([]string{
		m.t("handover.written", u.Code, w.Path, w.Receipt()),
		m.t("handover.member", w.File.Fingerprint, u.Fingerprint),
		"", m.t("handover_ui.done_next", unitName(u))}, "\n"))
	m.dialog = dialog.New(f, func(m Model, _ *form.Model) (Model, tea.Cmd) { return m, nil }).Named("handover_done")
	m.dialog.SetSize(min(m.width, 100), m.height)
	return m, tea.Batch(status.InfoCmd(m.t("handover_ui.done_status", u.Code)), func() tea.Msg { return ChangedMsg{} })
}

// unitName is a unit as the dialog lists it: its code and short name.
func unitName(u model.Unit) string {
	name := u.ShortName
	if name == "" {
		name = u.Name
	}
	return u.Code + " " + name
}

// voteText is an election's vote, or that none was recorded.
func voteText(l i18n.Lang, e model.Election) string {
	if e.IsZero() {
		return i18n.T(l, "handover_ui.no_vote")
	}
	return i18n.T(l, "meeting.vote_text", e.For, e.Valid, e.Share().Localize(l))
}
