// Package settings is the screen of the local language and of the bloc's
// rules for the period on show: score step, bonus and deduction caps, the
// tie-break order, tie numbering, deadlines, closing the period, and the
// awards the bloc proposes (quota, minimum total, vote threshold and base).
// Everyone may read them; only the leader changes the rules.
package settings

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/dialog"
	"thidua/tui/keys"
	"thidua/tui/pick"
	"thidua/tui/scope"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
	"thidua/tui/work"
)

// Store is what the screen needs from the database.
type Store interface {
	Rules(ctx context.Context, periodID string) (model.Rules, error)
	SetRules(ctx context.Context, actor model.Actor, periodID string, r model.Rules) error
	VersionTree(ctx context.Context, versionID string) (*model.Tree, error)
	UpdatePeriod(ctx context.Context, actor model.Actor, p model.Period) error
	Locks(ctx context.Context, periodID string) ([]model.Lock, error)
	SetLock(ctx context.Context, actor model.Actor, periodID string, l model.Lock, on bool) error
	SetSetting(ctx context.Context, key, value string) error
	Versions(ctx context.Context) ([]model.CriteriaVersion, error)
	CreatePeriod(ctx context.Context, actor model.Actor, p model.Period, rules model.Rules) (model.Period, error)
	StartPeriodFrom(ctx context.Context, actor model.Actor, fromID string, p model.Period, draftLabel string) (model.Period, string, error)
	HandoverChoice(ctx context.Context) (model.HandoverChoice, error)
	Handover(ctx context.Context, periodID, unitID, dir string) (model.WrittenFile, error)
}

// LangMsg asks the root to speak another language.
type LangMsg struct{ Lang i18n.Lang }

// ChangedMsg reports that the rules or the period changed.
type ChangedMsg struct{}

// row is one line of the screen.
type row int

const (
	rowLang row = iota
	rowStep
	rowBonusCap
	rowDeductionCap
	rowTieBreaks
	rowNumbering
	rowRegistration
	rowSelfScore
	rowClosed
	rowNewPeriod
	rowNextYear
	rowHandover // the leader's only
	rowAwards   // rowAwards+i is award i; after the last award: "add an award"
)

type loadedMsg struct {
	rules    model.Rules
	tree     *model.Tree
	locks    []model.Lock
	versions []model.CriteriaVersion
}

type doneMsg struct {
	err  error
	info string
}

// Model is the settings screen.
type Model struct {
	store  Store
	styles theme.Styles
	lang   i18n.Lang
	isDark bool
	keys   KeyMap
	scope  scope.Scope

	rules    model.Rules
	tree     *model.Tree
	locks    []model.Lock
	versions []model.CriteriaVersion // issued ones, for a new period
	loaded   bool

	cursor int
	dialog dialog.Model[Model]
	job    work.Job // the handover under way

	width, height int
}

// KeyMap are the screen's keys.
type KeyMap struct {
	Up, Down, Edit, Delete key.Binding
}

// DefaultKeyMap returns the keys with help in language l.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	return KeyMap{
		Up:     keys.Up(l),
		Down:   keys.Down(l),
		Edit:   key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", i18n.T(l, "key.edit"))),
		Delete: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", i18n.T(l, "key.delete_award"))),
	}
}

// New returns the settings screen.
func New(store Store, styles theme.Styles, lang i18n.Lang, isDark bool) Model {
	return Model{store: store, styles: styles, lang: lang, isDark: isDark, keys: DefaultKeyMap(lang)}
}

// SetLang switches the screen to another language or background, keeping
// what it shows.
func (m *Model) SetLang(styles theme.Styles, lang i18n.Lang, isDark bool) {
	m.styles, m.lang, m.isDark = styles, lang, isDark
	m.keys = DefaultKeyMap(lang)
	m.dialog.SetStyles(styles)
}

// SetScope tells the screen the period on show and loads its rules.
func (m *Model) SetScope(s scope.Scope) tea.Cmd {
	m.scope = s
	return m.load()
}

func (m Model) load() tea.Cmd {
	if m.scope.Period.ID == "" {
		return nil
	}
	store, p := m.store, m.scope.Period
	return func() tea.Msg {
		ctx := context.Background()
		var l loadedMsg
		var err error
		if l.tree, err = store.VersionTree(ctx, p.CriteriaVersionID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if l.rules, err = store.Rules(ctx, p.ID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		if l.locks, err = store.Locks(ctx, p.ID); err != nil {
			return status.ErrorMsg{Err: err}
		}
		all, err := store.Versions(ctx)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		for _, v := range all {
			if v.Issued() {
				l.versions = append(l.versions, v)
			}
		}
		return l
	}
}

// SetSize sets the screen's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.dialog.SetSize(min(w, 100), h)
}

// TakesKey reports whether the screen keeps a key for an open form.
func (m Model) TakesKey(tea.KeyPressMsg) bool { return m.Capturing() }

// Capturing reports whether a form has the keyboard.
func (m Model) Capturing() bool { return m.dialog.Open() }

// Rules returns the rules on show (for tests).
func (m Model) Rules() model.Rules { return m.rules }

// Init loads nothing until the root gives the screen its scope.
func (m Model) Init() tea.Cmd { return nil }

func (m Model) rowCount() int { return int(rowAwards) + len(m.rules.Awards) + 1 }

// Update handles keys and replies.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.rules, m.tree, m.locks, m.versions, m.loaded = msg.rules, msg.tree, msg.locks, msg.versions, true
		m.cursor = min(m.cursor, m.rowCount()-1)
		return m, nil
	case doneMsg:
		if m.dialog.Answer(msg.err, m.lang) && msg.err != nil {
			return m, nil // the dialog says why, with what was typed
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		return m, tea.Batch(m.load(), status.InfoCmd(msg.info), func() tea.Msg { return ChangedMsg{} })
	case handoverChoiceMsg:
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err)
		}
		if len(msg.choice.Units) == 0 {
			return m, status.ErrorCmd(model.Errorf("handover_ui.no_units"))
		}
		m.dialog = m.handoverDialog(msg.choice)
		m.dialog.SetSize(min(m.width, 100), m.height)
		return m, nil
	case handoverMsg:
		return m.handedOver(msg)
	case tea.PasteMsg, pick.Msg:
		return dialog.Update(m, at, msg)
	case tea.KeyPressMsg:
		if m.job.Running() {
			if msg.String() == "esc" {
				m.job.Cancel()
			}
			return m, nil
		}
		if m.dialog.Open() {
			return dialog.Update(m, at, msg)
		}
		switch {
		case key.Matches(msg, m.keys.Up):
			m.cursor = max(0, m.cursor-1)
			if row(m.cursor) == rowHandover && !m.scope.Leader() {
				m.cursor--
			}
		case key.Matches(msg, m.keys.Down):
			m.cursor = min(m.rowCount()-1, m.cursor+1)
			if row(m.cursor) == rowHandover && !m.scope.Leader() {
				m.cursor++
			}
		case key.Matches(msg, m.keys.Edit):
			return m.openRow(row(m.cursor))
		case key.Matches(msg, m.keys.Delete):
			if i := m.cursor - int(rowAwards); i >= 0 && i < len(m.rules.Awards) && m.scope.Leader() {
				r := m.rules
				r.Awards = append(append([]model.AwardRule(nil), r.Awards[:i]...), r.Awards[i+1:]...)
				return m, m.saveRules(r, i18n.T(m.lang, "settings.award_deleted", m.rules.Awards[i].Code))
			}
		}
	}
	return m, nil
}

// saveRules stores new rules for the period.
func (m Model) saveRules(r model.Rules, info string) tea.Cmd {
	store, actor, period := m.store, m.scope.Actor(), m.scope.Period.ID
	return func() tea.Msg {
		return doneMsg{err: store.SetRules(context.Background(), actor, period, r), info: info}
	}
}

// closedLock returns the period's closing lock, if any.
func (m Model) closedLock() (model.Lock, bool) {
	for _, l := range m.locks {
		if l.Kind == model.LockClosed {
			return l, true
		}
	}
	return model.Lock{}, false
}

// View renders the screen.
func (m Model) View() string {
	if m.dialog.Open() {
		if m.job.Running() {
			return m.dialog.View() + "\n" + m.job.View(m.styles, m.width, i18n.T(m.lang, "work.stopping"))
		}
		return m.dialog.View()
	}
	if !m.loaded {
		return m.styles.Dim.Render(i18n.T(m.lang, "results.loading"))
	}
	l := m.lang
	t := func(id string, a ...any) string { return i18n.T(l, id, a...) }
	date := func(d time.Time) string {
		if d.IsZero() {
			return t("settings.none")
		}
		return d.Format("02/01/2006")
	}
	cap := func(p model.Points) string {
		if p == 0 {
			return t("settings.no_cap")
		}
		return p.Localize(l)
	}
	step := t("settings.step_any")
	if m.rules.Step > 0 {
		step = m.rules.Step.Localize(l)
	}
	closed := t("settings.open")
	if lk, ok := m.closedLock(); ok {
		closed = t("settings.closed", lk.Reason)
	}
	lang := "Tiếng Việt"
	if l == i18n.EN {
		lang = "English"
	}
	values := []string{lang, step, cap(m.rules.Caps.Bonus), cap(m.rules.Caps.Deduction),
		tieBreakText(l, m.rules.TieBreaks), t("numbering." + m.rules.Numbering.String()),
		date(m.scope.Period.RegistrationCloses), date(m.scope.Period.SelfScoreCloses), closed}
	values = append(values, "", "", t("handover_ui.row_value"))
	labels := []string{"settings.lang", "settings.step", "settings.bonus_cap", "settings.deduction_cap",
		"settings.tie_breaks", "settings.numbering", "settings.registration", "settings.self_score", "settings.lock",
		"settings.new_period", "next.row", "handover_ui.row"}
	cols := table.Fit([]table.Column{{Width: 34}, {}}, m.width, 20)
	var lines []string
	lines = append(lines, m.styles.Title.Render(t("settings.title")), "")
	at := 0 // the cursor's line
	add := func(i int, label, value string) {
		line := table.Line(cols, []string{label, value})
		if i == m.cursor {
			line, at = m.styles.Table.Selected.Render(line), len(lines)
		}
		lines = append(lines, line)
	}
	for i := range labels {
		if i == int(rowStep) {
			lines = append(lines, "", m.styles.Title.Render(t("settings.rules_title", m.scope.Period.Label)))
		}
		if row(i) == rowHandover && !m.scope.Leader() {
			continue // the leader's only: a member has nothing to hand over
		}
		add(i, t(labels[i]), values[i])
	}
	lines = append(lines, "", m.styles.Title.Render(t("settings.awards_title")))
	for i, a := range m.rules.Awards {
		add(int(rowAwards)+i, a.Code+" — "+a.Name, awardText(l, a))
	}
	add(int(rowAwards)+len(m.rules.Awards), t("settings.add_award"), "")
	if !m.scope.Leader() {
		lines = append(lines, "", m.styles.Dim.Render(t("settings.read_only")))
	}
	return strings.Join(scrolled(lines, at, m.height), "\n")
}

// scrolled is the window of lines a screen of height shows, with line at
// in it: the top while it fits, else the cursor's line kept on screen.
func scrolled(lines []string, at, height int) []string {
	if height <= 0 || len(lines) <= height {
		return lines
	}
	start := min(max(0, at-height+2), len(lines)-height)
	return lines[start : start+height]
}

func tieBreakText(l i18n.Lang, bs []model.TieBreak) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		if b.Key == model.TiePart {
			parts[i] = i18n.T(l, "tiebreak.part", b.Label)
		} else {
			parts[i] = i18n.T(l, "tiebreak."+b.String())
		}
	}
	return strings.Join(parts, ", ")
}

func awardText(l i18n.Lang, a model.AwardRule) string {
	s := i18n.T(l, "settings.award_quota", a.Quota)
	if a.MinTotal > 0 {
		s += i18n.T(l, "settings.award_min", a.MinTotal)
	}
	if a.VoteRequired {
		s += i18n.T(l, "settings.award_vote", a.Threshold.String(), i18n.T(l, "settings.base_"+a.Base.String()))
	}
	return s
}

// ShortHelp implements help.KeyMap.
func (m Model) ShortHelp() []key.Binding {
	if m.dialog.Open() {
		return nil
	}
	return []key.Binding{m.keys.Edit, m.keys.Delete}
}

// FullHelp implements help.KeyMap.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Edit, m.keys.Delete}}
}
