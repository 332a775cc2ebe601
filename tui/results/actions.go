package results

import (
	"context"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/status"
)

// The leader's actions on the unit under the cursor, each a dialog: the
// ballot of an award, excluding a unit from the ranking, barring it from
// an award, the meeting's order of tied units, accepting a sheet, and the
// province's decision transcribed from paper. Each dialog stays open until
// the database took what it says, and says why when it did not.

type locksMsg struct {
	period    string
	locks     []model.Lock
	exportDir string
}

// doneMsg reports the outcome of a leader's action.
type doneMsg struct {
	err  error
	info string
}

// action starts the leader's action a key asks for, on the unit under the
// cursor.
func (m Model) action(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	p, ok := m.Selected()
	if !ok || m.result == nil {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Registrations):
		return m.openRegistrations(p.UnitID)
	case key.Matches(msg, k.Meeting):
		return m, m.loadMeeting()
	case key.Matches(msg, k.Report):
		m.dialog = m.reportDialog()
	case key.Matches(msg, k.Ballot):
		return m.openBallot()
	case key.Matches(msg, k.Exclude):
		m.dialog = m.excludeDialog(p)
	case key.Matches(msg, k.Ineligible):
		m.dialog = m.ineligibleDialog(p)
	case key.Matches(msg, k.TieVote):
		if tied := m.tiedWith(p); len(tied) >= 2 {
			m.dialog = m.tieDialog(p, tied)
		} else {
			return m, status.InfoCmd(m.t("results.not_tied", m.unitName(p.UnitID)))
		}
	case key.Matches(msg, k.Accept):
		m.dialog = m.acceptDialog(p)
	case key.Matches(msg, k.Decision):
		if len(m.result.Rules.Awards) == 0 {
			return m, status.InfoCmd(m.t("results.no_awards"))
		}
		if m.scope.Inst.Role == model.RoleProvince {
			m.dialog = m.provinceDecisionDialog(p)
		} else {
			m.dialog = m.decisionDialog(p)
		}
	}
	return m, nil
}

func (m Model) t(id string, a ...any) string { return i18n.T(m.lang, id, a...) }

// at is the screen's dialog, for dialog.Update.
func at(m *Model) *dialog.Model[Model] { return &m.dialog }

// Unsaved reports whether a dialog is open with something typed in it that
// is not saved yet (ctrl+c then asks before quitting).
func (m Model) Unsaved() bool { return m.dialog.Typed() }

// newForm is a dialog's form, at the screen's size.
func (m Model) newForm(title string) form.Model {
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 100), m.height)
	return f
}

// run returns the screen with the command that runs a write and reports it
// with info.
func (m Model) run(info string, write func(ctx context.Context) error) (Model, tea.Cmd) {
	return m, func() tea.Msg { return doneMsg{err: write(context.Background()), info: info} }
}

// action is a dialog of the leader's actions: it waits for the database.
func (m Model) actionDialog(f form.Model, submit dialog.Submit[Model]) dialog.Model[Model] {
	return dialog.New(f, submit).Awaiting("")
}

// openBallot opens the count of the award's ballot, asking first which
// award when the period has several.
func (m Model) openBallot() (Model, tea.Cmd) {
	awards := m.result.Rules.Awards
	switch len(awards) {
	case 0:
		return m, status.InfoCmd(m.t("results.no_awards"))
	case 1:
		m.dialog = m.ballotDialog(awards[0].Code)
		return m, nil
	}
	f := m.newForm(m.t("results.ballot_pick"))
	f.AddChoice("award", m.t("results.field_award"), awardNames(awards), 0)
	m.dialog = dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		m.dialog = m.ballotDialog(awards[f.Choice("award")].Code)
		return m, nil
	})
	return m, nil
}

// ballotDialog is the count of an award's ballot, with a field for the
// votes of each ranked unit.
func (m Model) ballotDialog(code string) dialog.Model[Model] {
	b := m.result.Ballots[code]
	f := m.newForm(m.t("results.ballot_title", code))
	f.SetIntro(m.t("results.ballot_intro"))
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	f.AddText("issued", m.t("results.field_issued"), itoa(b.Issued), "")
	f.AddText("returned", m.t("results.field_returned"), itoa(b.Returned), "")
	f.AddText("valid", m.t("results.field_valid"), itoa(b.Valid), "")
	f.AddText("invalid", m.t("results.field_invalid"), itoa(b.Invalid), "")
	for _, p := range m.result.Ranking.Ranked {
		f.AddText("vote:"+p.UnitID, m.t("results.field_votes", m.unitName(p.UnitID)), itoa(m.result.Votes[code][p.UnitID]), "")
	}
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		b := model.Ballot{Award: code}
		counts := map[string]*int{"issued": &b.Issued, "returned": &b.Returned, "valid": &b.Valid, "invalid": &b.Invalid}
		for field, dst := range counts {
			n, ok := m.count(f, field)
			if !ok {
				return m, nil
			}
			*dst = n
		}
		votes := map[string]int{}
		for _, q := range m.result.Ranking.Ranked {
			n, ok := m.count(f, "vote:"+q.UnitID)
			if !ok {
				return m, nil
			}
			if n > 0 {
				votes[q.UnitID] = n
			}
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(m.t("results.done_ballot", b.Award), func(ctx context.Context) error {
			return store.SetBallot(ctx, actor, period, b, votes)
		})
	})
}

// excludeDialog excludes unit p from the ranking, with the reason (empty
// takes it back).
func (m Model) excludeDialog(p model.Position) dialog.Model[Model] {
	name := m.unitName(p.UnitID)
	f := m.newForm(m.t("results.exclude_title", name))
	f.SetIntro(m.t("results.exclude_intro"))
	f.AddText("reason", m.t("units.field_reason"), m.exclusion(p), "")
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		info := m.t("results.done_excluded", name)
		if reason == "" {
			info = m.t("results.done_included", name)
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(info, func(ctx context.Context) error { return store.SetExclusion(ctx, actor, period, p.UnitID, reason) })
	})
}

// ineligibleDialog bars unit p from one award or every award, with the
// reason.
func (m Model) ineligibleDialog(p model.Position) dialog.Model[Model] {
	awards := m.result.Rules.Awards
	f := m.newForm(m.t("results.ineligible_title", m.unitName(p.UnitID)))
	f.SetIntro(m.t("results.ineligible_intro"))
	f.AddChoice("award", m.t("results.field_award"), append([]string{m.t("results.every_award")}, awardNames(awards)...), 0)
	f.AddText("reason", m.t("units.field_reason"), "", "")
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		award := ""
		if i := f.Choice("award"); i > 0 {
			award = awards[i-1].Code
		}
		reason := f.Value("reason")
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(m.t("results.done_saved"), func(ctx context.Context) error {
			return store.SetAwardBlock(ctx, actor, period, model.Block{UnitID: p.UnitID, Award: award, Reason: reason})
		})
	})
}

// tieDialog takes the meeting's order of the units tied with p.
func (m Model) tieDialog(p model.Position, tied []model.Position) dialog.Model[Model] {
	f := m.newForm(m.t("results.tie_title", p.Rank))
	f.SetIntro(m.t("results.tie_intro"))
	for i, u := range tied {
		order := u.VoteOrder
		if order == 0 {
			order = i + 1
		}
		f.AddText(u.UnitID, m.unitName(u.UnitID), strconv.Itoa(order), "")
	}
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		order := map[string]int{}
		for _, q := range tied {
			n, ok := m.count(f, q.UnitID)
			if !ok {
				return m, nil
			}
			if n < 1 {
				f.SetError(q.UnitID, m.t("results.bad_order"))
				return m, nil
			}
			order[q.UnitID] = n
		}
		for _, q := range m.result.Ranking.Ranked {
			if _, ok := order[q.UnitID]; !ok && q.VoteOrder > 0 {
				order[q.UnitID] = q.VoteOrder // other ties keep their decision
			}
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(m.t("results.done_tie"), func(ctx context.Context) error { return store.SetTieVotes(ctx, actor, period, order) })
	})
}

// acceptDialog accepts unit p's sheet (locks it, with a reason), or lifts
// the acceptance.
func (m Model) acceptDialog(p model.Position) dialog.Model[Model] {
	name, on := m.unitName(p.UnitID), !m.accepted(p.UnitID)
	title := "results.unaccept_title"
	if on {
		title = "results.accept_title"
	}
	f := m.newForm(m.t(title, name))
	if on {
		f.SetIntro(m.t("results.accept_intro"))
		f.AddText("reason", m.t("units.field_reason"), m.t("results.accept_reason"), "")
	}
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reason := f.Value("reason")
		if on && reason == "" {
			f.SetError("reason", m.t("settings.need_reason"))
			return m, nil
		}
		info := m.t("results.done_accepted", name)
		if !on {
			info = m.t("results.done_unaccepted", name)
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(info, func(ctx context.Context) error {
			return store.SetLock(ctx, actor, period, model.Lock{Kind: model.LockAccepted, UnitID: p.UnitID, Reason: reason}, on)
		})
	})
}

// decisionDialog transcribes the province's decision on unit p.
func (m Model) decisionDialog(p model.Position) dialog.Model[Model] {
	awards := m.result.Rules.Awards
	f := m.newForm(m.t("results.decision_title", m.unitName(p.UnitID)))
	f.AddChoice("award", m.t("results.field_award"), awardNames(awards), 0)
	f.AddChoice("outcome", m.t("results.field_outcome"),
		[]string{m.t("outcome.awarded"), m.t("outcome.not_awarded"), m.t("outcome.downgraded")}, 0)
	f.AddChoice("to", m.t("results.field_downgraded_to"), awardNames(awards), len(awards)-1)
	f.AddText("number", m.t("results.field_number"), "", m.t("results.number_hint"))
	f.AddText("date", m.t("results.field_date"), "", m.t("settings.date_hint"))
	return m.actionDialog(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		d := model.Decision{UnitID: p.UnitID, Award: awards[f.Choice("award")].Code,
			Outcome: model.Outcome(f.Choice("outcome")), Number: f.Value("number")}
		if d.Outcome == model.Downgraded {
			d.DowngradedTo = awards[f.Choice("to")].Code
		}
		if v := f.Value("date"); v != "" {
			date, err := time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
			if err != nil {
				f.SetError("date", m.t("settings.bad_date", v))
				return m, nil
			}
			d.Date = date
		}
		if err := d.Validate(awards); err != nil {
			f.SetError("number", model.Message(m.lang, err))
			return m, nil
		}
		store, actor, period := m.store, m.scope.Actor(), m.periodID
		return m.run(m.t("results.done_decision", m.unitName(p.UnitID)), func(ctx context.Context) error {
			return store.SetDecision(ctx, actor, period, d)
		})
	})
}

func awardNames(awards []model.AwardRule) []string {
	out := make([]string, len(awards))
	for i, a := range awards {
		out[i] = a.Code + " — " + a.Name
	}
	return out
}

func (m Model) unitName(id string) string {
	u := m.result.Units[id]
	if u.ShortName != "" {
		return u.ShortName
	}
	return u.Name
}

// exclusion is the reason a unit is excluded, if it is.
func (m Model) exclusion(p model.Position) string {
	if p.NotRanked != nil && p.NotRanked.Code == model.RankExcluded && len(p.NotRanked.Params) > 0 {
		r, _ := p.NotRanked.Params[0].(string)
		return r
	}
	return ""
}

// tiedWith lists the units sharing p's rank.
func (m Model) tiedWith(p model.Position) []model.Position {
	var out []model.Position
	for _, q := range m.result.Ranking.Ranked {
		if q.Rank == p.Rank && p.NotRanked == nil {
			out = append(out, q)
		}
	}
	return out
}

func (m Model) accepted(unitID string) bool {
	for _, l := range m.locks {
		if l.Kind == model.LockAccepted && l.UnitID == unitID {
			return true
		}
	}
	return false
}

// count reads a whole, non-negative number field of f ("" is 0).
func (m Model) count(f *form.Model, field string) (int, bool) {
	v := f.Value(field)
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		f.SetError(field, m.t("results.bad_count", v))
		return 0, false
	}
	return n, true
}

// reply shows the outcome of an action and reloads the ranking.
func (m Model) reply(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case regsMsg:
		if m.regs != nil && msg.unitID == m.regs.unitID {
			m.regs.lines = msg.lines
		}
		return m, nil
	case doneMsg:
		if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
			return m, nil // the dialog says why, with what was typed
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		cmds := []tea.Cmd{m.Reload(), status.InfoCmd(msg.info)}
		if m.regs != nil {
			cmds = append(cmds, m.regs.load(m.store, m.periodID))
		}
		return m, tea.Batch(cmds...)
	}
	return m, nil
}
