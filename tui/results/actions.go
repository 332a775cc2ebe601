package results

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/status"
)

// dialog is what an open form is for.
type dialog int

const (
	noDialog dialog = iota
	ballotAwardDialog
	ballotDialog
	excludeDialog
	ineligibleDialog
	tieDialog
	acceptDialog
	decisionDialog
	regDialog
	reportDialog
)

type locksMsg struct {
	period string
	locks  []model.Lock
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
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	m.about = p
	name := m.unitName(p.UnitID)
	switch {
	case key.Matches(msg, k.Registrations):
		return m.openRegistrations(p.UnitID)
	case key.Matches(msg, k.Meeting):
		return m, m.loadMeeting()
	case key.Matches(msg, k.Report):
		m.newForm(t("results.report_title", m.result.Period.Label))
		m.form.SetIntro(t("results.report_intro"))
		m.form.AddPath("dir", t("results.field_dir"), m.store.ExportDir(context.Background()), t("results.dir_hint"),
			pick.Options{Mode: pick.Folder, Start: m.store.ExportDir(context.Background())})
		m.form.AddText("name", t("results.field_file"), reportName(m.result), "")
		m.dialog = reportDialog
	case key.Matches(msg, k.Ballot):
		awards := m.result.Rules.Awards
		if len(awards) == 0 {
			return m, status.InfoCmd(t("results.no_awards"))
		}
		if len(awards) == 1 {
			return m.openBallot(awards[0].Code), nil
		}
		m.newForm(t("results.ballot_pick"))
		m.form.AddChoice("award", t("results.field_award"), awardNames(awards), 0)
		m.dialog = ballotAwardDialog
	case key.Matches(msg, k.Exclude):
		m.newForm(t("results.exclude_title", name))
		m.form.SetIntro(t("results.exclude_intro"))
		m.form.AddText("reason", t("units.field_reason"), m.exclusion(p), "")
		m.dialog = excludeDialog
	case key.Matches(msg, k.Ineligible):
		m.newForm(t("results.ineligible_title", name))
		m.form.SetIntro(t("results.ineligible_intro"))
		m.form.AddChoice("award", t("results.field_award"), append([]string{t("results.every_award")}, awardNames(m.result.Rules.Awards)...), 0)
		m.form.AddText("reason", t("units.field_reason"), "", "")
		m.dialog = ineligibleDialog
	case key.Matches(msg, k.TieVote):
		tied := m.tiedWith(p)
		if len(tied) < 2 {
			return m, status.InfoCmd(t("results.not_tied", name))
		}
		m.newForm(t("results.tie_title", p.Rank))
		m.form.SetIntro(t("results.tie_intro"))
		for i, u := range tied {
			order := u.VoteOrder
			if order == 0 {
				order = i + 1
			}
			m.form.AddText(u.UnitID, m.unitName(u.UnitID), strconv.Itoa(order), "")
		}
		m.dialog = tieDialog
	case key.Matches(msg, k.Accept):
		if m.accepted(p.UnitID) {
			m.newForm(t("results.unaccept_title", name))
		} else {
			m.newForm(t("results.accept_title", name))
			m.form.SetIntro(t("results.accept_intro"))
			m.form.AddText("reason", t("units.field_reason"), t("results.accept_reason"), "")
		}
		m.dialog = acceptDialog
	case key.Matches(msg, k.Decision):
		awards := m.result.Rules.Awards
		if len(awards) == 0 {
			return m, status.InfoCmd(t("results.no_awards"))
		}
		m.newForm(t("results.decision_title", name))
		m.form.AddChoice("award", t("results.field_award"), awardNames(awards), 0)
		m.form.AddChoice("outcome", t("results.field_outcome"),
			[]string{t("outcome.awarded"), t("outcome.not_awarded"), t("outcome.downgraded")}, 0)
		m.form.AddChoice("to", t("results.field_downgraded_to"), awardNames(awards), len(awards)-1)
		m.form.AddText("number", t("results.field_number"), "", t("results.number_hint"))
		m.form.AddText("date", t("results.field_date"), "", t("settings.date_hint"))
		m.dialog = decisionDialog
	}
	return m, nil
}

func (m *Model) newForm(title string) {
	m.form = form.New(title, m.styles, m.lang, m.isDark)
	m.form.SetSize(min(m.width, 100), m.height)
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

// openBallot opens the count of an award's ballot, with a field for the
// votes of each ranked unit.
func (m Model) openBallot(code string) Model {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	m.award = code
	b := m.result.Ballots[code]
	m.newForm(t("results.ballot_title", code))
	m.form.SetIntro(t("results.ballot_intro"))
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	m.form.AddText("issued", t("results.field_issued"), itoa(b.Issued), "")
	m.form.AddText("returned", t("results.field_returned"), itoa(b.Returned), "")
	m.form.AddText("valid", t("results.field_valid"), itoa(b.Valid), "")
	m.form.AddText("invalid", t("results.field_invalid"), itoa(b.Invalid), "")
	for _, p := range m.result.Ranking.Ranked {
		m.form.AddText("vote:"+p.UnitID, t("results.field_votes", m.unitName(p.UnitID)), itoa(m.result.Votes[code][p.UnitID]), "")
	}
	m.dialog = ballotDialog
	return m
}

func (m Model) dialogKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	switch m.form.State() {
	case form.Cancelled:
		m.dialog = noDialog
		return m, nil
	case form.Editing:
		return m, cmd
	}
	return m.submit()
}

// submit checks the open form and runs the action.
func (m Model) submit() (Model, tea.Cmd) {
	t := func(id string, a ...any) string { return i18n.T(m.lang, id, a...) }
	store, actor, period, p := m.store, m.scope.Actor(), m.periodID, m.about
	run := func(info string, f func(ctx context.Context) error) (Model, tea.Cmd) {
		return m, func() tea.Msg { return doneMsg{err: f(context.Background()), info: info} }
	}
	name := m.unitName(p.UnitID)
	switch m.dialog {
	case ballotAwardDialog:
		return m.openBallot(m.result.Rules.Awards[m.form.Choice("award")].Code), nil
	case ballotDialog:
		b := model.Ballot{Award: m.award}
		counts := map[string]*int{"issued": &b.Issued, "returned": &b.Returned, "valid": &b.Valid, "invalid": &b.Invalid}
		for field, dst := range counts {
			n, ok := m.count(field)
			if !ok {
				return m, nil
			}
			*dst = n
		}
		votes := map[string]int{}
		for _, q := range m.result.Ranking.Ranked {
			n, ok := m.count("vote:" + q.UnitID)
			if !ok {
				return m, nil
			}
			if n > 0 {
				votes[q.UnitID] = n
			}
		}
		return run(t("results.done_ballot", b.Award), func(ctx context.Context) error {
			return store.SetBallot(ctx, actor, period, b, votes)
		})
	case excludeDialog:
		reason := m.form.Value("reason")
		info := t("results.done_excluded", name)
		if reason == "" {
			info = t("results.done_included", name)
		}
		return run(info, func(ctx context.Context) error { return store.SetExclusion(ctx, actor, period, p.UnitID, reason) })
	case ineligibleDialog:
		award := ""
		if i := m.form.Choice("award"); i > 0 {
			award = m.result.Rules.Awards[i-1].Code
		}
		reason := m.form.Value("reason")
		return run(t("results.done_saved"), func(ctx context.Context) error {
			return store.SetAwardBlock(ctx, actor, period, model.Block{UnitID: p.UnitID, Award: award, Reason: reason})
		})
	case tieDialog:
		order := map[string]int{}
		for _, q := range m.tiedWith(p) {
			n, ok := m.count(q.UnitID)
			if !ok {
				return m, nil
			}
			if n < 1 {
				m.form.SetError(q.UnitID, t("results.bad_order"))
				return m, nil
			}
			order[q.UnitID] = n
		}
		for _, q := range m.result.Ranking.Ranked {
			if _, ok := order[q.UnitID]; !ok && q.VoteOrder > 0 {
				order[q.UnitID] = q.VoteOrder // other ties keep their decision
			}
		}
		return run(t("results.done_tie"), func(ctx context.Context) error { return store.SetTieVotes(ctx, actor, period, order) })
	case acceptDialog:
		on := !m.accepted(p.UnitID)
		reason := m.form.Value("reason")
		if on && reason == "" {
			m.form.SetError("reason", t("settings.need_reason"))
			return m, nil
		}
		info := t("results.done_accepted", name)
		if !on {
			info = t("results.done_unaccepted", name)
		}
		return run(info, func(ctx context.Context) error {
			return store.SetLock(ctx, actor, period, model.Lock{Kind: model.LockAccepted, UnitID: p.UnitID, Reason: reason}, on)
		})
	case regDialog:
		return m.submitRegistration()
	case meetingDialog:
		return m.submitMeeting()
	case reportDialog:
		dir, name := m.form.Value("dir"), m.form.Value("name")
		if !strings.HasSuffix(strings.ToLower(name), ".xlsx") {
			name += ".xlsx"
		}
		path := filepath.Join(dir, name)
		lang := m.lang
		return m, func() tea.Msg {
			ctx := context.Background()
			if err := store.WriteReport(ctx, period, path, lang); err != nil {
				return doneMsg{err: err}
			}
			store.SetSetting(ctx, "export_dir", dir)
			abs, _ := filepath.Abs(path)
			return doneMsg{info: i18n.T(lang, "results.done_report", abs)}
		}
	case decisionDialog:
		awards := m.result.Rules.Awards
		d := model.Decision{UnitID: p.UnitID, Award: awards[m.form.Choice("award")].Code,
			Outcome: model.Outcome(m.form.Choice("outcome")), Number: m.form.Value("number")}
		if d.Outcome == model.Downgraded {
			d.DowngradedTo = awards[m.form.Choice("to")].Code
		}
		if v := m.form.Value("date"); v != "" {
			date, err := time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
			if err != nil {
				m.form.SetError("date", t("settings.bad_date", v))
				return m, nil
			}
			d.Date = date
		}
		if err := d.Validate(awards); err != nil {
			m.form.SetError("number", model.Message(m.lang, err))
			return m, nil
		}
		return run(t("results.done_decision", name), func(ctx context.Context) error { return store.SetDecision(ctx, actor, period, d) })
	}
	return m, nil
}

// reportName is the report's file name: ASCII, saying what it is
// ("thidua-bao-cao-PY-LDTBXH-2019.xlsx").
func reportName(r *model.PeriodResult) string {
	return "thidua-bao-cao-" + asciiName(r.Bloc.Code) + "-" + asciiName(r.Period.Code) + ".xlsx"
}

// asciiName keeps letters, digits, '-' and '_' of a code, without accents.
func asciiName(s string) string {
	var b strings.Builder
	for _, r := range model.Fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ' || r == '.':
			b.WriteByte('-')
		}
	}
	return strings.ToUpper(b.String())
}

// count reads a whole, non-negative number field ("" is 0).
func (m *Model) count(field string) (int, bool) {
	v := m.form.Value(field)
	if v == "" {
		return 0, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		m.form.SetError(field, i18n.T(m.lang, "results.bad_count", v))
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
		if msg.err != nil {
			if m.dialog != noDialog {
				m.form.SetError("", model.Message(m.lang, msg.err))
				return m, nil
			}
			return m, status.ErrorCmd(msg.err)
		}
		m.dialog = noDialog
		cmds := []tea.Cmd{m.Reload(), status.InfoCmd(msg.info)}
		if m.regs != nil {
			cmds = append(cmds, m.regs.load(m.store, m.periodID))
		}
		return m, tea.Batch(cmds...)
	}
	return m, nil
}
